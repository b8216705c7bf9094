#include "StepPage.h"

#include "ErrorDiagnosis.h"
#include "StatusLabel.h"
#include "TutorialStep.h"
#include "WizardSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

namespace shardscope {

using Status = StatusLabel::Status;
using State = TutorialStep::State;

StepPage::StepPage(WizardSession *session, TutorialStep *step, const QUrl &documentation, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_step(step)
    , m_documentation(documentation)
    , m_layout(new QVBoxLayout(this))
    , m_content(new QVBoxLayout)
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new StatusLabel(this))
    , m_results(new QTabWidget(this))
    , m_panel(new SqlPanel(this))
{
    setTitle(step->title());
    m_run->setAccessibleName(tr("Run this step"));
    m_cancel->setAccessibleName(tr("Cancel this step"));
    m_results->setAccessibleName(tr("Results"));
    m_status->setAccessibleName(tr("Step status"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);

    m_layout->addLayout(m_content);
    m_layout->addLayout(buttons);
    m_layout->addWidget(m_status);
    m_layout->addWidget(m_results, 1);
    // Takes the room while there are no results, so the rest stays together at the top.
    m_layout->addStretch(1);
    m_layout->addWidget(m_panel);
    m_results->hide();

    connect(m_run, &QPushButton::clicked, this, &StepPage::run);
    connect(m_cancel, &QPushButton::clicked, m_step, &TutorialStep::cancel);
    connect(m_step, &TutorialStep::stateChanged, this, &StepPage::update);
    connect(m_step, &TutorialStep::checked, this, &StepPage::showTables);
    connect(m_step, &TutorialStep::finished, this, &StepPage::showTables);
    connect(m_session, &WizardSession::connected, this, [this] {
        if (!m_waitingForConnection)
            return;
        m_waitingForConnection = false;
        refreshPanel();
        m_step->check();
    });
    connect(m_session, &WizardSession::connectFailed, this, [this](const QString &message) {
        if (!m_waitingForConnection)
            return;
        m_waitingForConnection = false;
        m_status->setStatus(Status::Error, tr("Not connected to a cluster"),
                            tr("%1\nGo back to the cluster page to start or connect to one.").arg(message));
        update();
    });
    update();
}

void StepPage::initializePage()
{
    startCheck();
}

void StepPage::cleanupPage()
{
    // Back while a step runs stops it rather than leaving it to finish unseen.
    m_step->cancel();
    m_waitingForConnection = false;
}

bool StepPage::isComplete() const
{
    return m_step->state() == State::Done;
}

bool StepPage::canRun() const
{
    return m_step->state() == State::ToDo || m_step->state() == State::Failed;
}

void StepPage::refreshPanel()
{
    m_panel->setContent({m_step->sql(), SqlPanel::psqlCommand(m_step->sql()), m_step->explanation(), m_documentation});
}

void StepPage::startCheck()
{
    if (m_step->isBusy() || m_waitingForConnection)
        return;
    m_waitingForConnection = true;
    m_status->setStatus(Status::Busy, tr("Connecting…"));
    m_session->ensureConnected();
}

void StepPage::run()
{
    if (m_step->isBusy() || !m_session->isConnected())
        return;
    prepareRun();
    refreshPanel();
    m_step->run();
}

void StepPage::update()
{
    const State state = m_step->state();
    m_run->setEnabled(!m_waitingForConnection && m_session->isConnected() && !m_step->isBusy() && canRun());
    m_cancel->setEnabled(m_step->isBusy());
    switch (state) {
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
        m_status->setStatus(Status::Ok,
                            m_step->wasAlreadyDone() ? tr("Already done: %1").arg(m_step->result().summary)
                                                     : m_step->result().summary,
                            m_step->result().notes.join(QLatin1Char('\n')));
        break;
    case State::Failed:
        if (const auto &error = m_step->error())
            m_status->setStatus(error->problem == ErrorDiagnosis::Problem::Canceled ? Status::Warning : Status::Error,
                                problemTitle(*error), error->explanation);
        break;
    }
    emit completeChanged();
}

void StepPage::showTables()
{
    m_results->clear();
    for (const ResultTable &table : m_step->result().tables) {
        auto *view = new QTableWidget(int(table.rows.size()), int(table.columns.size()), m_results);
        view->setHorizontalHeaderLabels(table.columns);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setAccessibleName(table.title);
        for (int row = 0; row < table.rows.size(); ++row) {
            for (int column = 0; column < table.rows[row].size(); ++column)
                view->setItem(row, column, new QTableWidgetItem(table.rows[row][column]));
        }
        view->resizeColumnsToContents();
        m_results->addTab(view, table.title);
    }
    const bool any = m_results->count() > 0;
    m_results->setVisible(any);
    m_layout->setStretch(m_layout->indexOf(m_results) + 1, any ? 0 : 1);
    showResult();
    update();
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
    case ErrorDiagnosis::Problem::Canceled:
        return tr("Canceled");
    default:
        break;
    }
    return tr("The step failed");
}

} // namespace shardscope
