#include "CreateTablePage.h"

#include "CreateTableStep.h"
#include "Tutorial.h"
#include "WizardSession.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace shardscope {

namespace {

// The editor is filled before any connection exists, so libpq cannot quote yet: names
// that are plain lower-case identifiers stay bare, as the tutorial writes them; others
// are quoted, which is safe in any server encoding.
QString quoted(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (plain.match(name).hasMatch())
        return name;
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

CreateTablePage::CreateTablePage(WizardSession *session, QWidget *parent)
    : StepPage(session, session->tutorial()->createTable(),
               QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/sharding/data_modeling.html")), parent)
    , m_editor(new QPlainTextEdit(this))
{
    setSubTitle(tr("An ordinary PostgreSQL table first; Citus shards it on the next page."));
    runButton()->setText(tr("&Create table"));
    runButton()->setAccessibleName(tr("Create the table"));
    m_editor->setAccessibleName(tr("CREATE TABLE statement"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 9);
    auto *key = new QLabel(tr("Why PRIMARY KEY (user_id, log_id)? Once the table is sharded by user_id, each "
                              "worker can only check uniqueness among its own rows, so Citus requires the "
                              "distribution column in every primary key and unique constraint."),
                           this);
    key->setWordWrap(true);
    contentLayout()->addWidget(m_editor);
    contentLayout()->addWidget(key);
    registerField(QStringLiteral("ddl"), m_editor, "plainText", SIGNAL(textChanged()));
}

CreateTableStep *CreateTablePage::createTable() const
{
    return static_cast<CreateTableStep *>(step());
}

QString CreateTablePage::tutorialSql() const
{
    return CreateTableStep::tutorialSql(quoted(createTable()->table().name));
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
