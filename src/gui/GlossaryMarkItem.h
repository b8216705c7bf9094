#pragma once

#include "PlanTheme.h"

#include <QGraphicsItem>

namespace shardscope {

// The "?" of the drawing beside a Citus term (the heading's kind of query, the workers'
// legend, a task's frame): the term's definition as tooltip, and a click opens the window's
// glossary on it (PlanView). The drawing's counterpart of GlossaryButton; only interactive
// views add it, never exports.
class GlossaryMarkItem : public QGraphicsItem
{
public:
    GlossaryMarkItem(QString termId, PlanTheme theme, QGraphicsItem *parent);

    enum { Type = UserType + 13 };
    int type() const override { return Type; }

    const QString &termId() const { return m_termId; }
    static double diameter();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_termId;
    PlanTheme m_theme;
};

} // namespace shardscope
