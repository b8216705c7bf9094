// Citus 14 on PostgreSQL 18 prints the distributed plan shapes of Citus 13 (with PostgreSQL
// 18's "Disabled" in the structured formats): they read and analyse the same, in every format
// its regression tests print. Figures are those of the files (tests/data/citus14/README.md).

#include "PlanAnalysis.h"
#include "PlanReader.h"

#include <QTest>

using namespace shardscope;

Q_DECLARE_METATYPE(shardscope::PlanKind)

class TestCitus14Plans : public QObject
{
    Q_OBJECT

private slots:
    void readsAndAnalyses_data();
    void readsAndAnalyses();
};

void TestCitus14Plans::readsAndAnalyses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<PlanKind>("kind");
    QTest::addColumn<int>("planNodes");
    QTest::addColumn<qint64>("taskCount");
    QTest::addColumn<int>("tasksShown");
    QTest::addColumn<int>("subplans");
    QTest::addColumn<int>("mapMergeJobs");
    for (const char *file : {"multishard_groupby.json", "multishard_groupby.xml", "multishard_groupby.yaml",
                             "multishard_groupby.analyze.txt"})
        QTest::newRow(file) << QString::fromLatin1(file) << PlanKind::MultiShard << 5 << qint64(2) << 1 << 0 << 0;
    QTest::newRow("repartition_join.analyze.txt") << "repartition_join.analyze.txt" << PlanKind::Repartition << 2
                                                  << qint64(6) << 0 << 0 << 2;
    QTest::newRow("repartition_join_4tables.json") << "repartition_join_4tables.json" << PlanKind::Repartition << 2
                                                   << qint64(6) << 0 << 0 << 4;
    // A repartition inside a subplan names the plan, as it does with Citus 13.
    QTest::newRow("subplan_repartition.analyze.txt") << "subplan_repartition.analyze.txt" << PlanKind::Repartition << 5
                                                     << qint64(7) << 1 << 1 << 2;
    QTest::newRow("subplan_insert.analyze.json") << "subplan_insert.analyze.json" << PlanKind::Subplans << 5
                                                 << qint64(2) << 2 << 1 << 0;
}

void TestCitus14Plans::readsAndAnalyses()
{
    QFETCH(QString, file);
    QFETCH(PlanKind, kind);
    QFETCH(int, planNodes);
    QFETCH(qint64, taskCount);
    QFETCH(int, tasksShown);
    QFETCH(int, subplans);
    QFETCH(int, mapMergeJobs);
    PlanParseError error;
    const auto plan = PlanReader::readFile(QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/citus14/") + file, &error);
    QVERIFY2(plan, qPrintable(error.toString()));
    QVERIFY(plan->isDistributed());
    const PlanAnalysis analysis = PlanAnalyzer::analyze(*plan);
    QCOMPARE(analysis.kind, kind);
    QCOMPARE(plan->planNodeCount(), planNodes);
    QCOMPARE(analysis.taskCount.value_or(-1), taskCount);
    QCOMPARE(analysis.tasksShown, tasksShown);
    QCOMPARE(analysis.subplans, subplans);
    const auto jobs = std::count_if(plan->nodes.begin(), plan->nodes.end(),
                                    [](const PlanNode &node) { return node.kind == NodeKind::MapMergeJob; });
    QCOMPARE(int(jobs), mapMergeJobs);
    // The regression harness writes port=xxxxx: no worker can be named, and none is made up.
    QVERIFY(analysis.workers.empty());
}

QTEST_GUILESS_MAIN(TestCitus14Plans)
#include "tst_Citus14Plans.moc"
