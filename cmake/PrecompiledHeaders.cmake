# Precompiled Qt and standard headers: most of a translation unit's compile time here is
# spent parsing Qt's headers, the same ones in every file. Each library precompiles its own
# set; the test programs of one folder share the first one's (REUSE_FROM), since a program
# is one file and a header of its own would cost as much as it saves. Where a program's
# definitions differ from the one it borrows from (another Qt module linked in), GCC does
# not use the header and parses the sources as usual: slower, never wrong.
option(SHARDSCOPE_PRECOMPILED_HEADERS "Precompile the Qt headers (faster builds)" ON)

set(shardscope_pch_core
    <QByteArray> <QCoreApplication> <QDir> <QFile> <QFileInfo> <QHash> <QList> <QLocale>
    <QObject> <QProcess> <QRegularExpression> <QString> <QStringList> <QTimer> <QVariant>
    <algorithm> <functional> <memory> <optional> <vector>)
set(shardscope_pch_widgets ${shardscope_pch_core}
    <QColor> <QEvent> <QGraphicsItem> <QGraphicsScene> <QHBoxLayout> <QLabel> <QPainter>
    <QPushButton> <QVBoxLayout> <QWidget>)
set(shardscope_pch_test <QSignalSpy> <QTest>)

# shardscope_precompile_headers(<target> core|widgets [test])
function(shardscope_precompile_headers target kind)
    if(SHARDSCOPE_PRECOMPILED_HEADERS)
        set(headers ${shardscope_pch_${kind}})
        if(ARGN STREQUAL "test")
            list(APPEND headers ${shardscope_pch_test})
        endif()
        target_precompile_headers(${target} PRIVATE ${headers})
    endif()
endfunction()

# shardscope_reuse_precompiled_headers(<target> <from>)
function(shardscope_reuse_precompiled_headers target from)
    if(SHARDSCOPE_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()
