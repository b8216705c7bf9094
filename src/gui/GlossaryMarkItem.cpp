#include "GlossaryMarkItem.h"

#include "Glossary.h"
#include "PlanStyle.h"

#include <QCursor>
#include <QPainter>

namespace shardscope {

GlossaryMarkItem::GlossaryMarkItem(QString termId, PlanTheme theme, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_termId(std::move(termId)), m_theme(theme)
{
    setCursor(Qt::WhatsThisCursor);
    if (const std::optional<Glossary::Term> term = Glossary::term(m_termId)) {
        setToolTip(QStringLiteral("<b>%1</b>: %2").arg(term->title.toHtmlEscaped(),
                                                       term->definition.toHtmlEscaped()));
    }
}

double GlossaryMarkItem::diameter()
{
    return PlanStyle::frameTitleHeight - 8;
}

QRectF GlossaryMarkItem::boundingRect() const
{
    return QRectF(0, 0, diameter(), diameter());
}

void GlossaryMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF circle = boundingRect().adjusted(1, 1, -1, -1);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_theme.link(), 1.2));
    painter->setBrush(m_theme.cardBody());
    painter->drawEllipse(circle);
    painter->setPen(m_theme.link());
    painter->setFont(PlanStyle::captionFont());
    painter->drawText(circle, Qt::AlignCenter, QStringLiteral("?"));
}

} // namespace shardscope
