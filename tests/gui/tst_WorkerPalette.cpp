// A worker's colour comes from the worker itself: the same in every plan and every run,
// whatever was opened before and however few of the workers a plan holds; collisions are
// resolved the same way whatever the order; the other scales read the right way.

#include "CitusNaming.h"
#include "ColorScale.h"
#include "WorkerPalette.h"

#include <QSet>
#include <QTest>

using namespace shardscope;

namespace {

NodeAddress worker(const char *text)
{
    return NodeAddress::parse(QString::fromLatin1(text)).value();
}

// Two workers whose own slots are the same, found by search rather than written down, so
// that the test holds for any hash.
std::pair<NodeAddress, NodeAddress> collidingWorkers()
{
    const NodeAddress first{QStringLiteral("alpha.example"), 5432};
    for (int i = 0;; ++i) {
        const NodeAddress other{QStringLiteral("host-%1.example").arg(i), 5432};
        if (WorkerPalette::ownSlot(other) == WorkerPalette::ownSlot(first))
            return {first, other};
    }
}

} // namespace

class TestWorkerPalette : public QObject
{
    Q_OBJECT

private slots:
    void sameColourWhateverWasOpenedBefore();
    void resolvedColoursStay();
    void collisionsResolvedWhateverTheOrder();
    void clusterResolvesCollisionsForEveryPlan();
    void numberedWorkersDiffer_data();
    void numberedWorkersDiffer();
    void manyWorkersGetDistinctColours();
    void coordinatorIsNeutral();
    void oneColourWhateverTheForm_data();
    void oneColourWhateverTheForm();
    void heatDarkensWithTime();
    void misestimateDiverges();
    void textOnBackground();
};

// The router plans of users 1 and 2 hold one worker each: opened in either order, in two
// sessions, each worker has the colour it has in the plan of every task, and they differ.
void TestWorkerPalette::sameColourWhateverWasOpenedBefore()
{
    const NodeAddress w9701 = worker("127.0.0.1:9701");
    const NodeAddress w9702 = worker("127.0.0.1:9702");
    const WorkerPalette session;
    const WorkerPalette allTasks = session.including({w9702, w9701});

    const QColor user1First = session.including({w9702}).color(w9702);
    const QColor user2Then = session.including({w9701}).color(w9701);
    const WorkerPalette otherSession;
    const QColor user2First = otherSession.including({w9701}).color(w9701);
    const QColor user1Then = otherSession.including({w9702}).color(w9702);

    QCOMPARE(user1First, user1Then);
    QCOMPARE(user2First, user2Then);
    QCOMPARE(user1First, allTasks.color(w9702));
    QCOMPARE(user2First, allTasks.color(w9701));
    QVERIFY(user1First != user2First);
    // Without a plan at all, as a cluster table shows it.
    QCOMPARE(WorkerPalette().color(w9702), user1First);
}

void TestWorkerPalette::resolvedColoursStay()
{
    const auto [first, second] = collidingWorkers();
    const WorkerPalette palette = WorkerPalette().including({second});
    // Seen later beside a worker that sorts before it and wants the same slot: it keeps its colour.
    const WorkerPalette later = palette.including({first, second});
    QCOMPARE(later.color(second), palette.color(second));
    QVERIFY(later.color(first) != later.color(second));
    QVERIFY(later.contains(first) && later.contains(second));
    QVERIFY(!WorkerPalette().contains(first));
}

void TestWorkerPalette::collisionsResolvedWhateverTheOrder()
{
    const auto [first, second] = collidingWorkers();
    QVERIFY(first < second);
    const WorkerPalette forward = WorkerPalette().including({first, second});
    const WorkerPalette backward = WorkerPalette().including({second, first});
    QCOMPARE(forward, backward);
    QVERIFY(forward.color(first) != forward.color(second));
    // The first in address order keeps its own colour.
    QCOMPARE(forward.color(first), WorkerPalette().color(first));
}

// Known, the cluster is resolved at once in node id order: a plan holding only the worker
// that gave way still shows the colour it has beside the other.
void TestWorkerPalette::clusterResolvesCollisionsForEveryPlan()
{
    const auto [first, second] = collidingWorkers();
    const WorkerPalette cluster({second, first}); // second has the lower node id
    QCOMPARE(cluster.clusterWorkers(), (QList<NodeAddress>{second, first}));
    QCOMPARE(cluster.color(second), WorkerPalette().color(second));
    const QColor gaveWay = cluster.color(first);
    QVERIFY(gaveWay != cluster.color(second));
    QCOMPARE(cluster.including({first}).color(first), gaveWay);
    QCOMPARE(cluster.including({second, first}).color(first), gaveWay);
    QCOMPARE(WorkerPalette({second, first}), cluster);
}

void TestWorkerPalette::numberedWorkersDiffer_data()
{
    QTest::addColumn<QList<NodeAddress>>("workers");
    QList<NodeAddress> ports;
    QList<NodeAddress> docker;
    QList<NodeAddress> addresses;
    for (int i = 1; i <= WorkerPalette::baseCount; ++i) {
        ports << NodeAddress{QStringLiteral("127.0.0.1"), 9700 + i};
        addresses << NodeAddress{QStringLiteral("10.0.0.%1").arg(i), 5432};
    }
    for (int i = 1; i <= 8; ++i)
        docker << NodeAddress{QStringLiteral("worker%1").arg(i), 5432};
    QTest::newRow("local ports") << ports;
    QTest::newRow("Docker workers") << docker;
    QTest::newRow("addresses") << addresses;
}

// Without the cluster known and each in a plan of its own, so without any collision resolved.
void TestWorkerPalette::numberedWorkersDiffer()
{
    QFETCH(QList<NodeAddress>, workers);
    QSet<int> owned;
    for (const NodeAddress &worker : workers)
        owned.insert(WorkerPalette::ownSlot(worker));
    QCOMPARE(owned.size(), workers.size());
}

void TestWorkerPalette::manyWorkersGetDistinctColours()
{
    QList<NodeAddress> workers;
    for (int port = 9701; port < 9701 + 40; ++port)
        workers << NodeAddress{QStringLiteral("127.0.0.1"), port};
    const WorkerPalette palette = WorkerPalette().including(workers);
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
    QCOMPARE(WorkerPalette().color(NodeAddress{}), grey);
    QCOMPARE(WorkerPalette({worker("127.0.0.1:9701")}).including({NodeAddress{}}).color(NodeAddress{}), grey);
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

    // The cluster as pg_dist_node lists it: every form of the address finds its worker.
    const NodeAddress other{nodename, nodeport + 1};
    const WorkerPalette palette({other, fromMetadata});
    QVERIFY(palette.contains(*fromUser) && palette.contains(fromExplain->worker));
    const QColor colour = palette.color(fromMetadata);
    QCOMPARE(palette.color(*fromUser), colour);
    QCOMPARE(palette.color(fromExplain->worker), colour);
    QCOMPARE(palette.color(*fromConcatenation), colour);
    QVERIFY(palette.color(other) != colour);
    // No form took a colour of its own: the cluster has two workers.
    QCOMPARE(palette.including({*fromUser, fromExplain->worker, *fromConcatenation}), palette);
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
