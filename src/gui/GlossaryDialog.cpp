#include "GlossaryDialog.h"

#include "Glossary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shardscope {

GlossaryDialog::GlossaryDialog(QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("glossaryDialog"));
    m_search->setClearButtonEnabled(true);
    m_text->setOpenExternalLinks(true);
    m_list->setMinimumWidth(m_list->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    auto *panes = new QHBoxLayout;
    panes->addWidget(m_list);
    panes->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(panes, 1);
    resize(720, 420);
    retranslateUi();
    connect(m_search, &QLineEdit::textChanged, this, &GlossaryDialog::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, &GlossaryDialog::showCurrent);
}

GlossaryDialog *GlossaryDialog::showTerm(QWidget *from, const QString &termId)
{
    QWidget *window = from->window();
    auto *dialog = window->findChild<GlossaryDialog *>(QStringLiteral("glossaryDialog"), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new GlossaryDialog(window);
    dialog->m_search->clear();
    dialog->selectTerm(termId);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString GlossaryDialog::currentTerm() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void GlossaryDialog::selectTerm(const QString &termId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == termId) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void GlossaryDialog::retranslateUi()
{
    setWindowTitle(tr("Glossary"));
    m_search->setPlaceholderText(tr("Search the terms"));
    m_search->setAccessibleName(tr("Search the glossary"));
    m_list->setAccessibleName(tr("Terms"));
    m_text->setAccessibleName(tr("Definition"));
    fill();
}

void GlossaryDialog::fill()
{
    const QString current = currentTerm();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Glossary::Term &term : Glossary::all()) {
        auto *item = new QListWidgetItem(term.title, m_list);
        item->setData(Qt::UserRole, term.id);
    }
    filter();
    selectTerm(current.isEmpty() ? Glossary::all().constFirst().id : current);
    showCurrent();
}

void GlossaryDialog::filter()
{
    const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const std::optional<Glossary::Term> term = Glossary::term(item->data(Qt::UserRole).toString());
        const QString text = term->title + QLatin1Char(' ') + term->definition;
        bool matches = true;
        for (const QString &word : words)
            matches = matches && text.contains(word, Qt::CaseInsensitive);
        item->setHidden(!matches);
    }
    if (m_list->currentItem() && m_list->currentItem()->isHidden()) {
        for (int row = 0; row < m_list->count(); ++row) {
            if (!m_list->item(row)->isHidden()) {
                m_list->setCurrentRow(row);
                return;
            }
        }
    }
}

void GlossaryDialog::showCurrent()
{
    const std::optional<Glossary::Term> term = Glossary::term(currentTerm());
    if (!term) {
        m_text->clear();
        return;
    }
    m_text->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p><p><a href=\"%3\">%4</a></p>")
                        .arg(term->title.toHtmlEscaped(), term->definition.toHtmlEscaped(),
                             term->documentation.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                             tr("In the Citus documentation").toHtmlEscaped()));
}

void GlossaryDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace shardscope
