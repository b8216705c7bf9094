#pragma once

#include "PlanTheme.h"

#include <QColor>
#include <QGraphicsItem>

#include <vector>

namespace shardscope {

// Every parent-child edge of the plan in one item: a 10,000-node plan would otherwise
// add 10,000 more items to index and sort. Rows flow up from child to parent; the edge
// grows wider with them, on a log scale.
class EdgeLayerItem : public QGraphicsItem
{
public:
    struct Edge {
        QPointF from; // bottom centre of the parent
        QPointF to; // top centre of the child
        double width = 1;
        QColor color;
        bool dashed = false;
    };

    explicit EdgeLayerItem(PlanTheme theme);

    void setEdges(std::vector<Edge> edges);
    const std::vector<Edge> &edges() const { return m_edges; }
    // Pen width for this many rows (actual rows x loops, or the estimate).
    static double widthForRows(double rows);
    // The point at a fraction of the way along an edge as it is drawn, from the parent.
    static QPointF pointAt(const Edge &edge, double fraction);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static QRectF extent(const Edge &edge);

    std::vector<Edge> m_edges;
    QRectF m_bounds;
    PlanTheme m_theme;
};

} // namespace shardscope
