// CopyTextFormat: the bytes of COPY's text format for values that need escaping.

#include "CopyTextFormat.h"

#include <QTest>

using namespace shardscope;

class TestCopyTextFormat : public QObject
{
    Q_OBJECT

private slots:
    void escapesWhatWouldBreakTheRow();
};

void TestCopyTextFormat::escapesWhatWouldBreakTheRow()
{
    QByteArray out;
    CopyTextFormat::appendRow(out, {1, QStringLiteral("a\tb\nc\rd\\e"), QVariant(), QString(), QByteArray("raw\\"),
                                    true, QStringLiteral("é")});
    QCOMPARE(out, QByteArray("1\ta\\tb\\nc\\rd\\\\e\t\\N\t\traw\\\\\ttrue\t\xc3\xa9\n"));
    CopyTextFormat::appendRow(out, {QVariant()});
    QVERIFY(out.endsWith("\n\\N\n"));
}

QTEST_GUILESS_MAIN(TestCopyTextFormat)
#include "tst_CopyTextFormat.moc"
