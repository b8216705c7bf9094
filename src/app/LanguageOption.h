#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// `--lang es|en`, accepted by the viewer and every subcommand. The language must be known
// before any text is printed, help included, so it is taken out of the arguments before
// they are parsed; the parsers only list the option in their help.
class LanguageOption
{
    Q_DECLARE_TR_FUNCTIONS(LanguageOption)

public:
    struct Request {
        QString language; // empty: none asked for
        QString error; // an unknown language
        QStringList remaining; // the arguments without the option
    };

    static QCommandLineOption option();
    static Request take(const QStringList &arguments);
};

} // namespace shardscope
