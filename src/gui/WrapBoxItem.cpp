#include "WrapBoxItem.h"

#include "PlanStyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace shardscope {

namespace {

constexpr double radius = 12;
constexpr double captionPadding = 12;

} // namespace

WrapBoxItem::WrapBoxItem(int nodeIndex, QString caption, PlanTheme theme) : m_node(nodeIndex), m_caption(std::move(caption)), m_theme(theme)
{
    setZValue(-3);
}

double WrapBoxItem::captionHeight()
{
    return PlanStyle::captionMetrics().height() + 2 * captionPadding;
}

void WrapBoxItem::setSize(QSizeF size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF WrapBoxItem::boundingRect() const
{
    return QRectF(QPointF(), m_size).adjusted(-1, -1, 1, 1);
}

void WrapBoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF box(QPointF(), m_size);
    const QColor line = m_theme.border();
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < PlanStyle::detailThreshold) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(box, m_theme.background().darker(104));
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(line, 1.5, Qt::DashLine));
    painter->setBrush(m_theme.background());
    painter->drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), radius, radius);
    painter->setFont(PlanStyle::captionFont());
    painter->setPen(m_theme.mutedText());
    painter->drawText(QRectF(captionPadding + 4, 0, box.width() - 2 * captionPadding, captionHeight()),
                      Qt::AlignLeft | Qt::AlignVCenter, m_caption);
}

} // namespace shardscope
