#include "StepPage.h"

#include "ClusterSession.h"
#include "ErrorDiagnosis.h"
#include "PgConnection.h"
#include "PsqlCommand.h"
#include "SqlLiteral.h"
#include "StatusLabel.h"
#include "TutorialStep.h"
#include "WorkerPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

namespace shardscope {

using Status = StatusLabel::Status;
using State = TutorialStep::State;

StepPage::StepPage(ClusterSession *session, TutorialStep *step, const QUrl &documentation, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_step(step)
    , m_documentation(documentation)
    , m_layout(new QVBoxLayout(this))
    , m_content(new QVBoxLayout)
    , m_resultRow(new QHBoxLayout)
    , m_buttons(new QHBoxLayout)
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new StatusLabel(this))
    , m_results(new QTabWidget(this))
    , m_panel(new SqlPanel(this))
{
    m_buttons->addWidget(m_run);
    m_buttons->addWidget(m_cancel);
    m_buttons->addStretch(1);

    m_layout->addLayout(m_content);
    m_layout->addLayout(m_buttons);
    m_layout->addWidget(m_progress);
    m_progress->hide();
    m_layout->addWidget(m_status);
    m_resultRow->addWidget(m_results, 1);
    m_layout->addLayout(m_resultRow, 1);
    m_layout->addStretch(1);
    m_layout->addWidget(m_panel);
    m_results->hide();

    connect(m_run, &QPushButton::clicked, this, &StepPage::run);
    connect(m_cancel, &QPushButton::clicked, m_step, &TutorialStep::cancel);
    connect(m_step, &TutorialStep::stateChanged, this, &StepPage::showState);
    connect(m_step, &TutorialStep::checked, this, &StepPage::showTables);
    connect(m_step, &TutorialStep::finished, this, &StepPage::showTables);
    connect(m_step, &TutorialStep::progress, this, &StepPage::showProgress);
    connect(m_session, &ClusterSession::connected, this, [this] {
        m_connectionProblem = ConnectionProblem::None;
        if (!m_waitingForConnection)
            return;
        m_waitingForConnection = false;
        refreshPanel();
        m_step->check();
    });
    connect(m_session, &ClusterSession::connectFailed, this, [this](const QString &message) {
        if (!m_waitingForConnection)
            return;
        m_waitingForConnection = false;
        m_connectionProblem = ConnectionProblem::ConnectFailed;
        m_connectError = message;
        showState();
    });
    connect(m_session->connection(), &PgConnection::stateChanged, this, &StepPage::onConnectionStateChanged);
    connect(m_session, &ClusterSession::clusterChanged, this, &StepPage::forgetCluster);
    retranslateUi();
}

void StepPage::retranslateUi()
{
    setTitle(m_step->title());
    m_run->setText(tr("&Run"));
    m_cancel->setText(tr("Cancel"));
    m_run->setAccessibleName(tr("Run this step"));
    m_cancel->setAccessibleName(tr("Cancel this step"));
    m_results->setAccessibleName(tr("Results"));
    m_status->setAccessibleName(tr("Step status"));
    m_progress->setAccessibleName(tr("Rows sent"));
    // The step's texts come from its own tr(): a panel already filled is filled again.
    if (m_session->isConnected())
        refreshPanel();
    showState();
}

void StepPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void StepPage::addButton(QAbstractButton *button)
{
    // Before the stretch that ends the row, in the order added.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void StepPage::addResultWidget(QWidget *widget, int stretch)
{
    m_resultRow->addWidget(widget, stretch);
    updateResultArea();
}

void StepPage::initializePage()
{
    startCheck();
}

void StepPage::checkAgain()
{
    startCheck();
}

void StepPage::onConnectionStateChanged()
{
    // A page never checked shows nothing yet, a page connecting says so itself, a step that
    // was running fails with its own words, and a failed attempt to connect (reported just
    // before) says more than this.
    if (m_session->connection()->state() != PgConnection::State::Disconnected || m_waitingForConnection
        || m_step->state() == State::Unchecked || m_step->isBusy() || m_connectionProblem != ConnectionProblem::None)
        return;
    m_connectionProblem = ConnectionProblem::Closed;
    connectionGone();
    showState();
}

void StepPage::forgetCluster()
{
    m_connectionProblem = ConnectionProblem::None;
    while (m_results->count() > 0)
        delete m_results->widget(0);
    m_results->hide();
    clearResult();
    updateResultArea();
    m_status->setStatus(Status::Idle, QString());
}

void StepPage::cleanupPage()
{
    // Back while a step runs stops it rather than leaving it to finish unseen.
    m_step->cancel();
    m_waitingForConnection = false;
}

bool StepPage::isComplete() const
{
    // Next on a cluster that is gone would only meet the same problem on the next page.
    return m_step->state() == State::Done && m_connectionProblem == ConnectionProblem::None;
}

bool StepPage::canRun() const
{
    return m_step->state() == State::ToDo || m_step->state() == State::Failed;
}

void StepPage::refreshPanel()
{
    const QString sql = m_step->sql();
    const QVariantList parameters = m_step->parameters();
    QString sent = sql;
    if (!parameters.isEmpty()) {
        QStringList values;
        for (qsizetype i = 0; i < parameters.size(); ++i)
            values << QStringLiteral("$%1 = %2").arg(i + 1).arg(SqlLiteral::of(parameters.at(i)));
        // The values travel apart from the text; said where the learner reads the text.
        sent += QStringLiteral("\n-- ") + values.join(QStringLiteral(", "));
    }
    m_panel->setContent({sent, PsqlCommand::forSql(SqlLiteral::inlined(sql, parameters)), m_step->explanation(),
                         m_documentation});
}

void StepPage::startCheck()
{
    if (m_step->isBusy() || m_waitingForConnection)
        return;
    m_waitingForConnection = true;
    showState();
    m_session->ensureConnected();
}

bool StepPage::requireConnection()
{
    if (m_session->isConnected())
        return true;
    startCheck();
    return false;
}

void StepPage::run()
{
    if (m_step->isBusy() || !requireConnection())
        return;
    prepareRun();
    refreshPanel();
    m_step->run();
}

void StepPage::showState()
{
    // Without a connection Run stays usable: it connects again and says how that went.
    m_run->setEnabled(!m_waitingForConnection && !m_step->isBusy() && canRun());
    m_cancel->setEnabled(m_step->isBusy());
    if (!m_step->isBusy())
        m_progress->hide();
    if (m_waitingForConnection)
        m_status->setStatus(Status::Busy, tr("Connecting…"));
    else if (m_connectionProblem != ConnectionProblem::None && !m_step->isBusy())
        showConnectionProblem();
    else
        showStepStatus();
    emit completeChanged();
}

void StepPage::showStepStatus()
{
    switch (m_step->state()) {
    case State::Unchecked:
        break;
    case State::Checking:
        m_status->setStatus(Status::Busy, tr("Checking…"));
        break;
    case State::Running:
        m_status->setStatus(Status::Busy, tr("Running…"));
        break;
    case State::ToDo:
        m_status->setStatus(Status::Idle, toDoText());
        break;
    case State::Done:
        showDoneStatus();
        break;
    case State::Failed:
        if (const auto &error = m_step->error())
            m_status->setStatus(error->problem == ErrorDiagnosis::Problem::Canceled ? Status::Warning : Status::Error,
                                problemTitle(*error), error->explanation);
        break;
    }
}

void StepPage::showConnectionProblem()
{
    if (m_connectionProblem == ConnectionProblem::ConnectFailed) {
        m_status->setStatus(Status::Error, tr("Not connected to a cluster"),
                            tr("%1\nGo back to the cluster page to start or connect to one.").arg(m_connectError));
        return;
    }
    m_status->setStatus(Status::Error, tr("No connection to the cluster any more"),
                        tr("The connection to the coordinator closed: the cluster was stopped, or its server went "
                           "away. What this page shows is from before. Its buttons connect again first; to start a "
                           "cluster, go back to the page that starts one."));
}

void StepPage::showTables()
{
    // The page's own widgets first: the workers page tells the session the cluster's
    // workers, whose colours the tables then show beside each worker's name.
    showResult();
    while (m_results->count() > 0)
        delete m_results->widget(0);
    const WorkerPalette workers(m_session->workers());
    for (const ResultTable &table : m_step->result().tables) {
        auto *view = new QTableWidget(int(table.rows.size()), int(table.columns.size()), m_results);
        view->setHorizontalHeaderLabels(table.columns);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setAccessibleName(table.title);
        for (int row = 0; row < table.rows.size(); ++row) {
            for (int column = 0; column < table.rows[row].size(); ++column) {
                const QString &text = table.rows[row][column];
                auto *item = new QTableWidgetItem(text);
                const std::optional<NodeAddress> worker = NodeAddress::parse(text);
                if (worker && workers.contains(*worker))
                    item->setData(Qt::DecorationRole, workers.color(*worker));
                view->setItem(row, column, item);
            }
        }
        view->resizeColumnsToContents();
        m_results->addTab(view, table.title);
    }
    m_results->setVisible(m_results->count() > 0);
    updateResultArea();
    showState();
}

void StepPage::showProgress(qint64 done, qint64 total)
{
    // QProgressBar counts in int: the bar moves in thousandths of the load, and the text
    // gives the exact numbers.
    constexpr int steps = 1000;
    m_progress->setRange(0, steps);
    m_progress->setValue(total > 0 ? int(done * steps / total) : 0);
    const QLocale locale;
    m_progress->setFormat(tr("%1 of %2 rows sent").arg(locale.toString(done), locale.toString(total)));
    m_progress->show();
}

QString StepPage::lineStart(const QString &summary)
{
    // The steps' summaries are written to follow "Insert rows: " on the command line.
    if (summary.isEmpty() || !summary.front().isLower())
        return summary;
    return QLocale().toUpper(summary.left(1)) + summary.mid(1);
}

void StepPage::showDoneStatus()
{
    m_status->setStatus(Status::Ok,
                        m_step->wasAlreadyDone() ? tr("Already done: %1").arg(m_step->result().summary)
                                                 : lineStart(m_step->result().summary),
                        m_step->result().notes.join(QLatin1Char('\n')));
}

void StepPage::updateResultArea()
{
    bool any = false;
    for (int i = 0; i < m_resultRow->count() && !any; ++i) {
        const QWidget *widget = m_resultRow->itemAt(i)->widget();
        any = widget && !widget->isHidden();
    }
    const int row = m_layout->indexOf(m_resultRow);
    m_layout->setStretch(row, any ? 1 : 0);
    m_layout->setStretch(row + 1, any ? 0 : 1);
}

QString StepPage::problemTitle(const ErrorDiagnosis &error)
{
    switch (error.problem) {
    case ErrorDiagnosis::Problem::CitusNotInstalled:
        return tr("Not a Citus cluster: Citus is not installed on this server");
    case ErrorDiagnosis::Problem::CitusNotCreated:
        return tr("Not a Citus cluster yet: the citus extension is not created in this database");
    case ErrorDiagnosis::Problem::CitusNotPreloaded:
        return tr("Not a Citus cluster: citus is not in shared_preload_libraries");
    case ErrorDiagnosis::Problem::NoWorkers:
        return tr("The coordinator has no workers");
    case ErrorDiagnosis::Problem::WorkerUnreachable:
        return tr("A worker does not answer");
    case ErrorDiagnosis::Problem::TableMissing:
        return tr("The table does not exist yet");
    case ErrorDiagnosis::Problem::AlreadyDistributed:
        return tr("The table is already distributed");
    case ErrorDiagnosis::Problem::PrimaryKeyWithoutDistributionColumn:
        return tr("The primary key does not include the distribution column");
    case ErrorDiagnosis::Problem::MissingColumn:
        return tr("No such column");
    case ErrorDiagnosis::Problem::ExplainAnalyzeUnsupported:
        return tr("Citus cannot EXPLAIN ANALYZE this statement");
    case ErrorDiagnosis::Problem::ComplexJoin:
        return tr("Citus cannot run this join");
    case ErrorDiagnosis::Problem::NoReplicaIdentity:
    case ErrorDiagnosis::Problem::LogicalDecodingOff:
        return tr("Citus cannot move the shards while they stay writable");
    case ErrorDiagnosis::Problem::TimedOut:
        return tr("The statement took too long");
    case ErrorDiagnosis::Problem::ConnectionLost:
        return tr("The connection to the coordinator was lost");
    case ErrorDiagnosis::Problem::Canceled:
        return tr("Cancelled");
    case ErrorDiagnosis::Problem::Other:
        break;
    }
    return tr("The step failed");
}

} // namespace shardscope
