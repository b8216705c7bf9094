#include "EdgeLayerItem.h"

#include "PlanStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace shardscope {

namespace {

constexpr double minWidth = 1.2;
constexpr double maxWidth = 9;

QPainterPath curve(const QPointF &from, const QPointF &to)
{
    const double middle = (from.y() + to.y()) / 2;
    QPainterPath path(from);
    path.cubicTo(QPointF(from.x(), middle), QPointF(to.x(), middle), to);
    return path;
}

} // namespace

EdgeLayerItem::EdgeLayerItem(PlanTheme theme) : m_theme(theme)
{
    setZValue(-1);
    // Painting only the edges inside the exposed area needs that area.
    setFlag(ItemUsesExtendedStyleOption);
}

void EdgeLayerItem::setEdges(std::vector<Edge> edges)
{
    prepareGeometryChange();
    m_edges = std::move(edges);
    m_bounds = QRectF();
    for (const Edge &edge : m_edges)
        m_bounds = m_bounds.united(extent(edge));
}

double EdgeLayerItem::widthForRows(double rows)
{
    return std::clamp(minWidth + 1.1 * std::log10(1 + std::max(rows, 0.0)), minWidth, maxWidth);
}

QPointF EdgeLayerItem::pointAt(const Edge &edge, double fraction)
{
    return curve(edge.from, edge.to).pointAtPercent(fraction);
}

QRectF EdgeLayerItem::extent(const Edge &edge)
{
    const double half = edge.width / 2 + 1;
    return QRectF(edge.from, edge.to).normalized().adjusted(-half, -half, half, half);
}

QRectF EdgeLayerItem::boundingRect() const
{
    return m_bounds;
}

void EdgeLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool detailed = option->levelOfDetailFromTransform(painter->worldTransform()) >= PlanStyle::detailThreshold;
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    painter->setBrush(Qt::NoBrush);
    for (const Edge &edge : m_edges) {
        if (!option->exposedRect.intersects(extent(edge)))
            continue;
        QPen pen(edge.color, edge.width, edge.dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
        painter->setPen(pen);
        if (!detailed) {
            painter->drawLine(edge.from, edge.to);
            continue;
        }
        painter->drawPath(curve(edge.from, edge.to));
    }
}

} // namespace shardscope
