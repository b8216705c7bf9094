// The rows of each shard before a worker stopped and after it started again, compared
// shard by shard as `shardscope outage --compare-counts` and the Lost Worker dialog do; and
// the counts kept as text between two runs of the command line.

#include "ShardRowCounts.h"

#include <QTest>

using namespace shardscope;

namespace {

// "shard:rows" pairs; rows "-" for a shard whose worker could not count it.
ShardMapTable table(const QStringList &shards)
{
    ShardMapTable table;
    table.name = QStringLiteral("activity_log");
    for (const QString &shard : shards) {
        ShardSegment segment;
        segment.shardId = shard.section(QLatin1Char(':'), 0, 0).toLongLong();
        const QString rows = shard.section(QLatin1Char(':'), 1, 1);
        if (rows == QLatin1String("-"))
            segment.rowsError = QStringLiteral("connection refused");
        else
            segment.rows = rows.toLongLong();
        table.shards << segment;
    }
    return table;
}

using Ids = QList<qint64>;

} // namespace

class TestShardRowCounts : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void keptAsText();
    void unreadableText_data();
    void unreadableText();
};

void TestShardRowCounts::compare_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("now");
    QTest::addColumn<bool>("equal");
    QTest::addColumn<int>("same");
    QTest::addColumn<Ids>("changed");
    QTest::addColumn<Ids>("uncounted");
    QTest::addColumn<Ids>("unknown");
    QTest::addColumn<qint64>("rowsNow");

    const QStringList all{QStringLiteral("101:10"), QStringLiteral("102:20"), QStringLiteral("103:0")};
    QTest::newRow("the same rows again") << all << all << true << 3 << Ids{} << Ids{} << Ids{} << qint64(30);
    QTest::newRow("a worker still lost")
        << all << QStringList{QStringLiteral("101:10"), QStringLiteral("102:-"), QStringLiteral("103:0")} << false << 2
        << Ids{} << Ids{102} << Ids{} << qint64(10);
    QTest::newRow("a row lost") << all << QStringList{QStringLiteral("101:10"), QStringLiteral("102:19"), QStringLiteral("103:0")}
                                << false << 2 << Ids{102} << Ids{} << Ids{} << qint64(29);
    QTest::newRow("counted now, not before")
        << QStringList{QStringLiteral("101:10"), QStringLiteral("102:-")} << QStringList{QStringLiteral("101:10"), QStringLiteral("102:20")}
        << false << 1 << Ids{} << Ids{} << Ids{102} << qint64(30);
    QTest::newRow("nothing counted either time")
        << QStringList{QStringLiteral("101:-")} << QStringList{QStringLiteral("101:-")} << false << 0 << Ids{} << Ids{}
        << Ids{} << qint64(0);
}

void TestShardRowCounts::compare()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, now);
    QFETCH(bool, equal);
    QFETCH(int, same);
    QFETCH(Ids, changed);
    QFETCH(Ids, uncounted);
    QFETCH(Ids, unknown);
    QFETCH(qint64, rowsNow);

    const ShardRowCounts::Comparison comparison =
        ShardRowCounts::of(table(before)).compareWith(ShardRowCounts::of(table(now)));
    QCOMPARE(comparison.equal(), equal);
    QCOMPARE(comparison.same, same);
    QCOMPARE(comparison.changed, changed);
    QCOMPARE(comparison.uncounted, uncounted);
    QCOMPARE(comparison.unknown, unknown);
    QCOMPARE(comparison.rowsNow, rowsNow);
}

void TestShardRowCounts::keptAsText()
{
    const ShardRowCounts counts =
        ShardRowCounts::of(table({QStringLiteral("102:20"), QStringLiteral("101:10"), QStringLiteral("103:-")}));
    QCOMPARE(counts.toText(), QStringLiteral("101 10\n102 20\n"));
    const auto read = ShardRowCounts::fromText(counts.toText());
    QVERIFY(read);
    QVERIFY(*read == counts);
    QCOMPARE(read->shards(), 2);
    QCOMPARE(read->rows(), qint64(30));
}

void TestShardRowCounts::unreadableText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("words") << QStringLiteral("shard rows\n");
    QTest::newRow("one field") << QStringLiteral("101\n");
    QTest::newRow("three fields") << QStringLiteral("101 10 20\n");
    QTest::newRow("negative rows") << QStringLiteral("101 -1\n");
}

void TestShardRowCounts::unreadableText()
{
    QFETCH(QString, text);
    QVERIFY(!ShardRowCounts::fromText(text));
}

QTEST_MAIN(TestShardRowCounts)
#include "tst_ShardRowCounts.moc"
