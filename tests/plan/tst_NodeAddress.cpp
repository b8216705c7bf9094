// One address per worker: read from what a user types, from pg_dist_node and from EXPLAIN
// alike, IPv6 with or without brackets; shown one way; ordered by host, then port number.

#include "Fixtures.h"
#include "NodeAddress.h"
#include "PlanAnalysis.h"
#include "PlanReader.h"

#include <QTest>

using namespace shardscope;

class TestNodeAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void malformed_data();
    void malformed();
    void order_data();
    void order();
    void explainedIpv6WorkerIsTheMetadataWorker();
};

void TestNodeAddress::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("shown");

    QTest::newRow("IPv4") << "127.0.0.1:9701" << "127.0.0.1" << 9701 << "127.0.0.1:9701";
    QTest::newRow("host name") << "worker-1.example:5432" << "worker-1.example" << 5432 << "worker-1.example:5432";
    QTest::newRow("IPv6 in brackets") << "[::1]:9701" << "::1" << 9701 << "[::1]:9701";
    QTest::newRow("IPv6, nodename:nodeport") << "::1:9701" << "::1" << 9701 << "[::1]:9701";
    QTest::newRow("full IPv6") << "[fd00:1::2]:5432" << "fd00:1::2" << 5432 << "[fd00:1::2]:5432";
    QTest::newRow("spaces around, as in a list") << " 10.0.0.2:5432 " << "10.0.0.2" << 5432 << "10.0.0.2:5432";
}

void TestNodeAddress::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, shown);
    const std::optional<NodeAddress> address = NodeAddress::parse(text);
    QVERIFY(address);
    QCOMPARE(address->host, host);
    QCOMPARE(address->port, port);
    QCOMPARE(address->toString(), shown);
    // What ShardScope shows reads back as the same worker.
    QCOMPARE(NodeAddress::parse(shown), address);
}

void TestNodeAddress::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("no port") << "worker-1";
    QTest::newRow("no host") << ":5432";
    QTest::newRow("empty port") << "worker-1:";
    QTest::newRow("port 0") << "worker-1:0";
    QTest::newRow("port too large") << "worker-1:65536";
    QTest::newRow("port not a number") << "worker-1:http";
    QTest::newRow("IPv6 in brackets, no port") << "[::1]";
    QTest::newRow("bracket not closed") << "[::1:9701";
    QTest::newRow("bracket not opened") << "::1]:9701";
}

void TestNodeAddress::malformed()
{
    QFETCH(QString, text);
    QVERIFY(!NodeAddress::parse(text));
}

void TestNodeAddress::order_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("port") << "127.0.0.1:9701" << "127.0.0.1:9702";
    QTest::newRow("port numerically") << "127.0.0.1:9702" << "127.0.0.1:10000";
    QTest::newRow("host first") << "a.example:9999" << "b.example:1";
    QTest::newRow("IPv6") << "[::1]:9702" << "::1:10000";
}

void TestNodeAddress::order()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const NodeAddress a = NodeAddress::parse(first).value();
    const NodeAddress b = NodeAddress::parse(second).value();
    QVERIFY(a < b);
    QVERIFY(!(b < a));
    QVERIFY(a != b);
}

// A task's "Node: host=::1 port=9702 dbname=postgres" is the worker pg_dist_node lists as
// nodename ::1, nodeport 9702: the analysis counts it under that address.
void TestNodeAddress::explainedIpv6WorkerIsTheMetadataWorker()
{
    QByteArray text = fixtures::read(fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.txt")));
    QVERIFY(text.contains("Node: host=127.0.0.1 port=9702 dbname=postgres"));
    text.replace("host=127.0.0.1", "host=::1");
    PlanParseError error;
    const std::optional<Plan> plan = PlanReader::read(text, &error);
    QVERIFY2(plan, qPrintable(error.toString()));
    const PlanAnalysis analysis = PlanAnalyzer::analyze(*plan);
    QCOMPARE(analysis.workers.size(), size_t(1));
    const NodeAddress fromMetadata{QStringLiteral("::1"), 9702};
    QCOMPARE(analysis.workers.front().worker, fromMetadata);
    QCOMPARE(qHash(analysis.workers.front().worker), qHash(fromMetadata));
    QCOMPARE(analysis.workers.front().worker.toString(), QStringLiteral("[::1]:9702"));
}

QTEST_APPLESS_MAIN(TestNodeAddress)
#include "tst_NodeAddress.moc"
