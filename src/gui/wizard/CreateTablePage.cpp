#include "CreateTablePage.h"

#include "ClusterSession.h"
#include "CreateTableStep.h"
#include "SqlIdentifier.h"
#include "Tutorial.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shardscope {

CreateTablePage::CreateTablePage(ClusterSession *session, QWidget *parent)
    : StepPage(session, session->tutorial()->createTable(),
               QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/sharding/data_modeling.html")), parent)
    , m_editor(new QPlainTextEdit(this))
    , m_key(new QLabel(this))
{
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 9);
    m_key->setWordWrap(true);
    contentLayout()->addWidget(m_editor);
    contentLayout()->addWidget(m_key);
    registerField(QStringLiteral("ddl"), m_editor, "plainText", SIGNAL(textChanged()));
    retranslateUi();
}

void CreateTablePage::retranslateUi()
{
    StepPage::retranslateUi();
    setSubTitle(tr("An ordinary PostgreSQL table first; Citus shards it on the next page."));
    runButton()->setText(tr("&Create table"));
    runButton()->setAccessibleName(tr("Create the table"));
    m_editor->setAccessibleName(tr("CREATE TABLE statement"));
    m_key->setText(tr("Why PRIMARY KEY (user_id, log_id)? Once the table is sharded by user_id, each worker can "
                      "only check uniqueness among its own rows, so Citus requires the distribution column in "
                      "every primary key and unique constraint."));
}

CreateTableStep *CreateTablePage::createTable() const
{
    return static_cast<CreateTableStep *>(step());
}

QString CreateTablePage::tutorialSql() const
{
    return CreateTableStep::tutorialSql(SqlIdentifier::quoted(createTable()->table().name));
}

void CreateTablePage::initializePage()
{
    if (m_editor->toPlainText().trimmed().isEmpty())
        m_editor->setPlainText(tutorialSql());
    StepPage::initializePage();
}

void CreateTablePage::prepareRun()
{
    const QString text = m_editor->toPlainText();
    if (text == tutorialSql())
        createTable()->resetSql();
    else
        createTable()->setSql(text);
}

QString CreateTablePage::toDoText() const
{
    return tr("The table %1 does not exist yet: review the statement above, then create it.")
        .arg(createTable()->table().name);
}

} // namespace shardscope
