#include "ResultLinkItem.h"

#include "LabelItem.h"
#include "PlanStyle.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace shardscope {

namespace {

constexpr double headLength = 11;
constexpr double penWidth = 2;

} // namespace

ResultLinkItem::ResultLinkItem(int fromNode, int toNode, QString label, PlanTheme theme)
    : m_from(fromNode)
    , m_to(toNode)
    , m_label(new LabelItem(std::move(label), theme.link(), theme.link(), theme.cardBody()))
    , m_theme(theme)
{
    setZValue(1);
    m_label->setParentItem(this);
}

QString ResultLinkItem::label() const
{
    return m_label->text();
}

// Leaves the producer by the side facing the reader and enters the reader by the side
// facing the producer, so the arrow never crosses either card.
void ResultLinkItem::setEnds(const QRectF &from, const QRectF &to)
{
    prepareGeometryChange();
    const bool rightward = to.center().x() >= from.center().x();
    const QPointF start(rightward ? from.right() : from.left(), from.center().y());
    const QPointF end(rightward ? to.left() - 2 : to.right() + 2, to.center().y());
    const double reach = std::max(60.0, std::abs(end.x() - start.x()) / 2);
    const double direction = rightward ? 1 : -1;
    m_path = QPainterPath(start);
    const QPointF beforeEnd(end.x() - direction * reach, end.y());
    m_path.cubicTo(QPointF(start.x() + direction * reach, start.y()), beforeEnd, end);

    const QPointF back(end.x() - direction * headLength, end.y());
    m_head = QPolygonF({end, back + QPointF(0, -headLength / 2), back + QPointF(0, headLength / 2)});
}

QPointF ResultLinkItem::pointAt(double fraction) const
{
    return m_path.pointAtPercent(fraction);
}

double ResultLinkItem::heading() const
{
    return m_path.currentPosition().x() >= m_path.elementAt(0).x ? 1 : -1;
}

QRectF ResultLinkItem::boundingRect() const
{
    return m_path.boundingRect().united(m_head.boundingRect()).adjusted(-3, -3, 3, 3);
}

void ResultLinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor color = m_theme.link();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, penWidth, Qt::DashLine, Qt::FlatCap));
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_head);
}

} // namespace shardscope
