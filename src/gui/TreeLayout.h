#pragma once

#include <QMarginsF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace shardscope {

// Tidy drawing of a tree whose nodes have different sizes: root on top, each node
// centred over its children, siblings as close as their subtrees' contours allow,
// never overlapping. This is van der Ploeg's non-layered tidy tree algorithm
// ("Drawing non-layered tidy trees in linear time", 2014; the one behind d3-flextree),
// run without recursion: nodes are added parents first, so walking the arrays
// backwards visits children before parents and forwards the opposite, and a
// 100,000-deep chain costs no stack.
//
// Two additions turn parts of the tree into blocks, laid out on their own and then
// placed in the rest of the drawing as one rigid rectangle:
// - a framed node and everything below it, inside margins (a Citus task and its
//   remote plan, in a box no other node enters);
// - a wrapped node's children, each with its subtree, in rows under it: 32 tasks or
//   2,500 partitions side by side would make a drawing fifty times wider than tall.
class TreeLayout
{
public:
    struct Spacing {
        double horizontal = 24; // between neighbouring subtrees
        double vertical = 32; // between a node and its children
    };

    explicit TreeLayout(Spacing spacing);

    // Adds a node below parent (-1 for the root, which must come first) after the
    // parent's other children; returns its index.
    int addNode(QSizeF size, int parent);
    // The frame is at least minWidth wide (room for its title); the content is centred.
    void setFramed(int node, QMarginsF margins, double minWidth = 0);
    // Puts the node's children in rows, left to right, inside a box with the given
    // margins under the node; as many per row as make the rows about `aspectRatio`
    // times as wide as they are tall together.
    void setWrapped(int node, double aspectRatio, QMarginsF margins);
    int nodeCount() const { return int(m_nodes.size()); }

    // Computes every position in time linear in the number of nodes.
    void run();

    // Results, in one coordinate system whose top-left corner is (0, 0).
    QRectF rect(int node) const;
    // The frame of a framed node, margins included; null for other nodes.
    QRectF frame(int node) const;
    // The box around a wrapped node's children, margins included; null for other nodes.
    QRectF wrapBox(int node) const;
    QRectF boundingRect() const { return m_bounds; }

private:
    struct Node {
        double width = 0, height = 0;
        int parent = -1;
        int firstChild = -1, lastChild = -1, nextSibling = -1;
        bool framed = false;
        QMarginsF margins;
        double minWidth = 0;
        double wrapAspect = 0; // 0: not wrapped
        QMarginsF wrapMargins;
        bool block = false; // laid out on its own (decided by run())
    };

    // Working state of one node during one pass (see the paper for the names).
    struct Walk {
        double width = 0, height = 0; // spacing included
        double y = 0, prelim = 0, mod = 0, shift = 0, change = 0, modSum = 0;
        double msel = 0, mser = 0; // sum of modifiers down to the extreme nodes
        int threadLeft = -1, threadRight = -1;
        int extremeLeft = -1, extremeRight = -1;
        int firstChild = -1, childCount = 0; // in m_children
    };

    // Siblings seen so far, with the lowest y their contour reaches ("IYL" in the paper).
    struct LowEntry {
        double lowY;
        int sibling; // position among the parent's children
        int next;
    };

    bool isWrapped(int node) const;
    void layOutBlock(int block);
    void layOutUnit(int unitRoot);
    void layOutRows(int parent);
    int idealRowLength(int parent) const;
    void finishBlock(int block, QSizeF content);
    void collectUnit(int root);
    int child(int node, int position) const;
    void firstWalk(int node);
    void separate(int node, int childPosition, int low);
    void moveSubtree(int node, int childPosition, int lowSibling, double distance);
    void setLeftThread(int node, int childPosition, int contour, double modSum);
    void setRightThread(int node, int childPosition, int contour, double modSum);
    void setExtremes(int node);
    int pushLow(double lowY, int sibling, int next);
    void secondWalk();
    int nextLeftContour(int node) const;
    int nextRightContour(int node) const;
    double bottom(int node) const { return m_walk[size_t(node)].y + m_walk[size_t(node)].height; }
    bool isUnitLeaf(int node) const;
    QSizeF outerSize(int node) const;
    void placeAbsolute();

    Spacing m_spacing;
    std::vector<Node> m_nodes;
    std::vector<Walk> m_walk;
    // Children of the nodes being walked, in order, and the unit being laid out: a
    // block (or the root) and what lies below it down to the next blocks.
    std::vector<int> m_children;
    std::vector<int> m_unit;
    std::vector<LowEntry> m_low;
    int m_unitRoot = -1;

    // Top-left of each node relative to the inside of the block that holds it.
    std::vector<QPointF> m_local;
    // Of each block: its outer size, where that box sits inside the block holding it,
    // where its inside starts within the box, and for wrapped nodes the box of the rows.
    std::vector<QSizeF> m_blockSize;
    std::vector<QPointF> m_blockPos;
    std::vector<QPointF> m_inset;
    std::vector<QRectF> m_rowsBox;
    std::vector<QPointF> m_origin; // absolute top-left of each block's inside
    std::vector<QPointF> m_absolute;
    QRectF m_bounds;
};

} // namespace shardscope
