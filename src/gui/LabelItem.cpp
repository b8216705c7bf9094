#include "LabelItem.h"

#include "PlanStyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace shardscope {

namespace {

constexpr double horizontalPadding = 7;
constexpr double verticalPadding = 3;
constexpr double penWidth = 1.2;

} // namespace

LabelItem::LabelItem(QString text, QColor line, QColor textColor, QColor body)
    : m_text(std::move(text)), m_line(line), m_textColor(textColor), m_body(body)
{
    setZValue(1);
    const QFontMetricsF &metrics = PlanStyle::captionMetrics();
    m_size = QSizeF(std::ceil(metrics.horizontalAdvance(m_text) + 2 * horizontalPadding),
                    std::ceil(metrics.height() + 2 * verticalPadding));
}

void LabelItem::setBox(const QRectF &box)
{
    setPos(parentItem() ? parentItem()->mapFromScene(box.topLeft()) : box.topLeft());
}

QRectF LabelItem::boundingRect() const
{
    return QRectF(QPointF(), m_size);
}

void LabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Too small to read: the dashed line alone says it.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < PlanStyle::detailThreshold)
        return;
    // The pen stays inside the box, so that the box is all the label covers.
    const QRectF box = boundingRect().adjusted(penWidth / 2, penWidth / 2, -penWidth / 2, -penWidth / 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_line, penWidth));
    painter->setBrush(m_body);
    painter->drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter->setFont(PlanStyle::captionFont());
    painter->setPen(m_textColor);
    painter->drawText(boundingRect(), Qt::AlignCenter | Qt::TextDontClip, m_text);
}

} // namespace shardscope
