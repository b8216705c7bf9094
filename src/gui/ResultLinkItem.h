#pragma once

#include "PlanTheme.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace shardscope {

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
    QString label() const { return m_label; }
    // Scene rectangles of the two cards.
    void setEnds(const QRectF &from, const QRectF &to);
    // Where the label would sit at a fraction of the way along the arrow, and putting it there.
    QRectF labelBoxAt(double fraction) const;
    void setLabelAt(double fraction);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_from;
    int m_to;
    QString m_label;
    QPainterPath m_path;
    QPolygonF m_head;
    QRectF m_labelBox;
    PlanTheme m_theme;
};

} // namespace shardscope
