#pragma once

#include "PlanTheme.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace shardscope {

class LabelItem;

// A dashed arrow from where a result is made to where it is read, outside the tree's
// edges: a distributed subplan's intermediate result goes to the tasks that call
// read_intermediate_result(), which the tree alone does not show.
class ResultLinkItem : public QGraphicsItem
{
public:
    ResultLinkItem(int fromNode, int toNode, QString label, PlanTheme theme);

    enum { Type = UserType + 3 };
    int type() const override { return Type; }

    int fromNode() const { return m_from; }
    int toNode() const { return m_to; }
    QString label() const;
    // The label, a child item the scene places along the arrow (pointAt()).
    LabelItem *labelItem() const { return m_label; }
    // Scene rectangles of the two cards.
    void setEnds(const QRectF &from, const QRectF &to);
    // The point at a fraction of the way along the arrow, from where the result is made.
    QPointF pointAt(double fraction) const;
    // Which way the arrow heads: +1 rightwards, -1 leftwards.
    double heading() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_from;
    int m_to;
    LabelItem *m_label;
    QPainterPath m_path;
    QPolygonF m_head;
    PlanTheme m_theme;
};

} // namespace shardscope
