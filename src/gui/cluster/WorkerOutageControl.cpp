#include "WorkerOutageControl.h"

#include "ClusterLauncher.h"
#include "ClusterSession.h"
#include "LocalClusterDirectory.h"
#include "OutageCheck.h"
#include "OutageDialog.h"
#include "Tutorial.h"
#include "WorkerPalette.h"

#include <QInputDialog>
#include <QRegularExpression>

namespace shardscope {

namespace {

// The tutorial's two users: the class follows them from the first EXPLAIN on.
const QList<int> tutorialUsers{1, 2};

} // namespace

WorkerOutageControl::WorkerOutageControl(ClusterSession *session, QWidget *dialogParent)
    : QObject(session)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_dialog(new OutageDialog(dialogParent))
    , m_check(new OutageCheck(this))
    , m_question([this](const QList<NodeAddress> &workers) { return askWorker(workers); })
{
    connect(m_check, &OutageCheck::finished, this, &WorkerOutageControl::onChecked);
    connect(m_check, &OutageCheck::failed, this, [this](const ErrorDiagnosis &error) {
        const QString why = error.explanation.isEmpty() ? error.error.message : error.explanation;
        m_dialog->showError(why);
        finish(tr("The cluster could not be checked: %1").arg(why));
    });
    connect(m_dialog, &OutageDialog::checkRequested, this, &WorkerOutageControl::checkAgain);
    connect(m_dialog, &OutageDialog::startRequested, this, &WorkerOutageControl::startAgain);
    // Another cluster: nothing said of the one before holds.
    connect(m_session, &ClusterSession::clusterChanged, this, [this] {
        m_stopped.reset();
        m_before.reset();
    });
}

void WorkerOutageControl::setWorkerPalette(const WorkerPalette &palette)
{
    m_dialog->setWorkerPalette(palette);
}

std::optional<int> WorkerOutageControl::serverIndex(const LaunchChoice &choice, const NodeAddress &worker)
{
    if (choice.kind == LaunchChoice::Kind::Local) {
        const LocalClusterDirectory directory(choice.localDirectory);
        for (int index = 1; index <= ClusterLauncher::maxWorkers; ++index) {
            if (directory.exists(LocalClusterDirectory::serverName(index))
                && directory.port(LocalClusterDirectory::serverName(index)) == worker.port)
                return index;
        }
        return std::nullopt;
    }
    // Compose registers each worker by its service's name.
    static const QRegularExpression service(QStringLiteral("^worker([1-8])$"));
    const QRegularExpressionMatch match = service.match(worker.host);
    if (choice.kind == LaunchChoice::Kind::Docker && match.hasMatch())
        return match.captured(1).toInt();
    return std::nullopt;
}

std::optional<NodeAddress> WorkerOutageControl::askWorker(const QList<NodeAddress> &workers) const
{
    QStringList items;
    for (const NodeAddress &worker : workers)
        items << worker.toString();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_dialogParent, tr("Stop a Worker"),
        tr("Which worker should stop? Its server stops as if its machine were lost; its data stays, and Start It "
           "Again brings it back."),
        items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return workers.value(int(items.indexOf(chosen)));
}

void WorkerOutageControl::showDialog()
{
    m_dialog->show();
    m_dialog->raise();
}

void WorkerOutageControl::finish(const QString &text)
{
    m_phase = Phase::Idle;
    if (m_launcher)
        m_launcher->deleteLater();
    if (!text.isEmpty())
        emit message(text);
}

bool WorkerOutageControl::makeLauncher()
{
    m_launcher = m_session->makeLauncher().release();
    if (!m_launcher) {
        emit message(tr("ShardScope did not start this cluster: stop or start its workers where they run."));
        return false;
    }
    m_launcher->setParent(this);
    m_launcher->setEnvironment(m_environment);
    connect(m_launcher, &ClusterLauncher::progress, this, [this](int, int, const QString &label) {
        m_dialog->showBusy(label);
        emit message(label);
    });
    connect(m_launcher, &ClusterLauncher::failed, this, &WorkerOutageControl::onLaunchFailed);
    return true;
}

void WorkerOutageControl::stopWorker()
{
    if (isBusy())
        return;
    if (!m_session->launchChoice().startsCluster()) {
        emit message(tr("ShardScope did not start this cluster: stop or start its workers where they run."));
        return;
    }
    // The rows of every shard first, to compare with once the worker is back.
    showDialog();
    runCheck(Phase::Counting);
}

void WorkerOutageControl::runCheck(Phase phase)
{
    m_phase = phase;
    const QString text = tr("Checking the workers and the users' queries…");
    m_dialog->showBusy(text);
    emit message(text);
    m_check->check(m_session->profile(), m_session->tutorial()->table().name, tutorialUsers);
}

void WorkerOutageControl::checkAgain()
{
    if (isBusy())
        return;
    showDialog();
    runCheck(Phase::Checking);
}

void WorkerOutageControl::onChecked()
{
    const OutageReport &report = m_check->report();
    const Phase phase = m_phase;
    std::optional<ShardRowCounts::Comparison> comparison;
    if (report.unreachableWorkers().isEmpty()) {
        // Every worker answers: after a stop, counts to compare with; else the baseline (also
        // before a new stop, when the worker stopped last came back without this control).
        if (m_before && m_stopped && phase != Phase::Counting)
            comparison = m_before->compareWith(report.counts());
        else
            m_before = report.counts();
        if (phase != Phase::Counting)
            m_stopped.reset();
    }
    m_dialog->showReport(report, comparison);
    emit lostWorkersChanged(report.unreachableWorkers());
    emit reportShown();
    if (phase != Phase::Counting) {
        finish(m_dialog->headline());
        return;
    }
    const QList<WorkerInfo> &workers = report.workers;
    QList<NodeAddress> choices;
    for (const WorkerInfo &worker : workers)
        choices << worker.address;
    const std::optional<NodeAddress> chosen = choices.isEmpty() ? std::nullopt : m_question(choices);
    if (!chosen) {
        finish(choices.isEmpty() ? tr("The cluster has no workers to stop.") : QString());
        return;
    }
    m_stopped = chosen;
    stopChosen();
}

void WorkerOutageControl::stopChosen()
{
    const std::optional<int> index = serverIndex(m_session->launchChoice(), *m_stopped);
    if (!index) {
        const QString text = tr("%1 is not one of the servers ShardScope started for this cluster.").arg(m_stopped->toString());
        m_stopped.reset();
        m_dialog->showError(text);
        finish(text);
        return;
    }
    if (!makeLauncher()) {
        m_stopped.reset();
        m_phase = Phase::Idle;
        return;
    }
    m_phase = Phase::Stopping;
    connect(m_launcher, &ClusterLauncher::stopped, this, [this] { runCheck(Phase::Checking); });
    m_launcher->stopWorker(*index);
}

void WorkerOutageControl::startAgain()
{
    if (isBusy() || !makeLauncher())
        return;
    m_phase = Phase::Starting;
    showDialog();
    // up() starts what is stopped and adds nothing to what runs; the stopped worker's
    // number counts, should the cluster have grown past the count it was started with.
    const LaunchChoice &choice = m_session->launchChoice();
    const int workers = qMax(choice.workers, m_stopped ? serverIndex(choice, *m_stopped).value_or(0) : 0);
    connect(m_launcher, &ClusterLauncher::ready, this, [this] { runCheck(Phase::Checking); });
    m_launcher->up(workers, choice.port);
}

void WorkerOutageControl::onLaunchFailed(const LaunchError &error)
{
    if (m_phase == Phase::Stopping)
        m_stopped.reset();
    m_dialog->showError(error.message);
    finish(error.message);
}

} // namespace shardscope
