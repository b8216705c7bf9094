// RoutingCounters and RoutingProof without a server: what the support query's answers mean
// (no Citus, a Citus without citus_stat_counters, counting off, on, or turned on for the
// query), and which counter moved between two readings, in words and as a table.

#include "RoutingProof.h"

#include <QTest>

using namespace shardscope;
using Support = RoutingCounters::Support;
using Moved = RoutingProof::Moved;

Q_DECLARE_METATYPE(shardscope::RoutingCounters::Support)
Q_DECLARE_METATYPE(shardscope::RoutingProof::Moved)

class TestRoutingProof : public QObject
{
    Q_OBJECT

private slots:
    void support_data();
    void support();
    void moved_data();
    void moved();
    void tableShowsBothCounters();
};

void TestRoutingProof::support_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("hasView");
    QTest::addColumn<QString>("enabled");
    QTest::addColumn<bool>("superuser");
    QTest::addColumn<Support>("support");
    QTest::addColumn<bool>("canRead");
    QTest::addColumn<QString>("whyNot"); // how it starts; empty when nothing is said

    QTest::newRow("plain PostgreSQL") << "" << false << "" << true << Support::NoCitus << false << "";
    QTest::newRow("Citus 12.1") << "12.1-1" << false << "" << true << Support::TooOld << false
                                << "Citus 12.1-1 has no citus_stat_counters (Citus 13.1 and later";
    QTest::newRow("off, superuser") << "13.2-1" << true << "off" << true << Support::TurnedOn << true << "";
    QTest::newRow("off, other user") << "13.2-1" << true << "off" << false << Support::Off << false
                                     << "citus.enable_stat_counters is off on this server";
    QTest::newRow("on, other user") << "13.2-1" << true << "on" << false << Support::On << true << "";
}

void TestRoutingProof::support()
{
    QFETCH(QString, version);
    QFETCH(bool, hasView);
    QFETCH(QString, enabled);
    QFETCH(bool, superuser);
    QFETCH(Support, support);
    QFETCH(bool, canRead);
    QFETCH(QString, whyNot);
    const RoutingCounters counters = RoutingCounters::of(version, hasView, enabled, superuser);
    QCOMPARE(counters.support, support);
    QCOMPARE(counters.canRead(), canRead);
    QVERIFY2(whyNot.isEmpty() ? counters.whyNot().isEmpty() : counters.whyNot().startsWith(whyNot),
             qPrintable(counters.whyNot()));
}

void TestRoutingProof::moved_data()
{
    QTest::addColumn<qint64>("singleBefore");
    QTest::addColumn<qint64>("multiBefore");
    QTest::addColumn<qint64>("singleAfter");
    QTest::addColumn<qint64>("multiAfter");
    QTest::addColumn<Moved>("moved");
    QTest::addColumn<QString>("says");

    QTest::newRow("router") << qint64(4) << qint64(7) << qint64(5) << qint64(7) << Moved::SingleShard
                            << "the single-shard counter moved (4 → 5), the multi-shard one stayed at 7: Citus routed";
    QTest::newRow("multi-shard") << qint64(4) << qint64(7) << qint64(4) << qint64(8) << Moved::MultiShard
                                 << "the multi-shard counter moved (7 → 8), the single-shard one stayed at 4";
    QTest::newRow("both") << qint64(0) << qint64(0) << qint64(1) << qint64(2) << Moved::Both
                          << "both counters moved (single-shard 0 → 1, multi-shard 0 → 2)";
    QTest::newRow("neither") << qint64(3) << qint64(3) << qint64(3) << qint64(3) << Moved::Neither
                             << "neither counter moved (single-shard 3, multi-shard 3)";
    // citus_stat_counters_reset() between the readings: a change all the same.
    QTest::newRow("reset") << qint64(9) << qint64(2) << qint64(0) << qint64(2) << Moved::SingleShard
                           << "the single-shard counter moved (9 → 0)";
}

void TestRoutingProof::moved()
{
    QFETCH(qint64, singleBefore);
    QFETCH(qint64, multiBefore);
    QFETCH(qint64, singleAfter);
    QFETCH(qint64, multiAfter);
    QFETCH(Moved, moved);
    QFETCH(QString, says);
    const RoutingProof proof({singleBefore, multiBefore}, {singleAfter, multiAfter});
    QCOMPARE(proof.moved(), moved);
    QCOMPARE(proof.singleShardChange(), singleAfter - singleBefore);
    QCOMPARE(proof.multiShardChange(), multiAfter - multiBefore);
    QVERIFY2(proof.explanation().startsWith(QStringLiteral("citus_stat_counters: ") + says),
             qPrintable(proof.explanation()));
}

void TestRoutingProof::tableShowsBothCounters()
{
    const ResultTable table = RoutingProof({12, 3}, {13, 3}).table();
    QCOMPARE(table.columns.size(), 4);
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0), (QStringList{QStringLiteral("single-shard queries"), QStringLiteral("12"),
                                            QStringLiteral("13"), QStringLiteral("+1")}));
    QCOMPARE(table.rows.at(1), (QStringList{QStringLiteral("multi-shard queries"), QStringLiteral("3"),
                                            QStringLiteral("3"), QStringLiteral("0")}));
}

QTEST_GUILESS_MAIN(TestRoutingProof)
#include "tst_RoutingProof.moc"
