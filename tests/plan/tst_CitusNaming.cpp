// CitusNaming's figures out of names and sizes: what does not fit a shard id or a byte
// count is none, never a converted (undefined) or wrapped value.

#include "CitusNaming.h"

#include <QTest>

using namespace shardscope;

class TestCitusNaming : public QObject
{
    Q_OBJECT

private slots:
    void bytes_data();
    void bytes();
    void shardIdInQuery_data();
    void shardIdInQuery();
};

void TestCitusNaming::bytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("bytes") << "64 bytes" << true << qint64(64);
    QTest::newRow("kB") << "10 kB" << true << qint64(10240);
    QTest::newRow("fraction of a MB") << "1.5 MB" << true << qint64(1572864);
    QTest::newRow("TB") << "2 TB" << true << qint64(2199023255552);
    QTest::newRow("fuzzer's huge size") << "6.33333e+96 bytes" << false << qint64(0);
    QTest::newRow("past qint64 once scaled") << "9000000000 GB" << false << qint64(0);
    QTest::newRow("negative") << "-5 bytes" << false << qint64(0);
    QTest::newRow("inf") << "inf bytes" << false << qint64(0);
    QTest::newRow("nan") << "nan kB" << false << qint64(0);
    QTest::newRow("no number") << "some bytes" << false << qint64(0);
}

void TestCitusNaming::bytes()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(qint64, expected);
    const std::optional<qint64> parsed = CitusNaming::bytes(text);
    QCOMPARE(parsed.has_value(), known);
    if (known)
        QCOMPARE(*parsed, expected);
}

void TestCitusNaming::shardIdInQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("known");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("shard") << "SELECT count(*) AS count FROM public.activity_log_102009 activity_log"
                           << true << qint64(102009);
    QTest::newRow("largest bigint") << "SELECT 1 FROM t_9223372036854775807" << true
                                    << qint64(9223372036854775807);
    // The old code read these as shard 0.
    QTest::newRow("past a bigint") << "SELECT 1 FROM t_9223372036854775808" << false << qint64(0);
    QTest::newRow("past a bigint, then a shard")
        << "SELECT 1 FROM t_99999999999999999999 JOIN public.users_102008 u ON true" << true << qint64(102008);
    QTest::newRow("no shard") << "SELECT 1" << false << qint64(0);
}

void TestCitusNaming::shardIdInQuery()
{
    QFETCH(QString, query);
    QFETCH(bool, known);
    QFETCH(qint64, expected);
    const std::optional<qint64> id = CitusNaming::shardIdInQuery(query);
    QCOMPARE(id.has_value(), known);
    if (known)
        QCOMPARE(*id, expected);
}

QTEST_GUILESS_MAIN(TestCitusNaming)
#include "tst_CitusNaming.moc"
