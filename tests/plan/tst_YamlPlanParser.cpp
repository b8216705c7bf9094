#include "Fixtures.h"
#include "JsonPlanParser.h"
#include "StructuredPlanBuilder.h"
#include "TreePath.h"
#include "YamlPlanParser.h"

#include <QFile>
#include <QtTest>

using namespace shardscope;
using namespace treepath;

namespace {

QByteArray fixture(const QString &name)
{
    return fixtures::read(fixtures::citus(name));
}

// The fixture cut inside the first quoted value past its middle: YAML cut at a line
// boundary is usually still a valid document, so only such a cut is a syntax error.
QByteArray cutInsideQuotes(const QByteArray &yaml)
{
    const qsizetype quote = yaml.indexOf('"', yaml.size() / 2);
    return quote < 0 ? QByteArray() : yaml.left(quote + 3);
}

} // namespace

class YamlPlanParserTest : public QObject
{
    Q_OBJECT

private slots:
    void routerFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");

        const QString job = QStringLiteral("0/Plan/Distributed Query/Job/");
        const QString task = job + QStringLiteral("Tasks/0/");
        // YAML lists the worker's queries directly under "Remote Plan" (JSON nests a list).
        const QString remote = task + QStringLiteral("Remote Plan/0/");
        const struct {
            const char *file;
            const char *node;
            const char *tupleData;
            const char *indexCond;
        } routers[] = {
            {"router_user1.analyze.yaml", "host=127.0.0.1 port=9702 dbname=postgres", "64 bytes", "(user_id = 1)"},
            {"router_user2.analyze.yaml", "host=127.0.0.1 port=9701 dbname=postgres", "66 bytes", "(user_id = 2)"},
        };
        for (const auto &router : routers) {
            const auto row = [&](const char *name, const QString &path, const QString &expected) {
                QTest::addRow("%s %s", router.file, name) << router.file << path << expected;
            };
            row("node type", QStringLiteral("0/Plan/Node Type"), QStringLiteral("Custom Scan"));
            row("provider", QStringLiteral("0/Plan/Custom Plan Provider"), QStringLiteral("Citus Adaptive"));
            row("parallel aware", QStringLiteral("0/Plan/Parallel Aware"), QStringLiteral("false"));
            row("actual rows", QStringLiteral("0/Plan/Actual Rows"), QStringLiteral("2"));
            row("task count", job + QStringLiteral("Task Count"), QStringLiteral("1"));
            row("tuple data", job + QStringLiteral("Tuple data received from nodes"), router.tupleData);
            row("task node", task + QStringLiteral("Node"), router.node);
            row("task tuple data", task + QStringLiteral("Tuple data received from node"), router.tupleData);
            row("remote node type", remote + QStringLiteral("Plan/Node Type"), QStringLiteral("Index Scan"));
            row("remote index cond", remote + QStringLiteral("Plan/Index Cond"), router.indexCond);
            row("remote actual rows", remote + QStringLiteral("Plan/Actual Rows"), QStringLiteral("2"));
        }
    }

    void routerFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, expected);

        const QByteArray yaml = fixture(file);
        QVERIFY2(!yaml.isEmpty(), qPrintable(file));
        StructuredTree tree;
        PlanParseError error;
        QVERIFY2(YamlPlanParser::parse(yaml, tree, &error), qPrintable(error.toString()));
        QCOMPARE(textAt(tree, path), expected);
        QCOMPARE(typeAt(tree, path), Type::String);
    }

    void routerContainers_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Type>("type");
        QTest::addColumn<int>("children");

        const QString task = QStringLiteral("0/Plan/Distributed Query/Job/Tasks/0/");
        QTest::newRow("root") << QString() << Type::Array << 1;
        QTest::newRow("query") << QStringLiteral("0") << Type::Object << 4;
        // "Triggers: " followed by nothing: an empty list in YAML reads as null.
        QTest::newRow("triggers") << QStringLiteral("0/Triggers") << Type::Null << 0;
        QTest::newRow("distributed query") << QStringLiteral("0/Plan/Distributed Query") << Type::Object << 1;
        QTest::newRow("tasks") << QStringLiteral("0/Plan/Distributed Query/Job/Tasks") << Type::Array << 1;
        QTest::newRow("task") << task << Type::Object << 3;
        QTest::newRow("remote plan") << task + QStringLiteral("Remote Plan") << Type::Array << 1;
        QTest::newRow("worker query") << task + QStringLiteral("Remote Plan/0") << Type::Object << 4;
    }

    void routerContainers()
    {
        QFETCH(QString, path);
        QFETCH(Type, type);
        QFETCH(int, children);

        StructuredTree tree;
        QVERIFY(YamlPlanParser::parse(fixture(QStringLiteral("router_user1.analyze.yaml")), tree, nullptr));
        const int entry = entryAt(tree, path);
        QVERIFY(entry >= 0);
        QCOMPARE(tree.at(entry).type, type);
        QCOMPARE(childCount(tree, entry), children);
    }

    void lists()
    {
        // As explain.c writes them: property lists as block sequences, nested ones
        // (grouping sets) as flow sequences, child plans as a sequence of maps.
        const QByteArray yaml = R"yaml(- Plan: 
    Node Type: "Aggregate"
    INSERT/SELECT method: "repartition"
    Output: 
      - "user_id"
      - "count(*)"
    Grouping Sets: 
      - Hash Keys: 
          - ["a", "b"]
          - []
    Plans: 
      - Node Type: "Seq Scan"
        Parent Relationship: "Outer"
      - Node Type: "Index Scan"
        Parent Relationship: "Inner"
  Settings: 
    work_mem: "64MB"
  Planning Time: 0.123
)yaml";
        StructuredTree tree;
        PlanParseError error;
        QVERIFY2(YamlPlanParser::parse(yaml, tree, &error), qPrintable(error.toString()));

        const int method = tree.member(entryAt(tree, QStringLiteral("0/Plan")), "INSERT/SELECT method");
        QVERIFY(method >= 0);
        QCOMPARE(StructuredTree::toQString(tree.at(method).text), QStringLiteral("repartition"));

        QCOMPARE(typeAt(tree, QStringLiteral("0/Plan/Output")), Type::Array);
        QCOMPARE(childCount(tree, entryAt(tree, QStringLiteral("0/Plan/Output"))), 2);
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Output/1")), QStringLiteral("count(*)"));
        QVERIFY(tree.at(entryAt(tree, QStringLiteral("0/Plan/Output/1"))).key.empty());

        const QString keys = QStringLiteral("0/Plan/Grouping Sets/0/Hash Keys");
        QCOMPARE(childCount(tree, entryAt(tree, keys)), 2);
        QCOMPARE(textAt(tree, keys + QStringLiteral("/0/1")), QStringLiteral("b"));
        QCOMPARE(typeAt(tree, keys + QStringLiteral("/1")), Type::Array);
        QCOMPARE(childCount(tree, entryAt(tree, keys + QStringLiteral("/1"))), 0);

        QCOMPARE(typeAt(tree, QStringLiteral("0/Plan/Plans")), Type::Array);
        QCOMPARE(childCount(tree, entryAt(tree, QStringLiteral("0/Plan/Plans"))), 2);
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Plans/0/Node Type")), QStringLiteral("Seq Scan"));
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Plans/1/Parent Relationship")), QStringLiteral("Inner"));

        QCOMPARE(textAt(tree, QStringLiteral("0/Settings/work_mem")), QStringLiteral("64MB"));
        QCOMPARE(textAt(tree, QStringLiteral("0/Planning Time")), QStringLiteral("0.123"));
    }

    void scalars_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<Type>("type");
        QTest::addColumn<QString>("text");

        QTest::newRow("quoted") << QByteArray(R"("Seq Scan")") << Type::String << QStringLiteral("Seq Scan");
        // Not a raw string: moc misreads \" inside one.
        QTest::newRow("escapes") << QByteArray("\"a \\\"b\\\"\\n\\tc\"") << Type::String << QStringLiteral("a \"b\"\n\tc");
        QTest::newRow("number") << QByteArray("0.00") << Type::String << QStringLiteral("0.00");
        QTest::newRow("bool") << QByteArray("false") << Type::String << QStringLiteral("false");
        QTest::newRow("empty string") << QByteArray(R"("")") << Type::String << QString();
        QTest::newRow("quoted null") << QByteArray(R"("null")") << Type::String << QStringLiteral("null");
        QTest::newRow("nothing") << QByteArray() << Type::Null << QString();
        QTest::newRow("tilde") << QByteArray("~") << Type::Null << QString();
        QTest::newRow("null") << QByteArray("null") << Type::Null << QString();
    }

    void scalars()
    {
        QFETCH(QByteArray, value);
        QFETCH(Type, type);
        QFETCH(QString, text);

        StructuredTree tree;
        PlanParseError error;
        QVERIFY2(YamlPlanParser::parse("- Plan: \n    Value: " + value + "\n    Next: 1\n", tree, &error),
                 qPrintable(error.toString()));
        QCOMPARE(typeAt(tree, QStringLiteral("0/Plan/Value")), type);
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Value")), text);
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Next")), QStringLiteral("1"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray("  \n\n");
        QTest::newRow("comment only") << QByteArray("# nothing\n");
        QTest::newRow("unclosed flow") << QByteArray("- Plan: \n    Output: [\"a\", \"b\"\n");
        QTest::newRow("bad indentation") << QByteArray("- Plan: \n    Node Type: \"a\"\n   Alias: \"b\"\n");
        QTest::newRow("unterminated quote") << QByteArray("- Plan: \n    Node Type: \"Seq");
        QTest::newRow("alias") << QByteArray("- Plan: &p\n    Node Type: \"a\"\n- Plan: *p\n");
        QTest::newRow("two documents") << QByteArray("- Plan: {}\n---\n- Plan: {}\n");
        QTest::newRow("collection key") << QByteArray("- ? [a, b]\n  : 1\n");
        QTest::newRow("null key") << QByteArray("- ~: 1\n");
        QTest::newRow("tab indentation") << QByteArray("- Plan:\n\tNode Type: \"a\"\n");
        for (const char *name : {"router_user1.analyze.yaml", "router_user2.analyze.yaml"})
            QTest::addRow("%s truncated", name) << cutInsideQuotes(fixture(QString::fromLatin1(name)));
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);

        StructuredTree tree;
        PlanParseError error;
        QVERIFY(!YamlPlanParser::parse(yaml, tree, &error));
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.line > 0, qPrintable(error.toString()));
        QVERIFY2(error.column > 0, qPrintable(error.toString()));
        QVERIFY(!YamlPlanParser::parse(yaml, tree, nullptr));
    }

    void errorPosition()
    {
        StructuredTree tree;
        PlanParseError error;
        QVERIFY(!YamlPlanParser::parse("- Plan: \n    Node Type: \"a\"\n- Plan: *p\n", tree, &error));
        QCOMPARE(error.line, 3);
        QCOMPARE(error.column, 9);
    }

    void deepNesting_data()
    {
        constexpr int depth = 100000;
        QTest::addColumn<QByteArray>("yaml");

        QTest::newRow("flow sequences") << QByteArray(depth, '[') + QByteArray(depth, ']');
        QTest::newRow("flow maps") << QByteArray("{a: ").repeated(depth) + "1" + QByteArray(depth, '}');
        QTest::newRow("block sequences") << QByteArray("- ").repeated(depth) + "1\n";
        QTest::newRow("unclosed") << QByteArray(depth, '[');
    }

    void deepNesting()
    {
        QFETCH(QByteArray, yaml);

        StructuredTree tree;
        PlanParseError error;
        QVERIFY(!YamlPlanParser::parse(yaml, tree, &error));
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.line > 0, qPrintable(error.toString()));
    }

    // The same plan in YAML and JSON must build the same nodes.
    void sameAsJson_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("router_user1") << QStringLiteral("router_user1.analyze");
        QTest::newRow("router_user2") << QStringLiteral("router_user2.analyze");
    }

    void sameAsJson()
    {
        QFETCH(QString, name);

        StructuredTree yamlTree;
        StructuredTree jsonTree;
        PlanParseError error;
        QVERIFY2(YamlPlanParser::parse(fixture(name + QStringLiteral(".yaml")), yamlTree, &error),
                 qPrintable(error.toString()));
        QVERIFY2(JsonPlanParser::parse(fixture(name + QStringLiteral(".json")), jsonTree, &error),
                 qPrintable(error.toString()));
        const auto fromYamlPlans = StructuredPlanBuilder::build(yamlTree, PlanFormat::Yaml, &error);
        QVERIFY2(fromYamlPlans, qPrintable(error.toString()));
        QCOMPARE(fromYamlPlans->size(), size_t(1));
        const Plan *fromYaml = &fromYamlPlans->front();
        const auto fromJsonPlans = StructuredPlanBuilder::build(jsonTree, PlanFormat::Json, &error);
        QVERIFY2(fromJsonPlans, qPrintable(error.toString()));
        QCOMPARE(fromJsonPlans->size(), size_t(1));
        const Plan *fromJson = &fromJsonPlans->front();

        QCOMPARE(fromYaml->nodes.size(), fromJson->nodes.size());
        QVERIFY(fromYaml->nodes.size() >= 4); // Custom Scan, Job, Task, Index Scan
        for (size_t i = 0; i < fromYaml->nodes.size(); ++i) {
            const PlanNode &yamlNode = fromYaml->nodes[i];
            const PlanNode &jsonNode = fromJson->nodes[i];
            QCOMPARE(yamlNode.kind, jsonNode.kind);
            QCOMPARE(yamlNode.nodeType, jsonNode.nodeType);
            QCOMPARE(yamlNode.parent, jsonNode.parent);
            QCOMPARE(yamlNode.actualRows, jsonNode.actualRows);
            QCOMPARE(yamlNode.citus.worker, jsonNode.citus.worker);
        }
        QCOMPARE(fromYaml->analyzed, fromJson->analyzed);
        QVERIFY(fromYaml->executionTimeMs.has_value());
    }
};

QTEST_GUILESS_MAIN(YamlPlanParserTest)
#include "tst_YamlPlanParser.moc"
