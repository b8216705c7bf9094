#pragma once

#include "ClusterScaler.h"
#include "NodeAddress.h"
#include "ScaleDialog.h"
#include "TaskWorkerReader.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace shardscope {

struct ClusterEndpoint;
class ClusterLauncher;
class ClusterSession;
class PgConnection;
struct LaunchError;

// Cluster > Add a Worker, Rebalance and Remove a Worker on the session's cluster, shown in
// a ScaleDialog as they happen. On a connection of its own to the coordinator, so that the
// shard map can read the shards (on the session's) while they move.
//
// A worker is added through the launcher where ShardScope started the cluster (the next
// worker, registered as `up` does it), else by the address the user gives; then shards move
// onto it. Before and after, the tutorial's EXPLAIN for users 1 and 2 says which worker
// each one's task runs on. When the rebalancer cannot copy with logical replication, the
// dialog offers to run the same change again with writes blocked.
class ClusterScaleControl : public QObject
{
    Q_OBJECT

public:
    // The worker to add to a cluster ShardScope did not start; nothing: cancelled.
    using AddressQuestion = std::function<std::optional<NodeAddress>()>;
    // Which of the workers to remove; nothing: cancelled.
    using WorkerQuestion = std::function<std::optional<NodeAddress>(const QList<NodeAddress> &workers)>;

    ClusterScaleControl(ClusterSession *session, QWidget *dialogParent);

    void setQuestions(AddressQuestion address, WorkerQuestion worker);
    void setPollInterval(int msecs) { m_scaler->setPollInterval(msecs); }
    ScaleDialog *dialog() const { return m_dialog; }
    bool isBusy() const { return m_busy; }

public slots:
    void addWorker();
    void rebalance();
    void removeWorker();

signals:
    // Progress and outcome in words, for the status bar, when there is no dialog to say it.
    void message(const QString &text);
    // Shards moved (or workers changed): the views of the cluster may read it again.
    void shardsMoved();
    void finished(bool ok);

private:
    using Operation = std::function<void(ClusterScaler::TransferMode mode)>;

    // Shows the dialog and connects; then reads the workers and the users' tasks.
    bool begin(ScaleDialog::Operation operation);
    void onConnected();
    void onWorkersRead();
    void onTasksBefore(const QList<UserTask> &tasks);
    void proceed();
    void launchWorker();
    void onLaunched(const ClusterEndpoint &endpoint);
    void onLaunchFailed(const LaunchError &error);
    void run(ClusterScaler::TransferMode mode);
    void onScaled();
    void finish(bool ok);
    std::optional<NodeAddress> askAddress();
    std::optional<NodeAddress> askWorker(const QList<NodeAddress> &workers);

    ClusterSession *m_session;
    QWidget *m_dialogParent;
    AddressQuestion m_addressQuestion;
    WorkerQuestion m_workerQuestion;
    PgConnection *m_connection;
    ClusterScaler *m_scaler;
    TaskWorkerReader *m_tasks;
    ScaleDialog *m_dialog;
    ClusterLauncher *m_launcher = nullptr;
    bool m_busy = false;
    bool m_readingWorkers = false;
    // The session's cluster changed since this connection was made.
    bool m_reconnect = false;
    ScaleDialog::Operation m_operationKind = ScaleDialog::Operation::Rebalance;
    std::optional<NodeAddress> m_chosen; // the worker to add (existing clusters) or remove
    Operation m_operation; // what runs again with writes blocked
    QList<NodeAddress> m_workers;
    QList<UserTask> m_before;
};

} // namespace shardscope
