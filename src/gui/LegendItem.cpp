#include "LegendItem.h"

#include "PlanStyle.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace shardscope {

namespace {

constexpr double padding = 14;
constexpr double rowHeight = 22;
constexpr double swatch = 14;
constexpr double columnGap = 16;
constexpr double scaleBarHeight = 12;

} // namespace

LegendItem::LegendItem(std::vector<Entry> workers, Entry coordinator, std::optional<Scale> scale, PlanTheme theme)
    : m_workers(std::move(workers)), m_coordinator(std::move(coordinator)), m_scale(std::move(scale)), m_theme(theme)
{
    setZValue(2);
    const QFontMetricsF &caption = PlanStyle::captionMetrics();
    const QFontMetricsF &body = PlanStyle::bodyWidth().metrics();
    double detailWidth = 0;
    for (const Entry &entry : m_workers) {
        m_nameWidth = std::max(m_nameWidth, caption.horizontalAdvance(entry.name));
        detailWidth = std::max(detailWidth, body.horizontalAdvance(entry.detail));
    }
    m_nameWidth = std::max(m_nameWidth, caption.horizontalAdvance(m_coordinator.name));
    detailWidth = std::max(detailWidth, body.horizontalAdvance(m_coordinator.detail));
    double width = swatch + 8 + m_nameWidth + columnGap + detailWidth;
    width = std::max(width, PlanStyle::titleWidth().metrics().horizontalAdvance(tr("Where each part ran")));
    double height = padding + rowHeight * double(m_workers.size() + 2);
    if (m_scale) {
        width = std::max({width, 180.0, caption.horizontalAdvance(m_scale->title)});
        height += 10 + rowHeight + scaleBarHeight + body.height() + 4;
    }
    m_size = QSizeF(std::ceil(width + 2 * padding), std::ceil(height + padding / 2));
}

QStringList LegendItem::workerNames() const
{
    QStringList names;
    for (const Entry &entry : m_workers)
        names.append(entry.name);
    return names;
}

QRectF LegendItem::boundingRect() const
{
    return QRectF(QPointF(), m_size).adjusted(-1, -1, 1, 3);
}

void LegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    paintLegend(painter);
}

void LegendItem::paintLegend(QPainter *painter) const
{
    const QRectF box(QPointF(), m_size);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 20));
    painter->drawRoundedRect(box.translated(0, 2), 9, 9);
    painter->setBrush(m_theme.cardBody());
    painter->setPen(QPen(m_theme.border(), 1));
    painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 9, 9);

    painter->setPen(m_theme.text());
    painter->setFont(PlanStyle::titleFont());
    painter->drawText(QRectF(padding, padding / 2, box.width() - 2 * padding, rowHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("Where each part ran"));
    double top = padding / 2 + rowHeight;
    for (const Entry &entry : m_workers) {
        paintEntry(painter, entry, top);
        top += rowHeight;
    }
    paintEntry(painter, m_coordinator, top);
    top += rowHeight;
    if (!m_scale)
        return;

    top += 10;
    painter->setPen(QPen(m_theme.border(), 1));
    painter->drawLine(QPointF(padding, top - 5), QPointF(box.width() - padding, top - 5));
    painter->setPen(m_theme.text());
    painter->setFont(PlanStyle::captionFont());
    painter->drawText(QRectF(padding, top, box.width() - 2 * padding, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      m_scale->title);
    top += rowHeight;
    const QRectF bar(padding, top, box.width() - 2 * padding, scaleBarHeight);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    const auto &stops = m_scale->stops;
    for (size_t i = 0; i < stops.size(); ++i)
        gradient.setColorAt(stops.size() == 1 ? 0.0 : double(i) / double(stops.size() - 1), stops[i]);
    painter->setPen(QPen(m_theme.border(), 1));
    painter->setBrush(gradient);
    painter->drawRoundedRect(bar, 3, 3);
    painter->setPen(m_theme.mutedText());
    painter->setFont(PlanStyle::bodyFont());
    const QRectF labels(padding, bar.bottom() + 2, bar.width(), PlanStyle::bodyWidth().metrics().height());
    painter->drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, m_scale->left);
    painter->drawText(labels, Qt::AlignRight | Qt::AlignVCenter, m_scale->right);
}

void LegendItem::paintEntry(QPainter *painter, const Entry &entry, double top) const
{
    const QRectF square(padding, top + (rowHeight - swatch) / 2, swatch, swatch);
    painter->setPen(Qt::NoPen);
    painter->setBrush(entry.color);
    painter->drawRoundedRect(square, 3, 3);
    painter->setPen(m_theme.text());
    painter->setFont(PlanStyle::captionFont());
    const double nameLeft = square.right() + 8;
    painter->drawText(QRectF(nameLeft, top, m_nameWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, entry.name);
    painter->setPen(m_theme.mutedText());
    painter->setFont(PlanStyle::bodyFont());
    painter->drawText(QRectF(nameLeft + m_nameWidth + columnGap, top, m_size.width(), rowHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, entry.detail);
}

} // namespace shardscope
