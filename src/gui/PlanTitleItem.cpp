#include "PlanTitleItem.h"

#include "PlanStyle.h"

#include <QPainter>

#include <algorithm>

namespace shardscope {

namespace {

constexpr double lineGap = 4;

} // namespace

PlanTitleItem::PlanTitleItem(QString heading, QStringList lines, PlanTheme theme)
    : m_heading(std::move(heading)), m_lines(std::move(lines)), m_theme(theme)
{
    double width = headingWidth();
    double height = PlanStyle::headingMetrics().height();
    for (const QString &line : m_lines) {
        width = std::max(width, PlanStyle::subtitleMetrics().horizontalAdvance(line));
        height += lineGap + PlanStyle::subtitleMetrics().height();
    }
    m_size = QSizeF(width, height);
}

double PlanTitleItem::headingWidth() const
{
    return PlanStyle::headingMetrics().horizontalAdvance(m_heading);
}

QRectF PlanTitleItem::boundingRect() const
{
    return QRectF(QPointF(), m_size);
}

void PlanTitleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF &heading = PlanStyle::headingMetrics();
    painter->setFont(PlanStyle::headingFont());
    painter->setPen(m_theme.text());
    painter->drawText(QPointF(0, heading.ascent()), m_heading);
    double top = heading.height();
    painter->setFont(PlanStyle::subtitleFont());
    painter->setPen(m_theme.mutedText());
    for (const QString &line : m_lines) {
        top += lineGap;
        painter->drawText(QPointF(0, top + PlanStyle::subtitleMetrics().ascent()), line);
        top += PlanStyle::subtitleMetrics().height();
    }
}

} // namespace shardscope
