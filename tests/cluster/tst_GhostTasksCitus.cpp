// Ghost tasks on a real Citus cluster (SHARDSCOPE_TEST_CITUS_DSN; skips without it): a
// multi-shard query explained with citus.explain_all_tasks off shows one task; its ghosts
// are Task Count minus that one, and named from the shard map read from the same cluster
// they are exactly the tasks the same query shows with citus.explain_all_tasks on, shard
// and worker alike. The statement changes nothing but is explained as the app does, in
// BEGIN ... ROLLBACK; so is a DELETE, whose rows are all still there afterwards.
// On a table of its own, dropped at the end.

#include "CitusTestTable.h"
#include "ExplainStep.h"
#include "HiddenTasks.h"
#include "ShardMapReader.h"
#include "TaskPlacements.h"

#include <QTest>

using namespace shardscope;

class TestGhostTasksCitus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ghostsAreTheTasksNotShown_data();
    void ghostsAreTheTasksNotShown();

private:
    Plan explain(const QString &statement, bool allTasks);

    CitusTestTable m_table{QStringLiteral("tst_ghost_tasks_activity_log")};
    ShardMap m_map;
};

void TestGhostTasksCitus::initTestCase()
{
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    QVERIFY2(m_table.prepare(CitusTestTable::Inserted), qPrintable(m_table.error()));
    ShardMapReader reader(m_table.connection());
    ErrorDiagnosis error;
    QVERIFY2(reader.readBlocking(m_table.table().name, false, &error), qPrintable(error.explanation));
    m_map = reader.map();
    QVERIFY(m_map.table(m_table.table().name));
}

Plan TestGhostTasksCitus::explain(const QString &statement, bool allTasks)
{
    ExplainStep step(m_table.connection());
    step.setStatement(statement);
    step.setAllTasks(allTasks);
    if (!step.runBlocking())
        qFatal("%s: %s", qPrintable(statement), qPrintable(step.error() ? step.error()->explanation : QString()));
    return *step.plan();
}

void TestGhostTasksCitus::ghostsAreTheTasksNotShown_data()
{
    QTest::addColumn<QString>("statement");
    const QString table = m_table.connection()->quoteIdentifier(m_table.table().name);
    QTest::newRow("count") << QStringLiteral("SELECT count(*) FROM %1").arg(table);
    QTest::newRow("delete") << QStringLiteral("DELETE FROM %1 WHERE user_id > 0").arg(table);
}

void TestGhostTasksCitus::ghostsAreTheTasksNotShown()
{
    QFETCH(QString, statement);
    const QString rowsBefore = m_table.scalar(QStringLiteral("SELECT count(*) FROM %1"));
    const Plan one = explain(statement, false);
    const PlanAnalysis analysis = PlanAnalyzer::analyze(one);
    const qsizetype shards = m_map.table(m_table.table().name)->shards.size();
    QCOMPARE(analysis.tasksShown, 1);
    QCOMPARE(analysis.taskCount, std::optional<qint64>(shards));

    const std::vector<HiddenTaskGroup> groups = HiddenTasks::of(one, m_map.placements());
    QCOMPARE(HiddenTasks::count(groups), *analysis.taskCount - analysis.tasksShown);
    QCOMPARE(groups.size(), size_t(1));
    QVERIFY(groups.front().named());
    QSet<ShardOnWorker> together = taskPlacements(one);
    for (const GhostTask &ghost : groups.front().ghosts)
        together.insert({*ghost.shardId, ghost.worker.toString()});
    QCOMPARE(together, taskPlacements(explain(statement, true)));
    // Explained inside a transaction that was rolled back: a DELETE deleted nothing.
    QCOMPARE(m_table.scalar(QStringLiteral("SELECT count(*) FROM %1")), rowsBefore);
}

QTEST_GUILESS_MAIN(TestGhostTasksCitus)
#include "tst_GhostTasksCitus.moc"
