#include "TreeLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace shardscope {

TreeLayout::TreeLayout(Spacing spacing) : m_spacing(spacing) {}

int TreeLayout::addNode(QSizeF size, int parent)
{
    const int index = int(m_nodes.size());
    Node node;
    node.width = size.width();
    node.height = size.height();
    node.parent = parent;
    m_nodes.push_back(node);
    if (parent >= 0) {
        Node &up = m_nodes[size_t(parent)];
        if (up.lastChild >= 0)
            m_nodes[size_t(up.lastChild)].nextSibling = index;
        else
            up.firstChild = index;
        up.lastChild = index;
    }
    return index;
}

void TreeLayout::setFramed(int node, QMarginsF margins, double minWidth)
{
    Node &n = m_nodes[size_t(node)];
    n.framed = true;
    n.margins = margins;
    n.minWidth = minWidth;
}

void TreeLayout::setWrapped(int node, double aspectRatio, QMarginsF margins)
{
    Node &n = m_nodes[size_t(node)];
    n.wrapAspect = aspectRatio;
    n.wrapMargins = margins;
}

bool TreeLayout::isWrapped(int node) const
{
    const Node &n = m_nodes[size_t(node)];
    return n.wrapAspect > 0 && n.firstChild >= 0;
}

void TreeLayout::run()
{
    const size_t count = m_nodes.size();
    m_walk.assign(count, Walk{});
    m_local.assign(count, QPointF());
    m_blockSize.assign(count, QSizeF());
    m_blockPos.assign(count, QPointF());
    m_inset.assign(count, QPointF());
    m_rowsBox.assign(count, QRectF());
    m_origin.assign(count, QPointF());
    m_absolute.assign(count, QPointF());
    m_bounds = QRectF();
    if (count == 0)
        return;
    for (Node &node : m_nodes) {
        node.block = node.framed || (node.wrapAspect > 0 && node.firstChild >= 0)
            || (node.parent >= 0 && isWrapped(node.parent));
    }
    // Blocks below others have larger indices: inner blocks get their size first.
    for (int node = int(count) - 1; node > 0; --node) {
        if (m_nodes[size_t(node)].block)
            layOutBlock(node);
    }
    if (m_nodes.front().block) {
        layOutBlock(0);
        m_bounds = QRectF(QPointF(), m_blockSize.front());
    } else {
        layOutUnit(-1);
    }
    placeAbsolute();
}

QRectF TreeLayout::rect(int node) const
{
    const Node &n = m_nodes[size_t(node)];
    return QRectF(m_absolute[size_t(node)], QSizeF(n.width, n.height));
}

QRectF TreeLayout::frame(int node) const
{
    if (!m_nodes[size_t(node)].framed)
        return {};
    return QRectF(m_origin[size_t(node)] - m_inset[size_t(node)], m_blockSize[size_t(node)]);
}

QRectF TreeLayout::wrapBox(int node) const
{
    if (!isWrapped(node))
        return {};
    return m_rowsBox[size_t(node)].translated(m_origin[size_t(node)]);
}

bool TreeLayout::isUnitLeaf(int node) const
{
    return node != m_unitRoot && m_nodes[size_t(node)].block;
}

QSizeF TreeLayout::outerSize(int node) const
{
    if (isUnitLeaf(node))
        return m_blockSize[size_t(node)];
    return QSizeF(m_nodes[size_t(node)].width, m_nodes[size_t(node)].height);
}

void TreeLayout::layOutBlock(int block)
{
    if (isWrapped(block))
        layOutRows(block);
    else
        layOutUnit(block);
}

// The block's outer size from the size of its inside: margins, then the minimum width.
void TreeLayout::finishBlock(int block, QSizeF content)
{
    const Node &node = m_nodes[size_t(block)];
    const QMarginsF margins = node.framed ? node.margins : QMarginsF();
    const double width = content.width() + margins.left() + margins.right();
    const double extra = std::max(0.0, node.minWidth - width);
    m_inset[size_t(block)] = QPointF(margins.left() + extra / 2, margins.top());
    m_blockSize[size_t(block)] = QSizeF(width + extra, content.height() + margins.top() + margins.bottom());
}

// A unit is a block (or, for unitRoot -1, the root) and what lies below it down to the
// next blocks, which count as leaves of their block's size.
void TreeLayout::layOutUnit(int unitRoot)
{
    m_unitRoot = unitRoot;
    collectUnit(unitRoot < 0 ? 0 : unitRoot);
    for (auto it = m_unit.rbegin(); it != m_unit.rend(); ++it)
        firstWalk(*it);
    secondWalk();

    // The walk works on boxes that include the spacing; the nodes sit inside them.
    double left = std::numeric_limits<double>::max();
    double right = std::numeric_limits<double>::lowest();
    double height = 0;
    for (int node : m_unit) {
        const Walk &w = m_walk[size_t(node)];
        const QSizeF size = outerSize(node);
        const double x = w.prelim + w.modSum + m_spacing.horizontal / 2;
        left = std::min(left, x);
        right = std::max(right, x + size.width());
        height = std::max(height, w.y + size.height());
        (isUnitLeaf(node) ? m_blockPos : m_local)[size_t(node)] = QPointF(x, w.y);
    }
    for (int node : m_unit)
        (isUnitLeaf(node) ? m_blockPos : m_local)[size_t(node)].rx() -= left;
    const QSizeF content(right - left, height);
    if (unitRoot >= 0)
        finishBlock(unitRoot, content);
    else
        m_bounds = QRectF(QPointF(), content);
}

// With n blocks of total width W (gaps included) and mean height h, c per row make
// rows W c / n wide and n / c rows h high: c = n sqrt(aspect h / W).
int TreeLayout::idealRowLength(int parent) const
{
    const Node &node = m_nodes[size_t(parent)];
    double count = 0, width = 0, height = 0;
    for (int c = node.firstChild; c >= 0; c = m_nodes[size_t(c)].nextSibling) {
        ++count;
        width += m_blockSize[size_t(c)].width() + m_spacing.horizontal;
        height += m_blockSize[size_t(c)].height() + m_spacing.horizontal;
    }
    return std::clamp(int(std::ceil(count * std::sqrt(node.wrapAspect * (height / count) / width))), 1, int(count));
}

// The children of a wrapped node, each a block, in rows under it: left to right, each
// row as tall as its tallest block, the whole centred under the node. Row lengths differ
// by one at most, longer rows first, so that the last one is not nearly empty.
void TreeLayout::layOutRows(int parent)
{
    const Node &node = m_nodes[size_t(parent)];
    const QMarginsF &margins = node.wrapMargins;
    const double gap = m_spacing.horizontal;
    int count = 0;
    for (int c = node.firstChild; c >= 0; c = m_nodes[size_t(c)].nextSibling)
        ++count;
    const int ideal = idealRowLength(parent);
    const int rows = (count + ideal - 1) / ideal;
    const int shorter = count / rows; // length of the short rows
    const int longRows = count % rows; // rows one longer than that
    double x = 0, rowTop = 0, rowHeight = 0, width = 0;
    int row = 0, inRow = 0;
    for (int c = node.firstChild; c >= 0; c = m_nodes[size_t(c)].nextSibling) {
        if (inRow == shorter + (row < longRows ? 1 : 0)) {
            rowTop += rowHeight + gap;
            x = 0;
            rowHeight = 0;
            inRow = 0;
            ++row;
        }
        const QSizeF size = m_blockSize[size_t(c)];
        m_blockPos[size_t(c)] = QPointF(x, rowTop);
        x += size.width() + gap;
        width = std::max(width, x - gap);
        rowHeight = std::max(rowHeight, size.height());
        ++inRow;
    }
    const QSizeF box(width + margins.left() + margins.right(), rowTop + rowHeight + margins.top() + margins.bottom());
    const double blockWidth = std::max(node.width, box.width());
    const QPointF boxAt((blockWidth - box.width()) / 2, node.height + m_spacing.vertical);
    m_local[size_t(parent)] = QPointF((blockWidth - node.width) / 2, 0);
    m_rowsBox[size_t(parent)] = QRectF(boxAt, box);
    const QPointF inside = boxAt + QPointF(margins.left(), margins.top());
    for (int c = node.firstChild; c >= 0; c = m_nodes[size_t(c)].nextSibling)
        m_blockPos[size_t(c)] += inside;
    finishBlock(parent, QSizeF(blockWidth, boxAt.y() + box.height()));
}

// Lists the unit's nodes parents first (breadth first) and their children in order.
void TreeLayout::collectUnit(int root)
{
    m_unit.clear();
    m_children.clear();
    m_unit.push_back(root);
    for (size_t at = 0; at < m_unit.size(); ++at) {
        const int node = m_unit[at];
        Walk &w = m_walk[size_t(node)];
        w = Walk{};
        const QSizeF size = outerSize(node);
        w.width = size.width() + m_spacing.horizontal;
        w.height = size.height() + m_spacing.vertical;
        const int parent = m_nodes[size_t(node)].parent;
        w.y = node == root ? 0.0 : m_walk[size_t(parent)].y + m_walk[size_t(parent)].height;
        if (isUnitLeaf(node))
            continue;
        w.firstChild = int(m_children.size());
        for (int child = m_nodes[size_t(node)].firstChild; child >= 0;
             child = m_nodes[size_t(child)].nextSibling) {
            m_children.push_back(child);
            m_unit.push_back(child);
        }
        w.childCount = int(m_children.size()) - w.firstChild;
    }
}

int TreeLayout::child(int node, int position) const
{
    return m_children[size_t(m_walk[size_t(node)].firstChild + position)];
}

void TreeLayout::firstWalk(int node)
{
    Walk &w = m_walk[size_t(node)];
    if (w.childCount == 0) {
        setExtremes(node);
        return;
    }
    m_low.clear();
    int low = pushLow(bottom(m_walk[size_t(child(node, 0))].extremeLeft), 0, -1);
    for (int i = 1; i < w.childCount; ++i) {
        // Read before separate() moves the extreme node to the left siblings.
        const double minY = bottom(m_walk[size_t(child(node, i))].extremeRight);
        separate(node, i, low);
        while (low >= 0 && minY >= m_low[size_t(low)].lowY)
            low = m_low[size_t(low)].next;
        low = pushLow(minY, i, low);
    }
    const Walk &first = m_walk[size_t(child(node, 0))];
    const Walk &last = m_walk[size_t(child(node, w.childCount - 1))];
    w.prelim = (first.prelim + first.mod + last.mod + last.prelim + last.width) / 2 - w.width / 2;
    setExtremes(node);
}

int TreeLayout::pushLow(double lowY, int sibling, int next)
{
    m_low.push_back({lowY, sibling, next});
    return int(m_low.size()) - 1;
}

void TreeLayout::setExtremes(int node)
{
    Walk &w = m_walk[size_t(node)];
    if (w.childCount == 0) {
        w.extremeLeft = node;
        w.extremeRight = node;
        w.msel = 0;
        w.mser = 0;
        return;
    }
    const Walk &first = m_walk[size_t(child(node, 0))];
    const Walk &last = m_walk[size_t(child(node, w.childCount - 1))];
    w.extremeLeft = first.extremeLeft;
    w.msel = first.msel;
    w.extremeRight = last.extremeRight;
    w.mser = last.mser;
}

int TreeLayout::nextLeftContour(int node) const
{
    const Walk &w = m_walk[size_t(node)];
    return w.childCount == 0 ? w.threadLeft : child(node, 0);
}

int TreeLayout::nextRightContour(int node) const
{
    const Walk &w = m_walk[size_t(node)];
    return w.childCount == 0 ? w.threadRight : child(node, w.childCount - 1);
}

// Pushes child i right until its left contour clears the right contour of its left
// siblings, walking both contours down together.
void TreeLayout::separate(int node, int i, int low)
{
    int right = child(node, i - 1);
    double rightModSum = m_walk[size_t(right)].mod;
    int left = child(node, i);
    double leftModSum = m_walk[size_t(left)].mod;
    while (right >= 0 && left >= 0) {
        if (bottom(right) > m_low[size_t(low)].lowY)
            low = m_low[size_t(low)].next;
        const Walk &r = m_walk[size_t(right)];
        const Walk &l = m_walk[size_t(left)];
        const double distance = (rightModSum + r.prelim + r.width) - (leftModSum + l.prelim);
        if (distance > 0) {
            leftModSum += distance;
            moveSubtree(node, i, m_low[size_t(low)].sibling, distance);
        }
        const double rightY = bottom(right);
        const double leftY = bottom(left);
        if (rightY <= leftY) {
            right = nextRightContour(right);
            if (right >= 0)
                rightModSum += m_walk[size_t(right)].mod;
        }
        if (rightY >= leftY) {
            left = nextLeftContour(left);
            if (left >= 0)
                leftModSum += m_walk[size_t(left)].mod;
        }
    }
    if (right < 0 && left >= 0)
        setLeftThread(node, i, left, leftModSum);
    else if (right >= 0 && left < 0)
        setRightThread(node, i, right, rightModSum);
}

// Moves child i and spreads the move over the siblings between it and the one it hit,
// so that small subtrees in between are evenly spaced rather than packed to one side.
void TreeLayout::moveSubtree(int node, int i, int lowSibling, double distance)
{
    Walk &moved = m_walk[size_t(child(node, i))];
    moved.mod += distance;
    moved.msel += distance;
    moved.mser += distance;
    if (lowSibling != i - 1) {
        const double between = i - lowSibling;
        m_walk[size_t(child(node, lowSibling + 1))].shift += distance / between;
        moved.shift -= distance / between;
        moved.change -= distance - distance / between;
    }
}

void TreeLayout::setLeftThread(int node, int i, int contour, double modSum)
{
    Walk &first = m_walk[size_t(child(node, 0))];
    const Walk &current = m_walk[size_t(child(node, i))];
    Walk &extreme = m_walk[size_t(first.extremeLeft)];
    extreme.threadLeft = contour;
    // Keep the sum of modifiers right when the thread is followed, without moving the node.
    const double diff = (modSum - m_walk[size_t(contour)].mod) - first.msel;
    extreme.mod += diff;
    extreme.prelim -= diff;
    first.extremeLeft = current.extremeLeft;
    first.msel = current.msel;
}

void TreeLayout::setRightThread(int node, int i, int contour, double modSum)
{
    Walk &current = m_walk[size_t(child(node, i))];
    const Walk &previous = m_walk[size_t(child(node, i - 1))];
    Walk &extreme = m_walk[size_t(current.extremeRight)];
    extreme.threadRight = contour;
    const double diff = (modSum - m_walk[size_t(contour)].mod) - current.mser;
    extreme.mod += diff;
    extreme.prelim -= diff;
    current.extremeRight = previous.extremeRight;
    current.mser = previous.mser;
}

// Parents before children: adds up the modifiers, applying the spacing that
// moveSubtree() left to spread among each node's children.
void TreeLayout::secondWalk()
{
    for (int node : m_unit) {
        Walk &w = m_walk[size_t(node)];
        const int parent = m_nodes[size_t(node)].parent;
        const bool top = node == m_unit.front();
        w.modSum = (top ? 0.0 : m_walk[size_t(parent)].modSum) + w.mod;
        double shift = 0;
        double delta = 0;
        for (int i = 0; i < w.childCount; ++i) {
            Walk &c = m_walk[size_t(child(node, i))];
            shift += c.shift;
            delta += shift + c.change;
            c.mod += delta;
        }
    }
}

void TreeLayout::placeAbsolute()
{
    // The block whose inside holds each node; the root's unit starts at (0, 0).
    std::vector<int> holder(m_nodes.size(), -1);
    for (size_t node = 0; node < m_nodes.size(); ++node) {
        const Node &n = m_nodes[node];
        const int outside = n.parent < 0 ? -1 : holder[size_t(n.parent)];
        const QPointF base = outside < 0 ? QPointF() : m_origin[size_t(outside)];
        if (n.block) {
            m_origin[node] = base + m_blockPos[node] + m_inset[node];
            holder[node] = int(node);
            m_absolute[node] = m_origin[node] + m_local[node];
        } else {
            holder[node] = outside;
            m_absolute[node] = base + m_local[node];
        }
    }
}

} // namespace shardscope
