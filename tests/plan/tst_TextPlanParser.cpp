// TextPlanParser against the JSON twin of every captured TEXT plan (read here with a
// small independent QJsonDocument walk), plus hand-checked Citus structures, node-name
// decoding, document-level lines and bad input.

#include "TextPlanParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace shardscope;

namespace {

QString fixturesDir()
{
    return QStringLiteral(SHARDSCOPE_FIXTURES_DIR);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    return file.readAll();
}

Plan parseOrFail(const QByteArray &text)
{
    PlanParseError error;
    auto plans = TextPlanParser::parse(text, &error);
    if (!plans)
        qFatal("unexpected parse error: %s", qPrintable(error.toString()));
    if (plans->size() != 1)
        qFatal("expected one plan, read %zu", plans->size());
    return std::move(plans->front());
}

Plan parseFixture(const QString &relativePath)
{
    return parseOrFail(readFile(fixturesDir() + QLatin1Char('/') + relativePath));
}

std::vector<int> indicesOfKind(const Plan &plan, NodeKind kind)
{
    std::vector<int> found;
    for (int index : plan.preorder()) {
        if (plan.nodes[size_t(index)].kind == kind)
            found.push_back(index);
    }
    return found;
}

int firstOfType(const Plan &plan, const QString &nodeType)
{
    for (int index : plan.preorder()) {
        if (plan.nodes[size_t(index)].nodeType == nodeType)
            return index;
    }
    return -1;
}

// Shard ids and partition numbers differ between the TEXT and the JSON run ("One of 32"
// picks the slowest task), so names are compared with their digits masked.
QString masked(QString name)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    return name.replace(digits, QStringLiteral("#"));
}

// One node of the JSON twin, in preorder.
struct ExpectedNode {
    NodeKind kind = NodeKind::Plan;
    QString nodeType;
    QJsonObject plan; // the JSON "Plan" object, for plan nodes
    std::optional<double> actualRows;
    // Figures of a remote plan (another task may be shown) or of parallel workers (another
    // split of the rows) are not reproducible between the two runs.
    bool rowsComparable = true;
};

// Independent reading of EXPLAIN (FORMAT JSON), Citus structures included:
// CustomScan -> [Distributed Subplan -> plan, Job -> [Task -> remote plan, MapMergeJob]].
class JsonReference
{
public:
    explicit JsonReference(const QByteArray &json)
    {
        const QJsonDocument document = QJsonDocument::fromJson(json);
        addPlan(document.array().at(0).toObject().value(QLatin1String("Plan")).toObject(), true);
    }

    std::vector<ExpectedNode> nodes;

private:
    void addSynthetic(NodeKind kind)
    {
        ExpectedNode node;
        node.kind = kind;
        node.nodeType = nodeKindName(kind);
        nodes.push_back(node);
    }

    void addQueries(const QJsonArray &queries, bool comparable)
    {
        for (const auto &query : queries)
            addPlan(query.toObject().value(QLatin1String("Plan")).toObject(), comparable);
    }

    void addPlan(const QJsonObject &plan, bool comparable)
    {
        ExpectedNode node;
        node.nodeType = plan.value(QLatin1String("Node Type")).toString();
        node.plan = plan;
        if (plan.contains(QLatin1String("Actual Rows")))
            node.actualRows = plan.value(QLatin1String("Actual Rows")).toDouble();
        node.rowsComparable = comparable;
        nodes.push_back(node);
        const bool gather = node.nodeType.startsWith(QLatin1String("Gather"));
        const QJsonObject distributed = plan.value(QLatin1String("Distributed Query")).toObject();
        for (const auto &subplan : distributed.value(QLatin1String("Subplans")).toArray()) {
            addSynthetic(NodeKind::DistributedSubplan);
            addQueries(subplan.toObject().value(QLatin1String("PlannedStmt")).toArray(), comparable);
        }
        if (distributed.contains(QLatin1String("Job")))
            addJob(distributed.value(QLatin1String("Job")).toObject());
        addQueries(plan.value(QLatin1String("Select Query")).toArray(), comparable);
        for (const auto &child : plan.value(QLatin1String("Plans")).toArray())
            addPlan(child.toObject(), comparable && !gather);
    }

    void addJob(const QJsonObject &job)
    {
        addSynthetic(NodeKind::Job);
        for (const auto &task : job.value(QLatin1String("Tasks")).toArray()) {
            addSynthetic(NodeKind::Task);
            for (const auto &remote : task.toObject().value(QLatin1String("Remote Plan")).toArray())
                addQueries(remote.toArray(), false);
        }
        addMapMergeJobs(job.value(QLatin1String("Dependent Jobs")).toArray());
    }

    void addMapMergeJobs(const QJsonArray &jobs)
    {
        for (const auto &job : jobs) {
            addSynthetic(NodeKind::MapMergeJob);
            addMapMergeJobs(job.toObject().value(QLatin1String("Dependent Jobs")).toArray());
        }
    }
};

// The JSON keys the text parser derives from a node line, with the node's typed field.
struct NameField {
    const char *jsonKey;
    QString PlanNode::*field;
};

const NameField nameFields[] = {
    {"Custom Plan Provider", &PlanNode::customPlanProvider},
    {"Subplan Name", &PlanNode::subplanName},
    {"Relation Name", &PlanNode::relationName},
    {"Schema", &PlanNode::schema},
    {"Alias", &PlanNode::alias},
    {"Index Name", &PlanNode::indexName},
    {"Function Name", &PlanNode::functionName},
    {"CTE Name", &PlanNode::cteName},
    {"Join Type", &PlanNode::joinType},
    {"Strategy", &PlanNode::strategy},
    {"Partial Mode", &PlanNode::partialMode},
    {"Operation", &PlanNode::operation},
    {"Scan Direction", &PlanNode::scanDirection},
};

QString describe(const Plan &plan, int index)
{
    const PlanNode &node = plan.nodes[size_t(index)];
    return QStringLiteral("node %1 (%2)").arg(index).arg(node.nodeType);
}

} // namespace

class TextPlanParserTest : public QObject
{
    Q_OBJECT

private slots:
    void matchesJsonTwin_data();
    void matchesJsonTwin();
    void routerQuery();
    void distributedSubplan();
    void repartitionJoin();
    void insertSelectChild();
    void planningAndExecutionTimes();
    void neverExecuted();
    void buffersSplit();
    void sortMethodSplit();
    void nodeNames_data();
    void nodeNames();
    void figures();
    void extraLeadingSpace();
    void subplanLabels();
    void nestedPropertyLines();
    void documentProperties();
    void deepNesting();
    void longLines();
    void severalPlans_data();
    void severalPlans();
    void errors_data();
    void errors();
};

void TextPlanParserTest::matchesJsonTwin_data()
{
    QTest::addColumn<QString>("textPath");
    static const QRegularExpression explainFile(
        QStringLiteral("\\.(analyze|plan_only|plan_verbose|analyze_verbose_buffers|analyze_buffers)\\.txt$"));
    int rows = 0;
    for (const auto &folder : {QStringLiteral("citus"), QStringLiteral("postgres")}) {
        const QDir dir(fixturesDir() + QLatin1Char('/') + folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            if (!explainFile.match(name).hasMatch())
                continue;
            QTest::newRow(qPrintable(folder + QLatin1Char('/') + name)) << dir.filePath(name);
            ++rows;
        }
    }
    QVERIFY2(rows >= 27, qPrintable(QStringLiteral("only %1 fixtures found in %2").arg(rows).arg(fixturesDir())));
}

void TextPlanParserTest::matchesJsonTwin()
{
    QFETCH(QString, textPath);
    QString jsonPath = textPath;
    jsonPath.replace(QRegularExpression(QStringLiteral("\\.txt$")), QStringLiteral(".json"));
    QVERIFY(QFile::exists(jsonPath));

    const Plan plan = parseOrFail(readFile(textPath));
    const JsonReference expected(readFile(jsonPath));

    QCOMPARE(plan.format, PlanFormat::Text);
    QCOMPARE(plan.nodes.size(), expected.nodes.size());
    // Document order is preorder: nodes were added parents first, children in order.
    const std::vector<int> order = plan.preorder();
    for (size_t i = 0; i < order.size(); ++i) {
        QCOMPARE(order[i], int(i));
        QVERIFY(plan.nodes[i].parent < int(i));
    }
    for (size_t i = 0; i < expected.nodes.size(); ++i) {
        const PlanNode &node = plan.nodes[i];
        const ExpectedNode &want = expected.nodes[i];
        const QByteArray where = describe(plan, int(i)).toUtf8();
        QVERIFY2(node.kind == want.kind, where.constData());
        QCOMPARE(node.nodeType, want.nodeType);
        if (node.kind != NodeKind::Plan)
            continue;
        if (want.rowsComparable)
            QVERIFY2(node.actualRows == want.actualRows, where.constData());
        else
            QCOMPARE(node.actualRows.has_value(), want.actualRows.has_value());
        QCOMPARE(node.parallelAware, want.plan.value(QLatin1String("Parallel Aware")).toBool());
        for (const NameField &field : nameFields) {
            const QString json = want.plan.value(QLatin1String(field.jsonKey)).toString();
            const QString text = node.*field.field;
            if (masked(text) != masked(json)) {
                QFAIL(qPrintable(QStringLiteral("%1: %2 is \"%3\", JSON has \"%4\"")
                                     .arg(describe(plan, int(i)), QLatin1String(field.jsonKey), text, json)));
            }
        }
    }
}

void TextPlanParserTest::routerQuery()
{
    const Plan plan = parseFixture(QStringLiteral("citus/router_user1.analyze.txt"));
    QCOMPARE(plan.nodes.size(), size_t(4));
    const PlanNode &scan = plan.nodes[0];
    QCOMPARE(scan.nodeType, QStringLiteral("Custom Scan"));
    QCOMPARE(scan.customPlanProvider, QStringLiteral("Citus Adaptive"));
    QCOMPARE(scan.actualRows, 2.0);
    QCOMPARE(scan.property(QStringLiteral("Startup Cost")), QStringLiteral("0.00"));
    QVERIFY(scan.property(QStringLiteral("Task Count")).isEmpty());

    const PlanNode &job = plan.nodes[1];
    QCOMPARE(job.kind, NodeKind::Job);
    QCOMPARE(job.parent, 0);
    QCOMPARE(job.citus.taskCount, 1);
    QCOMPARE(job.citus.tasksShown, QStringLiteral("All"));
    QCOMPARE(job.citus.tupleBytesReceived, 64);

    const PlanNode &task = plan.nodes[2];
    QCOMPARE(task.kind, NodeKind::Task);
    QCOMPARE(task.parent, 1);
    QCOMPARE(task.citus.worker.toString(), QStringLiteral("127.0.0.1:9702"));
    QCOMPARE(task.citus.database, QStringLiteral("postgres"));
    QCOMPARE(task.citus.tupleDataReceived, QStringLiteral("64 bytes"));
    QCOMPARE(task.citus.planningTimeMs, 0.350);
    QCOMPARE(task.citus.executionTimeMs, 0.047);

    const PlanNode &remote = plan.nodes[3];
    QCOMPARE(remote.parent, 2);
    QCOMPARE(remote.nodeType, QStringLiteral("Index Scan"));
    QCOMPARE(remote.indexName, QStringLiteral("activity_log_pkey_102009"));
    QCOMPARE(remote.relationName, QStringLiteral("activity_log_102009"));
    QCOMPARE(remote.alias, QStringLiteral("activity_log"));
    QVERIFY(remote.schema.isEmpty()); // only VERBOSE names it
    QCOMPARE(remote.scanDirection, QStringLiteral("Forward"));
    QCOMPARE(remote.actualRows, 2.0);
    QCOMPARE(remote.actualLoops, 1.0);
    QCOMPARE(remote.actualStartupTime, 0.013);
    QCOMPARE(remote.totalCost, 8.16);
    QCOMPARE(remote.planWidth, 536.0);
    QCOMPARE(remote.property(QStringLiteral("Index Cond")), QStringLiteral("(user_id = 1)"));

    QVERIFY(plan.analyzed);
    QCOMPARE(plan.planningTimeMs, 1.649);
    QCOMPARE(plan.executionTimeMs, 12.001);
}

void TextPlanParserTest::distributedSubplan()
{
    const Plan plan = parseFixture(QStringLiteral("citus/cte_subplan_top_users.analyze_verbose_buffers.txt"));
    const auto subplans = indicesOfKind(plan, NodeKind::DistributedSubplan);
    QCOMPARE(subplans.size(), size_t(1));
    const PlanNode &subplan = plan.nodes[size_t(subplans[0])];
    QCOMPARE(subplan.nodeType, QStringLiteral("Distributed Subplan"));
    QCOMPARE(subplan.citus.subplanId, QStringLiteral("2_1"));
    QCOMPARE(subplan.property(QStringLiteral("Subplan Id")), QStringLiteral("2_1"));
    QCOMPARE(subplan.citus.subplanDurationMs, 92.95);
    QCOMPARE(subplan.citus.intermediateDataSize, QStringLiteral("50 bytes"));
    QCOMPARE(subplan.citus.resultDestination, QStringLiteral("Send to 2 nodes"));
    QCOMPARE(subplan.citus.planningTimeMs, 0.000);
    QCOMPARE(subplan.citus.executionTimeMs, 0.002);
    QCOMPARE(subplan.children.size(), size_t(1));
    QCOMPARE(plan.nodes[size_t(subplan.children[0])].nodeType, QStringLiteral("Limit"));

    // The outer scan: subplan first, then its Job, as in JSON.
    const PlanNode &scan = plan.nodes[size_t(subplan.parent)];
    QCOMPARE(scan.customPlanProvider, QStringLiteral("Citus Adaptive"));
    QCOMPARE(scan.children.size(), size_t(2));
    QCOMPARE(scan.children[0], subplans[0]);
    const PlanNode &job = plan.nodes[size_t(scan.children[1])];
    QCOMPARE(job.kind, NodeKind::Job);
    QCOMPARE(job.citus.taskCount, 32);
    QCOMPARE(job.citus.tasksShown, QStringLiteral("One of 32"));
    QCOMPARE(job.citus.tupleBytesReceived, 630);

    // The task's remote plan ends with its own timings, which belong to the task.
    const auto tasks = indicesOfKind(plan, NodeKind::Task);
    QCOMPARE(tasks.size(), size_t(2));
    const PlanNode &outerTask = plan.nodes[size_t(tasks[1])];
    QCOMPARE(outerTask.parent, scan.children[1]);
    QCOMPARE(outerTask.citus.planningTimeMs, 0.104);
    QCOMPARE(outerTask.citus.executionTimeMs, 0.310);
    QCOMPARE(plan.nodes[size_t(tasks[0])].citus.planningTimeMs, 0.263);

    const int function = firstOfType(plan, QStringLiteral("Function Scan"));
    QVERIFY(function >= 0);
    QCOMPARE(plan.nodes[size_t(function)].functionName, QStringLiteral("read_intermediate_result"));
    QCOMPARE(plan.nodes[size_t(function)].schema, QStringLiteral("pg_catalog"));
    QCOMPARE(plan.nodes[size_t(function)].alias, QStringLiteral("intermediate_result"));
    // The Sort's trailing "Buffers" goes to the Sort, not to the subtree above it.
    QCOMPARE(plan.nodes[0].buffers.sharedHit, 3);
}

void TextPlanParserTest::repartitionJoin()
{
    const Plan plan = parseFixture(QStringLiteral("citus/repartition_join_dual.analyze_verbose_buffers.txt"));
    const auto jobs = indicesOfKind(plan, NodeKind::Job);
    QCOMPARE(jobs.size(), size_t(1));
    const PlanNode &job = plan.nodes[size_t(jobs[0])];
    QCOMPARE(job.citus.taskCount, 12);
    QCOMPARE(job.citus.tasksShown, QStringLiteral("None, not supported for re-partition queries"));
    const auto mapMergeJobs = indicesOfKind(plan, NodeKind::MapMergeJob);
    QCOMPARE(mapMergeJobs.size(), size_t(2));
    for (int index : mapMergeJobs) {
        const PlanNode &mapMerge = plan.nodes[size_t(index)];
        QCOMPARE(mapMerge.nodeType, QStringLiteral("MapMergeJob"));
        QCOMPARE(mapMerge.parent, jobs[0]);
        QCOMPARE(mapMerge.citus.mapTaskCount, 32);
        QCOMPARE(mapMerge.citus.mergeTaskCount, 12);
    }
    QVERIFY(indicesOfKind(plan, NodeKind::Task).empty());
    // "Buffers" after the jobs is the scan's again.
    QCOMPARE(plan.nodes[size_t(job.parent)].buffers.sharedHit, 79);

    const QByteArray nested = "Custom Scan (Citus Adaptive)  (cost=0.00..0.00 rows=0 width=0)\n"
                              "  Task Count: 4\n"
                              "  Tasks Shown: None, not supported for re-partition queries\n"
                              "  ->  MapMergeJob\n"
                              "        Map Task Count: 8\n"
                              "        Merge Task Count: 4\n"
                              "        ->  MapMergeJob\n"
                              "              Map Task Count: 2\n"
                              "              Merge Task Count: 8\n";
    const Plan dependent = parseOrFail(nested);
    QCOMPARE(dependent.nodes.size(), size_t(4));
    QCOMPARE(dependent.nodes[3].kind, NodeKind::MapMergeJob);
    QCOMPARE(dependent.nodes[3].parent, 2);
    QCOMPARE(dependent.nodes[3].citus.mapTaskCount, 2);
    QCOMPARE(dependent.nodes[2].parent, 1);
}

void TextPlanParserTest::insertSelectChild()
{
    const Plan plan = parseFixture(QStringLiteral("citus/insert_select_repartition.plan_verbose.txt"));
    const PlanNode &insert = plan.nodes[0];
    QCOMPARE(insert.customPlanProvider, QStringLiteral("Citus INSERT ... SELECT"));
    QCOMPARE(insert.property(QStringLiteral("INSERT/SELECT method")), QStringLiteral("repartition"));
    QCOMPARE(insert.children.size(), size_t(1));
    const PlanNode &select = plan.nodes[size_t(insert.children[0])];
    QCOMPARE(select.kind, NodeKind::Plan);
    QCOMPARE(select.customPlanProvider, QStringLiteral("Citus Adaptive"));
    QVERIFY(!plan.analyzed);
}

void TextPlanParserTest::planningAndExecutionTimes()
{
    const Plan plan = parseFixture(QStringLiteral("citus/router_user1.analyze_verbose_buffers.txt"));
    QCOMPARE(plan.planningTimeMs, 1.183);
    QCOMPARE(plan.executionTimeMs, 9.960);
    QCOMPARE(plan.properties.size(), size_t(1));
    QCOMPARE(plan.properties[0].key, QStringLiteral("Planning"));
    QCOMPARE(plan.properties[0].value, QStringLiteral("Buffers: shared hit=291"));
    const PlanNode &task = plan.nodes[size_t(indicesOfKind(plan, NodeKind::Task).at(0))];
    QCOMPARE(task.citus.planningTimeMs, 0.338);
    QCOMPARE(task.citus.executionTimeMs, 0.047);
    QCOMPARE(task.citus.query.left(30), QStringLiteral("SELECT log_id, user_id, action"));
    QCOMPARE(plan.nodes[0].buffers.sharedHit, 74);
    QCOMPARE(plan.nodes[3].buffers.sharedHit, 2);
    QCOMPARE(plan.nodes[3].schema, QStringLiteral("public"));

    const Plan planOnly = parseFixture(QStringLiteral("citus/router_user1.plan_only.txt"));
    QVERIFY(!planOnly.analyzed);
    QVERIFY(!planOnly.planningTimeMs);
    QVERIFY(!planOnly.executionTimeMs);
    QVERIFY(!planOnly.nodes[3].actualRows);
}

void TextPlanParserTest::neverExecuted()
{
    const Plan plan = parseFixture(QStringLiteral("citus/cte_subplan_top_users.analyze_verbose_buffers.txt"));
    int never = 0;
    for (const PlanNode &node : plan.nodes) {
        if (!node.neverExecuted)
            continue;
        ++never;
        QCOMPARE(node.nodeType, QStringLiteral("Custom Scan"));
        QCOMPARE(node.actualLoops, 0.0);
        QCOMPARE(node.actualRows, 0.0);
        QVERIFY(!node.actualStartupTime);
        QCOMPARE(node.planRows, 100000.0);
    }
    QCOMPARE(never, 1);
}

void TextPlanParserTest::buffersSplit()
{
    const Plan plan = parseFixture(QStringLiteral("citus/insert_select_colocated_pushdown.analyze_verbose_buffers.txt"));
    const PlanNode &insert = plan.nodes[size_t(firstOfType(plan, QStringLiteral("ModifyTable")))];
    QCOMPARE(insert.operation, QStringLiteral("Insert"));
    QCOMPARE(insert.buffers.sharedHit, 836);
    QCOMPARE(insert.buffers.sharedDirtied, 2);
    QCOMPARE(insert.buffers.sharedWritten, 2);
    QVERIFY(!insert.buffers.sharedRead);
    QCOMPARE(insert.property(QStringLiteral("Shared Hit Blocks")), QStringLiteral("836"));
    QVERIFY(insert.property(QStringLiteral("Buffers")).isEmpty());

    const Plan all = parseOrFail("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n"
                                 "  Buffers: shared hit=1 read=2 dirtied=3 written=4, local hit=5 read=6 "
                                 "dirtied=7 written=8, temp read=9 written=10\n"
                                 "  I/O Timings: shared read=0.1\n");
    const Buffers &buffers = all.nodes[0].buffers;
    QCOMPARE(buffers.sharedHit, 1);
    QCOMPARE(buffers.sharedRead, 2);
    QCOMPARE(buffers.sharedDirtied, 3);
    QCOMPARE(buffers.sharedWritten, 4);
    QCOMPARE(buffers.localHit, 5);
    QCOMPARE(buffers.localRead, 6);
    QCOMPARE(buffers.localDirtied, 7);
    QCOMPARE(buffers.localWritten, 8);
    QCOMPARE(buffers.tempRead, 9);
    QCOMPARE(buffers.tempWritten, 10);
    QCOMPARE(all.nodes[0].property(QStringLiteral("Temp Written Blocks")), QStringLiteral("10"));
    QCOMPARE(all.nodes[0].property(QStringLiteral("I/O Timings")), QStringLiteral("shared read=0.1"));
}

void TextPlanParserTest::sortMethodSplit()
{
    const Plan plan = parseFixture(QStringLiteral("citus/local_table_on_coordinator.analyze_verbose_buffers.txt"));
    const PlanNode &sort = plan.nodes[0];
    QCOMPARE(sort.property(QStringLiteral("Sort Method")), QStringLiteral("quicksort"));
    QCOMPARE(sort.property(QStringLiteral("Sort Space Used")), QStringLiteral("25"));
    QCOMPARE(sort.property(QStringLiteral("Sort Space Type")), QStringLiteral("Memory"));
    QCOMPARE(sort.property(QStringLiteral("Sort Key")), QStringLiteral("local_events.user_id"));
    // Other two-column lines stay as written.
    QCOMPARE(plan.nodes[1].property(QStringLiteral("Batches")), QStringLiteral("1  Memory Usage: 24kB"));
    QCOMPARE(plan.nodes[2].rowsRemovedByFilter, 9900.0);
    QCOMPARE(plan.nodes[2].filter, QStringLiteral("(local_events.user_id <= 10)"));
}

void TextPlanParserTest::nodeNames_data()
{
    QTest::addColumn<QString>("line");
    // "key=value" pairs of the JSON properties expected; all others must be empty.
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char *line, QStringList expected) {
        QTest::newRow(name) << QString::fromUtf8(line) << expected;
    };
    row("seq scan", "Seq Scan on orders",
        {"Node Type=Seq Scan", "Relation Name=orders", "Alias=orders"});
    row("seq scan verbose alias", "Seq Scan on public.orders o",
        {"Node Type=Seq Scan", "Relation Name=orders", "Schema=public", "Alias=o"});
    row("quoted names", "Seq Scan on \"My Schema\".\"Odd \"\"Name\"\"\" \"x y\"",
        {"Node Type=Seq Scan", "Schema=My Schema", "Relation Name=Odd \"Name\"", "Alias=x y"});
    row("parallel seq scan", "Parallel Seq Scan on p25_21 p25_22",
        {"Node Type=Seq Scan", "Relation Name=p25_21", "Alias=p25_22", "Parallel Aware=true"});
    row("async foreign scan", "Async Foreign Scan on public.ft1 f",
        {"Node Type=Foreign Scan", "Operation=Select", "Relation Name=ft1", "Schema=public", "Alias=f",
         "Async Capable=true"});
    row("foreign join", "Foreign Scan", {"Node Type=Foreign Scan", "Operation=Select"});
    row("foreign update", "Foreign Update on ft1",
        {"Node Type=Foreign Scan", "Operation=Update", "Relation Name=ft1", "Alias=ft1"});
    row("index scan backward", "Index Scan Backward using orders_pkey on orders o",
        {"Node Type=Index Scan", "Scan Direction=Backward", "Index Name=orders_pkey",
         "Relation Name=orders", "Alias=o"});
    row("index only scan", "Index Only Scan using \"Idx\" on s.t",
        {"Node Type=Index Only Scan", "Scan Direction=Forward", "Index Name=Idx", "Relation Name=t",
         "Schema=s", "Alias=t"});
    row("bitmap index scan", "Bitmap Index Scan on orders_pkey",
        {"Node Type=Bitmap Index Scan", "Index Name=orders_pkey"});
    row("bitmap heap scan", "Bitmap Heap Scan on orders",
        {"Node Type=Bitmap Heap Scan", "Relation Name=orders", "Alias=orders"});
    row("tid scan", "Tid Scan on t", {"Node Type=Tid Scan", "Relation Name=t", "Alias=t"});
    row("tid range scan", "Tid Range Scan on t x", {"Node Type=Tid Range Scan", "Relation Name=t", "Alias=x"});
    row("sample scan", "Sample Scan on t", {"Node Type=Sample Scan", "Relation Name=t", "Alias=t"});
    row("subquery scan", "Subquery Scan on sub", {"Node Type=Subquery Scan", "Alias=sub"});
    row("function scan", "Function Scan on pg_catalog.generate_series g",
        {"Node Type=Function Scan", "Function Name=generate_series", "Schema=pg_catalog", "Alias=g"});
    row("table function scan", "Table Function Scan on \"xmltable\"",
        {"Node Type=Table Function Scan", "Table Function Name=xmltable", "Alias=xmltable"});
    row("values scan", "Values Scan on \"*VALUES*\"", {"Node Type=Values Scan", "Alias=*VALUES*"});
    row("cte scan", "CTE Scan on top t", {"Node Type=CTE Scan", "CTE Name=top", "Alias=t"});
    row("worktable scan", "WorkTable Scan on tree", {"Node Type=WorkTable Scan", "CTE Name=tree", "Alias=tree"});
    row("named tuplestore scan", "Named Tuplestore Scan on newtab",
        {"Node Type=Named Tuplestore Scan", "Tuplestore Name=newtab", "Alias=newtab"});
    row("plain aggregate", "Aggregate", {"Node Type=Aggregate", "Strategy=Plain", "Partial Mode=Simple"});
    row("hash aggregate", "HashAggregate", {"Node Type=Aggregate", "Strategy=Hashed", "Partial Mode=Simple"});
    row("group aggregate", "GroupAggregate", {"Node Type=Aggregate", "Strategy=Sorted", "Partial Mode=Simple"});
    row("mixed aggregate", "MixedAggregate", {"Node Type=Aggregate", "Strategy=Mixed", "Partial Mode=Simple"});
    row("partial hash aggregate", "Partial HashAggregate",
        {"Node Type=Aggregate", "Strategy=Hashed", "Partial Mode=Partial"});
    row("finalize group aggregate", "Finalize GroupAggregate",
        {"Node Type=Aggregate", "Strategy=Sorted", "Partial Mode=Finalize"});
    row("hash join", "Hash Join", {"Node Type=Hash Join", "Join Type=Inner"});
    row("hash left join", "Hash Left Join", {"Node Type=Hash Join", "Join Type=Left"});
    row("hash right anti join", "Hash Right Anti Join", {"Node Type=Hash Join", "Join Type=Right Anti"});
    row("parallel hash full join", "Parallel Hash Full Join",
        {"Node Type=Hash Join", "Join Type=Full", "Parallel Aware=true"});
    row("merge join", "Merge Join", {"Node Type=Merge Join", "Join Type=Inner"});
    row("merge semi join", "Merge Semi Join", {"Node Type=Merge Join", "Join Type=Semi"});
    row("nested loop", "Nested Loop", {"Node Type=Nested Loop", "Join Type=Inner"});
    row("nested loop anti join", "Nested Loop Anti Join", {"Node Type=Nested Loop", "Join Type=Anti"});
    row("hash", "Hash", {"Node Type=Hash"});
    row("parallel hash", "Parallel Hash", {"Node Type=Hash", "Parallel Aware=true"});
    row("merge append", "Merge Append", {"Node Type=Merge Append"});
    row("insert", "Insert on public.activity_log_102016",
        {"Node Type=ModifyTable", "Operation=Insert", "Relation Name=activity_log_102016", "Schema=public",
         "Alias=activity_log_102016"});
    row("update", "Update on t x", {"Node Type=ModifyTable", "Operation=Update", "Relation Name=t", "Alias=x"});
    row("delete", "Delete on t", {"Node Type=ModifyTable", "Operation=Delete", "Relation Name=t", "Alias=t"});
    row("merge", "Merge on t", {"Node Type=ModifyTable", "Operation=Merge", "Relation Name=t", "Alias=t"});
    row("citus adaptive", "Custom Scan (Citus Adaptive)",
        {"Node Type=Custom Scan", "Custom Plan Provider=Citus Adaptive"});
    row("citus insert select", "Custom Scan (Citus INSERT ... SELECT)",
        {"Node Type=Custom Scan", "Custom Plan Provider=Citus INSERT ... SELECT"});
    row("citus merge", "Custom Scan (Citus MERGE INTO ...)",
        {"Node Type=Custom Scan", "Custom Plan Provider=Citus MERGE INTO ..."});
    row("custom scan on relation", "Custom Scan (columnar) on events e",
        {"Node Type=Custom Scan", "Custom Plan Provider=columnar", "Relation Name=events", "Alias=e"});
    row("hash setop", "HashSetOp Except All",
        {"Node Type=SetOp", "Strategy=Hashed", "Command=Except All"});
    row("sorted setop", "SetOp Intersect", {"Node Type=SetOp", "Strategy=Sorted", "Command=Intersect"});
    row("gather merge", "Gather Merge", {"Node Type=Gather Merge"});
    row("incremental sort", "Incremental Sort", {"Node Type=Incremental Sort"});
    row("unknown node", "Frobnicate Scan on x", {"Node Type=Frobnicate Scan on x"});
}

void TextPlanParserTest::nodeNames()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    // As a child too: arrow lines take the same names.
    const QByteArray text = "Result  (cost=0.00..0.01 rows=1 width=0)\n  ->  " + line.toUtf8()
        + "  (cost=0.00..1.00 rows=10 width=4)\n";
    const Plan plan = parseOrFail(text);
    QCOMPARE(plan.nodes.size(), size_t(2));
    const PlanNode &node = plan.nodes[1];
    QCOMPARE(node.parent, 0);

    static const QStringList checkedKeys{
        QStringLiteral("Node Type"), QStringLiteral("Strategy"), QStringLiteral("Partial Mode"),
        QStringLiteral("Operation"), QStringLiteral("Custom Plan Provider"), QStringLiteral("Scan Direction"),
        QStringLiteral("Index Name"), QStringLiteral("Relation Name"), QStringLiteral("Function Name"),
        QStringLiteral("Table Function Name"), QStringLiteral("CTE Name"), QStringLiteral("Tuplestore Name"),
        QStringLiteral("Schema"), QStringLiteral("Alias"), QStringLiteral("Join Type"), QStringLiteral("Command"),
    };
    QHash<QString, QString> want{{QStringLiteral("Parallel Aware"), QStringLiteral("false")},
                                 {QStringLiteral("Async Capable"), QStringLiteral("false")}};
    for (const QString &pair : expected) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        want.insert(pair.left(equals), pair.mid(equals + 1));
    }
    for (const QString &key : checkedKeys + QStringList{QStringLiteral("Parallel Aware"), QStringLiteral("Async Capable")})
        QCOMPARE(node.property(key), want.value(key));
    QCOMPARE(node.nodeType, want.value(QStringLiteral("Node Type")));
    QCOMPARE(node.relationName, want.value(QStringLiteral("Relation Name")));
    QCOMPARE(node.joinType, want.value(QStringLiteral("Join Type")));
    QCOMPARE(node.parallelAware, want.value(QStringLiteral("Parallel Aware")) == QLatin1String("true"));
    QCOMPARE(node.totalCost, 1.0);
    QCOMPARE(node.planRows, 10.0);

    // The same line as the root.
    const Plan root = parseOrFail(line.toUtf8() + "  (cost=0.00..1.00 rows=10 width=4)\n");
    QCOMPARE(root.nodes[0].nodeType, want.value(QStringLiteral("Node Type")));
}

void TextPlanParserTest::figures()
{
    const Plan plan = parseOrFail("Limit  (cost=1.50..2.75 rows=10 width=12) (actual time=0.010..0.020 rows=7 loops=3)\n"
                                  "  ->  Seq Scan on t  (cost=0.00..1.00 rows=10 width=4) (actual rows=7 loops=3)\n"
                                  "  ->  Seq Scan on u (actual time=1.000..2.000 rows=1.50 loops=2)\n"
                                  "  ->  Custom Scan (Citus Adaptive)\n");
    const PlanNode &limit = plan.nodes[0];
    QCOMPARE(limit.startupCost, 1.5);
    QCOMPARE(limit.totalCost, 2.75);
    QCOMPARE(limit.planRows, 10.0);
    QCOMPARE(limit.planWidth, 12.0);
    QCOMPARE(limit.actualStartupTime, 0.010);
    QCOMPARE(limit.actualTotalTime, 0.020);
    QCOMPARE(limit.actualRows, 7.0);
    QCOMPARE(limit.actualLoops, 3.0);
    QCOMPARE(limit.property(QStringLiteral("Actual Total Time")), QStringLiteral("0.020"));
    // TIMING OFF
    QVERIFY(!plan.nodes[1].actualStartupTime);
    QCOMPARE(plan.nodes[1].actualRows, 7.0);
    QCOMPARE(plan.nodes[1].actualLoops, 3.0);
    // COSTS OFF, and PostgreSQL 18's fractional rows
    QVERIFY(!plan.nodes[2].totalCost);
    QCOMPARE(plan.nodes[2].relationName, QStringLiteral("u"));
    QCOMPARE(plan.nodes[2].actualRows, 1.5);
    QCOMPARE(plan.nodes[3].customPlanProvider, QStringLiteral("Citus Adaptive"));
    QVERIFY(plan.analyzed);

    const Plan costsOff = parseOrFail("Custom Scan (Citus Adaptive)\n  Task Count: 1\n");
    QCOMPARE(costsOff.nodes[0].customPlanProvider, QStringLiteral("Citus Adaptive"));
    QCOMPARE(costsOff.nodes[1].citus.taskCount, 1);
}

void TextPlanParserTest::extraLeadingSpace()
{
    const QByteArray text = readFile(fixturesDir() + QStringLiteral("/citus/cte_subplan_top_users.analyze_verbose_buffers.txt"));
    QByteArray shifted;
    for (const QByteArray &line : text.split('\n'))
        shifted += line.isEmpty() ? QByteArray("\r\n") : ' ' + line + "\r\n";
    const Plan plain = parseOrFail(text);
    const Plan indented = parseOrFail(shifted);
    QCOMPARE(indented.nodes.size(), plain.nodes.size());
    for (size_t i = 0; i < plain.nodes.size(); ++i) {
        QCOMPARE(indented.nodes[i].parent, plain.nodes[i].parent);
        QCOMPARE(indented.nodes[i].nodeType, plain.nodes[i].nodeType);
        QCOMPARE(indented.nodes[i].properties.size(), plain.nodes[i].properties.size());
    }
    QCOMPARE(indented.executionTimeMs, plain.executionTimeMs);
    QCOMPARE(indented.properties.size(), plain.properties.size());
}

void TextPlanParserTest::subplanLabels()
{
    const Plan plan = parseOrFail("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n"
                                  "  Filter: (x > $0)\n"
                                  "  InitPlan 1 (returns $0)\n"
                                  "    ->  Result  (cost=0.00..0.01 rows=1 width=4)\n"
                                  "  SubPlan 2\n"
                                  "    ->  Index Scan using u_pkey on u  (cost=0.00..1.00 rows=1 width=4)\n"
                                  "          Index Cond: (id = t.id)\n"
                                  "  Rows Removed by Filter: 3\n");
    QCOMPARE(plan.nodes.size(), size_t(3));
    QCOMPARE(plan.nodes[1].parent, 0);
    QCOMPARE(plan.nodes[1].subplanName, QStringLiteral("InitPlan 1 (returns $0)"));
    QCOMPARE(plan.nodes[1].parentRelationship, QStringLiteral("InitPlan"));
    QCOMPARE(plan.nodes[2].parent, 0);
    QCOMPARE(plan.nodes[2].subplanName, QStringLiteral("SubPlan 2"));
    QCOMPARE(plan.nodes[2].parentRelationship, QStringLiteral("SubPlan"));
    QCOMPARE(plan.nodes[2].property(QStringLiteral("Index Cond")), QStringLiteral("(id = t.id)"));
    QCOMPARE(plan.nodes[0].rowsRemovedByFilter, 3.0);
    QVERIFY(plan.nodes[0].property(QStringLiteral("SubPlan 2")).isEmpty());
}

void TextPlanParserTest::nestedPropertyLines()
{
    const Plan plan = parseOrFail("Gather  (cost=0.00..1.00 rows=1 width=4)\n"
                                  "  Workers Planned: 2\n"
                                  "  ->  Sort  (cost=0.00..1.00 rows=1 width=4)\n"
                                  "        Sort Method: quicksort  Memory: 25kB\n"
                                  "        Worker 0:  Sort Method: quicksort  Memory: 30kB\n"
                                  "          Buffers: shared hit=7\n"
                                  "        Update on p1 p_1\n"
                                  "        Buffers: shared hit=1\n");
    const PlanNode &sort = plan.nodes[1];
    QCOMPARE(plan.nodes[0].workersPlanned, 2);
    QCOMPARE(sort.property(QStringLiteral("Sort Space Used")), QStringLiteral("25"));
    QCOMPARE(sort.property(QStringLiteral("Worker 0")),
             QStringLiteral("Sort Method: quicksort  Memory: 30kB; Buffers: shared hit=7"));
    const auto label = std::find_if(sort.properties.begin(), sort.properties.end(), [](const Property &property) {
        return property.key == QLatin1String("Update on p1 p_1");
    });
    QVERIFY(label != sort.properties.end());
    QVERIFY(label->value.isEmpty());
    // The worker's buffers are not the node's.
    QCOMPARE(sort.buffers.sharedHit, 1);
}

void TextPlanParserTest::documentProperties()
{
    const Plan plan = parseOrFail("Result  (cost=0.00..0.01 rows=1 width=4) (actual time=0.001..0.002 rows=1 loops=1)\n"
                                  "Query Identifier: -123\n"
                                  "Planning:\n"
                                  "  Buffers: shared hit=3\n"
                                  "  I/O Timings: shared read=0.5\n"
                                  "Planning Time: 0.050 ms\n"
                                  "Trigger for constraint fk: time=0.100 calls=2\n"
                                  "JIT:\n"
                                  "  Functions: 4\n"
                                  "  Options: Inlining false, Optimization false\n"
                                  "Settings: work_mem = '64MB'\n"
                                  "Execution Time: 0.120 ms\n");
    QCOMPARE(plan.planningTimeMs, 0.05);
    QCOMPARE(plan.executionTimeMs, 0.12);
    const std::vector<Property> want{
        {QStringLiteral("Query Identifier"), QStringLiteral("-123")},
        {QStringLiteral("Planning"), QStringLiteral("Buffers: shared hit=3; I/O Timings: shared read=0.5")},
        {QStringLiteral("Trigger for constraint fk"), QStringLiteral("time=0.100 calls=2")},
        {QStringLiteral("JIT"), QStringLiteral("Functions: 4; Options: Inlining false, Optimization false")},
        {QStringLiteral("Settings"), QStringLiteral("work_mem = '64MB'")},
    };
    QCOMPARE(plan.properties.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        QCOMPARE(plan.properties[i].key, want[i].key);
        QCOMPARE(plan.properties[i].value, want[i].value);
    }
    QCOMPARE(plan.nodes.size(), size_t(1));
}

void TextPlanParserTest::deepNesting()
{
    // Each level one column deeper than its parent: the open-node stack, not the call
    // stack, carries the depth.
    constexpr int depth = 5000;
    QByteArray text = "Result\n";
    for (int level = 1; level <= depth; ++level)
        text += QByteArray(level, ' ') + "->  Result\n";
    text += QByteArray(100000, ' ') + "Output: deep\n";
    text += "Execution Time: 1.000 ms\n";
    const Plan plan = parseOrFail(text);
    QCOMPARE(plan.nodes.size(), size_t(depth + 1));
    QCOMPARE(plan.nodes.back().parent, depth - 1);
    QCOMPARE(plan.depth(depth), depth);
    QCOMPARE(plan.nodes.back().property(QStringLiteral("Output")), QStringLiteral("deep"));
    QCOMPARE(plan.executionTimeMs, 1.0);
}

void TextPlanParserTest::longLines()
{
    const QByteArray filter(2 * 1024 * 1024, 'x');
    const Plan plan = parseOrFail("Seq Scan on t\n  Filter: " + filter + "\n  ->  Seq Scan on " + filter + "\n");
    QCOMPARE(plan.nodes[0].filter.size(), filter.size());
    QCOMPARE(plan.nodes[1].relationName.size(), filter.size());
}

// A statement a rule rewrote into several: a plan each, an empty line between them.
void TextPlanParserTest::severalPlans_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("roots");
    QTest::addColumn<QList<int>>("nodes");

    QTest::newRow("two plans") << QByteArray("Result\n\nSeq Scan on t\n") << QStringList{"Result", "Seq Scan"}
                               << QList<int>{1, 1};
    QTest::newRow("each with its timings")
        << QByteArray("Delete on t2  (actual time=0.5..0.5 rows=0 loops=1)\n  ->  Seq Scan on t2  (actual "
                      "time=0.1..0.1 rows=1 loops=1)\nPlanning Time: 6.4 ms\nExecution Time: 1.0 ms\n\nDelete on t1  "
                      "(actual time=0.1..0.1 rows=0 loops=1)\nPlanning Time: 0.1 ms\nExecution Time: 0.2 ms\n")
        << QStringList{"ModifyTable", "ModifyTable"} << QList<int>{2, 1};
    QTest::newRow("three, indented as psql's margin left them")
        << QByteArray("  Result\n    ->  Result\n\n  Result\n\n  Limit\n    ->  Result\n")
        << QStringList{"Result", "Result", "Limit"} << QList<int>{2, 1, 2};
    QTest::newRow("empty line inside one plan") << QByteArray("Limit\n\n  ->  Result\n") << QStringList{"Limit"}
                                                << QList<int>{2};
}

void TextPlanParserTest::severalPlans()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, roots);
    QFETCH(QList<int>, nodes);
    PlanParseError error;
    const auto plans = TextPlanParser::parse(text, &error);
    QVERIFY2(plans, qPrintable(error.toString()));
    QCOMPARE(int(plans->size()), roots.size());
    for (size_t i = 0; i < plans->size(); ++i) {
        const Plan &plan = (*plans)[i];
        QCOMPARE(plan.nodes[size_t(plan.root)].nodeType, roots[int(i)]);
        QCOMPARE(plan.planNodeCount(), nodes[int(i)]);
    }
    // Timings after a plan's tree are its own.
    for (const Plan &plan : *plans)
        QCOMPARE(plan.executionTimeMs.has_value(), plan.analyzed);
}

void TextPlanParserTest::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("empty") << QByteArray() << 0 << 0;
    QTest::newRow("blank lines") << QByteArray("\n   \n\r\n") << 0 << 0;
    QTest::newRow("psql header") << QByteArray("\n  QUERY PLAN\n----\nSeq Scan on t\n") << 2 << 3;
    QTest::newRow("prose") << QByteArray("hello world\n") << 1 << 1;
    QTest::newRow("property first") << QByteArray("Planning Time: 1.0 ms\n") << 1 << 1;
    QTest::newRow("binary") << QByteArray("\x01\x02\xff\xfe\x80 garbage\n") << 1 << 1;
    QTest::newRow("no plan structure") << QByteArray("Utility statements have no plan structure\n") << 1 << 1;
    QTest::newRow("arrow without name") << QByteArray("Result\n  ->\n") << 2 << 3;
    QTest::newRow("node after the plan") << QByteArray("Result\nPlanning Time: 1 ms\n  ->  Result\n") << 3 << 3;
    // Without the empty line that separates plans, a node at the root's column is not a new plan.
    QTest::newRow("node beside the root") << QByteArray("Result\nSeq Scan on t\n") << 2 << 1;
    QTest::newRow("node left of the root") << QByteArray("   Result\n->  Result\n") << 2 << 1;
}

void TextPlanParserTest::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    PlanParseError error;
    QVERIFY(!TextPlanParser::parse(text, &error));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    // A missing error sink is fine too.
    QVERIFY(!TextPlanParser::parse(text, nullptr));
}

QTEST_GUILESS_MAIN(TextPlanParserTest)
#include "tst_TextPlanParser.moc"
