#pragma once

#include "PlanTheme.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>

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
        QString label;
    };

    explicit EdgeLayerItem(PlanTheme theme);

    void setEdges(std::vector<Edge> edges);
    const std::vector<Edge> &edges() const { return m_edges; }
    // Pen width for this many rows (actual rows x loops, or the estimate).
    static double widthForRows(double rows);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static QRectF extent(const Edge &edge);
    static QRectF labelBox(const Edge &edge);

    std::vector<Edge> m_edges;
    QRectF m_bounds;
    PlanTheme m_theme;
};

} // namespace shardscope
