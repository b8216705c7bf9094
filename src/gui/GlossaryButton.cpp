#include "GlossaryButton.h"

#include "Glossary.h"
#include "GlossaryDialog.h"

#include <QEvent>
#include <QHBoxLayout>

namespace shardscope {

GlossaryButton::GlossaryButton(const QString &termId, QWidget *parent, bool named)
    : QToolButton(parent)
    , m_termId(termId)
    , m_named(named)
{
    setAutoRaise(true);
    setCursor(Qt::WhatsThisCursor);
    retranslateUi();
    connect(this, &QToolButton::clicked, this, [this] { GlossaryDialog::showTerm(this, m_termId); });
}

QLayout *GlossaryButton::beside(QWidget *field, const QString &termId)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(field);
    row->addWidget(new GlossaryButton(termId, field->parentWidget()));
    row->addStretch(1);
    return row;
}

void GlossaryButton::retranslateUi()
{
    const std::optional<Glossary::Term> term = Glossary::term(m_termId);
    if (!term)
        return;
    setText(m_named ? tr("%1 ?").arg(term->title) : QStringLiteral("?"));
    setToolTip(QStringLiteral("<b>%1</b>: %2").arg(term->title.toHtmlEscaped(), term->definition.toHtmlEscaped()));
    setAccessibleName(tr("What is: %1").arg(term->title));
}

void GlossaryButton::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace shardscope
