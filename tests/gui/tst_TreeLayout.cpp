// The tidy tree layout: shape, no overlaps, frames, rows of children, depth.

#include "TreeLayout.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using shardscope::TreeLayout;

namespace {

constexpr TreeLayout::Spacing spacing{20, 30};

// Pairs of rectangles that overlap, found by sweeping them sorted by their left side.
int overlaps(std::vector<QRectF> rects)
{
    std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    int found = 0;
    for (size_t i = 0; i < rects.size(); ++i) {
        for (size_t j = i + 1; j < rects.size() && rects[j].left() < rects[i].right(); ++j) {
            if (rects[i].intersects(rects[j]))
                ++found;
        }
    }
    return found;
}

// A random tree: sizes from a small card to a wide one, up to `fanOut` children; with
// `blocks`, some nodes framed (some with a wide title) and some wide fan-outs wrapped.
TreeLayout randomTree(quint32 seed, int count, int fanOut, bool blocks, std::vector<int> *parents)
{
    QRandomGenerator random(seed);
    TreeLayout layout(spacing);
    parents->clear();
    std::vector<int> children(size_t(count), 0);
    for (int i = 0; i < count; ++i) {
        const int parent = i == 0 ? -1 : int(random.bounded(std::max(0, i - fanOut), i));
        parents->push_back(parent);
        if (parent >= 0)
            ++children[size_t(parent)];
        layout.addNode(QSizeF(40 + random.bounded(200), 20 + random.bounded(90)), parent);
        if (blocks && i > 0 && random.bounded(8) == 0)
            layout.setFramed(i, QMarginsF(8, 24, 8, 8), random.bounded(2) ? 0 : 500);
    }
    for (int i = 0; blocks && i < count; ++i) {
        if (children[size_t(i)] >= 3 && random.bounded(2) == 0)
            layout.setWrapped(i, 0.2 + random.bounded(3.0), QMarginsF(6, 20, 6, 6));
    }
    layout.run();
    return layout;
}

bool isInside(int node, int ancestor, const std::vector<int> &parents)
{
    for (int at = node; at >= 0; at = parents[size_t(at)]) {
        if (at == ancestor)
            return true;
    }
    return false;
}

// Rows of the blocks of each child, in order, left to right.
std::vector<std::vector<int>> rowsOf(const TreeLayout &layout, const std::vector<int> &children)
{
    std::vector<std::vector<int>> rows;
    for (int child : children) {
        if (rows.empty() || layout.rect(child).top() > layout.rect(rows.back().back()).bottom())
            rows.emplace_back();
        rows.back().push_back(child);
    }
    return rows;
}

} // namespace

class TestTreeLayout : public QObject
{
    Q_OBJECT

private slots:
    void singleNode();
    void parentCentredOverChildren();
    void childrenBelowParent();
    void narrowSubtreesTuckUnderWideNeighbours();
    void noOverlaps_data();
    void noOverlaps();
    void framesHoldTheirSubtreeAndNothingElse_data();
    void framesHoldTheirSubtreeAndNothingElse();
    void nestedFrames();
    void frameAtLeastItsTitleWide();
    void wrappedChildrenFormRows_data();
    void wrappedChildrenFormRows();
    void hundredThousandDeepChain();
    void tenThousandNodes();
};

void TestTreeLayout::singleNode()
{
    TreeLayout layout(spacing);
    layout.addNode(QSizeF(100, 50), -1);
    layout.run();
    QCOMPARE(layout.rect(0), QRectF(0, 0, 100, 50));
    QCOMPARE(layout.boundingRect(), QRectF(0, 0, 100, 50));
}

void TestTreeLayout::parentCentredOverChildren()
{
    TreeLayout layout(spacing);
    layout.addNode(QSizeF(60, 40), -1);
    layout.addNode(QSizeF(100, 40), 0);
    layout.addNode(QSizeF(50, 40), 0);
    layout.addNode(QSizeF(80, 40), 0);
    layout.run();
    const double middle = (layout.rect(1).left() + layout.rect(3).right()) / 2;
    QCOMPARE(layout.rect(0).center().x(), middle);
    // Siblings exactly the spacing apart, in order.
    QCOMPARE(layout.rect(2).left() - layout.rect(1).right(), spacing.horizontal);
    QCOMPARE(layout.rect(3).left() - layout.rect(2).right(), spacing.horizontal);
    QCOMPARE(layout.boundingRect().width(), 100 + 50 + 80 + 2 * spacing.horizontal);
}

void TestTreeLayout::childrenBelowParent()
{
    TreeLayout layout(spacing);
    layout.addNode(QSizeF(60, 70), -1);
    layout.addNode(QSizeF(60, 20), 0);
    layout.addNode(QSizeF(60, 50), 0);
    layout.addNode(QSizeF(60, 40), 1);
    layout.run();
    // Non-layered: each child starts right under its own parent, whatever its cousins' height.
    QCOMPARE(layout.rect(1).top(), 70 + spacing.vertical);
    QCOMPARE(layout.rect(2).top(), 70 + spacing.vertical);
    QCOMPARE(layout.rect(3).top(), layout.rect(1).bottom() + spacing.vertical);
}

void TestTreeLayout::narrowSubtreesTuckUnderWideNeighbours()
{
    // A wide short node next to a tall narrow subtree: the deep node of the right subtree
    // may go under the wide node once it is below it (the point of a non-layered layout).
    TreeLayout layout(spacing);
    layout.addNode(QSizeF(50, 30), -1);
    layout.addNode(QSizeF(300, 20), 0); // wide, short leaf
    layout.addNode(QSizeF(50, 200), 0); // tall
    layout.addNode(QSizeF(400, 30), 2); // wide, below the tall one
    layout.run();
    QVERIFY(layout.rect(3).left() < layout.rect(1).right());
    QVERIFY(!layout.rect(3).intersects(layout.rect(1)));
}

void TestTreeLayout::noOverlaps_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("fanOut");
    for (quint32 seed = 1; seed <= 12; ++seed) {
        const int count = int(50 + seed * 150);
        const int fanOut = int(seed % 4 == 0 ? 2 : seed * 3);
        QTest::addRow("seed %u, %d nodes", seed, count) << seed << count << fanOut;
    }
}

void TestTreeLayout::noOverlaps()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    QFETCH(int, fanOut);
    std::vector<int> parents;
    const TreeLayout layout = randomTree(seed, count, fanOut, false, &parents);
    std::vector<QRectF> rects;
    for (int i = 0; i < count; ++i) {
        rects.push_back(layout.rect(i));
        QVERIFY(layout.boundingRect().contains(layout.rect(i)));
        if (parents[size_t(i)] >= 0)
            QCOMPARE(layout.rect(i).top(), layout.rect(parents[size_t(i)]).bottom() + spacing.vertical);
    }
    QCOMPARE(overlaps(rects), 0);
}

void TestTreeLayout::framesHoldTheirSubtreeAndNothingElse_data()
{
    noOverlaps_data();
}

void TestTreeLayout::framesHoldTheirSubtreeAndNothingElse()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    QFETCH(int, fanOut);
    std::vector<int> parents;
    const TreeLayout layout = randomTree(seed, count, fanOut, true, &parents);
    std::vector<int> framed;
    std::vector<QRectF> rects;
    for (int i = 0; i < count; ++i) {
        rects.push_back(layout.rect(i));
        if (!layout.frame(i).isNull())
            framed.push_back(i);
    }
    QCOMPARE(overlaps(rects), 0);
    QVERIFY(!framed.empty());
    for (int frame : framed) {
        const QRectF box = layout.frame(frame);
        QVERIFY(layout.boundingRect().contains(box));
        for (int i = 0; i < count; ++i) {
            if (isInside(i, frame, parents))
                QVERIFY2(box.contains(layout.rect(i)), qPrintable(QStringLiteral("node %1 outside frame %2").arg(i).arg(frame)));
            else
                QVERIFY2(!box.intersects(layout.rect(i)), qPrintable(QStringLiteral("node %1 inside frame %2").arg(i).arg(frame)));
        }
    }
    // Frames are nested or apart, never crossing.
    for (int a : framed) {
        for (int b : framed) {
            if (a < b && !isInside(b, a, parents))
                QVERIFY(!layout.frame(a).intersects(layout.frame(b)));
        }
    }
    // A wrapped node's box holds all below it and nothing else.
    int wrapped = 0;
    for (int node = 0; node < count; ++node) {
        const QRectF box = layout.wrapBox(node);
        if (box.isNull())
            continue;
        ++wrapped;
        QVERIFY(layout.rect(node).bottom() < box.top());
        for (int i = 0; i < count; ++i) {
            if (i != node && isInside(i, node, parents))
                QVERIFY(box.contains(layout.rect(i)));
            else
                QVERIFY(!box.intersects(layout.rect(i)));
        }
    }
    if (fanOut > 2)
        QVERIFY(wrapped > 0);
}

void TestTreeLayout::nestedFrames()
{
    TreeLayout layout(spacing);
    layout.addNode(QSizeF(80, 30), -1);
    layout.addNode(QSizeF(80, 30), 0);
    layout.addNode(QSizeF(80, 30), 1);
    layout.addNode(QSizeF(80, 30), 2);
    layout.addNode(QSizeF(80, 30), 0);
    const QMarginsF margins(10, 25, 10, 10);
    layout.setFramed(1, margins);
    layout.setFramed(2, margins);
    layout.run();
    QVERIFY(layout.frame(1).contains(layout.frame(2)));
    QVERIFY(layout.frame(2).contains(layout.rect(3)));
    QCOMPARE(layout.rect(1).top() - layout.frame(1).top(), margins.top());
    QCOMPARE(layout.frame(2).top(), layout.rect(1).bottom() + spacing.vertical);
    QVERIFY(!layout.frame(1).intersects(layout.rect(4)));
}

void TestTreeLayout::frameAtLeastItsTitleWide()
{
    TreeLayout layout(spacing);
    layout.addNode(QSizeF(80, 30), -1);
    layout.addNode(QSizeF(60, 30), 0);
    layout.addNode(QSizeF(60, 30), 1);
    layout.setFramed(1, QMarginsF(10, 25, 10, 10), 300);
    layout.run();
    QCOMPARE(layout.frame(1).width(), 300.0);
    // The content stays centred in the wider frame.
    QCOMPARE(layout.rect(1).center().x(), layout.frame(1).center().x());
    QCOMPARE(layout.rect(2).center().x(), layout.frame(1).center().x());
    QCOMPARE(layout.rect(0).center().x(), layout.frame(1).center().x());
}

void TestTreeLayout::wrappedChildrenFormRows_data()
{
    QTest::addColumn<double>("aspect");
    QTest::addColumn<int>("rows");
    QTest::newRow("3:2") << 1.5 << 4;
    QTest::newRow("very wide: one row") << 100.0 << 1;
    QTest::newRow("very tall: one column") << 0.001 << 10;
}

void TestTreeLayout::wrappedChildrenFormRows()
{
    QFETCH(double, aspect);
    QFETCH(int, rows);
    TreeLayout layout(spacing);
    layout.addNode(QSizeF(100, 40), -1);
    std::vector<int> children;
    for (int i = 0; i < 10; ++i) {
        children.push_back(layout.addNode(QSizeF(50 + 10 * i, 30), 0));
        if (i == 4)
            layout.addNode(QSizeF(200, 30), children.back()); // a subtree wider than its root
    }
    const QMarginsF margins(8, 22, 8, 8);
    layout.setWrapped(0, aspect, margins);
    layout.run();
    const QRectF box = layout.wrapBox(0);
    QCOMPARE(box.top(), layout.rect(0).bottom() + spacing.vertical);
    QCOMPARE(box.center().x(), layout.rect(0).center().x());
    QCOMPARE(layout.boundingRect(), box.united(layout.rect(0)));
    QVERIFY(layout.frame(0).isNull());

    const auto found = rowsOf(layout, children);
    QCOMPARE(int(found.size()), rows);
    for (size_t r = 0; r < found.size(); ++r) {
        // Rows evened out: none shorter than the last, none longer than the first.
        QVERIFY(found[r].size() <= found.front().size() && found[r].size() >= found.back().size());
        QVERIFY(found.front().size() - found.back().size() <= 1 || found.size() == 1);
        for (int child : found[r]) {
            QVERIFY(box.contains(layout.rect(child)));
            if (r > 0) {
                for (int above : found[r - 1])
                    QVERIFY(layout.rect(child).top() > layout.rect(above).bottom());
            }
        }
    }
    // Child 5 has a wider child below: it sits centred over it in its block.
    QCOMPARE(layout.rect(6).top(), layout.rect(5).bottom() + spacing.vertical);
    QCOMPARE(layout.rect(5).center().x(), layout.rect(6).center().x());
    if (rows == 4)
        QVERIFY(box.width() / box.height() > 1 && box.width() / box.height() < 3);
    std::vector<QRectF> rects;
    for (int i = 0; i < layout.nodeCount(); ++i)
        rects.push_back(layout.rect(i));
    QCOMPARE(overlaps(rects), 0);
}

void TestTreeLayout::hundredThousandDeepChain()
{
    constexpr int depth = 100000;
    TreeLayout layout(spacing);
    for (int i = 0; i < depth; ++i)
        layout.addNode(QSizeF(i % 2 ? 120 : 80, 40), i - 1);
    layout.setFramed(depth / 2, QMarginsF(5, 5, 5, 5));
    layout.run();
    QCOMPARE(layout.rect(0).top(), 0.0);
    for (int i = 1; i < depth; ++i) {
        QCOMPARE(layout.rect(i).center().x(), layout.rect(0).center().x());
        QVERIFY(layout.rect(i).top() > layout.rect(i - 1).bottom());
    }
    QVERIFY(layout.frame(depth / 2).contains(layout.rect(depth - 1)));
}

void TestTreeLayout::tenThousandNodes()
{
    // The shape of the 10,000-node PostgreSQL fixture: Aggregate -> Append -> 2,500 x
    // (Hash Join -> Seq Scan, Hash -> Seq Scan).
    TreeLayout layout(spacing);
    layout.addNode(QSizeF(160, 80), -1);
    layout.addNode(QSizeF(160, 80), 0);
    for (int i = 0; i < 2500; ++i) {
        const int join = layout.addNode(QSizeF(170, 95), 1);
        layout.addNode(QSizeF(150, 80), join);
        const int hash = layout.addNode(QSizeF(150, 80), join);
        layout.addNode(QSizeF(150, 80), hash);
    }
    layout.run();
    std::vector<QRectF> rects;
    for (int i = 0; i < layout.nodeCount(); ++i)
        rects.push_back(layout.rect(i));
    QCOMPARE(overlaps(rects), 0);
}

QTEST_APPLESS_MAIN(TestTreeLayout)
#include "tst_TreeLayout.moc"
