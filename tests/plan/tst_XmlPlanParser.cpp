#include "Fixtures.h"
#include "JsonPlanParser.h"
#include "StructuredPlanBuilder.h"
#include "TreePath.h"
#include "XmlPlanParser.h"

#include <QFile>
#include <QtTest>

using namespace shardscope;
using namespace treepath;

namespace {

QByteArray fixture(const QString &name)
{
    return fixtures::read(fixtures::citus(name));
}

QByteArray planDocument(const QByteArray &planElements)
{
    return "<explain xmlns=\"http://www.postgresql.org/2009/explain\">\n  <Query>\n    <Plan>\n"
        + planElements + "\n    </Plan>\n  </Query>\n</explain>\n";
}

} // namespace

class XmlPlanParserTest : public QObject
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
        const QString remote = task + QStringLiteral("Remote Plan/0/0/");
        const struct {
            const char *file;
            const char *node;
            const char *tupleData;
            const char *indexCond;
        } routers[] = {
            {"router_user1.analyze.xml", "host=127.0.0.1 port=9702 dbname=postgres", "64 bytes", "(user_id = 1)"},
            {"router_user2.analyze.xml", "host=127.0.0.1 port=9701 dbname=postgres", "66 bytes", "(user_id = 2)"},
        };
        for (const auto &router : routers) {
            const auto row = [&](const char *name, const QString &path, const QString &expected) {
                QTest::addRow("%s %s", router.file, name) << router.file << path << expected;
            };
            row("node type", QStringLiteral("0/Plan/Node Type"), QStringLiteral("Custom Scan"));
            row("provider", QStringLiteral("0/Plan/Custom Plan Provider"), QStringLiteral("Citus Adaptive"));
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

        const QByteArray xml = fixture(file);
        QVERIFY2(!xml.isEmpty(), qPrintable(file));
        StructuredTree tree;
        PlanParseError error;
        QVERIFY2(XmlPlanParser::parse(xml, tree, &error), qPrintable(error.toString()));
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
        QTest::newRow("triggers") << QStringLiteral("0/Triggers") << Type::Array << 0;
        QTest::newRow("distributed query") << QStringLiteral("0/Plan/Distributed Query") << Type::Object << 1;
        QTest::newRow("tasks") << QStringLiteral("0/Plan/Distributed Query/Job/Tasks") << Type::Array << 1;
        QTest::newRow("task") << task << Type::Object << 3;
        // The worker's whole <explain> document: a list of queries inside the list.
        QTest::newRow("remote plan") << task + QStringLiteral("Remote Plan") << Type::Array << 1;
        QTest::newRow("worker explain") << task + QStringLiteral("Remote Plan/0") << Type::Array << 1;
        QTest::newRow("worker query") << task + QStringLiteral("Remote Plan/0/0") << Type::Object << 4;
        QTest::newRow("worker triggers") << task + QStringLiteral("Remote Plan/0/0/Triggers") << Type::Array << 0;
    }

    void routerContainers()
    {
        QFETCH(QString, path);
        QFETCH(Type, type);
        QFETCH(int, children);

        StructuredTree tree;
        QVERIFY(XmlPlanParser::parse(fixture(QStringLiteral("router_user1.analyze.xml")), tree, nullptr));
        const int entry = entryAt(tree, path);
        QVERIFY(entry >= 0);
        QCOMPARE(tree.at(entry).type, type);
        QCOMPARE(childCount(tree, entry), children);
    }

    void keys_data()
    {
        QTest::addColumn<QByteArray>("element");
        QTest::addColumn<QString>("key");

        QTest::newRow("spaces") << QByteArray("Rows-Removed-by-Index-Recheck")
                               << QStringLiteral("Rows Removed by Index Recheck");
        QTest::newRow("citus") << QByteArray("Tuple-data-received-from-nodes")
                               << QStringLiteral("Tuple data received from nodes");
        QTest::newRow("slash") << QByteArray("INSERT-SELECT-method") << QStringLiteral("INSERT/SELECT method");
        QTest::newRow("own hyphen") << QByteArray("One-Time-Filter") << QStringLiteral("One-Time Filter");
        QTest::newRow("pg15 i/o") << QByteArray("I-O-Read-Time") << QStringLiteral("I/O Read Time");
        QTest::newRow("temp i/o") << QByteArray("Temp-I-O-Write-Time") << QStringLiteral("Temp I/O Write Time");
        QTest::newRow("shared i/o") << QByteArray("Shared-I-O-Read-Time") << QStringLiteral("Shared I/O Read Time");
        QTest::newRow("dotted guc") << QByteArray("citus.explain_distributed_queries")
                                    << QStringLiteral("citus.explain_distributed_queries");
    }

    void keys()
    {
        QFETCH(QByteArray, element);
        QFETCH(QString, key);

        const QByteArray xml = planDocument("<Node-Type>Result</Node-Type><" + element + ">value</" + element + ">");
        StructuredTree tree;
        PlanParseError error;
        QVERIFY2(XmlPlanParser::parse(xml, tree, &error), qPrintable(error.toString()));
        // Not through textAt: some keys have a '/' of their own.
        const int member = tree.member(entryAt(tree, QStringLiteral("0/Plan")), key.toStdString());
        QVERIFY(member >= 0);
        QCOMPARE(StructuredTree::toQString(tree.at(member).text), QStringLiteral("value"));
    }

    void lists()
    {
        const QByteArray xml = planDocument(R"(
      <Node-Type>Aggregate</Node-Type>
      <Output>
        <Item>user_id</Item>
        <Item>count(*)</Item>
      </Output>
      <Group-Key>
        <Item>activity_log.user_id</Item>
      </Group-Key>
      <Grouping-Sets>
        <Grouping-Set>
          <Hash-Keys>
            <Hash-Key>
              <Item>a</Item>
              <Item>b</Item>
            </Hash-Key>
            <Hash-Key>
            </Hash-Key>
          </Hash-Keys>
        </Grouping-Set>
      </Grouping-Sets>
      <Sampling-Parameters>
      </Sampling-Parameters>
      <Extension-List>
        <Item>x</Item>
      </Extension-List>
      <Plans>
        <Plan>
          <Node-Type>Seq Scan</Node-Type>
          <Parent-Relationship>Outer</Parent-Relationship>
        </Plan>
        <Plan>
          <Node-Type>Index Scan</Node-Type>
          <Parent-Relationship>Inner</Parent-Relationship>
        </Plan>
      </Plans>)");
        StructuredTree tree;
        PlanParseError error;
        QVERIFY2(XmlPlanParser::parse(xml, tree, &error), qPrintable(error.toString()));

        QCOMPARE(typeAt(tree, QStringLiteral("0/Plan/Output")), Type::Array);
        QCOMPARE(childCount(tree, entryAt(tree, QStringLiteral("0/Plan/Output"))), 2);
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Output/0")), QStringLiteral("user_id"));
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Output/1")), QStringLiteral("count(*)"));
        QCOMPARE(typeAt(tree, QStringLiteral("0/Plan/Output/1")), Type::String);
        QVERIFY(tree.at(entryAt(tree, QStringLiteral("0/Plan/Output/1"))).key.empty());
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Group Key/0")), QStringLiteral("activity_log.user_id"));

        // ExplainPropertyListNested: a list of lists, like JSON's [["a", "b"], []].
        const QString keys = QStringLiteral("0/Plan/Grouping Sets/0/Hash Keys");
        QCOMPARE(typeAt(tree, keys), Type::Array);
        QCOMPARE(childCount(tree, entryAt(tree, keys)), 2);
        QCOMPARE(typeAt(tree, keys + QStringLiteral("/0")), Type::Array);
        QCOMPARE(textAt(tree, keys + QStringLiteral("/0/1")), QStringLiteral("b"));
        QCOMPARE(typeAt(tree, keys + QStringLiteral("/1")), Type::Array);
        QCOMPARE(childCount(tree, entryAt(tree, keys + QStringLiteral("/1"))), 0);

        QCOMPARE(typeAt(tree, QStringLiteral("0/Plan/Sampling Parameters")), Type::Array);
        QCOMPARE(childCount(tree, entryAt(tree, QStringLiteral("0/Plan/Sampling Parameters"))), 0);
        // A list no table knows is still recognised by its <Item>s.
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Extension List/0")), QStringLiteral("x"));

        QCOMPARE(typeAt(tree, QStringLiteral("0/Plan/Plans")), Type::Array);
        QCOMPARE(childCount(tree, entryAt(tree, QStringLiteral("0/Plan/Plans"))), 2);
        QCOMPARE(typeAt(tree, QStringLiteral("0/Plan/Plans/0")), Type::Object);
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Plans/0/Node Type")), QStringLiteral("Seq Scan"));
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Plans/1/Node Type")), QStringLiteral("Index Scan"));
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Plans/1/Parent Relationship")), QStringLiteral("Inner"));
    }

    void citusLists()
    {
        const QByteArray xml = planDocument(R"(
      <Node-Type>Custom Scan</Node-Type>
      <INSERT-SELECT-method>repartition</INSERT-SELECT-method>
      <Select-Query>
        <Query>
          <Plan>
            <Node-Type>Custom Scan</Node-Type>
            <Distributed-Query>
              <Subplans>
                <Subplan>
                  <Intermediate-Data-Size>50 bytes</Intermediate-Data-Size>
                  <PlannedStmt>
                    <Query>
                      <Plan>
                        <Node-Type>Limit</Node-Type>
                      </Plan>
                    </Query>
                  </PlannedStmt>
                </Subplan>
              </Subplans>
              <Job>
                <Task-Count>12</Task-Count>
                <Dependent-Jobs>
                  <MapMergeJob>
                    <Map-Task-Count>32</Map-Task-Count>
                    <Merge-Task-Count>12</Merge-Task-Count>
                  </MapMergeJob>
                  <MapMergeJob>
                    <Map-Task-Count>32</Map-Task-Count>
                    <Merge-Task-Count>12</Merge-Task-Count>
                  </MapMergeJob>
                </Dependent-Jobs>
              </Job>
            </Distributed-Query>
          </Plan>
        </Query>
      </Select-Query>)");
        StructuredTree tree;
        PlanParseError error;
        QVERIFY2(XmlPlanParser::parse(xml, tree, &error), qPrintable(error.toString()));

        const int method = tree.member(entryAt(tree, QStringLiteral("0/Plan")), "INSERT/SELECT method");
        QVERIFY(method >= 0);
        QCOMPARE(StructuredTree::toQString(tree.at(method).text), QStringLiteral("repartition"));
        const QString inner = QStringLiteral("0/Plan/Select Query/0/Plan/");
        QCOMPARE(typeAt(tree, QStringLiteral("0/Plan/Select Query")), Type::Array);
        QCOMPARE(textAt(tree, inner + QStringLiteral("Node Type")), QStringLiteral("Custom Scan"));
        const QString subplan = inner + QStringLiteral("Distributed Query/Subplans/0/");
        QCOMPARE(textAt(tree, subplan + QStringLiteral("Intermediate Data Size")), QStringLiteral("50 bytes"));
        QCOMPARE(typeAt(tree, subplan + QStringLiteral("PlannedStmt")), Type::Array);
        QCOMPARE(textAt(tree, subplan + QStringLiteral("PlannedStmt/0/Plan/Node Type")), QStringLiteral("Limit"));
        const QString jobs = inner + QStringLiteral("Distributed Query/Job/Dependent Jobs");
        QCOMPARE(typeAt(tree, jobs), Type::Array);
        QCOMPARE(childCount(tree, entryAt(tree, jobs)), 2);
        QCOMPARE(textAt(tree, jobs + QStringLiteral("/1/Merge Task Count")), QStringLiteral("12"));
    }

    void leaves()
    {
        const QByteArray xml = planDocument(
            "<Node-Type>Seq Scan</Node-Type>\n"
            "<Alias></Alias>\n"
            "<Filter>(note = '&lt;a &amp; b&gt;')</Filter>\n"
            "<Query-Text>  SELECT 1\n  FROM t  </Query-Text>\n"
            "<Cdata><![CDATA[x < y]]></Cdata>\n"
            "<Settings>\n      </Settings>\n"
            "<Empty-Object></Empty-Object>");
        StructuredTree tree;
        PlanParseError error;
        QVERIFY2(XmlPlanParser::parse(xml, tree, &error), qPrintable(error.toString()));

        QCOMPARE(typeAt(tree, QStringLiteral("0/Plan/Alias")), Type::String);
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Alias")), QString());
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Filter")), QStringLiteral("(note = '<a & b>')"));
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Query Text")), QStringLiteral("  SELECT 1\n  FROM t  "));
        QCOMPARE(textAt(tree, QStringLiteral("0/Plan/Cdata")), QStringLiteral("x < y"));
        // explain.c writes an empty group over two lines, an empty value on one.
        QCOMPARE(typeAt(tree, QStringLiteral("0/Plan/Settings")), Type::Object);
        QCOMPARE(childCount(tree, entryAt(tree, QStringLiteral("0/Plan/Settings"))), 0);
        QCOMPARE(typeAt(tree, QStringLiteral("0/Plan/Empty Object")), Type::String);
    }

    void dummyGroup()
    {
        StructuredTree tree;
        PlanParseError error;
        QVERIFY2(XmlPlanParser::parse("<explain><Utility-Statement /></explain>", tree, &error),
                 qPrintable(error.toString()));
        QCOMPARE(typeAt(tree, QStringLiteral("0")), Type::String);
        QCOMPARE(textAt(tree, QStringLiteral("0")), QStringLiteral("Utility Statement"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("xml");

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray("  \n ");
        QTest::newRow("text plan") << QByteArray("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)");
        QTest::newRow("json") << fixture(QStringLiteral("router_user1.analyze.json"));
        QTest::newRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n<plan><Query/></plan>");
        QTest::newRow("mismatched tag") << QByteArray("<explain>\n  <Query>\n  </Plan>\n</explain>");
        QTest::newRow("two roots") << QByteArray("<explain></explain>\n<explain></explain>");
        QTest::newRow("mixed text") << QByteArray("<explain>\n  <Query>\n    text <Plan/>\n  </Query>\n</explain>");
        QTest::newRow("text after child") << QByteArray("<explain><Query><Plan/>text</Query></explain>");
        QTest::newRow("undeclared entity") << QByteArray("<explain><Query>&nope;</Query></explain>");
        for (const char *name : {"router_user1.analyze.xml", "router_user2.analyze.xml"}) {
            const QByteArray whole = fixture(QString::fromLatin1(name));
            QTest::addRow("%s truncated", name) << whole.left(whole.size() / 2);
            QTest::addRow("%s last byte cut", name) << whole.left(whole.trimmed().size() - 1);
        }
    }

    void errors()
    {
        QFETCH(QByteArray, xml);

        StructuredTree tree;
        PlanParseError error;
        QVERIFY(!XmlPlanParser::parse(xml, tree, &error));
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.line > 0, qPrintable(error.toString()));
        QVERIFY2(error.column > 0, qPrintable(error.toString()));
        QVERIFY(!XmlPlanParser::parse(xml, tree, nullptr));
    }

    void errorPosition()
    {
        StructuredTree tree;
        PlanParseError error;
        QVERIFY(!XmlPlanParser::parse("<explain>\n  <Query>\n  </Plan>\n</explain>", tree, &error));
        QCOMPARE(error.line, 3);
        QVERIFY2(error.message.startsWith(QLatin1String("invalid XML: ")), qPrintable(error.message));
    }

    void deepNesting()
    {
        constexpr int depth = 100000;
        QByteArray xml = "<explain>";
        xml.reserve(depth * 8 + 32);
        for (int i = 0; i < depth; ++i)
            xml += "<a>";
        const QByteArray unclosed = xml;
        xml += "leaf";
        for (int i = 0; i < depth; ++i)
            xml += "</a>";
        xml += "</explain>";

        StructuredTree tree;
        PlanParseError error;
        QVERIFY2(XmlPlanParser::parse(xml, tree, &error), qPrintable(error.toString()));
        int entry = childAt(tree, tree.root(), 0);
        int levels = 0;
        while (tree.at(entry).type == Type::Object) {
            entry = tree.at(entry).firstChild;
            ++levels;
        }
        QCOMPARE(levels, depth - 1);
        QCOMPARE(StructuredTree::toQString(tree.at(entry).text), QStringLiteral("leaf"));

        StructuredTree partial;
        QVERIFY(!XmlPlanParser::parse(unclosed, partial, &error));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.line > 0);
    }

    // The same plan in XML and JSON must build the same nodes.
    void sameAsJson_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("router_user1") << QStringLiteral("router_user1.analyze");
        QTest::newRow("router_user2") << QStringLiteral("router_user2.analyze");
    }

    void sameAsJson()
    {
        QFETCH(QString, name);

        StructuredTree xmlTree;
        StructuredTree jsonTree;
        PlanParseError error;
        QVERIFY2(XmlPlanParser::parse(fixture(name + QStringLiteral(".xml")), xmlTree, &error),
                 qPrintable(error.toString()));
        QVERIFY2(JsonPlanParser::parse(fixture(name + QStringLiteral(".json")), jsonTree, &error),
                 qPrintable(error.toString()));
        const auto fromXmlPlans = StructuredPlanBuilder::build(xmlTree, PlanFormat::Xml, &error);
        QVERIFY2(fromXmlPlans, qPrintable(error.toString()));
        QCOMPARE(fromXmlPlans->size(), size_t(1));
        const Plan *fromXml = &fromXmlPlans->front();
        const auto fromJsonPlans = StructuredPlanBuilder::build(jsonTree, PlanFormat::Json, &error);
        QVERIFY2(fromJsonPlans, qPrintable(error.toString()));
        QCOMPARE(fromJsonPlans->size(), size_t(1));
        const Plan *fromJson = &fromJsonPlans->front();

        QCOMPARE(fromXml->nodes.size(), fromJson->nodes.size());
        QVERIFY(fromXml->nodes.size() >= 4); // Custom Scan, Job, Task, Index Scan
        for (size_t i = 0; i < fromXml->nodes.size(); ++i) {
            const PlanNode &xmlNode = fromXml->nodes[i];
            const PlanNode &jsonNode = fromJson->nodes[i];
            QCOMPARE(xmlNode.kind, jsonNode.kind);
            QCOMPARE(xmlNode.nodeType, jsonNode.nodeType);
            QCOMPARE(xmlNode.parent, jsonNode.parent);
            QCOMPARE(xmlNode.actualRows, jsonNode.actualRows);
            QCOMPARE(xmlNode.citus.worker, jsonNode.citus.worker);
        }
        QCOMPARE(fromXml->analyzed, fromJson->analyzed);
        QVERIFY(fromXml->executionTimeMs.has_value());
    }
};

QTEST_GUILESS_MAIN(XmlPlanParserTest)
#include "tst_XmlPlanParser.moc"
