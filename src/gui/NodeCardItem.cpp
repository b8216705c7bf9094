#include "NodeCardItem.h"

#include "ColorScale.h"
#include "PlanStyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace shardscope {

namespace {

// Room around the card for its shadow and the selection outline.
constexpr double outerMargin = 5;
constexpr double badgeGap = 6;
constexpr double neverExecutedOpacity = 0.45;

void drawPill(QPainter *painter, const QRectF &rect, const QColor &fill, const QString &text)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setPen(ColorScale::textOn(fill));
    painter->setFont(PlanStyle::badgeFont());
    painter->drawText(rect, Qt::AlignCenter, text);
}

} // namespace

NodeCardItem::NodeCardItem(int nodeIndex, NodeCardText text, QColor color, QColor accent, PlanTheme theme)
    : m_node(nodeIndex), m_text(std::move(text)), m_color(color), m_accent(accent), m_theme(theme),
      m_titleColor(ColorScale::textOn(color))
{
    setFlag(ItemIsSelectable);
    setToolTip(m_text.uncut);
}

void NodeCardItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

void NodeCardItem::setHiddenBelow(int count)
{
    if (m_hiddenBelow == count)
        return;
    m_hiddenBelow = count;
    update();
}

QRectF NodeCardItem::boundingRect() const
{
    return QRectF(QPointF(), m_text.size).adjusted(-outerMargin, -outerMargin, outerMargin, outerMargin);
}

QPainterPath NodeCardItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(QPointF(), m_text.size));
    return path;
}

void NodeCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF card(QPointF(), m_text.size);
    const bool outlined = isSelected() || m_highlighted;
    if (m_text.neverExecuted)
        painter->setOpacity(painter->opacity() * neverExecutedOpacity);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < PlanStyle::detailThreshold) {
        // Boxes of a few pixels: smoothing their edges costs more than it shows at Fit.
        painter->setRenderHint(QPainter::Antialiasing, false);
        // A hairline in the worker's colour keeps pale boxes (little time, good estimate) visible.
        painter->setPen(QPen(m_accent, 0));
        painter->setBrush(m_color);
        painter->drawRect(card);
        if (outlined)
            painter->fillRect(card.adjusted(0, card.height() * 0.7, 0, 0),
                              isSelected() ? m_theme.selection() : m_theme.highlight());
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    paintDetail(painter);
    if (outlined) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(isSelected() ? m_theme.selection() : m_theme.highlight(), 3));
        const double r = PlanStyle::cardRadius + 2;
        painter->drawRoundedRect(card.adjusted(-2.5, -2.5, 2.5, 2.5), r, r);
    }
}

void NodeCardItem::paintDetail(QPainter *painter) const
{
    const QRectF card(QPointF(), m_text.size);
    const double radius = PlanStyle::cardRadius;
    const double header = PlanStyle::headerHeight;

    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 18));
    painter->drawRoundedRect(card.translated(0, 3).adjusted(-1, 0, 1, 1), radius + 1, radius + 1);
    painter->setBrush(QColor(0, 0, 0, 22));
    painter->drawRoundedRect(card.translated(0, 1.5), radius, radius);

    // Header colour everywhere, then the white body over its lower part.
    painter->setBrush(m_color);
    painter->drawRoundedRect(card, radius, radius);
    painter->setBrush(m_theme.cardBody());
    painter->drawRoundedRect(card.adjusted(0, header, 0, 0), radius, radius);
    painter->drawRect(QRectF(0, header, card.width(), radius));

    // Pale headers (time and estimate scales) need a line to end them.
    QColor rule = m_accent;
    rule.setAlpha(70);
    painter->setPen(QPen(rule, 1));
    painter->drawLine(QPointF(1, header + 0.5), QPointF(card.width() - 1, header + 0.5));

    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(m_accent, 1.4));
    painter->drawRoundedRect(card.adjusted(0.7, 0.7, -0.7, -0.7), radius, radius);
    if (m_text.disabled) {
        // A dashed warning frame around a node the planner took against a setting.
        painter->setPen(QPen(m_theme.overEstimate(), 2.2, Qt::DashLine));
        painter->drawRoundedRect(card.adjusted(-3, -3, 3, 3), radius + 2, radius + 2);
    }

    const double padding = PlanStyle::cardPadding;
    QRectF titleRect(padding, 0, card.width() - 2 * padding, header);
    if (m_hiddenBelow > 0) {
        const QString more = QStringLiteral("+%1").arg(m_hiddenBelow);
        const double width = PlanStyle::badgeWidth().metrics().horizontalAdvance(more) + 10;
        const QRectF pill(card.width() - padding - width, (header - 16) / 2, width, 16);
        drawPill(painter, pill, m_theme.text(), more);
        titleRect.setRight(pill.left() - 4);
    }
    painter->setPen(m_titleColor);
    painter->setFont(PlanStyle::titleFont());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, m_text.title);
    paintBody(painter, card);
}

void NodeCardItem::paintBody(QPainter *painter, const QRectF &card) const
{
    const double padding = PlanStyle::cardPadding;
    const QFontMetricsF &body = PlanStyle::bodyWidth().metrics();
    const double line = body.lineSpacing();
    double top = PlanStyle::headerHeight + padding * 0.6;

    painter->setFont(PlanStyle::bodyFont());
    if (!m_text.object.isEmpty() || !m_text.badge.isEmpty()) {
        painter->setPen(m_theme.text());
        painter->drawText(QPointF(padding, top + body.ascent()), m_text.object);
        if (!m_text.badge.isEmpty()) {
            const double left = padding + m_text.objectWidth + (m_text.object.isEmpty() ? 0 : badgeGap);
            drawPill(painter, QRectF(left, top + 1.5, m_text.badgeWidth, line - 3), m_accent, m_text.badge);
            painter->setFont(PlanStyle::bodyFont());
        }
        top += line;
    }
    for (size_t i = 0; i < m_text.lines.size(); ++i) {
        painter->setPen(m_theme.mutedText());
        painter->drawText(QPointF(padding, top + body.ascent()), m_text.lines[i]);
        if (i == 0 && !m_text.marker.isEmpty()) {
            const QColor fill = m_text.markerDirection == Misestimate::Under ? m_theme.underEstimate()
                                                                            : m_theme.overEstimate();
            const QRectF pill(card.width() - padding - m_text.markerWidth, top + 1.5, m_text.markerWidth, line - 3);
            drawPill(painter, pill, fill, m_text.marker);
            painter->setFont(PlanStyle::bodyFont());
        }
        top += line;
    }
}

} // namespace shardscope
