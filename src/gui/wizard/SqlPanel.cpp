#include "SqlPanel.h"

#include "ui_SqlPanel.h"

namespace shardscope {

SqlPanel::SqlPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SqlPanel>())
{
    m_ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->sql->setFont(fixed);
    m_ui->equivalent->setFont(fixed);
    connect(m_ui->toggle, &QToolButton::toggled, this, &SqlPanel::setExpanded);
    setExpanded(false);
}

SqlPanel::~SqlPanel() = default;

void SqlPanel::setContent(const Content &content)
{
    setStatement(content.statement);
    m_ui->equivalent->setPlainText(content.equivalent);
    m_ui->equivalentCaption->setVisible(!content.equivalent.isEmpty());
    m_ui->equivalent->setVisible(!content.equivalent.isEmpty());
    m_ui->explanation->setText(content.explanation);
    m_documentation = content.documentation;
    m_runs = content.runs;
    retranslateUi();
}

// The form's captions are for SQL; commands run here say so instead.
void SqlPanel::showCaptions()
{
    if (m_runs == Runs::OnServer)
        return;
    m_ui->sqlCaption->setText(tr("Run on this machine:"));
    m_ui->sql->setAccessibleName(tr("Command run on this machine"));
    m_ui->equivalentCaption->setText(tr("Then, from a terminal:"));
    m_ui->equivalent->setAccessibleName(tr("Command to check it from a terminal"));
}

QString SqlPanel::statementCaption() const
{
    return m_ui->sqlCaption->text();
}

void SqlPanel::showDocumentationLink()
{
    m_ui->documentation->setText(m_documentation.isEmpty()
                                     ? QString()
                                     : tr("<a href=\"%1\">Read more in the Citus documentation</a>")
                                           .arg(m_documentation.toString().toHtmlEscaped()));
}

// The statement, command and explanation are the page's to say again.
void SqlPanel::retranslateUi()
{
    m_ui->retranslateUi(this);
    showDocumentationLink();
    showCaptions();
}

void SqlPanel::setStatement(const QString &statement)
{
    m_ui->sql->setPlainText(statement);
}

QString SqlPanel::statement() const
{
    return m_ui->sql->toPlainText();
}

QString SqlPanel::equivalent() const
{
    return m_ui->equivalent->toPlainText();
}

QString SqlPanel::explanation() const
{
    return m_ui->explanation->text();
}

void SqlPanel::setExpanded(bool expanded)
{
    const QSignalBlocker blocker(m_ui->toggle);
    m_ui->toggle->setChecked(expanded);
    m_ui->toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui->body->setVisible(expanded);
}

bool SqlPanel::isExpanded() const
{
    return m_ui->toggle->isChecked();
}

void SqlPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace shardscope
