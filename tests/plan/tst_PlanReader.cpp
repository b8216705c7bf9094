// PlanReader over every captured plan: formats, node counts, Citus structure, worker and
// shard attribution checked against the cluster's own metadata, pasted psql output and
// every kind of bad input.

#include "Fixtures.h"
#include "PlanReader.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringEncoder>
#include <QTest>

#include <numeric>

using namespace shardscope;

Q_DECLARE_METATYPE(shardscope::PlanFormat)

namespace {

PlanFormat formatOfExtension(const QString &path)
{
    if (path.endsWith(QLatin1String(".json")))
        return PlanFormat::Json;
    if (path.endsWith(QLatin1String(".yaml")))
        return PlanFormat::Yaml;
    if (path.endsWith(QLatin1String(".xml")))
        return PlanFormat::Xml;
    return PlanFormat::Text;
}

int countKind(const Plan &plan, NodeKind kind)
{
    int count = 0;
    for (const auto &node : plan.nodes)
        count += node.kind == kind ? 1 : 0;
    return count;
}

Plan readOrFail(const QByteArray &bytes)
{
    PlanParseError error;
    auto plan = PlanReader::read(bytes, &error);
    if (!plan)
        qFatal("unexpected parse error: %s", qPrintable(error.toString()));
    return *plan;
}

// shard id -> ports holding a placement, from pg_dist_shard x pg_dist_placement x pg_dist_node.
QHash<qint64, QSet<int>> shardPlacements()
{
    QHash<qint64, QSet<int>> placements;
    for (const auto &row : fixtures::csv(QStringLiteral("meta_shard_placements.csv")))
        placements[row.value(QStringLiteral("shardid")).toLongLong()].insert(row.value(QStringLiteral("nodeport")).toInt());
    return placements;
}

// What psql's default aligned mode prints for a one-column result whose cell is `cell`.
QByteArray asPsqlAligned(const QByteArray &cell)
{
    const QList<QByteArray> lines = cell.trimmed().split('\n');
    qsizetype width = QByteArray("QUERY PLAN").size();
    for (const auto &line : lines)
        width = qMax(width, line.size());
    QByteArray out = "EXPLAIN (FORMAT JSON) SELECT 1;\n";
    out += QByteArray((width - 10) / 2 + 1, ' ') + "QUERY PLAN\n";
    out += QByteArray(width + 2, '-') + "\n";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        out += ' ' + line + QByteArray(width - line.size(), ' ');
        out += i + 1 < lines.size() ? " +\n" : "\n";
    }
    out += "(1 row)\n\n";
    return out;
}

QString dataFile(const QString &relativePath)
{
    return QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/") + relativePath;
}

ExplainOutput readOutputOrFail(const QByteArray &bytes)
{
    PlanParseError error;
    auto output = PlanReader::readOutput(bytes, &error);
    if (!output)
        qFatal("unexpected parse error: %s", qPrintable(error.toString()));
    return std::move(*output);
}

QList<int> nodeCounts(const ExplainOutput &output)
{
    QList<int> counts;
    for (const Plan &plan : output.plans)
        counts << plan.planNodeCount();
    return counts;
}

// "line:kind:text" of each skipped line, for comparing lists in one go.
QStringList skippedLines(const ExplainOutput &output)
{
    QStringList lines;
    for (const SkippedLine &line : output.skipped)
        lines << QStringLiteral("%1:%2:%3").arg(line.line).arg(skippedKindName(line.kind), line.text);
    return lines;
}

} // namespace

class TestPlanReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryFixture_data();
    void readsEveryFixture();
    void citusStructureMatchesDocument_data();
    void citusStructureMatchesDocument();
    void workersMatchShardPlacements_data();
    void workersMatchShardPlacements();
    void routerUsersLandOnTheirShards_data();
    void routerUsersLandOnTheirShards();
    void readsPsqlSessionOutput();
    void readsJsonPastedFromPsqlAlignedMode();
    void readsUtf16WithByteOrderMark();
    void readsEveryPlanOfOneOutput_data();
    void readsEveryPlanOfOneOutput();
    void readsAnyOneColumnHeader_data();
    void readsAnyOneColumnHeader();
    void skipsTextAroundThePlan_data();
    void skipsTextAroundThePlan();
    void keepsPlanLinesItCannotPlace_data();
    void keepsPlanLinesItCannotPlace();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void readsValidMultiByteText();
    void pointsAtTheFirstInvalidUtf8_data();
    void pointsAtTheFirstInvalidUtf8();
    void rejectsEveryTruncatedFixture_data();
    void rejectsEveryTruncatedFixture();
    void survivesDeepNesting();
    void readsOneHundredThousandDeepPlan();
    void handlesTwoHundredMegabytes();
};

void TestPlanReader::readsEveryFixture_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : fixtures::planFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestPlanReader::readsEveryFixture()
{
    QFETCH(QString, path);
    PlanParseError error;
    const auto plan = PlanReader::readFile(path, &error);
    QVERIFY2(plan, qPrintable(error.toString()));
    QCOMPARE(plan->format, formatOfExtension(path));
    QVERIFY(plan->root == 0);
    QVERIFY(plan->planNodeCount() > 0);
    const bool analyzed = path.contains(QLatin1String(".analyze"));
    QCOMPARE(plan->analyzed, analyzed);
    QCOMPARE(plan->executionTimeMs.has_value(), analyzed);
    if (plan->format == PlanFormat::Json) {
        // Every plan node of the document, wherever it sits, has exactly one "Node Type".
        const QByteArray text = fixtures::read(path);
        QCOMPARE(plan->planNodeCount(), int(text.count("\"Node Type\"")));
    }
    // Parents always come before their children.
    for (size_t i = 0; i < plan->nodes.size(); ++i)
        QVERIFY(plan->nodes[i].parent < int(i));
}

void TestPlanReader::citusStructureMatchesDocument_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : fixtures::planFiles()) {
        if (path.endsWith(QLatin1String(".json")) && path.startsWith(fixtures::citusDir()))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
}

void TestPlanReader::citusStructureMatchesDocument()
{
    QFETCH(QString, path);
    const QByteArray text = fixtures::read(path);
    const Plan plan = readOrFail(text);
    QCOMPARE(countKind(plan, NodeKind::Job), int(text.count("\"Tasks Shown\"")));
    QCOMPARE(countKind(plan, NodeKind::Task), int(text.count("\"Node\": \"host=")));
    QCOMPARE(countKind(plan, NodeKind::DistributedSubplan), int(text.count("\"Subplan Duration\"")));
    QCOMPARE(countKind(plan, NodeKind::MapMergeJob), int(text.count("\"Map Task Count\"")));
    QCOMPARE(plan.isDistributed(), text.contains("\"Distributed Query\""));
    for (const auto &node : plan.nodes) {
        switch (node.kind) {
        case NodeKind::Job:
            QCOMPARE(plan.nodes[size_t(node.parent)].nodeType, QStringLiteral("Custom Scan"));
            QVERIFY(node.citus.taskCount.has_value());
            break;
        case NodeKind::Task:
            QCOMPARE(plan.nodes[size_t(node.parent)].kind, NodeKind::Job);
            QVERIFY(!node.citus.worker.isEmpty());
            QCOMPARE(node.children.size(), size_t(1)); // its remote plan
            break;
        case NodeKind::DistributedSubplan:
            QVERIFY(node.citus.subplanDurationMs.has_value());
            QCOMPARE(node.children.size(), size_t(1));
            break;
        case NodeKind::MapMergeJob:
            QVERIFY(node.citus.mapTaskCount && node.citus.mergeTaskCount);
            break;
        case NodeKind::Plan:
            break;
        }
    }
}

void TestPlanReader::workersMatchShardPlacements_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : fixtures::planFiles()) {
        if (path.startsWith(fixtures::citusDir()))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
}

void TestPlanReader::workersMatchShardPlacements()
{
    QFETCH(QString, path);
    static const auto placements = shardPlacements();
    const Plan plan = readOrFail(fixtures::read(path));
    int shardsChecked = 0;
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        const auto &node = plan.nodes[i];
        const int task = node.kind == NodeKind::Task ? int(i) : plan.ancestorOfKind(int(i), NodeKind::Task);
        if (task < 0) {
            QVERIFY2(node.citus.worker.isEmpty(), "a coordinator node carries a worker");
            QVERIFY(!node.citus.shardId);
            continue;
        }
        QCOMPARE(node.citus.worker, plan.nodes[size_t(task)].citus.worker);
        if (node.citus.shardId) {
            const QSet<int> ports = placements.value(*node.citus.shardId);
            QVERIFY2(ports.contains(node.citus.worker.port),
                     qPrintable(QStringLiteral("shard %1 has no placement on %2")
                                    .arg(*node.citus.shardId)
                                    .arg(node.citus.worker.toString())));
            ++shardsChecked;
        }
        if (node.isPlanNode() && !node.relationName.isEmpty()) {
            QVERIFY2(node.citus.shardId, qPrintable(node.relationName));
            QVERIFY(node.relationName.startsWith(node.tableName + QLatin1Char('_')));
        }
    }
    if (countKind(plan, NodeKind::Task) > 0 && !path.contains(QLatin1String("repartition")))
        QVERIFY(shardsChecked > 0);
}

void TestPlanReader::routerUsersLandOnTheirShards_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("user");
    for (int user : {1, 2}) {
        const auto names = QDir(fixtures::citusDir()).entryList({QStringLiteral("router_user%1.*").arg(user)});
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << fixtures::citus(name) << user;
    }
}

void TestPlanReader::routerUsersLandOnTheirShards()
{
    QFETCH(QString, path);
    QFETCH(int, user);
    QHash<QString, QString> expected;
    for (const auto &row : fixtures::csv(QStringLiteral("meta_user_shard_map_1_to_5.csv"))) {
        if (row.value(QStringLiteral("user_id")).toInt() == user)
            expected = row;
    }
    const Plan plan = readOrFail(fixtures::read(path));
    QCOMPARE(countKind(plan, NodeKind::Task), 1);
    for (const auto &node : plan.nodes) {
        if (node.kind != NodeKind::Task)
            continue;
        QCOMPARE(node.citus.worker.toString(), expected.value(QStringLiteral("nodename")) + QLatin1Char(':')
                                                   + expected.value(QStringLiteral("nodeport")));
        QCOMPARE(node.citus.shardId.value_or(-1), expected.value(QStringLiteral("shardid")).toLongLong());
        QCOMPARE(node.citus.database, QStringLiteral("postgres"));
        const auto &scan = plan.nodes[size_t(node.children.front())];
        QCOMPARE(scan.nodeType, QStringLiteral("Index Scan"));
        QCOMPARE(scan.tableName, QStringLiteral("activity_log"));
        QCOMPARE(scan.citus.worker, node.citus.worker);
    }
}

void TestPlanReader::readsPsqlSessionOutput()
{
    // psql -e output: the echoed statement, header, dashes, one-space margin, footer.
    const Plan pasted = readOrFail(fixtures::read(fixtures::citus(QStringLiteral("tutorial_05_explain_analyze_user1.txt"))));
    const Plan direct = readOrFail(fixtures::read(fixtures::citus(QStringLiteral("router_user1.analyze.txt"))));
    QCOMPARE(pasted.nodes.size(), direct.nodes.size());
    for (size_t i = 0; i < direct.nodes.size(); ++i) {
        QCOMPARE(pasted.nodes[i].nodeType, direct.nodes[i].nodeType);
        QCOMPARE(pasted.nodes[i].citus.worker, direct.nodes[i].citus.worker);
        QCOMPARE(pasted.nodes[i].actualRows, direct.nodes[i].actualRows);
    }
    QCOMPARE(pasted.executionTimeMs.value_or(0), 15.033);
    QCOMPARE(pasted.planningTimeMs.value_or(0), 1.120);
}

void TestPlanReader::readsJsonPastedFromPsqlAlignedMode()
{
    const QByteArray json = fixtures::read(fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")));
    const Plan direct = readOrFail(json);
    const Plan pasted = readOrFail(asPsqlAligned(json));
    QCOMPARE(pasted.format, PlanFormat::Json);
    QCOMPARE(pasted.nodes.size(), direct.nodes.size());
    QCOMPARE(pasted.executionTimeMs, direct.executionTimeMs);
    QCOMPARE(countKind(pasted, NodeKind::Task), 32);
}

void TestPlanReader::readsUtf16WithByteOrderMark()
{
    const QString json = QString::fromUtf8(fixtures::read(fixtures::citus(QStringLiteral("router_user2.analyze.json"))));
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const Plan plan = readOrFail(encoder(json));
    QCOMPARE(plan.planNodeCount(), 2);
    QCOMPARE(plan.nodes.back().citus.worker.toString(), QStringLiteral("127.0.0.1:9701"));
}

// A statement a rule rewrote prints a plan per statement: in TEXT one after another with an
// empty line between them, in JSON, YAML and XML as entries of one document.
void TestPlanReader::readsEveryPlanOfOneOutput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<PlanFormat>("format");
    QTest::addColumn<QList<int>>("nodes");
    QTest::addColumn<bool>("analyzed");

    QTest::newRow("pg18 text") << dataFile(QStringLiteral("postgres-modern/pg18__foreign_key__001.txt"))
                               << PlanFormat::Text << QList<int>{4, 2} << false;
    QTest::newRow("pg15 text") << dataFile(QStringLiteral("postgres-rules/rule_delete_text.txt")) << PlanFormat::Text
                               << QList<int>{5, 2} << false;
    QTest::newRow("pg15 json") << dataFile(QStringLiteral("postgres-rules/rule_delete_json.txt")) << PlanFormat::Json
                               << QList<int>{5, 2} << false;
    QTest::newRow("pg15 yaml") << dataFile(QStringLiteral("postgres-rules/rule_delete_yaml.txt")) << PlanFormat::Yaml
                               << QList<int>{5, 2} << false;
    QTest::newRow("pg15 xml") << dataFile(QStringLiteral("postgres-rules/rule_delete_xml.txt")) << PlanFormat::Xml
                              << QList<int>{5, 2} << false;
    QTest::newRow("pg15 text analyze") << dataFile(QStringLiteral("postgres-rules/rule_delete_analyze_text.txt"))
                                       << PlanFormat::Text << QList<int>{5, 2} << true;
}

void TestPlanReader::readsEveryPlanOfOneOutput()
{
    QFETCH(QString, path);
    QFETCH(PlanFormat, format);
    QFETCH(QList<int>, nodes);
    QFETCH(bool, analyzed);
    PlanParseError error;
    const auto output = PlanReader::readOutputFile(path, &error);
    QVERIFY2(output, qPrintable(error.toString()));
    QCOMPARE(nodeCounts(*output), nodes);
    // Mapped, as the commands read files: the same plans.
    const auto mapped = PlanReader::readOutputFile(path, &error, PlanReader::FileAccess::Mapped);
    QVERIFY2(mapped, qPrintable(error.toString()));
    QCOMPARE(nodeCounts(*mapped), nodes);
    QCOMPARE(mapped->plans.back().nodes[0].relationName, output->plans.back().nodes[0].relationName);
    for (size_t i = 0; i < output->plans.size(); ++i) {
        const Plan &plan = output->plans[i];
        QCOMPARE(plan.format, format);
        QCOMPARE(plan.analyzed, analyzed);
        QCOMPARE(plan.executionTimeMs.has_value(), analyzed);
        QCOMPARE(plan.root, 0);
        QCOMPARE(plan.nodes[0].nodeType, QStringLiteral("ModifyTable"));
        QCOMPARE(plan.nodes[0].operation, QStringLiteral("Delete"));
        QCOMPARE(output->title(i), QStringLiteral("Plan %1 of %2").arg(i + 1).arg(nodes.size()));
    }
    // Each statement's own relation: the rule's DELETE on t2 first, then the one on t1.
    QCOMPARE(output->plans.front().nodes[0].relationName, QStringLiteral("t2"));
    QCOMPARE(output->plans.back().nodes[0].relationName, QStringLiteral("t1"));

    // All of them in one Plan: a root each, in order, nothing lost.
    const Plan merged = PlanReader::readFile(path, &error).value();
    QCOMPARE(merged.roots(), (std::vector<int>{0, output->plans.front().planNodeCount()}));
    QCOMPARE(merged.planNodeCount(), std::accumulate(nodes.begin(), nodes.end(), 0));
    QCOMPARE(int(merged.preorder().size()), int(merged.nodes.size()));
    if (analyzed) {
        QCOMPARE(merged.executionTimeMs.value(),
                 output->plans.front().executionTimeMs.value() + output->plans.back().executionTimeMs.value());
    }
    for (size_t i = 0; i < merged.nodes.size(); ++i)
        QVERIFY(merged.nodes[i].parent < int(i));
}

// psql titles a one-column result with the column's name: a function returning its plan.
void TestPlanReader::readsAnyOneColumnHeader_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<QString>("rootType");

    QTest::newRow("pg18 explain_filter()")
        << fixtures::read(dataFile(QStringLiteral("postgres-modern/pg18__incremental_sort__f001.txt"))) << 4
        << QStringLiteral("Limit");
    QTest::newRow("short name, padding cut by the terminal")
        << QByteArray("     show_plan\n------------------\n Result  (cost=0.00..0.01 rows=1 width=4)\n(1 row)\n") << 1
        << QStringLiteral("Result");
    QTest::newRow("echoed call above")
        << QByteArray("SELECT my_explain('SELECT 1');\n                my_explain\n------------------------------------"
                      "-----\n Result  (cost=0.00..0.01 rows=1 width=4)\n   Output: 1\n(2 rows)\n")
        << 1 << QStringLiteral("Result");
}

void TestPlanReader::readsAnyOneColumnHeader()
{
    QFETCH(QByteArray, input);
    QFETCH(int, nodes);
    QFETCH(QString, rootType);
    const ExplainOutput output = readOutputOrFail(input);
    QCOMPARE(nodeCounts(output), QList<int>{nodes});
    QCOMPARE(output.plans.front().nodes[0].nodeType, rootType);
}

// What a terminal shows around a result: the statements typed, the prompt, the server's
// messages. Left out, and listed; the plan read whole.
void TestPlanReader::skipsTextAroundThePlan_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<int>>("nodes");
    QTest::addColumn<QStringList>("skipped");

    const QByteArray jit = fixtures::read(dataFile(QStringLiteral("postgres-modern/pg18__docs.jit__002.txt")));
    QTest::newRow("pg15 BEGIN and ROLLBACK around the result")
        << fixtures::read(dataFile(QStringLiteral("postgres-rules/rule_delete_analyze_text.txt"))) << QList<int>{5, 2}
        << QStringList{QStringLiteral("1:statement:BEGIN"), QStringLiteral("22:statement:ROLLBACK")};
    QTest::newRow("prompt, notice and the next statement")
        << "postgres=# EXPLAIN ANALYZE SELECT sum(relpages) FROM pg_class;\nNOTICE:  table statistics are old\n" + jit
            + "\npostgres=# ROLLBACK;\nROLLBACK\npostgres=# "
        << QList<int>{2}
        << QStringList{QStringLiteral("1:prompt:postgres=# EXPLAIN ANALYZE SELECT sum(relpages) FROM pg_class;"),
                       QStringLiteral("2:message:NOTICE:  table statistics are old"),
                       QStringLiteral("14:prompt:postgres=# ROLLBACK;"), QStringLiteral("15:statement:ROLLBACK"),
                       QStringLiteral("16:prompt:postgres=#")};
    const QByteArray bare("Seq Scan on t  (cost=0.00..35.50 rows=2550 width=4)\n  Filter: (a > 1)\n");
    QTest::newRow("bare plan: debug before, statement and prompt after")
        << "DEBUG:  parse tree:\n" + bare + "ROLLBACK;\nshop=*# " << QList<int>{1}
        << QStringList{QStringLiteral("1:message:DEBUG:  parse tree:"), QStringLiteral("4:statement:ROLLBACK;"),
                       QStringLiteral("5:prompt:shop=*#")};
    QTest::newRow("bare plan: warnings from a file run")
        << "psql:run.sql:3: WARNING:  there is no transaction in progress\n" + bare << QList<int>{1}
        << QStringList{QStringLiteral("1:message:psql:run.sql:3: WARNING:  there is no transaction in progress")};
    QTest::newRow("result cut before its footer, prompt after")
        << QByteArray("                 QUERY PLAN\n--------------------------------------------\n Seq Scan on t\n"
                      "   Filter: (a > 1)\npostgres=> ")
        << QList<int>{1} << QStringList{QStringLiteral("5:prompt:postgres=>")};
    QTest::newRow("json after a notice")
        << "NOTICE:  view \"v\" will be a temporary view\n"
               + fixtures::read(fixtures::citus(QStringLiteral("router_user1.analyze.json")))
        << QList<int>{2} << QStringList{QStringLiteral("1:message:NOTICE:  view \"v\" will be a temporary view")};
    QTest::newRow("nothing around") << bare << QList<int>{1} << QStringList{};
}

void TestPlanReader::skipsTextAroundThePlan()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<int>, nodes);
    QFETCH(QStringList, skipped);
    const ExplainOutput output = readOutputOrFail(input);
    QCOMPARE(nodeCounts(output), nodes);
    QCOMPARE(skippedLines(output), skipped);
    QCOMPARE(output.skippedSummary().isEmpty(), skipped.isEmpty());
}

// Only what is clearly not plan is left out: anything else after the plan is an error.
void TestPlanReader::keepsPlanLinesItCannotPlace_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");

    QTest::newRow("plan line after a statement")
        << QByteArray("Seq Scan on t\n  Filter: (a > 1)\nROLLBACK;\n  ->  Seq Scan on u\n") << 3;
    QTest::newRow("words after the plan") << QByteArray("Seq Scan on t\n  Filter: (a > 1)\nsee the manual\n") << 3;
    QTest::newRow("node after a notice after the plan")
        << QByteArray("Seq Scan on t\nNOTICE:  hello\nHash Join\n") << 3;
}

void TestPlanReader::keepsPlanLinesItCannotPlace()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    PlanParseError error;
    QVERIFY(!PlanReader::readOutput(input, &error));
    QCOMPARE(error.line, line);
}

void TestPlanReader::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("empty") << QByteArray() << "empty" << 0 << 0;
    QTest::newRow("blank") << QByteArray(" \n\t\r\n") << "empty" << 0 << 0;
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00", 9) << "binary" << 1 << 8;
    QTest::newRow("latin-1") << QByteArray("Seq Scan on t\n  Filter: (name = 'Jos\xe9')\n") << "UTF-8" << 2
                             << 23;
    QTest::newRow("overlong utf-8") << QByteArray("[\xc0\xaf]") << "UTF-8" << 1 << 2;
    QTest::newRow("json syntax") << QByteArray("[\n  {\"Plan\": {\"Node Type\": \"Result\",}}\n]") << "JSON"
                                 << 2 << 35;
    QTest::newRow("json without plan") << QByteArray("[{\"Query Text\": \"select 1\"}]") << "Plan" << 0 << 0;
    QTest::newRow("plan not an object") << QByteArray("[{\"Plan\": 5}]") << "Plan" << 0 << 0;
    QTest::newRow("node without type") << QByteArray("[{\"Plan\": {\"Plans\": []}}]") << "Node Type" << 0 << 0;
    QTest::newRow("xml not well formed") << QByteArray("<explain><Query><Plan></Query></explain>") << "" << 1
                                         << 0;
    QTest::newRow("yaml broken") << QByteArray("- Plan:\n    Node Type: [\"Result\"\n") << "" << 0 << 0;
}

void TestPlanReader::rejectsBadInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, messagePart);
    QFETCH(int, line);
    QFETCH(int, column);
    PlanParseError error;
    QVERIFY(!PlanReader::read(input, &error));
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    if (line > 0)
        QCOMPARE(error.line, line);
    if (column > 0)
        QCOMPARE(error.column, column);
}

// Two-, three- and four-byte characters, and a U+FFFD the text spells out itself.
void TestPlanReader::readsValidMultiByteText()
{
    const QString name = QStringLiteral("caf\u00e9_\u20ac_\U0001D11E_\uFFFD");
    const Plan plan = readOrFail("[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Relation Name\": \"" + name.toUtf8()
                                 + "\"}}]");
    QCOMPARE(plan.nodes.front().relationName, name);
}

// The error names the line and column of the first byte that is not UTF-8 (columns count
// characters), wherever it is and whatever comes before it.
void TestPlanReader::pointsAtTheFirstInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("continuation byte first") << QByteArray("\x80Seq Scan") << 1 << 1;
    QTest::newRow("0xFF first") << QByteArray("\xffSeq Scan") << 1 << 1;
    QTest::newRow("after multi-byte text") << QByteArray("caf\xc3\xa9 \xe2\x82\xac \xff x") << 1 << 8;
    QTest::newRow("after a spelt-out U+FFFD") << QByteArray("\xef\xbf\xbd x \xc3(") << 1 << 5;
    QTest::newRow("three-byte cut short") << QByteArray("caf\xc3\xa9 \xe2\x82 x") << 1 << 6;
    QTest::newRow("second line") << QByteArray("Seq Scan\n  Filter: (x = '\xc3\xa9\xe9')\n") << 2 << 18;
    QTest::newRow("lead byte last") << QByteArray("Seq Scan \xc3") << 1 << 10;
    QTest::newRow("four-byte cut short at the end") << QByteArray("abc\xf0\x9f\x98") << 1 << 4;
    QTest::newRow("overlong two-byte /") << QByteArray("a\xc0\xaf") << 1 << 2;
    QTest::newRow("overlong two-byte NUL") << QByteArray("a\xc0\x80") << 1 << 2;
    QTest::newRow("overlong three-byte") << QByteArray("ab\xe0\x80\xaf") << 1 << 3;
    QTest::newRow("overlong four-byte") << QByteArray("\xf0\x80\x80\xaf") << 1 << 1;
    QTest::newRow("high surrogate") << QByteArray("x\xed\xa0\x80y") << 1 << 2;
    QTest::newRow("low surrogate") << QByteArray("x\xed\xbf\xbfy") << 1 << 2;
    QTest::newRow("past U+10FFFF") << QByteArray("x\xf4\x90\x80\x80") << 1 << 2;
    QTest::newRow("five-byte form") << QByteArray("x\xf8\x88\x80\x80\x80") << 1 << 2;

    // Past the first MiB, which the reader looks at apart from the rest: the bad byte found
    // in the window after, and characters standing across the windows' border.
    const qsizetype mib = qsizetype(1) << 20;
    QTest::newRow("second MiB") << QByteArray(mib + 9, 'a') + "\xff" << 1 << int(mib + 10);
    QTest::newRow("euro across the MiB, then a stray byte")
        << QByteArray(mib - 1, 'a') + "\xe2\x82\xac\x80" << 1 << int(mib + 1);
    QTest::newRow("euro up to the MiB, then two stray bytes")
        << QByteArray(mib - 3, 'a') + "\xe2\x82\xac\x80\x80" << 1 << int(mib - 1);
    QTest::newRow("four-byte up to the MiB, then a stray byte")
        << QByteArray(mib - 4, 'a') + "\xf0\x9f\x98\x80\x80" << 1 << int(mib - 2);
    QTest::newRow("four-byte across the MiB, bad byte later")
        << QByteArray(mib - 2, 'a') + "\xf0\x9f\x98\x80" + QByteArray(1000, 'b') + "\xef\xbf\xbd\xed\xa0\x80"
        << 1 << int(mib - 2 + 1 + 1000 + 1 + 1);
}

void TestPlanReader::pointsAtTheFirstInvalidUtf8()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    PlanParseError error;
    QVERIFY(!PlanReader::read(input, &error));
    QVERIFY2(error.message.contains(QLatin1String("UTF-8")), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestPlanReader::rejectsEveryTruncatedFixture_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : fixtures::planFiles()) {
        if (!path.endsWith(QLatin1String(".txt")))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
}

void TestPlanReader::rejectsEveryTruncatedFixture()
{
    QFETCH(QString, path);
    const QByteArray text = fixtures::read(path);
    const QByteArray truncated = text.left(text.size() / 2);
    PlanParseError error;
    const auto plan = PlanReader::read(truncated, &error);
    if (path.endsWith(QLatin1String(".yaml"))) {
        // Block YAML cut at any point is often still a valid, shorter document:
        // then a smaller plan is a fair answer.
        if (plan)
            QVERIFY(plan->nodes.size() <= PlanReader::read(text, nullptr)->nodes.size());
        else
            QVERIFY(!error.message.isEmpty());
        return;
    }
    // JSON and XML cut inside the document can never be complete.
    QVERIFY(!plan);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.line > 0, qPrintable(error.toString()));
}

void TestPlanReader::survivesDeepNesting()
{
    const int depth = 100000;
    for (const auto &[open, close] : {std::pair{'[', ']'}, std::pair{'{', '}'}}) {
        QByteArray nested(depth, open);
        if (open == '{') {
            nested.clear();
            for (int i = 0; i < depth; ++i)
                nested += "{\"a\":";
            nested += '1';
        } else {
            nested += '1';
        }
        nested += QByteArray(depth, close);
        PlanParseError error;
        QVERIFY(!PlanReader::read(nested, &error)); // well-formed, but no plan in it
        QVERIFY(error.message.contains(QLatin1String("Plan")));
    }
}

void TestPlanReader::readsOneHundredThousandDeepPlan()
{
    const int depth = 100000;
    QByteArray json = "[{\"Plan\": ";
    for (int i = 0; i < depth; ++i)
        json += "{\"Node Type\": \"Limit\", \"Plans\": [";
    json += "{\"Node Type\": \"Result\"}";
    for (int i = 0; i < depth; ++i)
        json += "]}";
    json += "}]";
    const Plan plan = readOrFail(json);
    QCOMPARE(plan.planNodeCount(), depth + 1);
    QCOMPARE(plan.nodes.back().nodeType, QStringLiteral("Result"));
    QCOMPARE(plan.depth(int(plan.nodes.size()) - 1), depth);
}

void TestPlanReader::handlesTwoHundredMegabytes()
{
    const qsizetype size = qsizetype(200) << 20;
    // A valid plan followed by 200 MB of blank lines: read, not refused.
    QByteArray padded = fixtures::read(fixtures::citus(QStringLiteral("router_user1.analyze.json")));
    padded += QByteArray(size, '\n');
    QCOMPARE(readOrFail(padded).planNodeCount(), 2);
    padded.clear();
    // 200 MB of letters: a clear error at the first line.
    PlanParseError error;
    QVERIFY(!PlanReader::read(QByteArray(size, 'x'), &error));
    QCOMPARE(error.line, 1);
}

QTEST_GUILESS_MAIN(TestPlanReader)
#include "tst_PlanReader.moc"
