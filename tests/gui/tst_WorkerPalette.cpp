// Worker colours stay put for the session; the other scales read the right way.

#include "ColorScale.h"
#include "WorkerPalette.h"

#include <QTest>

using namespace shardscope;

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
    void hostPortOrder_data();
    void hostPortOrder();
    void heatDarkensWithTime();
    void misestimateDiverges();
    void textOnBackground();
};

void TestWorkerPalette::firstSeenInHostPortOrder()
{
    WorkerPalette palette;
    palette.see({QStringLiteral("127.0.0.1:9702"), QStringLiteral("127.0.0.1:9701")});
    WorkerPalette reversed;
    reversed.see({QStringLiteral("127.0.0.1:9701"), QStringLiteral("127.0.0.1:9702")});
    QCOMPARE(palette.color(QStringLiteral("127.0.0.1:9701")), reversed.color(QStringLiteral("127.0.0.1:9701")));
    QCOMPARE(palette.color(QStringLiteral("127.0.0.1:9702")), reversed.color(QStringLiteral("127.0.0.1:9702")));
    QVERIFY(palette.color(QStringLiteral("127.0.0.1:9701")) != palette.color(QStringLiteral("127.0.0.1:9702")));
}

void TestWorkerPalette::coloursAreStable()
{
    WorkerPalette palette;
    const QColor second = palette.color(QStringLiteral("127.0.0.1:9702"));
    // Seen later next to a worker that sorts before it: it keeps its colour.
    palette.see({QStringLiteral("127.0.0.1:9701"), QStringLiteral("127.0.0.1:9702")});
    QCOMPARE(palette.color(QStringLiteral("127.0.0.1:9702")), second);
    palette.assign(QStringLiteral("127.0.0.1:9702"), 99);
    palette.see({QStringLiteral("127.0.0.1:9702")});
    QCOMPARE(palette.color(QStringLiteral("127.0.0.1:9702")), second);
    QVERIFY(palette.hasColor(QStringLiteral("127.0.0.1:9701")));
    QVERIFY(!palette.hasColor(QStringLiteral("127.0.0.1:9703")));
}

void TestWorkerPalette::nodeIdOrderWhenKnown()
{
    WorkerPalette byHost;
    byHost.see({QStringLiteral("10.0.0.1:5432"), QStringLiteral("10.0.0.2:5432")});
    WorkerPalette byId;
    byId.assign(QStringLiteral("10.0.0.1:5432"), 3);
    byId.assign(QStringLiteral("10.0.0.2:5432"), 2);
    byId.see({QStringLiteral("10.0.0.1:5432"), QStringLiteral("10.0.0.2:5432")});
    QCOMPARE(byId.color(QStringLiteral("10.0.0.2:5432")), byHost.color(QStringLiteral("10.0.0.1:5432")));
    QCOMPARE(byId.color(QStringLiteral("10.0.0.1:5432")), byHost.color(QStringLiteral("10.0.0.2:5432")));
}

void TestWorkerPalette::manyWorkersGetDistinctColours()
{
    WorkerPalette palette;
    QStringList workers;
    for (int port = 9701; port < 9701 + 40; ++port)
        workers << QStringLiteral("127.0.0.1:%1").arg(port);
    palette.see(workers);
    QSet<QRgb> colours;
    for (const QString &worker : workers) {
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
    QCOMPARE(palette.color(QString()), grey);
}

void TestWorkerPalette::sessionPaletteIsShared()
{
    const QColor colour = WorkerPalette::session().color(QStringLiteral("192.168.1.10:5432"));
    QCOMPARE(WorkerPalette::session().color(QStringLiteral("192.168.1.10:5432")), colour);
    QCOMPARE(&WorkerPalette::session(), &WorkerPalette::session());
}

void TestWorkerPalette::hostPortOrder_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("port") << "127.0.0.1:9701" << "127.0.0.1:9702";
    QTest::newRow("port numerically") << "127.0.0.1:9702" << "127.0.0.1:10000";
    QTest::newRow("host first") << "a.example:9999" << "b.example:1";
}

void TestWorkerPalette::hostPortOrder()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(WorkerPalette::hostPortLess(first, second));
    QVERIFY(!WorkerPalette::hostPortLess(second, first));
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
