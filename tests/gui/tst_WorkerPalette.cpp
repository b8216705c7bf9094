// Worker colours stay put for the session, one per worker whatever form its address came
// in; the other scales read the right way.

#include "CitusNaming.h"
#include "ColorScale.h"
#include "WorkerPalette.h"

#include <QTest>

using namespace shardscope;

namespace {

NodeAddress worker(const char *text)
{
    return NodeAddress::parse(QString::fromLatin1(text)).value();
}

} // namespace

class TestWorkerPalette : public QObject
{
    Q_OBJECT

private slots:
    void firstSeenInHostPortOrder();
    void coloursAreStable();
    void nodeIdOrderWhenKnown();
    void manyWorkersGetDistinctColours();
    void coordinatorIsNeutral();
    void sessionPaletteIsShared();
    void oneColourWhateverTheForm_data();
    void oneColourWhateverTheForm();
    void heatDarkensWithTime();
    void misestimateDiverges();
    void textOnBackground();
};

void TestWorkerPalette::firstSeenInHostPortOrder()
{
    WorkerPalette palette;
    palette.see({worker("127.0.0.1:9702"), worker("127.0.0.1:9701")});
    WorkerPalette reversed;
    reversed.see({worker("127.0.0.1:9701"), worker("127.0.0.1:9702")});
    QCOMPARE(palette.color(worker("127.0.0.1:9701")), reversed.color(worker("127.0.0.1:9701")));
    QCOMPARE(palette.color(worker("127.0.0.1:9702")), reversed.color(worker("127.0.0.1:9702")));
    QVERIFY(palette.color(worker("127.0.0.1:9701")) != palette.color(worker("127.0.0.1:9702")));
}

void TestWorkerPalette::coloursAreStable()
{
    WorkerPalette palette;
    const QColor second = palette.color(worker("127.0.0.1:9702"));
    // Seen later next to a worker that sorts before it: it keeps its colour.
    palette.see({worker("127.0.0.1:9701"), worker("127.0.0.1:9702")});
    QCOMPARE(palette.color(worker("127.0.0.1:9702")), second);
    palette.assign(worker("127.0.0.1:9702"), 99);
    palette.see({worker("127.0.0.1:9702")});
    QCOMPARE(palette.color(worker("127.0.0.1:9702")), second);
    QVERIFY(palette.hasColor(worker("127.0.0.1:9701")));
    QVERIFY(!palette.hasColor(worker("127.0.0.1:9703")));
}

void TestWorkerPalette::nodeIdOrderWhenKnown()
{
    WorkerPalette byHost;
    byHost.see({worker("10.0.0.1:5432"), worker("10.0.0.2:5432")});
    WorkerPalette byId;
    byId.assign(worker("10.0.0.1:5432"), 3);
    byId.assign(worker("10.0.0.2:5432"), 2);
    byId.see({worker("10.0.0.1:5432"), worker("10.0.0.2:5432")});
    QCOMPARE(byId.color(worker("10.0.0.2:5432")), byHost.color(worker("10.0.0.1:5432")));
    QCOMPARE(byId.color(worker("10.0.0.1:5432")), byHost.color(worker("10.0.0.2:5432")));
}

void TestWorkerPalette::manyWorkersGetDistinctColours()
{
    WorkerPalette palette;
    QList<NodeAddress> workers;
    for (int port = 9701; port < 9701 + 40; ++port)
        workers << NodeAddress{QStringLiteral("127.0.0.1"), port};
    palette.see(workers);
    QSet<QRgb> colours;
    for (const NodeAddress &worker : workers) {
        const QColor colour = palette.color(worker);
        QCOMPARE(colour.alpha(), 255);
        QVERIFY(colour != WorkerPalette::coordinator());
        colours.insert(colour.rgb());
    }
    QCOMPARE(colours.size(), workers.size());
}

void TestWorkerPalette::coordinatorIsNeutral()
{
    const QColor grey = WorkerPalette::coordinator();
    QVERIFY(qAbs(grey.red() - grey.blue()) < 24 && qAbs(grey.green() - grey.blue()) < 24);
    WorkerPalette palette;
    QCOMPARE(palette.color(NodeAddress{}), grey);
}

void TestWorkerPalette::sessionPaletteIsShared()
{
    const QColor colour = WorkerPalette::session().color(worker("192.168.1.10:5432"));
    QCOMPARE(WorkerPalette::session().color(worker("192.168.1.10:5432")), colour);
    QCOMPARE(&WorkerPalette::session(), &WorkerPalette::session());
}

void TestWorkerPalette::oneColourWhateverTheForm_data()
{
    QTest::addColumn<QString>("typed"); // as a user types it (shardscope render --workers)
    QTest::addColumn<QString>("nodename"); // pg_dist_node.nodename, with nodeport beside it
    QTest::addColumn<int>("nodeport");
    QTest::addColumn<QString>("explained"); // a task's "Node" in EXPLAIN
    QTest::addColumn<QString>("shown"); // how ShardScope writes it

    QTest::newRow("IPv6") << "[::1]:9701" << "::1" << 9701 << "host=::1 port=9701 dbname=postgres" << "[::1]:9701";
    QTest::newRow("IPv4") << "127.0.0.1:9701" << "127.0.0.1" << 9701 << "host=127.0.0.1 port=9701 dbname=postgres"
                          << "127.0.0.1:9701";
    QTest::newRow("host name") << "worker-1.example:5432" << "worker-1.example" << 5432
                               << "host=worker-1.example port=5432 dbname=tutorial" << "worker-1.example:5432";
}

// The metadata gives the worker its node id; a plan, a typed list and the coordinator's
// own "nodename:nodeport" then find that same worker, so it keeps one colour everywhere.
void TestWorkerPalette::oneColourWhateverTheForm()
{
    QFETCH(QString, typed);
    QFETCH(QString, nodename);
    QFETCH(int, nodeport);
    QFETCH(QString, explained);
    QFETCH(QString, shown);

    const NodeAddress fromMetadata{nodename, nodeport};
    const std::optional<NodeAddress> fromUser = NodeAddress::parse(typed);
    const std::optional<CitusNaming::Endpoint> fromExplain = CitusNaming::endpointFromConnInfo(explained);
    const std::optional<NodeAddress> fromConcatenation =
        NodeAddress::parse(nodename + QLatin1Char(':') + QString::number(nodeport));
    QVERIFY(fromUser && fromExplain && fromConcatenation);
    QCOMPARE(*fromUser, fromMetadata);
    QCOMPARE(fromExplain->worker, fromMetadata);
    QCOMPARE(*fromConcatenation, fromMetadata);
    QCOMPARE(fromMetadata.toString(), shown);
    QCOMPARE(fromExplain->worker.toString(), shown);

    WorkerPalette palette;
    const NodeAddress other{nodename, nodeport + 1};
    palette.assign(fromMetadata, 2);
    palette.assign(other, 1);
    palette.see({fromMetadata, other});
    const QColor colour = palette.color(fromMetadata);
    QCOMPARE(palette.color(*fromUser), colour);
    QCOMPARE(palette.color(fromExplain->worker), colour);
    QCOMPARE(palette.color(*fromConcatenation), colour);
    QVERIFY(palette.color(other) != colour);
    // No form took a colour of its own: the next worker gets the third colour, as it
    // does where only the two workers were ever seen.
    WorkerPalette fresh;
    fresh.see({fromMetadata, other});
    const NodeAddress third{nodename, nodeport + 2};
    QCOMPARE(palette.color(third), fresh.color(third));
}

void TestWorkerPalette::heatDarkensWithTime()
{
    double previous = 2;
    for (double fraction : {0.0, 0.01, 0.1, 0.3, 0.6, 1.0}) {
        const double lightness = ColorScale::heat(fraction).lightnessF();
        QVERIFY(lightness < previous);
        previous = lightness;
    }
    QCOMPARE(ColorScale::heat(5), ColorScale::heat(1));
    QCOMPARE(ColorScale::heat(-1), ColorScale::heat(0));
}

void TestWorkerPalette::misestimateDiverges()
{
    const QColor under = ColorScale::misestimate(Misestimate::Under, 1000);
    const QColor over = ColorScale::misestimate(Misestimate::Over, 1000);
    QVERIFY(under.red() > under.blue());
    QVERIFY(over.blue() > over.red());
    QVERIFY(ColorScale::misestimate(Misestimate::Under, 10).lightnessF() > under.lightnessF());
    QCOMPARE(ColorScale::misestimate(Misestimate::Under, 1), ColorScale::misestimate(Misestimate::Over, 1));
}

void TestWorkerPalette::textOnBackground()
{
    QCOMPARE(ColorScale::textOn(Qt::white).lightnessF() < 0.3, true);
    QCOMPARE(ColorScale::textOn(QColor(0x00, 0x72, 0xB2)), QColor(Qt::white));
    QVERIFY(ColorScale::textOn(QColor(0xF0, 0xE4, 0x42)) != QColor(Qt::white));
}

QTEST_APPLESS_MAIN(TestWorkerPalette)
#include "tst_WorkerPalette.moc"
