#pragma once

#include "PlanTheme.h"

#include <QGraphicsItem>
#include <QStringList>

namespace shardscope {

// The heading of the drawing: what kind of plan it is, then one line of figures and
// optionally where the plan came from.
class PlanTitleItem : public QGraphicsItem
{
public:
    PlanTitleItem(QString heading, QStringList lines, PlanTheme theme);

    QString heading() const { return m_heading; }
    // How wide the heading's own line is drawn.
    double headingWidth() const;
    QStringList lines() const { return m_lines; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_heading;
    QStringList m_lines;
    QSizeF m_size;
    PlanTheme m_theme;
};

} // namespace shardscope
