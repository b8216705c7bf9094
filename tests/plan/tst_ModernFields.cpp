// The fields PostgreSQL 16-18 print (and the statement-wide blocks the viewer shows in the
// plan's header), read from real output in every format PostgreSQL prints them in.

#include "PlanAnalysis.h"
#include "PlanHeader.h"
#include "PlanReader.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace shardscope;

namespace {

// -1 stands for "not known".
constexpr double none = -1;

QString dataFile(const QString &name)
{
    return QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/") + name;
}

Plan readOrFail(const QString &name)
{
    QFile file(dataFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    PlanParseError error;
    auto output = PlanReader::readOutput(file.readAll(), &error);
    if (!output)
        qFatal("%s: %s", qPrintable(name), qPrintable(error.toString()));
    return std::move(*output).merged();
}

// The n-th node (in the server's order) whose Node Type is type.
const PlanNode &nodeOfType(const Plan &plan, const QString &type, int nth = 0)
{
    for (const int index : plan.preorder()) {
        if (plan.nodes[size_t(index)].nodeType == type && nth-- == 0)
            return plan.nodes[size_t(index)];
    }
    qFatal("no %s node", qPrintable(type));
}

int indexOfType(const Plan &plan, const QString &type)
{
    for (const int index : plan.preorder()) {
        if (plan.nodes[size_t(index)].nodeType == type)
            return index;
    }
    return -1;
}

// The four formats of one statement, run on a PostgreSQL 18 server of our own (postgres18/).
const QStringList formats{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("yaml"),
                          QStringLiteral("xml")};

QString pg18(const QString &statement, const QString &format)
{
    return QStringLiteral("postgres18/%1.%2.txt").arg(statement, format);
}

QByteArray rowName(const QString &statement, const QString &format)
{
    return (format + QStringLiteral(", PostgreSQL 18.6: ") + statement).toUtf8();
}

double orNone(const std::optional<double> &value)
{
    return value.value_or(none);
}

double orNone(const std::optional<qint64> &value)
{
    return value ? double(*value) : none;
}

} // namespace

class TestModernFields : public QObject
{
    Q_OBJECT

private slots:
    void fractionalRowsAreKept_data();
    void fractionalRowsAreKept();
    void fractionalRowsBelowOneAreNoMisestimate();
    void indexSearches_data();
    void indexSearches();
    void disabled_data();
    void disabled();
    void disabledNode_data();
    void disabledNode();
    void storage_data();
    void storage();
    void window_data();
    void window();
    void initPlanReferences_data();
    void initPlanReferences();
    void planningBlock_data();
    void planningBlock();
    void serialization_data();
    void serialization();
    void jit_data();
    void jit();
    void wal_data();
    void wal();
};

void TestModernFields::fractionalRowsAreKept_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("nodeType");
    QTest::addColumn<double>("actualRows");
    QTest::addColumn<double>("loops");
    QTest::newRow("text: rows=0.25 loops=4") << "postgres-fields/pev2__fractional-rows.txt" << "Seq Scan" << 0.25 << 4.0;
    QTest::newRow("text: rows=10.00") << "postgres-modern/pg18__docs.perform__020.txt" << "Nested Loop" << 10.0 << 1.0;
    QTest::newRow("text: rows=0.00") << "postgres-modern/pg18__docs.bloom__001.txt" << "Seq Scan" << 0.0 << 1.0;
    QTest::newRow("json: \"Actual Rows\": 100.00") << "postgres-fields/pev2__serialization-and-planning.json.txt"
                                                 << "Seq Scan" << 100.0 << 1.0;
    // An index lookup that finds a row in one loop of three: 0.33 a loop.
    for (const QString &format : formats) {
        QTest::newRow(rowName(QStringLiteral("rows 0.33, 3 loops"), format))
            << pg18(QStringLiteral("fractional-rows"), format) << "Index Scan" << 0.33 << 3.0;
    }
}

void TestModernFields::fractionalRowsAreKept()
{
    QFETCH(QString, file);
    QFETCH(QString, nodeType);
    QFETCH(double, actualRows);
    QFETCH(double, loops);
    const Plan plan = readOrFail(file);
    const PlanNode &node = nodeOfType(plan, nodeType);
    QCOMPARE(orNone(node.actualRows), actualRows);
    QCOMPARE(orNone(node.actualLoops), loops);
}

// PostgreSQL 18 prints the rows of a node run several times as the average per loop: a
// Limit estimated at one row that found a row in one loop of four prints rows=0.25. The
// planner never estimates fewer than one row, so that is no misestimate; the Seq Scan
// below it, estimated at 13 rows a loop, is one.
void TestModernFields::fractionalRowsBelowOneAreNoMisestimate()
{
    const Plan plan = readOrFail(QStringLiteral("postgres-fields/pev2__fractional-rows.txt"));
    const PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
    const NodeMetrics &limit = analysis.nodes[size_t(indexOfType(plan, QStringLiteral("Limit")))];
    QCOMPARE(limit.misestimate, Misestimate::None);
    QCOMPARE(orNone(limit.misestimateFactor), 1.0);
    const NodeMetrics &scan = analysis.nodes[size_t(indexOfType(plan, QStringLiteral("Seq Scan")))];
    QCOMPARE(scan.misestimate, Misestimate::Over);
    QCOMPARE(orNone(scan.misestimateFactor), 13.0);
}

void TestModernFields::indexSearches_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("nodeType");
    QTest::addColumn<int>("nth");
    QTest::addColumn<double>("searches");
    const QString perform020 = QStringLiteral("postgres-modern/pg18__docs.perform__020.txt");
    QTest::newRow("text: bitmap index scan") << perform020 << "Bitmap Index Scan" << 0 << 1.0;
    QTest::newRow("text: index scan, 10 loops") << perform020 << "Index Scan" << 0 << 10.0;
    QTest::newRow("text: bloom index") << "postgres-modern/pg18__docs.bloom__003.txt" << "Bitmap Index Scan" << 0 << 1.0;
    QTest::newRow("text: no index, no figure") << perform020 << "Nested Loop" << 0 << none;
    for (const QString &format : formats) {
        QTest::newRow(rowName(QStringLiteral("3 searches, one = ANY"), format))
            << pg18(QStringLiteral("index-searches"), format) << "Index Scan" << 0 << 3.0;
        QTest::newRow(rowName(QStringLiteral("a search in each of 3 loops"), format))
            << pg18(QStringLiteral("fractional-rows"), format) << "Index Scan" << 0 << 3.0;
        QTest::newRow(rowName(QStringLiteral("bitmap index scan"), format))
            << pg18(QStringLiteral("planning-serialize"), format) << "Bitmap Index Scan" << 0 << 1.0;
    }
}

void TestModernFields::indexSearches()
{
    QFETCH(QString, file);
    QFETCH(QString, nodeType);
    QFETCH(int, nth);
    QFETCH(double, searches);
    QCOMPARE(orNone(nodeOfType(readOrFail(file), nodeType, nth).indexSearches), searches);
}

void TestModernFields::disabled_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("nodesSayingDisabled");
    // PostgreSQL 18 says "Disabled" of every node in the structured formats, false here.
    QTest::newRow("json") << "postgres-fields/pev2__serialization-and-planning.json.txt" << 1;
    QTest::newRow("json, Citus 14 remote plans") << "citus14/multishard_groupby.json" << 5;
    QTest::newRow("yaml, Citus 14") << "citus14/multishard_groupby.yaml" << 0;
}

void TestModernFields::disabled()
{
    QFETCH(QString, file);
    QFETCH(int, nodesSayingDisabled);
    const Plan plan = readOrFail(file);
    int saying = 0;
    for (const PlanNode &node : plan.nodes) {
        QVERIFY(!node.disabled);
        saying += node.property(QStringLiteral("Disabled")) == QLatin1String("false") ? 1 : 0;
    }
    QCOMPARE(saying, nodesSayingDisabled);
}

// PostgreSQL 18 prints "Disabled: true" under a node a setting disabled (enable_seqscan = off
// on a table with no index), and nothing in text for the others.
void TestModernFields::disabledNode_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("nodeType");
    QTest::addColumn<bool>("disabled");
    QTest::newRow("text: Disabled: true") << "postgres-fields/pg18docs__disabled.txt" << "Seq Scan" << true;
    QTest::newRow("text: Disabled: true, then a Filter")
        << "postgres-fields/pev2__enable-parameter-disabled.txt" << "Seq Scan" << true;
    QTest::newRow("text: not disabled") << "postgres-modern/pg18__docs.perform__021.txt" << "Seq Scan" << false;
    QTest::newRow("json: \"Disabled\": false") << "postgres-fields/pev2__serialization-and-planning.json.txt"
                                            << "Seq Scan" << false;
    // SET enable_seqscan = off on a table with no index.
    for (const QString &format : formats) {
        QTest::newRow(rowName(QStringLiteral("Disabled: true"), format))
            << pg18(QStringLiteral("disabled"), format) << "Seq Scan" << true;
        QTest::newRow(rowName(QStringLiteral("Disabled: false"), format))
            << pg18(QStringLiteral("index-searches"), format) << "Index Scan" << false;
    }
}

void TestModernFields::disabledNode()
{
    QFETCH(QString, file);
    QFETCH(QString, nodeType);
    QFETCH(bool, disabled);
    const Plan plan = readOrFail(file);
    QCOMPARE(nodeOfType(plan, nodeType).disabled, disabled);
    int nodesDisabled = 0;
    for (const PlanNode &node : plan.nodes)
        nodesDisabled += node.disabled ? 1 : 0;
    QCOMPARE(nodesDisabled, disabled ? 1 : 0);
}

// PostgreSQL 18: "Storage: Memory  Maximum Storage: 17kB" under a WindowAgg or Materialize.
void TestModernFields::storage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("nodeType");
    QTest::addColumn<int>("nth");
    QTest::addColumn<QString>("storage");
    QTest::addColumn<double>("maximumKb");
    const QString windows = QStringLiteral("postgres-fields/future__window-storage.txt");
    const QString initPlans = QStringLiteral("postgres-fields/27a1__initplan-col1-materialize.txt");
    QTest::newRow("text: outer WindowAgg") << windows << "WindowAgg" << 0 << "Memory" << 37.0;
    QTest::newRow("text: inner WindowAgg") << windows << "WindowAgg" << 1 << "Memory" << 17.0;
    QTest::newRow("text: a Sort keeps none") << windows << "Sort" << 0 << "" << none;
    QTest::newRow("text: Materialize") << initPlans << "Materialize" << 0 << "Memory" << 28.0;
    QTest::newRow("text: WindowAgg over InitPlans") << initPlans << "WindowAgg" << 1 << "Memory" << 17.0;
    for (const QString &format : formats) {
        QTest::newRow(rowName(QStringLiteral("WindowAgg"), format))
            << pg18(QStringLiteral("window-storage"), format) << "WindowAgg" << 0 << "Memory" << 17.0;
    }
}

void TestModernFields::storage()
{
    QFETCH(QString, file);
    QFETCH(QString, nodeType);
    QFETCH(int, nth);
    QFETCH(QString, storage);
    QFETCH(double, maximumKb);
    const PlanNode &node = nodeOfType(readOrFail(file), nodeType, nth);
    QCOMPARE(node.storage, storage);
    QCOMPARE(orNone(node.maximumStorageKb), maximumKb);
}

// PostgreSQL 18: "Window: w1 AS (...)", the definition of the window a WindowAgg computes.
void TestModernFields::window_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("nodeType");
    QTest::addColumn<int>("nth");
    QTest::addColumn<QString>("window");
    const QString windows = QStringLiteral("postgres-fields/future__window-storage.txt");
    QTest::newRow("text: partition only") << windows << "WindowAgg" << 0 << "w2 AS (PARTITION BY sales.category)";
    QTest::newRow("text: partition, order and frame")
        << windows << "WindowAgg" << 1
        << "w1 AS (PARTITION BY sales.category ORDER BY sales.amount ROWS UNBOUNDED PRECEDING)";
    QTest::newRow("text: frame over InitPlan outputs")
        << "postgres-fields/27a1__initplan-col1-materialize.txt" << "WindowAgg" << 1
        << "w1 AS (PARTITION BY p.id ORDER BY (((generate_series(((InitPlan 1).col1)::timestamp with time zone, "
           "((InitPlan 2).col1)::timestamp with time zone, '1 day'::interval)))::date) ROWS BETWEEN '6'::bigint "
           "PRECEDING AND CURRENT ROW)";
    QTest::newRow("text: not a window") << windows << "Sort" << 0 << "";
    for (const QString &format : formats) {
        QTest::newRow(rowName(QStringLiteral("partition and order"), format))
            << pg18(QStringLiteral("window-storage"), format) << "WindowAgg" << 0
            << "w1 AS (PARTITION BY team ORDER BY id)";
    }
}

void TestModernFields::window()
{
    QFETCH(QString, file);
    QFETCH(QString, nodeType);
    QFETCH(int, nth);
    QFETCH(QString, window);
    QCOMPARE(nodeOfType(readOrFail(file), nodeType, nth).window, window);
}

// PostgreSQL 17 and later name an InitPlan "InitPlan 1" and refer to its value as
// "(InitPlan 1).col1" in the expressions of other nodes (16 and older: "InitPlan 1 (returns $0)"
// and "$0"), here in a plan where two InitPlans sit under a Result that a Materialize keeps.
void TestModernFields::initPlanReferences_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("nth");
    QTest::addColumn<QString>("subplanName");
    QTest::addColumn<QString>("parentType");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reference");
    const QString initPlans = QStringLiteral("postgres-fields/27a1__initplan-col1-materialize.txt");
    QTest::newRow("PG17+: InitPlan 1") << initPlans << 20 << 0 << "InitPlan 1" << "Result" << "Aggregate"
                                      << "Group Key" << "(InitPlan 1).col1";
    QTest::newRow("PG17+: InitPlan 2") << initPlans << 20 << 1 << "InitPlan 2" << "Result" << "Merge Join"
                                      << "Merge Cond" << "(InitPlan 2).col1";
    for (const QString &format : formats) {
        QTest::newRow(rowName(QStringLiteral("InitPlan 1 in an Index Cond"), format))
            << pg18(QStringLiteral("initplan"), format) << 3 << 0 << "InitPlan 1" << "Index Scan" << "Index Scan"
            << "Index Cond" << "(InitPlan 1).col1";
    }
}

void TestModernFields::initPlanReferences()
{
    QFETCH(QString, file);
    QFETCH(int, nodes);
    QFETCH(int, nth);
    QFETCH(QString, subplanName);
    QFETCH(QString, parentType);
    QFETCH(QString, user);
    QFETCH(QString, key);
    QFETCH(QString, reference);
    const Plan plan = readOrFail(file);
    QCOMPARE(int(plan.nodes.size()), nodes);
    std::vector<int> initPlans;
    for (const int index : plan.preorder()) {
        if (plan.nodes[size_t(index)].parentRelationship == QLatin1String("InitPlan"))
            initPlans.push_back(index);
    }
    QVERIFY(size_t(nth) < initPlans.size());
    const PlanNode &initPlan = plan.nodes[size_t(initPlans[size_t(nth)])];
    QCOMPARE(initPlan.subplanName, subplanName);
    QVERIFY(initPlan.parent >= 0);
    QCOMPARE(plan.nodes[size_t(initPlan.parent)].nodeType, parentType);
    QVERIFY2(nodeOfType(plan, user).property(key).contains(reference),
             qPrintable(nodeOfType(plan, user).property(key)));
}

void TestModernFields::planningBlock_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("sharedHit");
    QTest::addColumn<double>("sharedDirtied");
    QTest::addColumn<double>("memoryUsedKb");
    QTest::addColumn<double>("memoryAllocatedKb");
    QTest::newRow("text: buffers and memory") << "postgres-modern/pev2__23-serialization-and-planning__L13.txt"
                                              << 6.0 << none << 6.0 << 8.0;
    QTest::newRow("text: buffers with dirtied") << "postgres-modern/pg18__docs.perform__020.txt" << 15.0 << 9.0
                                                << none << none;
    QTest::newRow("json: buffers and memory") << "postgres-fields/pev2__serialization-and-planning.json.txt"
                                              << 6.0 << 0.0 << 6.0 << 8.0;
    // Copied from a terminal with the block's indentation lost: " Planning:" then " Buffers: ...".
    QTest::newRow("text: planning buffers, flush left") << "postgres-fields/27a1__initplan-col1-materialize.txt"
                                                       << 177.0 << none << none << none;
    QTest::newRow("no planning block") << "postgres-modern/pg18__docs.bloom__001.txt" << none << none << none << none;
    for (const QString &format : formats) {
        // Text leaves out the counters that are zero; the other formats print them all.
        QTest::newRow(rowName(QStringLiteral("buffers and memory"), format))
            << pg18(QStringLiteral("planning-serialize"), format) << 83.0 << (format == QLatin1String("text") ? none : 0.0)
            << 12.0 << 16.0;
    }
}

void TestModernFields::planningBlock()
{
    QFETCH(QString, file);
    QFETCH(double, sharedHit);
    QFETCH(double, sharedDirtied);
    QFETCH(double, memoryUsedKb);
    QFETCH(double, memoryAllocatedKb);
    const PlanHeader header = PlanHeader::of(readOrFail(file));
    QCOMPARE(orNone(header.planningBuffers.sharedHit), sharedHit);
    QCOMPARE(orNone(header.planningBuffers.sharedDirtied), sharedDirtied);
    QCOMPARE(orNone(header.planningMemoryUsedKb), memoryUsedKb);
    QCOMPARE(orNone(header.planningMemoryAllocatedKb), memoryAllocatedKb);
}

void TestModernFields::serialization_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("serialized");
    QTest::addColumn<double>("ms");
    QTest::addColumn<double>("outputKb");
    QTest::addColumn<QString>("format");
    QTest::addColumn<double>("sharedHit");
    QTest::newRow("text") << "postgres-modern/pev2__23-serialization-and-planning__L13.txt" << true << 4.69
                          << 31251.0 << "text" << 200.0;
    QTest::newRow("json") << "postgres-fields/pev2__serialization-and-planning.json.txt" << true << 25.481
                          << 31251.0 << "text" << 200.0;
    // The regression test prints every figure as N: only the block and its format are known.
    QTest::newRow("yaml") << "postgres-fields/pg__explain.serialize.yaml.txt" << true << none << none << "text"
                          << none;
    QTest::newRow("not serialized") << "postgres-modern/pg18__docs.jit__002.txt" << false << none << none << ""
                                    << none;
    // Each format from a run of its own: the times differ, the volume does not.
    const QHash<QString, double> times{{QStringLiteral("text"), 0.128},
                                       {QStringLiteral("json"), 0.118},
                                       {QStringLiteral("yaml"), 0.128},
                                       {QStringLiteral("xml"), 0.115}};
    for (const QString &format : formats) {
        QTest::newRow(rowName(QStringLiteral("30 kB as text"), format))
            << pg18(QStringLiteral("planning-serialize"), format) << true << times.value(format) << 30.0 << "text"
            << (format == QLatin1String("text") ? none : 0.0);
    }
}

void TestModernFields::serialization()
{
    QFETCH(QString, file);
    QFETCH(bool, serialized);
    QFETCH(double, ms);
    QFETCH(double, outputKb);
    QFETCH(QString, format);
    QFETCH(double, sharedHit);
    const PlanHeader header = PlanHeader::of(readOrFail(file));
    QCOMPARE(header.serialized, serialized);
    QCOMPARE(orNone(header.serializationMs), ms);
    QCOMPARE(orNone(header.serializationOutputKb), outputKb);
    QCOMPARE(header.serializationFormat, format);
    QCOMPARE(orNone(header.serializationBuffers.sharedHit), sharedHit);
}

void TestModernFields::jit_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("functions");
    QTest::addColumn<double>("totalMs");
    QTest::newRow("text, PostgreSQL 18 (Deform)") << "postgres-modern/pg18__docs.jit__002.txt" << 3.0 << 7.104;
    QTest::newRow("text, older") << "postgres-fields/pev2__wal-insert-jit.txt" << 2.0 << 0.795;
    QTest::newRow("no JIT") << "postgres-modern/pg18__docs.perform__020.txt" << none << none;
}

void TestModernFields::jit()
{
    QFETCH(QString, file);
    QFETCH(double, functions);
    QFETCH(double, totalMs);
    const PlanHeader header = PlanHeader::of(readOrFail(file));
    QCOMPARE(orNone(header.jitFunctions), functions);
    QCOMPARE(orNone(header.jitTotalMs), totalMs);
}

void TestModernFields::wal_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("nodeType");
    QTest::addColumn<double>("records");
    QTest::addColumn<double>("fpi");
    QTest::addColumn<double>("bytes");
    QTest::addColumn<double>("buffersFull");
    QTest::addColumn<double>("totalRecords");
    QTest::addColumn<double>("totalBytes");
    QTest::addColumn<double>("totalBuffersFull");
    QTest::newRow("update in a CTE") << "postgres-fields/pev2__wal-cte.txt" << "ModifyTable" << 10000.0 << none
                                     << 660000.0 << none << 20.0 << 1320.0 << none;
    QTest::newRow("insert, full page image") << "postgres-fields/pev2__wal-insert-jit.txt" << "ModifyTable"
                                             << 10000000.0 << 1.0 << 590001027.0 << none << 10000000.0
                                             << 590001027.0 << none;
    QTest::newRow("PG18: WAL buffers full") << "postgres-fields/future__wal-buffers-full.txt" << "ModifyTable"
                                            << 30135.0 << none << 2413984.0 << 268.0 << 30135.0 << 2413984.0
                                            << 268.0;
    for (const QString &format : formats) {
        // Text leaves out the counters that are zero; each format is a run of its own.
        const bool text = format == QLatin1String("text");
        const double zero = text ? none : 0.0;
        const double bytes = text ? 305008.0 : 305000.0;
        QTest::newRow(rowName(QStringLiteral("insert of 5,000 rows"), format))
            << pg18(QStringLiteral("wal"), format) << "ModifyTable" << 5000.0 << zero << bytes << zero << 5000.0
            << bytes << zero;
    }
}

// WAL counters include the nodes below, as buffers do: the root's are the statement's.
void TestModernFields::wal()
{
    QFETCH(QString, file);
    QFETCH(QString, nodeType);
    QFETCH(double, records);
    QFETCH(double, fpi);
    QFETCH(double, bytes);
    QFETCH(double, buffersFull);
    QFETCH(double, totalRecords);
    QFETCH(double, totalBytes);
    QFETCH(double, totalBuffersFull);
    const Plan plan = readOrFail(file);
    const PlanNode &node = nodeOfType(plan, nodeType);
    QCOMPARE(orNone(node.wal.records), records);
    QCOMPARE(orNone(node.wal.fullPageImages), fpi);
    QCOMPARE(orNone(node.wal.bytes), bytes);
    QCOMPARE(orNone(node.wal.buffersFull), buffersFull);
    const PlanHeader header = PlanHeader::of(plan);
    QCOMPARE(orNone(header.wal.records), totalRecords);
    QCOMPARE(orNone(header.wal.bytes), totalBytes);
    QCOMPARE(orNone(header.wal.buffersFull), totalBuffersFull);
}

QTEST_GUILESS_MAIN(TestModernFields)
#include "tst_ModernFields.moc"
