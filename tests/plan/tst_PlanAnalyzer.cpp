#include "Fixtures.h"

#include "PlanAnalysis.h"
#include "PlanReader.h"

#include <QFileInfo>
#include <QTest>

#include <cmath>

using namespace shardscope;

Q_DECLARE_METATYPE(shardscope::Plan)
Q_DECLARE_METATYPE(shardscope::PlanNode)
Q_DECLARE_METATYPE(shardscope::PlanKind)
Q_DECLARE_METATYPE(shardscope::Misestimate)

namespace {

// Times compared to the microsecond; -1 stands for "no time".
constexpr double none = -1;

QList<double> rounded(const QList<double> &times)
{
    QList<double> out;
    for (const double time : times)
        out.append(time == none ? none : std::round(time * 1e6) / 1e6);
    return out;
}

QList<double> inclusiveTimes(const PlanAnalysis &analysis)
{
    QList<double> times;
    for (const auto &metrics : analysis.nodes)
        times.append(metrics.inclusiveMs.value_or(none));
    return rounded(times);
}

QList<double> exclusiveTimes(const PlanAnalysis &analysis)
{
    QList<double> times;
    for (const auto &metrics : analysis.nodes)
        times.append(metrics.exclusiveMs.value_or(none));
    return rounded(times);
}

PlanNode timed(const char *type, double totalMs, double loops = 1)
{
    PlanNode node;
    node.nodeType = QString::fromLatin1(type);
    node.actualTotalTime = totalMs;
    node.actualLoops = loops;
    node.actualRows = 1;
    return node;
}

PlanNode related(PlanNode node, const char *relationship, const char *subplanName = "")
{
    node.parentRelationship = QString::fromLatin1(relationship);
    node.subplanName = QString::fromLatin1(subplanName);
    return node;
}

PlanNode cteScan(const char *cte, double totalMs)
{
    PlanNode node = timed("CTE Scan", totalMs);
    node.cteName = QString::fromLatin1(cte);
    return node;
}

PlanNode gather(double totalMs, int workersLaunched)
{
    PlanNode node = timed("Gather", totalMs);
    node.workersPlanned = workersLaunched;
    node.workersLaunched = workersLaunched;
    return node;
}

PlanNode citusScan(double totalMs, const char *provider = "Citus Adaptive")
{
    PlanNode node = timed("Custom Scan", totalMs);
    node.customPlanProvider = QString::fromLatin1(provider);
    return node;
}

PlanNode synthetic(NodeKind kind)
{
    PlanNode node;
    node.kind = kind;
    node.nodeType = nodeKindName(kind);
    return node;
}

PlanNode job(qint64 taskCount)
{
    PlanNode node = synthetic(NodeKind::Job);
    node.citus.taskCount = taskCount;
    return node;
}

PlanNode task(const char *worker, std::optional<double> executionMs)
{
    PlanNode node = synthetic(NodeKind::Task);
    // "" is a task without a worker: no address to parse (dereferencing none was UB).
    node.citus.worker = NodeAddress::parse(QString::fromLatin1(worker)).value_or(NodeAddress{});
    node.citus.executionTimeMs = executionMs;
    return node;
}

PlanNode subplan(double durationMs)
{
    PlanNode node = synthetic(NodeKind::DistributedSubplan);
    node.citus.subplanDurationMs = durationMs;
    return node;
}

// Adds a node of a task's remote plan, carrying the task's worker as the reader does.
int addRemote(Plan &plan, PlanNode node, int parent)
{
    node.citus.worker = plan.nodes[size_t(parent)].citus.worker;
    return plan.addNode(std::move(node), parent);
}

Plan nestedLoopPlan()
{
    Plan plan;
    const int loop = plan.addNode(timed("Nested Loop", 10.0), -1);
    plan.addNode(related(timed("Seq Scan", 2.0), "Outer"), loop);
    plan.addNode(related(timed("Index Scan", 0.5, 10), "Inner"), loop);
    return plan;
}

Plan gatherPlan()
{
    Plan plan;
    const int finalize = plan.addNode(timed("Aggregate", 30.0), -1);
    const int gatherNode = plan.addNode(related(gather(29.0, 2), "Outer"), finalize);
    plan.addNode(related(timed("Result", 0.6), "InitPlan", "InitPlan 1 (returns $0)"), gatherNode);
    const int partial = plan.addNode(related(timed("Aggregate", 25.0, 3), "Outer"), gatherNode);
    plan.addNode(related(timed("Seq Scan", 21.0, 3), "Outer"), partial);
    return plan;
}

// Under a Parallel Append each child may run in fewer processes than the append.
Plan parallelAppendPlan()
{
    Plan plan;
    const int gatherNode = plan.addNode(gather(10.0, 2), -1);
    const int append = plan.addNode(related(timed("Append", 9.0, 3), "Outer"), gatherNode);
    plan.addNode(related(timed("Seq Scan", 12.0, 1), "Member"), append);
    plan.addNode(related(timed("Seq Scan", 4.5, 2), "Member"), append);
    return plan;
}

Plan ctePlan()
{
    Plan plan;
    const int join = plan.addNode(timed("Hash Join", 20.0), -1);
    const int cte = plan.addNode(related(timed("Aggregate", 8.0), "InitPlan", "CTE top"), join);
    plan.addNode(related(timed("Seq Scan", 5.0), "Outer"), cte);
    plan.addNode(related(cteScan("top", 10.0), "Outer"), join);
    const int hash = plan.addNode(related(timed("Hash", 3.0), "Inner"), join);
    plan.addNode(related(cteScan("top", 2.5), "Outer"), hash);
    return plan;
}

// The top node can be the scan of the CTE it carries.
Plan cteOnItsScanPlan()
{
    Plan plan;
    const int scan = plan.addNode(cteScan("x", 10.0), -1);
    plan.addNode(related(timed("Seq Scan", 9.0), "InitPlan", "CTE x"), scan);
    return plan;
}

// Two tasks each run their own CTE "x": each scan pays for its own task's CTE.
Plan ctePerTaskPlan()
{
    Plan plan;
    const int scan = plan.addNode(citusScan(20.0), -1);
    const int jobNode = plan.addNode(job(2), scan);
    for (const char *worker : {"127.0.0.1:9701", "127.0.0.1:9702"}) {
        const int taskNode = plan.addNode(task(worker, 7.0), jobNode);
        const int cteScanNode = addRemote(plan, cteScan("x", 6.0), taskNode);
        addRemote(plan, related(timed("Seq Scan", 4.0), "InitPlan", "CTE x"), cteScanNode);
    }
    return plan;
}

Plan subPlanPlan()
{
    Plan plan;
    const int result = plan.addNode(timed("Result", 20.0), -1);
    const int limit = plan.addNode(related(timed("Limit", 3.0), "InitPlan", "InitPlan 1 (returns $0)"),
                                   result);
    plan.addNode(related(timed("Index Only Scan", 2.0), "Outer"), limit);
    const int seq = plan.addNode(related(timed("Seq Scan", 12.0), "Outer"), result);
    plan.addNode(related(timed("Index Scan", 0.1, 50), "SubPlan", "SubPlan 2"), seq);
    return plan;
}

Plan citusPlan()
{
    Plan plan;
    const int top = plan.addNode(timed("Sort", 9.0), -1);
    const int scan = plan.addNode(related(citusScan(8.0), "Outer"), top);
    const int sub = plan.addNode(subplan(50.0), scan);
    plan.addNode(timed("Limit", 0.25), sub);
    const int jobNode = plan.addNode(job(4), scan);
    const int first = plan.addNode(task("127.0.0.1:9701", 3.0), jobNode);
    addRemote(plan, timed("Seq Scan", 2.5), first);
    const int second = plan.addNode(task("127.0.0.1:9702", 5.0), jobNode);
    addRemote(plan, timed("Seq Scan", 4.0), second);
    return plan;
}

Plan neverExecutedPlan()
{
    Plan plan;
    const int join = plan.addNode(timed("Hash Join", 4.0), -1);
    plan.addNode(related(timed("Seq Scan", 3.0), "Outer"), join);
    PlanNode hash = related(timed("Hash", 0.0, 0), "Inner");
    hash.neverExecuted = true;
    const int hashNode = plan.addNode(std::move(hash), join);
    PlanNode inner = related(timed("Seq Scan", 0.0), "Outer");
    inner.actualTotalTime.reset();
    inner.actualLoops.reset();
    inner.neverExecuted = true;
    plan.addNode(std::move(inner), hashNode);
    return plan;
}

Plan planOnly()
{
    Plan plan;
    PlanNode sort;
    sort.nodeType = QStringLiteral("Sort");
    sort.planRows = 10;
    const int top = plan.addNode(sort, -1);
    PlanNode scan;
    scan.nodeType = QStringLiteral("Seq Scan");
    scan.planRows = 10;
    plan.addNode(scan, top);
    return plan;
}

Plan insertPlan(const char *below)
{
    Plan plan;
    const int scan = plan.addNode(citusScan(5.0), -1);
    const int jobNode = plan.addNode(job(1), scan);
    const int taskNode = plan.addNode(task("127.0.0.1:9701", 1.0), jobNode);
    PlanNode modify = timed("ModifyTable", 0.5);
    modify.operation = QStringLiteral("Insert");
    const int modifyNode = addRemote(plan, modify, taskNode);
    addRemote(plan, related(timed(below, 0.1), "Outer"), modifyNode);
    return plan;
}

Plan routerPlan(qint64 taskCount)
{
    Plan plan;
    const int scan = plan.addNode(citusScan(5.0), -1);
    const int jobNode = plan.addNode(job(taskCount), scan);
    const int taskNode = plan.addNode(task("127.0.0.1:9701", 1.0), jobNode);
    addRemote(plan, timed("Seq Scan", 0.5), taskNode);
    return plan;
}

Plan repartitionPlan()
{
    Plan plan = routerPlan(12);
    plan.addNode(synthetic(NodeKind::MapMergeJob), 1);
    return plan;
}

Plan withSubplan(Plan plan)
{
    const int sub = plan.addNode(subplan(3.0), plan.root);
    plan.addNode(timed("Result", 0.1), sub);
    return plan;
}

Plan localPlan()
{
    Plan plan;
    plan.addNode(timed("Seq Scan", 1.0), -1);
    return plan;
}

Plan fixture(const QString &relativePath)
{
    PlanParseError error;
    const auto plan = PlanReader::readFile(QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/") + relativePath, &error);
    if (!plan)
        qFatal("cannot read fixture %s: %s", qPrintable(relativePath), qPrintable(error.toString()));
    return *plan;
}

// First node in preorder of the given type (and relation, when given).
int find(const Plan &plan, const QString &type, const QString &relation = {})
{
    for (const int index : plan.preorder()) {
        const auto &node = plan.nodes[size_t(index)];
        if (node.nodeType == type && (relation.isEmpty() || node.relationName == relation))
            return index;
    }
    qFatal("no %s node", qPrintable(type));
}

QStringList nodeTypes(const Plan &plan, const std::vector<int> &indexes)
{
    QStringList types;
    for (const int index : indexes)
        types.append(plan.nodes[size_t(index)].nodeType);
    return types;
}

QString describe(const WorkerTotals &worker)
{
    const auto number = [](std::optional<double> value) {
        return value ? QString::number(*value, 'g', 6) : QStringLiteral("-");
    };
    return QStringLiteral("%1 tasks=%2 nodes=%3 rows=%4 time=%5")
        .arg(worker.worker.toString())
        .arg(worker.tasks)
        .arg(worker.nodes)
        .arg(number(worker.rows), number(worker.timeMs));
}

QStringList describe(const std::vector<WorkerTotals> &workers)
{
    QStringList lines;
    for (const auto &worker : workers)
        lines.append(describe(worker));
    return lines;
}

} // namespace

class tst_PlanAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void times_data();
    void times();
    void misestimate_data();
    void misestimate();
    void slowestAndCriticalPath_data();
    void slowestAndCriticalPath();
    void kind_data();
    void kind();
    void kindNames_data();
    void kindNames();
    void workersAreSortedByHostThenPort();
    void fixtureSummary_data();
    void fixtureSummary();
    void fixtureTimes_data();
    void fixtureTimes();
    void fixtureMisestimates();
    void nodesRepeatingCitusFixedEstimate();
    void citusFixedEstimatesInFixtures_data();
    void citusFixedEstimatesInFixtures();
    void planNodesAddUp_data();
    void planNodesAddUp();
    void fixtureCriticalPath_data();
    void fixtureCriticalPath();
    void hundredThousandDeepChain();
    void tenThousandNodePlan();
};

void tst_PlanAnalyzer::times_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QList<double>>("inclusive");
    QTest::addColumn<QList<double>>("exclusive");

    // The inner side ran 10 loops of 0.5 ms: 5 ms, all of it the loop's child.
    QTest::newRow("nested loop") << nestedLoopPlan()
                                 << QList<double>{10, 2, 5} << QList<double>{3, 2, 5};
    // Under a Gather with 2 workers, per-loop times x 3 loops / 3 processes; the
    // InitPlan ran once in the leader and is subtracted from the Gather as is.
    QTest::newRow("gather") << gatherPlan() << QList<double>{30, 29, 0.6, 25, 21}
                            << QList<double>{1, 29 - 0.6 - 25, 0.6, 4, 21};
    // 12 ms x 1 loop / 3 = 4; 4.5 ms x 2 loops / 3 = 3; the append keeps 9 - 7.
    QTest::newRow("parallel append") << parallelAppendPlan() << QList<double>{10, 9, 4, 3}
                                     << QList<double>{1, 2, 4, 3};
    // The CTE (8 ms) is not the join's child time; its first scan (10 ms) pays for it,
    // the second scan (2.5 ms) does not. Join: 20 - 10 - 3.
    QTest::newRow("cte") << ctePlan() << QList<double>{20, 8, 5, 10, 3, 2.5}
                         << QList<double>{7, 3, 5, 2, 0.5, 2.5};
    QTest::newRow("cte on its own scan") << cteOnItsScanPlan() << QList<double>{10, 9}
                                         << QList<double>{1, 9};
    // Custom Scan, Job, then per task: Task (7), CTE Scan (6 - CTE 4), CTE (4).
    QTest::newRow("cte per task") << ctePerTaskPlan()
                                  << QList<double>{20, none, 7, 6, 4, 7, 6, 4}
                                  << QList<double>{20, none, 7, 2, 4, 7, 2, 4};
    // A plain InitPlan (3 ms) and a SubPlan (0.1 ms x 50 loops) are their parents' time.
    QTest::newRow("subplan and initplan") << subPlanPlan() << QList<double>{20, 3, 2, 12, 5}
                                          << QList<double>{5, 1, 2, 7, 5};
    // Neither the subplan nor the tasks are the Citus scan's own clock: it keeps 8.
    QTest::newRow("citus") << citusPlan()
                           << QList<double>{9, 8, 50, 0.25, none, 3, 2.5, 5, 4}
                           << QList<double>{1, 8, 50, 0.25, none, 3, 2.5, 5, 4};
    QTest::newRow("never executed") << neverExecutedPlan() << QList<double>{4, 3, 0, 0}
                                    << QList<double>{1, 3, 0, 0};
    QTest::newRow("plan only") << planOnly() << QList<double>{none, none}
                               << QList<double>{none, none};
}

void tst_PlanAnalyzer::times()
{
    QFETCH(Plan, plan);
    QFETCH(QList<double>, inclusive);
    QFETCH(QList<double>, exclusive);

    const PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
    QCOMPARE(analysis.nodes.size(), plan.nodes.size());
    QCOMPARE(inclusiveTimes(analysis), rounded(inclusive));
    QCOMPARE(exclusiveTimes(analysis), rounded(exclusive));
}

void tst_PlanAnalyzer::misestimate_data()
{
    QTest::addColumn<PlanNode>("node");
    QTest::addColumn<Misestimate>("direction");
    QTest::addColumn<double>("factor");

    const auto rows = [](PlanNode node, std::optional<double> actual, std::optional<double> planned) {
        node.actualRows = actual;
        node.planRows = planned;
        return node;
    };
    const PlanNode scan = timed("Seq Scan", 1.0);
    QTest::newRow("under") << rows(scan, 100, 10) << Misestimate::Under << 10.0;
    QTest::newRow("over") << rows(scan, 10, 100) << Misestimate::Over << 10.0;
    QTest::newRow("exact") << rows(scan, 7, 7) << Misestimate::None << 1.0;
    QTest::newRow("no rows came") << rows(scan, 0, 5) << Misestimate::Over << 5.0;
    QTest::newRow("none expected") << rows(scan, 5, 0) << Misestimate::Under << 5.0;
    QTest::newRow("zero and one") << rows(scan, 0, 1) << Misestimate::None << 1.0;
    // Rows are per loop on both sides: 20 rows in each of many loops against 100.
    QTest::newRow("per loop") << rows(timed("Index Scan", 0.1, 5), 20, 100) << Misestimate::Over << 5.0;
    QTest::newRow("plan only") << rows(PlanNode{}, std::nullopt, 10) << Misestimate::None << none;
    QTest::newRow("citus router scan") << rows(citusScan(8.0), 2, 0) << Misestimate::None << none;
    // Citus tells the planner 100,000 rows whatever the query: no estimate to be off.
    QTest::newRow("citus multi-shard scan") << rows(citusScan(8.0), 25, 100000) << Misestimate::None << none;
    QTest::newRow("other custom scan") << rows(citusScan(8.0, "Other"), 2, 0)
                                       << Misestimate::Under << 2.0;
    PlanNode never = rows(timed("Seq Scan", 0.0, 0), 0, 50);
    never.neverExecuted = true;
    QTest::newRow("never executed") << never << Misestimate::None << none;
}

void tst_PlanAnalyzer::misestimate()
{
    QFETCH(PlanNode, node);
    QFETCH(Misestimate, direction);
    QFETCH(double, factor);

    Plan plan;
    plan.addNode(node, -1);
    const NodeMetrics metrics = PlanAnalyzer::analyze(plan).nodes.front();
    QCOMPARE(metrics.misestimate, direction);
    QCOMPARE(metrics.misestimateFactor.value_or(none), factor);
}

void tst_PlanAnalyzer::slowestAndCriticalPath_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<int>("slowest");
    QTest::addColumn<std::vector<int>>("path");

    QTest::newRow("nested loop") << nestedLoopPlan() << 2 << std::vector<int>{0, 2};
    // The Seq Scan (21 ms) is slowest; the path skips the InitPlan (0.6 ms).
    QTest::newRow("gather") << gatherPlan() << 4 << std::vector<int>{0, 1, 3, 4};
    // The join keeps 7 ms, more than any scan after the CTE is charged to its scan.
    QTest::newRow("cte") << ctePlan() << 0 << std::vector<int>{0, 3};
    // The subplan (50 ms) took longer than the job's slowest task (5 ms).
    QTest::newRow("citus subplan") << citusPlan() << 1 << std::vector<int>{0, 1, 2, 3};
    // Without it: Custom Scan -> Job -> the 5 ms task -> its remote plan.
    QTest::newRow("citus tasks") << routerPlan(1) << 0 << std::vector<int>{0, 1, 2, 3};
    QTest::newRow("plan only") << planOnly() << -1 << std::vector<int>{};
    QTest::newRow("empty") << Plan{} << -1 << std::vector<int>{};
}

void tst_PlanAnalyzer::slowestAndCriticalPath()
{
    QFETCH(Plan, plan);
    QFETCH(int, slowest);
    QFETCH(std::vector<int>, path);

    const PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
    QCOMPARE(analysis.slowestNode, slowest);
    QCOMPARE(analysis.criticalPath, path);
}

void tst_PlanAnalyzer::kind_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<PlanKind>("kind");

    QTest::newRow("no citus") << localPlan() << PlanKind::Local;
    QTest::newRow("one task") << routerPlan(1) << PlanKind::Router;
    QTest::newRow("many tasks") << routerPlan(32) << PlanKind::MultiShard;
    QTest::newRow("subplan") << withSubplan(routerPlan(32)) << PlanKind::Subplans;
    QTest::newRow("map merge job") << repartitionPlan() << PlanKind::Repartition;
    QTest::newRow("map merge job and subplan") << withSubplan(repartitionPlan())
                                               << PlanKind::Repartition;
    QTest::newRow("insert from a scan") << insertPlan("Bitmap Heap Scan") << PlanKind::InsertSelect;
    QTest::newRow("insert of values") << insertPlan("Values Scan") << PlanKind::Router;
    QTest::newRow("insert of one row") << insertPlan("Result") << PlanKind::Router;
    Plan viaCoordinator;
    viaCoordinator.addNode(citusScan(1.0, "Citus INSERT ... SELECT"), -1);
    QTest::newRow("insert select scan") << viaCoordinator << PlanKind::InsertSelect;
    QTest::newRow("insert select wins") << withSubplan(insertPlan("Seq Scan"))
                                        << PlanKind::InsertSelect;
}

void tst_PlanAnalyzer::kind()
{
    QFETCH(Plan, plan);
    QFETCH(PlanKind, kind);

    QCOMPARE(PlanAnalyzer::analyze(plan).kind, kind);
}

void tst_PlanAnalyzer::kindNames_data()
{
    QTest::addColumn<PlanKind>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("local") << PlanKind::Local << "local";
    QTest::newRow("router") << PlanKind::Router << "router";
    QTest::newRow("multi-shard") << PlanKind::MultiShard << "multi-shard";
    QTest::newRow("repartition") << PlanKind::Repartition << "repartition";
    QTest::newRow("subplans") << PlanKind::Subplans << "subplans";
    QTest::newRow("insert-select") << PlanKind::InsertSelect << "insert-select";
}

void tst_PlanAnalyzer::kindNames()
{
    QFETCH(PlanKind, kind);
    QFETCH(QString, name);

    QCOMPARE(planKindName(kind), name);
}

void tst_PlanAnalyzer::workersAreSortedByHostThenPort()
{
    Plan plan;
    const int scan = plan.addNode(citusScan(9.0), -1);
    const int jobNode = plan.addNode(job(5), scan);
    const auto addTask = [&](const char *worker, std::optional<double> executionMs,
                             std::optional<double> rows) {
        const int taskNode = plan.addNode(task(worker, executionMs), jobNode);
        PlanNode root = timed("Aggregate", 0.1);
        root.actualRows = rows;
        const int rootNode = addRemote(plan, root, taskNode);
        addRemote(plan, timed("Seq Scan", 0.05), rootNode);
    };
    addTask("b:9702", 1.5, 3);
    addTask("a:10000", 2.0, 4);
    addTask("a:9701", std::nullopt, std::nullopt);
    addTask("b:9702", 0.25, 5);
    plan.addNode(task("", 1.0), jobNode);

    const PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
    QCOMPARE(describe(analysis.workers),
             QStringList({"a:9701 tasks=1 nodes=2 rows=- time=-",
                          "a:10000 tasks=1 nodes=2 rows=4 time=2",
                          "b:9702 tasks=2 nodes=4 rows=8 time=1.75"}));
    QCOMPARE(analysis.taskCount, std::optional<qint64>(5));
    QCOMPARE(analysis.tasksShown, 5);
}

void tst_PlanAnalyzer::fixtureSummary_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<PlanKind>("kind");
    QTest::addColumn<qint64>("taskCount"); // -1: no job
    QTest::addColumn<int>("tasksShown");
    QTest::addColumn<int>("subplans");
    QTest::addColumn<QStringList>("workers");

    QTest::newRow("router user 1")
        << "citus/router_user1.analyze.json" << PlanKind::Router << qint64(1) << 1 << 0
        << QStringList{"127.0.0.1:9702 tasks=1 nodes=1 rows=2 time=0.043"};
    QTest::newRow("router user 1, verbose")
        << "citus/router_user1.analyze_verbose_buffers.json" << PlanKind::Router << qint64(1) << 1
        << 0 << QStringList{"127.0.0.1:9702 tasks=1 nodes=1 rows=2 time=0.033"};
    // Each format was a separate run: same shape, its own timings.
    QTest::newRow("router user 1, text")
        << "citus/router_user1.analyze.txt" << PlanKind::Router << qint64(1) << 1 << 0
        << QStringList{"127.0.0.1:9702 tasks=1 nodes=1 rows=2 time=0.047"};
    QTest::newRow("router user 1, yaml")
        << "citus/router_user1.analyze.yaml" << PlanKind::Router << qint64(1) << 1 << 0
        << QStringList{"127.0.0.1:9702 tasks=1 nodes=1 rows=2 time=0.032"};
    QTest::newRow("router user 1, xml")
        << "citus/router_user1.analyze.xml" << PlanKind::Router << qint64(1) << 1 << 0
        << QStringList{"127.0.0.1:9702 tasks=1 nodes=1 rows=2 time=0.034"};
    QTest::newRow("router user 2")
        << "citus/router_user2.analyze.json" << PlanKind::Router << qint64(1) << 1 << 0
        << QStringList{"127.0.0.1:9701 tasks=1 nodes=1 rows=2 time=0.039"};
    QTest::newRow("router plan only")
        << "citus/router_user1.plan_only.json" << PlanKind::Router << qint64(1) << 1 << 0
        << QStringList{"127.0.0.1:9702 tasks=1 nodes=1 rows=- time=-"};
    QTest::newRow("reference table on the coordinator")
        << "citus/reference_only_actions.analyze_verbose_buffers.json" << PlanKind::Router
        << qint64(1) << 1 << 0 << QStringList{"127.0.0.1:9700 tasks=1 nodes=1 rows=2 time=0.021"};
    QTest::newRow("update router")
        << "citus/update_router_user1.analyze_verbose_buffers.json" << PlanKind::Router
        << qint64(1) << 1 << 0 << QStringList{"127.0.0.1:9702 tasks=1 nodes=3 rows=0 time=0.522"};
    QTest::newRow("count, one task shown")
        << "citus/multishard_count.analyze_verbose_buffers.json" << PlanKind::MultiShard
        << qint64(32) << 1 << 0 << QStringList{"127.0.0.1:9702 tasks=1 nodes=2 rows=1 time=1.459"};
    QTest::newRow("count plan only")
        << "citus/multishard_count.plan_only.json" << PlanKind::MultiShard << qint64(32) << 1 << 0
        << QStringList{"127.0.0.1:9701 tasks=1 nodes=2 rows=- time=-"};
    // Sums of the 16 "Execution Time" values of each worker's tasks in the file.
    QTest::newRow("count, all tasks")
        << "citus/multishard_count_all_tasks.analyze_verbose_buffers.json" << PlanKind::MultiShard
        << qint64(32) << 32 << 0
        << QStringList{"127.0.0.1:9701 tasks=16 nodes=32 rows=16 time=6.013",
                       "127.0.0.1:9702 tasks=16 nodes=32 rows=16 time=9.683"};
    QTest::newRow("colocated join")
        << "citus/colocated_join_users.analyze_verbose_buffers.json" << PlanKind::MultiShard
        << qint64(32) << 1 << 0 << QStringList{"127.0.0.1:9702 tasks=1 nodes=5 rows=3 time=6.692"};
    QTest::newRow("delete")
        << "citus/delete_multishard.analyze_verbose_buffers.json" << PlanKind::MultiShard
        << qint64(32) << 1 << 0 << QStringList{"127.0.0.1:9702 tasks=1 nodes=2 rows=0 time=5.373"};
    QTest::newRow("dual repartition")
        << "citus/repartition_join_dual.analyze_verbose_buffers.json" << PlanKind::Repartition
        << qint64(12) << 0 << 0 << QStringList{};
    QTest::newRow("dual repartition on user_id")
        << "citus/repartition_join_dual_on_user_id.analyze_verbose_buffers.json"
        << PlanKind::Repartition << qint64(12) << 0 << 0 << QStringList{};
    QTest::newRow("single hash repartition")
        << "citus/repartition_join_single_hash.analyze_verbose_buffers.json"
        << PlanKind::Repartition << qint64(32) << 0 << 0 << QStringList{};
    // The subplan's own 32-task job counts too; both shown tasks ran on 9701:
    // 4 + 4 nodes, 5 + 5 rows, 2.565 + 0.19 ms.
    QTest::newRow("cte subplan")
        << "citus/cte_subplan_top_users.analyze_verbose_buffers.json" << PlanKind::Subplans
        << qint64(64) << 2 << 1 << QStringList{"127.0.0.1:9701 tasks=2 nodes=8 rows=10 time=2.755"};
    // In the TEXT run both shown tasks ran on 9702: 4.971 + 0.310 ms.
    QTest::newRow("cte subplan, text")
        << "citus/cte_subplan_top_users.analyze_verbose_buffers.txt" << PlanKind::Subplans
        << qint64(64) << 2 << 1 << QStringList{"127.0.0.1:9702 tasks=2 nodes=8 rows=10 time=5.281"};
    QTest::newRow("dual repartition, text")
        << "citus/repartition_join_dual.analyze_verbose_buffers.txt" << PlanKind::Repartition
        << qint64(12) << 0 << 0 << QStringList{};
    QTest::newRow("insert select pushed down")
        << "citus/insert_select_colocated_pushdown.analyze_verbose_buffers.json"
        << PlanKind::InsertSelect << qint64(32) << 1 << 0
        << QStringList{"127.0.0.1:9701 tasks=1 nodes=3 rows=0 time=2.319"};
    QTest::newRow("insert select via coordinator")
        << "citus/insert_select_via_coordinator.plan_verbose.json" << PlanKind::InsertSelect
        << qint64(32) << 1 << 0 << QStringList{"127.0.0.1:9701 tasks=1 nodes=2 rows=- time=-"};
    QTest::newRow("insert select repartition")
        << "citus/insert_select_repartition.plan_verbose.json" << PlanKind::InsertSelect
        << qint64(32) << 1 << 0 << QStringList{"127.0.0.1:9701 tasks=1 nodes=1 rows=- time=-"};
    QTest::newRow("local table")
        << "citus/local_table_on_coordinator.analyze_verbose_buffers.json" << PlanKind::Local
        << qint64(-1) << 0 << 0 << QStringList{};
    QTest::newRow("partition-wise join")
        << "postgres/pwj_25.analyze_buffers.json" << PlanKind::Local << qint64(-1) << 0 << 0
        << QStringList{};
}

void tst_PlanAnalyzer::fixtureSummary()
{
    QFETCH(QString, file);
    QFETCH(PlanKind, kind);
    QFETCH(qint64, taskCount);
    QFETCH(int, tasksShown);
    QFETCH(int, subplans);
    QFETCH(QStringList, workers);

    const PlanAnalysis analysis = PlanAnalyzer::analyze(fixture(file));
    QCOMPARE(planKindName(analysis.kind), planKindName(kind));
    QCOMPARE(analysis.taskCount.value_or(-1), taskCount);
    QCOMPARE(analysis.tasksShown, tasksShown);
    QCOMPARE(analysis.subplans, subplans);
    QCOMPARE(describe(analysis.workers), workers);
}

void tst_PlanAnalyzer::fixtureTimes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("nodeType");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<double>("inclusive");
    QTest::addColumn<double>("exclusive");

    const QString local = QStringLiteral("citus/local_table_on_coordinator.analyze_verbose_buffers.json");
    QTest::newRow("local sort") << local << "Sort" << "" << 0.575 << 0.575 - 0.545;
    QTest::newRow("local aggregate") << local << "Aggregate" << "" << 0.545 << 0.545 - 0.524;
    QTest::newRow("local scan") << local << "Seq Scan" << "" << 0.524 << 0.524;

    const QString router = QStringLiteral("citus/router_user1.analyze.json");
    QTest::newRow("router custom scan") << router << "Custom Scan" << "" << 8.367 << 8.367;
    QTest::newRow("router task") << router << "Task" << "" << 0.043 << 0.043;
    QTest::newRow("router job") << router << "Job" << "" << none << none;
    QTest::newRow("router remote scan") << router << "Index Scan" << "" << 0.014 << 0.014;

    // The outer task's remote plan: the inner Index Scan ran 5 loops of 0.011 ms.
    const QString cte = QStringLiteral("citus/cte_subplan_top_users.analyze_verbose_buffers.json");
    QTest::newRow("cte subplan") << cte << "Distributed Subplan" << "" << 97.85 << 97.85;
    QTest::newRow("cte top sort") << cte << "Sort" << "" << 15.541 << 15.541 - 15.49;
    QTest::newRow("cte custom scan") << cte << "Custom Scan" << "" << 15.49 << 15.49;
    QTest::newRow("cte nested loop") << cte << "Nested Loop" << "" << 0.119
                                     << 0.119 - 0.052 - 5 * 0.011;
    QTest::newRow("cte index scan") << cte << "Index Scan" << "" << 5 * 0.011 << 5 * 0.011;

    // Gather with 2 workers launched: everything below is averaged over 3 processes.
    const QString pwj = QStringLiteral("postgres/pwj_25.analyze_buffers.json");
    QTest::newRow("pwj finalize") << pwj << "Aggregate" << "" << 21.354 << 21.354 - 21.344;
    QTest::newRow("pwj gather") << pwj << "Gather" << "" << 21.344 << 21.344 - 12.776;
    QTest::newRow("pwj append") << pwj << "Append" << "" << 11.986 * 3 / 3 << 11.986 - 32.747 / 3;
    QTest::newRow("pwj hash join") << pwj << "Hash Join" << "" << 1.087 / 3
                                   << (1.087 - 0.181 - 0.443) / 3;
    QTest::newRow("pwj hash") << pwj << "Hash" << "" << 0.443 / 3 << (0.443 - 0.195) / 3;
    QTest::newRow("pwj scan") << pwj << "Seq Scan" << "q25_21" << 0.195 / 3 << 0.195 / 3;
}

void tst_PlanAnalyzer::fixtureTimes()
{
    QFETCH(QString, file);
    QFETCH(QString, nodeType);
    QFETCH(QString, relation);
    QFETCH(double, inclusive);
    QFETCH(double, exclusive);

    const Plan plan = fixture(file);
    const PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
    const NodeMetrics &metrics = analysis.nodes[size_t(find(plan, nodeType, relation))];
    QCOMPARE(rounded({metrics.inclusiveMs.value_or(none), metrics.exclusiveMs.value_or(none)}),
             rounded({inclusive, exclusive}));
}

void tst_PlanAnalyzer::fixtureMisestimates()
{
    const Plan plan = fixture(QStringLiteral("citus/router_user1.analyze.json"));
    const PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
    // Citus estimates no rows for a router scan: nothing to compare.
    const NodeMetrics &scan = analysis.nodes[size_t(find(plan, QStringLiteral("Custom Scan")))];
    QCOMPARE(scan.misestimate, Misestimate::None);
    QVERIFY(!scan.misestimateFactor);
    // 1 row expected, 2 came.
    const NodeMetrics &index = analysis.nodes[size_t(find(plan, QStringLiteral("Index Scan")))];
    QCOMPARE(index.misestimate, Misestimate::Under);
    QCOMPARE(index.misestimateFactor, std::optional<double>(2.0));

    // The coordinator's sort expected 97 groups and got 10.
    const Plan local =
        fixture(QStringLiteral("citus/local_table_on_coordinator.analyze_verbose_buffers.json"));
    const PlanAnalysis localAnalysis = PlanAnalyzer::analyze(local);
    const NodeMetrics &sort = localAnalysis.nodes[size_t(find(local, QStringLiteral("Sort")))];
    QCOMPARE(sort.misestimate, Misestimate::Over);
    QCOMPARE(sort.misestimateFactor, std::optional<double>(9.7));

    // count(*) over 32 shards: 32 partial counts came where Citus always says 100,000. Not
    // a misestimate; the coordinator's Aggregate above it planned its 1 row.
    const Plan multiShard = fixture(QStringLiteral("citus/multishard_count.analyze_verbose_buffers.json"));
    const PlanAnalysis multiShardAnalysis = PlanAnalyzer::analyze(multiShard);
    const NodeMetrics &citus = multiShardAnalysis.nodes[size_t(find(multiShard, QStringLiteral("Custom Scan")))];
    QVERIFY(citus.citusFixedEstimate);
    QVERIFY(!citus.misestimateFactor);

    // The top users' plan: the Sort over the Citus scan repeats its 100,000 rows, while the
    // worker's Nested Loop expected 14,500 rows and made 100: a real misestimate.
    const Plan cte = fixture(QStringLiteral("citus/cte_subplan_top_users.analyze_verbose_buffers.json"));
    const PlanAnalysis cteAnalysis = PlanAnalyzer::analyze(cte);
    const NodeMetrics &topSort = cteAnalysis.nodes[size_t(cte.root)];
    QCOMPARE(cte.nodes[size_t(cte.root)].nodeType, QStringLiteral("Sort"));
    QVERIFY(topSort.citusFixedEstimate);
    QVERIFY(!topSort.misestimateFactor);
    const NodeMetrics &loop = cteAnalysis.nodes[size_t(find(cte, QStringLiteral("Nested Loop")))];
    QVERIFY(!loop.citusFixedEstimate);
    QCOMPARE(loop.misestimate, Misestimate::Over);
    QCOMPARE(loop.misestimateFactor, std::optional<double>(14500.0 / 100));
}

// A Sort over a Citus scan repeats its 100,000 rows; an Aggregate over them makes its own
// estimate, which is measured as any other.
void tst_PlanAnalyzer::nodesRepeatingCitusFixedEstimate()
{
    const auto rows = [](PlanNode node, double actual, double planned) {
        node.actualRows = actual;
        node.planRows = planned;
        return node;
    };
    Plan plan;
    const int aggregate = plan.addNode(rows(timed("Aggregate", 9.0), 3, 200), -1);
    const int sort = plan.addNode(rows(timed("Sort", 8.5), 25, 100000), aggregate);
    const int scan = plan.addNode(rows(citusScan(8.0), 25, 100000), sort);
    const PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
    for (const int fixed : {sort, scan}) {
        QVERIFY(analysis.nodes[size_t(fixed)].citusFixedEstimate);
        QCOMPARE(analysis.nodes[size_t(fixed)].misestimate, Misestimate::None);
        QVERIFY(!analysis.nodes[size_t(fixed)].misestimateFactor);
    }
    QVERIFY(!analysis.nodes[size_t(aggregate)].citusFixedEstimate);
    QCOMPARE(analysis.nodes[size_t(aggregate)].misestimate, Misestimate::Over);
    QCOMPARE(analysis.nodes[size_t(aggregate)].misestimateFactor.value_or(none), 200.0 / 3);
}

void tst_PlanAnalyzer::citusFixedEstimatesInFixtures_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : fixtures::planFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

// No Citus Custom Scan of a real plan is taken for a planner misestimate, while every
// other node with both figures is measured.
void tst_PlanAnalyzer::citusFixedEstimatesInFixtures()
{
    QFETCH(QString, path);
    PlanParseError error;
    const std::optional<Plan> plan = PlanReader::readFile(path, &error);
    QVERIFY2(plan, qPrintable(error.toString()));
    const PlanAnalysis analysis = PlanAnalyzer::analyze(*plan);
    for (size_t i = 0; i < plan->nodes.size(); ++i) {
        const PlanNode &node = plan->nodes[i];
        const NodeMetrics &metrics = analysis.nodes[i];
        if (node.nodeType == QLatin1String("Custom Scan") && node.customPlanProvider.startsWith(QLatin1String("Citus"))) {
            QVERIFY(metrics.citusFixedEstimate);
            QCOMPARE(metrics.misestimate, Misestimate::None);
            QVERIFY(!metrics.misestimateFactor);
        } else if (!metrics.citusFixedEstimate && node.isPlanNode() && node.actualRows && node.planRows
                   && !node.neverExecuted) {
            QVERIFY2(metrics.misestimateFactor, qPrintable(node.nodeType));
        }
    }
}

void tst_PlanAnalyzer::planNodesAddUp_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : fixtures::planFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

// The coordinator's plan nodes and the workers' are all of the plan's: the heading's count
// is the legend's.
void tst_PlanAnalyzer::planNodesAddUp()
{
    QFETCH(QString, path);
    PlanParseError error;
    const std::optional<Plan> plan = PlanReader::readFile(path, &error);
    QVERIFY2(plan, qPrintable(error.toString()));
    const PlanAnalysis analysis = PlanAnalyzer::analyze(*plan);
    int onWorkers = 0;
    for (const WorkerTotals &worker : analysis.workers)
        onWorkers += worker.nodes;
    QCOMPARE(analysis.coordinatorNodes + onWorkers, plan->planNodeCount());
    QVERIFY(analysis.coordinatorNodes > 0);
}

void tst_PlanAnalyzer::fixtureCriticalPath_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("slowest");
    QTest::addColumn<double>("taskOnPathMs"); // -1: no task on the path

    QTest::newRow("router") << "citus/router_user1.analyze.json"
                            << QStringList{"Custom Scan", "Job", "Task", "Index Scan"}
                            << "Custom Scan" << 0.043;
    // The slowest of the 32 tasks ran for 2.639 ms.
    QTest::newRow("all tasks") << "citus/multishard_count_all_tasks.analyze_verbose_buffers.json"
                               << QStringList{"Aggregate", "Custom Scan", "Job", "Task", "Aggregate",
                                              "Seq Scan"}
                               << "Custom Scan" << 2.639;
    // The subplan (97.85 ms) outweighs the main job's task (0.19 ms); inside it the
    // Citus scan never ran, its job's task did (2.565 ms).
    QTest::newRow("cte subplan") << "citus/cte_subplan_top_users.analyze_verbose_buffers.json"
                                 << QStringList{"Sort", "Custom Scan", "Distributed Subplan", "Limit",
                                                "Sort", "Custom Scan", "Job", "Task", "Limit", "Sort",
                                                "Aggregate", "Seq Scan"}
                                 << "Custom Scan" << 2.565;
    // No task is shown: nothing tells which part of the repartition took the time.
    QTest::newRow("repartition") << "citus/repartition_join_dual.analyze_verbose_buffers.json"
                                 << QStringList{"Aggregate", "Custom Scan"} << "Custom Scan" << none;
    QTest::newRow("local") << "citus/local_table_on_coordinator.analyze_verbose_buffers.json"
                           << QStringList{"Sort", "Aggregate", "Seq Scan"} << "Seq Scan" << none;
    // The 7.714 ms join is the slowest member; its Hash (0.38) beats its scan (0.173).
    QTest::newRow("partition-wise join") << "postgres/pwj_25.analyze_buffers.json"
                                         << QStringList{"Aggregate", "Gather", "Aggregate", "Append",
                                                        "Hash Join", "Hash", "Seq Scan"}
                                         << "Gather" << none;
    QTest::newRow("plan only") << "citus/router_user1.plan_only.json" << QStringList{} << ""
                               << none;
}

void tst_PlanAnalyzer::fixtureCriticalPath()
{
    QFETCH(QString, file);
    QFETCH(QStringList, path);
    QFETCH(QString, slowest);
    QFETCH(double, taskOnPathMs);

    const Plan plan = fixture(file);
    const PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
    QCOMPARE(nodeTypes(plan, analysis.criticalPath), path);
    QCOMPARE(analysis.slowestNode < 0 ? QString() : plan.nodes[size_t(analysis.slowestNode)].nodeType,
             slowest);
    double taskMs = none;
    for (const int index : analysis.criticalPath) {
        const auto &node = plan.nodes[size_t(index)];
        if (node.kind == NodeKind::Task)
            taskMs = node.citus.executionTimeMs.value_or(none);
    }
    QCOMPARE(taskMs, taskOnPathMs);
}

void tst_PlanAnalyzer::hundredThousandDeepChain()
{
    constexpr int depth = 100000;
    Plan plan;
    // Each node takes 1 ms of its own: node i has depth - i ms inclusive.
    for (int i = 0; i < depth; ++i)
        plan.addNode(timed("Limit", depth - i), i - 1);

    const PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
    QCOMPARE(analysis.nodes.size(), size_t(depth));
    QCOMPARE(analysis.nodes.front().inclusiveMs, std::optional<double>(depth));
    QCOMPARE(analysis.nodes[depth / 2].exclusiveMs, std::optional<double>(1));
    QCOMPARE(analysis.nodes.back().exclusiveMs, std::optional<double>(1));
    // All tie at 1 ms: the first in preorder wins.
    QCOMPARE(analysis.slowestNode, 0);
    QCOMPARE(analysis.criticalPath.size(), size_t(depth));
    QCOMPARE(analysis.criticalPath.back(), depth - 1);
}

void tst_PlanAnalyzer::tenThousandNodePlan()
{
    const Plan plan = fixture(QStringLiteral("postgres/pwj_10k.analyze_buffers.json"));
    const PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
    QCOMPARE(analysis.nodes.size(), plan.nodes.size());
    QCOMPARE(plan.nodes[size_t(analysis.slowestNode)].nodeType, QStringLiteral("Gather"));
    QCOMPARE(analysis.criticalPath.size(), size_t(7));
}

QTEST_GUILESS_MAIN(tst_PlanAnalyzer)
#include "tst_PlanAnalyzer.moc"
