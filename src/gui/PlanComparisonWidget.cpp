#include "PlanComparisonWidget.h"

#include "PlanComparison.h"
#include "PlanHeadline.h"
#include "PlanView.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace shardscope {

namespace {

QString caption(const QString &letter, const PlanDocument &document)
{
    return PlanComparisonWidget::tr("<b>Plan %1</b> · %2 · %3")
        .arg(letter, document.title().toHtmlEscaped(), PlanHeadline::heading(document.analysis.kind).toHtmlEscaped());
}

} // namespace

PlanComparisonWidget::PlanComparisonWidget(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_captionA(new QLabel(this)), m_captionB(new QLabel(this)),
      m_viewA(new PlanView(this)), m_viewB(new PlanView(this))
{
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setStyleSheet(QStringLiteral("#comparisonSummary { background: #EEF4FB; color: #1F2328;"
                                            " border-left: 4px solid #0072B2; padding: 8px 12px; }"));
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->setChildrenCollapsible(false);
    sides->addWidget(makeSide(m_viewA, m_captionA));
    sides->addWidget(makeSide(m_viewB, m_captionB));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(sides, 1);

    for (PlanView *view : {m_viewA, m_viewB}) {
        // Half a window is too narrow to show a tall plan and its legend beside it.
        view->setLegendPinned(true);
        connect(view, &PlanView::nodeSelected, this, [this, view](int node) {
            if (node >= 0 || view->hasFocus())
                emit nodeSelected(view->document(), node);
        });
    }
    retranslateUi();
}

void PlanComparisonWidget::retranslateUi()
{
    m_summary->setAccessibleName(tr("Differences between the two plans"));
    m_viewA->setAccessibleName(tr("Plan A"));
    m_viewB->setAccessibleName(tr("Plan B"));
    describe();
}

void PlanComparisonWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PlanComparisonWidget::describe()
{
    const PlanDocumentPtr a = m_viewA->document();
    const PlanDocumentPtr b = m_viewB->document();
    if (!a || !b)
        return;
    m_sentences = PlanComparison::sentences({a->plan, a->analysis}, {b->plan, b->analysis});
    QString html = QStringLiteral("<ul style=\"margin:0; -qt-list-indent:1\">");
    for (const QString &sentence : std::as_const(m_sentences))
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    m_summary->setText(html + QStringLiteral("</ul>"));
    m_captionA->setText(caption(QStringLiteral("A"), *a));
    m_captionB->setText(caption(QStringLiteral("B"), *b));
}

QWidget *PlanComparisonWidget::makeSide(PlanView *view, QLabel *caption)
{
    auto *side = new QWidget(this);
    caption->setTextFormat(Qt::RichText);
    caption->setContentsMargins(10, 6, 10, 6);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(caption);
    layout->addWidget(view, 1);
    return side;
}

void PlanComparisonWidget::showDocuments(PlanDocumentPtr a, PlanDocumentPtr b, ColorMode mode)
{
    m_viewA->showDocument(std::move(a), mode);
    m_viewB->showDocument(std::move(b), mode);
    describe();
}

void PlanComparisonWidget::clear()
{
    m_sentences.clear();
    m_summary->clear();
    m_viewA->clear();
    m_viewB->clear();
}

void PlanComparisonWidget::setColorMode(ColorMode mode)
{
    m_viewA->setColorMode(mode);
    m_viewB->setColorMode(mode);
}

} // namespace shardscope
