// The shard map drawn offscreen without a server: each shard a segment as wide as its share
// of the int32 hash space, in order of range, in its worker's colour; the segment under the
// pointer is the one its tooltip names; a reference table is one shard drawn once per node;
// and the panel says what kind of table it shows (colocated, reference).

#include "ShardMapBar.h"
#include "ShardMapPanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace shardscope;

namespace {

const NodeAddress w1{QStringLiteral("10.0.0.1"), 5432};
const NodeAddress w2{QStringLiteral("10.0.0.2"), 5432};
const NodeAddress w3{QStringLiteral("10.0.0.3"), 5432};

// Four quarters of the hash space, on two workers.
ShardMapTable quarters(const QString &name, qint64 firstId)
{
    ShardMapTable table{name, QStringLiteral("distributed"), QStringLiteral("user_id"), QStringLiteral("integer"), 3, {}};
    const qint32 starts[] = {std::numeric_limits<qint32>::min(), -1073741824, 0, 1073741824};
    const qint32 ends[] = {-1073741825, -1, 1073741823, std::numeric_limits<qint32>::max()};
    for (int i = 0; i < 4; ++i)
        table.shards << ShardSegment{firstId + i, starts[i], ends[i], {i % 2 ? w2 : w1}, 10 * (i + 1), {}};
    return table;
}

ShardMapTable reference()
{
    return {QStringLiteral("countries"), QStringLiteral("reference"), {}, {}, 2, {ShardSegment{500, {}, {}, {w1, w2, w3}, 3, {}}}};
}

} // namespace

class TestShardMapBar : public QObject
{
    Q_OBJECT

private slots:
    void segmentsFollowTheHashSpace();
    void highlightAndClick();
    void toolTipNamesTheSegment();
    void referenceTableOnEveryNode();
    void panelSaysWhatItShows();
};

void TestShardMapBar::segmentsFollowTheHashSpace()
{
    ShardMapBar bar;
    bar.setTable(quarters(QStringLiteral("events"), 100));
    bar.resize(816, bar.sizeHint().height());
    double previousRight = -1;
    for (qint64 id = 100; id < 104; ++id) {
        const QList<QRectF> rects = bar.segmentRects(id);
        QCOMPARE(rects.size(), 1);
        const QRectF rect = rects.first();
        // 800 pixels for 2^32 values: a quarter is 200 wide, each right after the one before.
        QVERIFY2(qAbs(rect.width() - 200) < 0.01, qPrintable(QString::number(rect.width())));
        if (previousRight >= 0)
            QVERIFY(qAbs(rect.left() - previousRight) < 0.01);
        previousRight = rect.right();
        QCOMPARE(bar.shardAt(rect.center().toPoint()), std::optional<qint64>(id));
    }
    QVERIFY(!bar.shardAt(QPoint(2, 2)));

    // Drawn in each worker's colour.
    const WorkerPalette palette(QList<NodeAddress>{w1, w2});
    bar.setPalette(palette);
    const QImage image = bar.grab().toImage();
    for (qint64 id = 100; id < 104; ++id) {
        const QRectF rect = bar.segmentRects(id).first();
        // Off the centred row count.
        const QPoint sample(int(rect.left() + 10), int(rect.top() + 5));
        QCOMPARE(image.pixelColor(sample * image.devicePixelRatio()), palette.color(id % 2 ? w2 : w1));
    }
}

void TestShardMapBar::highlightAndClick()
{
    ShardMapBar bar;
    bar.setTable(quarters(QStringLiteral("events"), 100));
    bar.resize(816, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy clicked(&bar, &ShardMapBar::shardClicked);
    QTest::mouseClick(&bar, Qt::LeftButton, {}, bar.segmentRects(102).first().center().toPoint());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toLongLong(), qint64(102));

    bar.highlight(101, -5);
    QCOMPARE(bar.highlightedShard(), std::optional<qint64>(101));
    // A new table drops the highlight of the one before.
    bar.setTable(quarters(QStringLiteral("users"), 200));
    QVERIFY(!bar.highlightedShard());
}

void TestShardMapBar::toolTipNamesTheSegment()
{
    ShardMapBar bar;
    const ShardMapTable table = quarters(QStringLiteral("events"), 100);
    const QString tip = bar.toolTipFor(table.shards.at(2), w1);
    QVERIFY2(tip.contains(QStringLiteral("Shard 102")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("0 … 1073741823")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("10.0.0.1:5432")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("30 row")), qPrintable(tip));
}

void TestShardMapBar::referenceTableOnEveryNode()
{
    ShardMapBar bar;
    bar.setTable(reference());
    bar.resize(616, bar.sizeHint().height());
    const QList<QRectF> copies = bar.segmentRects(500);
    QCOMPARE(copies.size(), 3);
    for (const QRectF &copy : copies)
        QVERIFY2(qAbs(copy.width() - 200) < 0.01, qPrintable(QString::number(copy.width())));
    const WorkerPalette palette(QList<NodeAddress>{w1, w2, w3});
    bar.setPalette(palette);
    const QImage image = bar.grab().toImage();
    const QList<NodeAddress> nodes{w1, w2, w3};
    for (int i = 0; i < 3; ++i) {
        const QPoint sample(int(copies.at(i).left() + 6), int(copies.at(i).top() + 4));
        QCOMPARE(image.pixelColor(sample * image.devicePixelRatio()), palette.color(nodes.at(i)));
    }
}

void TestShardMapBar::panelSaysWhatItShows()
{
    ShardMapPanel panel;
    ShardMap map;
    map.tables << reference() << quarters(QStringLiteral("events"), 100) << quarters(QStringLiteral("users"), 200);
    QSignalSpy shown(&panel, &ShardMapPanel::mapShown);
    panel.showMap(map);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(panel.tableBox()->count(), 3);

    panel.setCurrentTable(QStringLiteral("events"));
    QCOMPARE(panel.bar()->table().name, QStringLiteral("events"));
    QVERIFY2(panel.tableNote().contains(QStringLiteral("Colocated with users")), qPrintable(panel.tableNote()));
    QVERIFY2(panel.statusText().contains(QStringLiteral("4 shard")), qPrintable(panel.statusText()));
    QVERIFY2(panel.statusText().contains(QStringLiteral("100 row")), qPrintable(panel.statusText()));
    QVERIFY(panel.valueField()->isEnabled());

    panel.setCurrentTable(QStringLiteral("countries"));
    QVERIFY2(panel.tableNote().contains(QStringLiteral("reference table")), qPrintable(panel.tableNote()));
    // Every value goes to the one shard: nothing to type.
    QVERIFY(!panel.valueField()->isEnabled());

    // A shard of another table, picked elsewhere (a plan's task): its table, outlined.
    panel.showShard(202);
    QCOMPARE(panel.currentTable(), QStringLiteral("users"));
    QCOMPARE(panel.bar()->highlightedShard(), std::optional<qint64>(202));
}

QTEST_MAIN(TestShardMapBar)
#include "tst_ShardMapBar.moc"
