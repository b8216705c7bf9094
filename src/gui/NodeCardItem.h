#pragma once

#include "NodeCardText.h"
#include "PlanTheme.h"

#include <QColor>
#include <QGraphicsItem>

namespace shardscope {

// The card of one plan node: a coloured header with the node's name over its figures.
// Zoomed out it becomes a plain box of its colour, which is all one can see then.
class NodeCardItem : public QGraphicsItem
{
public:
    NodeCardItem(int nodeIndex, NodeCardText text, QColor color, QColor accent, PlanTheme theme);

    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    int nodeIndex() const { return m_node; }
    const NodeCardText &text() const { return m_text; }
    QSizeF size() const { return m_text.size; }
    // The colour the current mode gives the node (header and zoomed-out box).
    QColor color() const { return m_color; }
    // The colour of the worker that ran it (or the coordinator's), always on the border.
    QColor accent() const { return m_accent; }

    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    // Number of nodes hidden below a collapsed card (0 when expanded).
    void setHiddenBelow(int count);
    int hiddenBelow() const { return m_hiddenBelow; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintDetail(QPainter *painter) const;
    void paintBody(QPainter *painter, const QRectF &card) const;

    int m_node;
    NodeCardText m_text;
    QColor m_color;
    QColor m_accent;
    PlanTheme m_theme;
    QColor m_titleColor;
    bool m_highlighted = false;
    int m_hiddenBelow = 0;
};

} // namespace shardscope
