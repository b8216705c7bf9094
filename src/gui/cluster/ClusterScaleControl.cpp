#include "ClusterScaleControl.h"

#include "ClusterEndpoint.h"
#include "ClusterLauncher.h"
#include "ClusterSession.h"
#include "LaunchChoice.h"
#include "PgConnection.h"
#include "Tutorial.h"

#include <QInputDialog>

#include <algorithm>
#include <utility>

namespace shardscope {

namespace {

const QString workersSql = QStringLiteral(
    "SELECT nodename, nodeport FROM pg_dist_node WHERE groupid <> 0 AND noderole = 'primary' ORDER BY nodeid");
// The users the tutorial's EXPLAIN compares.
const QList<int> comparedUsers{1, 2};

} // namespace

ClusterScaleControl::ClusterScaleControl(ClusterSession *session, QWidget *dialogParent)
    : QObject(session)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_addressQuestion([this] { return askAddress(); })
    , m_workerQuestion([this](const QList<NodeAddress> &workers) { return askWorker(workers); })
    , m_connection(new PgConnection(this))
    , m_scaler(new ClusterScaler(m_connection, this))
    , m_tasks(new TaskWorkerReader(m_connection, this))
    , m_dialog(new ScaleDialog(dialogParent))
{
    m_dialog->follow(m_scaler);
    connect(m_dialog, &ScaleDialog::shardsMoved, this, &ClusterScaleControl::shardsMoved);
    connect(m_dialog, &ScaleDialog::cancelRequested, this, [this] {
        if (m_launcher)
            m_launcher->cancel();
        else if (m_scaler->isBusy())
            m_scaler->cancel();
        else if (m_busy)
            finish(false);
    });
    connect(m_dialog, &ScaleDialog::blockWritesRequested, this, [this] {
        if (m_busy || !m_operation)
            return;
        m_busy = true;
        m_dialog->resume();
        m_dialog->addNote(tr("Again, with writes blocked while each shard is copied."));
        run(ClusterScaler::TransferMode::BlockWrites);
    });
    connect(m_connection, &PgConnection::connected, this, &ClusterScaleControl::onConnected);
    connect(m_connection, &PgConnection::failed, this, [this](const PgError &error) {
        if (!m_busy)
            return;
        m_dialog->showFailure(ErrorDiagnosis::of(error));
        finish(false);
    });
    // The workers, read once per change on this connection (the scaler and the task reader
    // only hear their own statements).
    connect(m_connection, &PgConnection::resultReady, this, [this](const PgResult &result) {
        if (!m_readingWorkers)
            return;
        m_workers.clear();
        for (int row = 0; row < result.rowCount(); ++row)
            m_workers << NodeAddress{result.value(row, 0), result.value(row, 1).toInt()};
    });
    connect(m_connection, &PgConnection::queryFailed, this, [this](const PgError &error) {
        if (!std::exchange(m_readingWorkers, false))
            return;
        m_dialog->showFailure(ErrorDiagnosis::of(error));
        finish(false);
    });
    connect(m_connection, &PgConnection::finished, this, [this] {
        if (std::exchange(m_readingWorkers, false))
            onWorkersRead();
    });
    connect(m_tasks, &TaskWorkerReader::tasksRead, this, [this](const QList<UserTask> &tasks) {
        if (!m_busy)
            return;
        if (m_before.isEmpty())
            onTasksBefore(tasks);
        else {
            m_dialog->showTaskMoves(m_before, tasks);
            finish(true);
        }
    });
    connect(m_tasks, &TaskWorkerReader::failed, this, [this](const ErrorDiagnosis &diagnosis) {
        if (!m_busy)
            return;
        if (m_before.isEmpty()) {
            // No tutorial table (yet): the change is worth making all the same.
            m_dialog->addNote(tr("No plans to compare before and after: %1").arg(diagnosis.explanation));
            proceed();
        } else {
            m_dialog->addNote(tr("The plans after the change could not be read: %1").arg(diagnosis.explanation));
            finish(true);
        }
    });
    connect(session, &ClusterSession::clusterChanged, this, [this] { m_reconnect = true; });
    connect(m_scaler, &ClusterScaler::finished, this, &ClusterScaleControl::onScaled);
    connect(m_scaler, &ClusterScaler::cancelled, this, [this] { finish(false); });
    connect(m_scaler, &ClusterScaler::failed, this, [this] { finish(false); });
}

void ClusterScaleControl::setQuestions(AddressQuestion address, WorkerQuestion worker)
{
    m_addressQuestion = std::move(address);
    m_workerQuestion = std::move(worker);
}

void ClusterScaleControl::addWorker()
{
    if (m_busy)
        return;
    m_chosen.reset();
    // A cluster ShardScope did not start: the user says where the new worker runs.
    if (m_session->hasProfile() && !m_session->launchChoice().startsCluster()) {
        m_chosen = m_addressQuestion();
        if (!m_chosen)
            return;
    }
    begin(ScaleDialog::Operation::AddWorker);
}

void ClusterScaleControl::rebalance()
{
    begin(ScaleDialog::Operation::Rebalance);
}

void ClusterScaleControl::removeWorker()
{
    if (m_busy)
        return;
    m_chosen.reset();
    begin(ScaleDialog::Operation::RemoveWorker);
}

bool ClusterScaleControl::begin(ScaleDialog::Operation operation)
{
    if (m_busy)
        return false;
    if (!m_session->hasProfile()) {
        emit message(tr("No cluster yet: start or choose one in the tutorial wizard."));
        emit finished(false);
        return false;
    }
    // Another cluster since, or a statement of a cancelled run still out: a new connection.
    // Done before this run is busy, so that the task reader's "closed" belongs to no run.
    if (std::exchange(m_reconnect, false) || m_connection->state() != PgConnection::State::Ready)
        m_connection->disconnectFromServer();
    m_busy = true;
    m_operationKind = operation;
    m_operation = nullptr;
    m_before.clear();
    m_workers.clear();
    m_dialog->setWorkerPalette(WorkerPalette(m_session->workers()));
    m_dialog->begin(operation);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->addNote(tr("Connecting to the coordinator…"));
    if (m_connection->state() == PgConnection::State::Ready)
        onConnected();
    else
        m_connection->connectToServer(m_session->profile());
    return true;
}

void ClusterScaleControl::onConnected()
{
    if (!m_busy)
        return;
    m_readingWorkers = true;
    if (!m_connection->execute(workersSql)) {
        m_readingWorkers = false;
        m_dialog->showFailure(ErrorDiagnosis::because(
            ErrorDiagnosis::Problem::Other, tr("The connection to the coordinator is not ready for another statement.")));
        finish(false);
    }
}

void ClusterScaleControl::onWorkersRead()
{
    if (m_operationKind == ScaleDialog::Operation::RemoveWorker) {
        if (m_workers.size() < 2) {
            m_dialog->showFailure(ErrorDiagnosis::because(
                ErrorDiagnosis::Problem::Other,
                tr("The cluster has %n worker(s): its shards need at least one left.", nullptr,
                   int(m_workers.size()))));
            finish(false);
            return;
        }
        m_chosen = m_workerQuestion(m_workers);
        if (!m_chosen) {
            m_dialog->addNote(tr("No worker chosen: nothing changed."));
            finish(false);
            return;
        }
    }
    m_dialog->addNote(tr("Reading on which worker the tutorial's query runs for users 1 and 2…"));
    m_tasks->read(m_session->tutorial()->table().name, comparedUsers);
}

void ClusterScaleControl::onTasksBefore(const QList<UserTask> &tasks)
{
    m_before = tasks;
    proceed();
}

void ClusterScaleControl::proceed()
{
    switch (m_operationKind) {
    case ScaleDialog::Operation::AddWorker:
        if (m_chosen) {
            const NodeAddress worker = *m_chosen;
            m_operation = [this, worker](ClusterScaler::TransferMode mode) { m_scaler->addWorker(worker, true, mode); };
            run(ClusterScaler::TransferMode::Auto);
        } else {
            launchWorker();
        }
        return;
    case ScaleDialog::Operation::RemoveWorker: {
        const NodeAddress worker = *m_chosen;
        m_operation = [this, worker](ClusterScaler::TransferMode mode) { m_scaler->removeWorker(worker, mode); };
        run(ClusterScaler::TransferMode::Auto);
        return;
    }
    case ScaleDialog::Operation::Rebalance:
        m_operation = [this](ClusterScaler::TransferMode mode) { m_scaler->rebalance(mode); };
        run(ClusterScaler::TransferMode::Auto);
        return;
    }
}

void ClusterScaleControl::launchWorker()
{
    const int workers = int(m_workers.size()) + 1;
    if (workers > ClusterLauncher::maxWorkers) {
        m_dialog->showFailure(ErrorDiagnosis::because(
            ErrorDiagnosis::Problem::Other,
            tr("ShardScope starts at most %n worker(s).", nullptr, ClusterLauncher::maxWorkers)));
        finish(false);
        return;
    }
    m_launcher = m_session->makeLauncher().release();
    m_launcher->setParent(this);
    connect(m_launcher, &ClusterLauncher::progress, m_dialog,
            [this](int, int, const QString &label) { m_dialog->addNote(label); });
    connect(m_launcher, &ClusterLauncher::ready, this, &ClusterScaleControl::onLaunched);
    connect(m_launcher, &ClusterLauncher::failed, this, &ClusterScaleControl::onLaunchFailed);
    m_dialog->addNote(tr("Starting worker %1 and registering it with the coordinator…").arg(workers));
    m_launcher->up(workers, m_session->launchChoice().port);
}

void ClusterScaleControl::onLaunched(const ClusterEndpoint &endpoint)
{
    std::exchange(m_launcher, nullptr)->deleteLater();
    const auto added = std::find_if(endpoint.workers.cbegin(), endpoint.workers.cend(),
                                    [this](const WorkerNode &worker) { return !m_workers.contains(worker.address()); });
    if (added != endpoint.workers.cend())
        m_dialog->addNote(tr("%1 runs and is a worker of the cluster.").arg(added->address().toString()));
    emit shardsMoved();
    m_operation = [this](ClusterScaler::TransferMode mode) { m_scaler->rebalance(mode); };
    run(ClusterScaler::TransferMode::Auto);
}

void ClusterScaleControl::onLaunchFailed(const LaunchError &error)
{
    std::exchange(m_launcher, nullptr)->deleteLater();
    m_dialog->showFailure(ErrorDiagnosis::because(ErrorDiagnosis::Problem::Other,
                                                  tr("The new worker did not start: %1").arg(error.message)));
    finish(false);
}

void ClusterScaleControl::run(ClusterScaler::TransferMode mode)
{
    m_operation(mode);
}

void ClusterScaleControl::onScaled()
{
    if (m_before.isEmpty()) {
        finish(true);
        return;
    }
    m_dialog->addNote(tr("Reading the plans again…"));
    m_tasks->read(m_session->tutorial()->table().name, comparedUsers);
}

void ClusterScaleControl::finish(bool ok)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_dialog->end();
    emit shardsMoved();
    emit finished(ok);
}

std::optional<NodeAddress> ClusterScaleControl::askAddress()
{
    bool ok = false;
    const QString text = QInputDialog::getText(m_dialogParent, tr("Add a Worker"),
                                               tr("The new worker's host and port, as the coordinator reaches it "
                                                  "(a PostgreSQL server with Citus, e.g. worker3:5432):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    const auto address = NodeAddress::parse(text.trimmed());
    if (!address || address->port < 1 || address->port > 65535) {
        emit message(tr("\"%1\" is not a worker's address: give it as HOST:PORT").arg(text));
        return std::nullopt;
    }
    return address;
}

std::optional<NodeAddress> ClusterScaleControl::askWorker(const QList<NodeAddress> &workers)
{
    QStringList names;
    for (const NodeAddress &worker : workers)
        names << worker.toString();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_dialogParent, tr("Remove a Worker"),
                                                 tr("Move every shard off this worker, then remove it:"), names,
                                                 int(names.size()) - 1, false, &ok);
    if (!ok)
        return std::nullopt;
    return workers.value(int(names.indexOf(chosen)));
}

} // namespace shardscope
