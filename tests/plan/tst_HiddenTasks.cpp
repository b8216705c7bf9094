// The tasks a plan does not show ("Tasks Shown: One of 32"), on the real Citus plans of
// tests/data: as many ghosts as Task Count minus the tasks shown, counted here from the
// text form of each plan with nothing but its lines; and, with the shards of the cluster
// the plans came from (meta_citus_shards.csv), named after exactly the shards and workers
// that the same query run with citus.explain_all_tasks on shows.

#include "FixtureCluster.h"

#include "HiddenTasks.h"
#include "TaskPlacements.h"
#include "PlanReader.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace shardscope;

namespace {

const QString oneTask = QStringLiteral("multishard_count.analyze_verbose_buffers.json");
const QString allTasks = QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json");

Plan readPlan(const QString &path)
{
    PlanParseError error;
    std::optional<Plan> plan = PlanReader::read(fixtures::read(path), &error);
    if (!plan)
        qFatal("%s: %s", qPrintable(path), qPrintable(error.toString()));
    return std::move(*plan);
}

// Task Count of every job minus the "->  Task" lines, read off psql's text output.
qint64 hiddenInText(const QString &textPath)
{
    const QString text = QString::fromUtf8(fixtures::read(textPath));
    qint64 hidden = 0;
    static const QRegularExpression taskCount(QStringLiteral("^\\s*Task Count: (\\d+)$"),
                                              QRegularExpression::MultilineOption);
    for (auto it = taskCount.globalMatch(text); it.hasNext();)
        hidden += it.next().captured(1).toLongLong();
    static const QRegularExpression task(QStringLiteral("^\\s*->\\s+Task$"), QRegularExpression::MultilineOption);
    for (auto it = task.globalMatch(text); it.hasNext(); it.next())
        --hidden;
    return hidden;
}

} // namespace

class TestHiddenTasks : public QObject
{
    Q_OBJECT

private slots:
    void ghostsAreTaskCountMinusTasksShown_data();
    void ghostsAreTaskCountMinusTasksShown();
    void ghostsNameTheShardsTheOtherTasksRead();
    void ghostsStayUnnamedWithoutTheCluster();
    void ghostsStayUnnamedWhenShardsDoNotAddUp();
};

void TestHiddenTasks::ghostsAreTaskCountMinusTasksShown_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("expected");
    for (const QString &path : fixtures::planFiles()) {
        const QFileInfo info(path);
        const QString text = info.dir().filePath(info.completeBaseName() + QStringLiteral(".txt"));
        if (QFileInfo::exists(text))
            QTest::newRow(qPrintable(info.fileName())) << path << hiddenInText(text);
    }
}

void TestHiddenTasks::ghostsAreTaskCountMinusTasksShown()
{
    QFETCH(QString, path);
    QFETCH(qint64, expected);
    const Plan plan = readPlan(path);
    const std::vector<HiddenTaskGroup> groups = HiddenTasks::of(plan, fixtures::clusterShards());
    QCOMPARE(HiddenTasks::count(groups), expected);
    for (const HiddenTaskGroup &group : groups) {
        QCOMPARE(plan.nodes[size_t(group.job)].kind, NodeKind::Job);
        QCOMPARE(qint64(group.ghosts.size()), group.taskCount - group.shown);
    }
}

void TestHiddenTasks::ghostsNameTheShardsTheOtherTasksRead()
{
    const Plan one = readPlan(fixtures::citus(oneTask));
    const std::vector<HiddenTaskGroup> groups = HiddenTasks::of(one, fixtures::clusterShards());
    QCOMPARE(groups.size(), size_t(1));
    QVERIFY(groups.front().named());
    // The shown task and the ghosts together are the tasks the same query shows with
    // citus.explain_all_tasks on: every shard once, each on its worker.
    QSet<ShardOnWorker> together = taskPlacements(one);
    for (const GhostTask &ghost : groups.front().ghosts)
        together.insert({*ghost.shardId, ghost.worker.toString()});
    QCOMPARE(together.size(), qsizetype(groups.front().taskCount));
    QCOMPARE(together, taskPlacements(readPlan(fixtures::citus(allTasks))));
}

void TestHiddenTasks::ghostsStayUnnamedWithoutTheCluster()
{
    const std::vector<HiddenTaskGroup> groups = HiddenTasks::of(readPlan(fixtures::citus(oneTask)));
    QCOMPARE(groups.size(), size_t(1));
    QCOMPARE(groups.front().ghosts.size(), size_t(31));
    QVERIFY(!groups.front().named());
    for (const GhostTask &ghost : groups.front().ghosts)
        QVERIFY(ghost.worker.isEmpty());
}

// A table of another shard count (another cluster, or shards pruned away): which of its
// shards the hidden tasks read is not known, so none is named.
void TestHiddenTasks::ghostsStayUnnamedWhenShardsDoNotAddUp()
{
    ShardPlacements cluster = fixtures::clusterShards();
    for (ShardPlacements::Table &table : cluster.tables)
        table.shards.removeLast();
    const std::vector<HiddenTaskGroup> groups = HiddenTasks::of(readPlan(fixtures::citus(oneTask)), cluster);
    QCOMPARE(groups.size(), size_t(1));
    QCOMPARE(groups.front().ghosts.size(), size_t(31));
    QVERIFY(!groups.front().named());
}

QTEST_GUILESS_MAIN(TestHiddenTasks)
#include "tst_HiddenTasks.moc"
