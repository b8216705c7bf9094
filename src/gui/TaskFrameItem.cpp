#include "TaskFrameItem.h"

#include "ColorScale.h"
#include "PlanStyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace shardscope {

namespace {

// Kept free at the right end of the title band for a mark (addMark()), so that it never
// covers the title's end: the shard.
constexpr double markRoom = PlanStyle::frameTitleHeight;

} // namespace

TaskFrameItem::TaskFrameItem(int taskIndex, QString title, QColor color, PlanTheme theme,
                             std::optional<qint64> shardId)
    : m_task(taskIndex), m_title(std::move(title)), m_color(color), m_shardId(shardId), m_theme(theme)
{
    setZValue(-2);
}

void TaskFrameItem::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    prepareGeometryChange();
    m_highlighted = on;
}

void TaskFrameItem::addMark(QGraphicsItem *mark)
{
    mark->setParentItem(this);
    placeMarks();
}

// At the right end of the title band, over the end of a title that long.
void TaskFrameItem::placeMarks()
{
    for (QGraphicsItem *mark : childItems()) {
        const QSizeF size = mark->boundingRect().size();
        mark->setPos(m_size.width() - PlanStyle::framePadding / 2 - size.width(),
                     (PlanStyle::frameTitleHeight - size.height()) / 2);
    }
}

QRectF TaskFrameItem::titleRect() const
{
    return QRectF(0, 0, m_size.width(), PlanStyle::frameTitleHeight);
}

double TaskFrameItem::minimumWidth() const
{
    return std::ceil(PlanStyle::captionMetrics().horizontalAdvance(m_title)) + 2 * PlanStyle::framePadding + markRoom;
}

void TaskFrameItem::setSize(QSizeF size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
    m_elidedTitle = PlanStyle::captionMetrics().elidedText(m_title, Qt::ElideRight,
                                                           size.width() - 2 * PlanStyle::framePadding - markRoom);
    setToolTip(m_elidedTitle == m_title ? QString() : m_title);
    placeMarks();
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
    // Room for the highlight's ring when it is drawn.
    const double margin = m_highlighted ? 6 : 1;
    return QRectF(QPointF(), m_size).adjusted(-margin, -margin, margin, margin);
}

void TaskFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF frame(QPointF(), m_size);
    QColor tint = m_color;
    tint.setAlpha(24);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < PlanStyle::detailThreshold) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(frame, tint);
        painter->fillRect(QRectF(0, 0, frame.width(), PlanStyle::frameTitleHeight), m_color);
        if (m_highlighted) {
            painter->setPen(QPen(m_theme.highlight(), 4 * m_theme.edgeScale()));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(frame.adjusted(-3, -3, 3, 3));
        }
        return;
    }
    const double radius = PlanStyle::frameRadius;
    const double band = PlanStyle::frameTitleHeight;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_color, 1.5 * m_theme.edgeScale()));
    painter->setBrush(tint);
    painter->drawRoundedRect(frame.adjusted(0.75, 0.75, -0.75, -0.75), radius, radius);
    if (m_highlighted) {
        // The shard the map shows: a ring outside the frame, in the theme's highlight.
        painter->setPen(QPen(m_theme.highlight(), 4 * m_theme.edgeScale()));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(frame.adjusted(-3, -3, 3, 3), radius + 3, radius + 3);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    painter->drawPath(m_band);

    painter->setPen(ColorScale::textOn(m_color));
    painter->setFont(PlanStyle::captionFont());
    painter->drawText(QRectF(PlanStyle::framePadding, 0, frame.width() - 2 * PlanStyle::framePadding, band),
                      Qt::AlignLeft | Qt::AlignVCenter, m_elidedTitle);
}

} // namespace shardscope
