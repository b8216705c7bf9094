#include "TaskFrameItem.h"

#include "ColorScale.h"
#include "PlanStyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace shardscope {

TaskFrameItem::TaskFrameItem(int taskIndex, QString title, QColor color, PlanTheme theme)
    : m_task(taskIndex), m_title(std::move(title)), m_color(color), m_theme(theme)
{
    setZValue(-2);
}

double TaskFrameItem::minimumWidth() const
{
    return std::ceil(PlanStyle::captionMetrics().horizontalAdvance(m_title)) + 2 * PlanStyle::framePadding;
}

void TaskFrameItem::setSize(QSizeF size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
    m_elidedTitle = PlanStyle::captionMetrics().elidedText(m_title, Qt::ElideRight,
                                                           size.width() - 2 * PlanStyle::framePadding);
    setToolTip(m_elidedTitle == m_title ? QString() : m_title);
    // Title band: rounded on top, square where it meets the tinted inside.
    const double radius = PlanStyle::frameRadius;
    const double band = PlanStyle::frameTitleHeight;
    QPainterPath rounded;
    rounded.addRoundedRect(QRectF(0, 0, size.width(), band + radius), radius, radius);
    QPainterPath top;
    top.addRect(QRectF(0, 0, size.width(), band));
    m_band = rounded.intersected(top);
}

QRectF TaskFrameItem::boundingRect() const
{
    return QRectF(QPointF(), m_size).adjusted(-1, -1, 1, 1);
}

void TaskFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF frame(QPointF(), m_size);
    QColor tint = m_color;
    tint.setAlpha(24);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < PlanStyle::detailThreshold) {
        painter->fillRect(frame, tint);
        painter->fillRect(QRectF(0, 0, frame.width(), PlanStyle::frameTitleHeight), m_color);
        return;
    }
    const double radius = PlanStyle::frameRadius;
    const double band = PlanStyle::frameTitleHeight;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_color, 1.5 * m_theme.edgeScale()));
    painter->setBrush(tint);
    painter->drawRoundedRect(frame.adjusted(0.75, 0.75, -0.75, -0.75), radius, radius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    painter->drawPath(m_band);

    painter->setPen(ColorScale::textOn(m_color));
    painter->setFont(PlanStyle::captionFont());
    painter->drawText(QRectF(PlanStyle::framePadding, 0, frame.width() - 2 * PlanStyle::framePadding, band),
                      Qt::AlignLeft | Qt::AlignVCenter, m_elidedTitle);
}

} // namespace shardscope
