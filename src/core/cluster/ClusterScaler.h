#pragma once

#include "ErrorDiagnosis.h"
#include "NodeAddress.h"
#include "PgResult.h"
#include "RebalanceStatus.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>
#include <QVariantList>

#include <functional>
#include <optional>

namespace shardscope {

class PgConnection;

// Changes the workers of a running Citus cluster on a connection to its coordinator, and
// moves the shards after: adds a worker (citus_add_node), rebalances, or removes a worker
// after draining it. Shards move in a Citus background job (citus_rebalance_start), which
// is polled, never waited for, so the thread stays free; cancel() stops the job
// (citus_rebalance_stop) and the moves done stay done.
//
// A worker is drained as citus_drain_node does it (no more shards for it, then a
// rebalance that only moves shards off it), but in the background, so that its moves are
// shown and can be cancelled like any rebalance; a drain that does not finish gives the
// worker its shards' place back.
//
// One operation at a time. Each ends with exactly one of finished(), cancelled() or
// failed(); note() says in words what was done on the way.
class ClusterScaler : public QObject
{
    Q_OBJECT

public:
    // How Citus copies a shard: Auto, with logical replication, keeps the table writable
    // but needs wal_level = logical and a replica identity on every table; BlockWrites
    // copies it while writes to it wait.
    enum class TransferMode { Auto, BlockWrites };

    // connection: connected, and free while an operation runs.
    explicit ClusterScaler(PgConnection *connection, QObject *parent = nullptr);

    void setPollInterval(int msecs) { m_poll.setInterval(msecs); }
    bool isBusy() const { return m_busy; }

    void addWorker(const NodeAddress &worker, bool rebalance, TransferMode mode);
    void rebalance(TransferMode mode);
    void removeWorker(const NodeAddress &worker, TransferMode mode);
    void cancel();

signals:
    void note(const QString &text);
    // done of total moves; source and target of the one running, when one runs.
    void moveProgress(int done, int total, const shardscope::NodeAddress &source, const shardscope::NodeAddress &target);
    void finished();
    void cancelled();
    void failed(const shardscope::ErrorDiagnosis &diagnosis);

private:
    using Then = std::function<void(const PgResult &result)>;
    using Step = std::function<void()>;

    bool begin();
    void runSteps(const QList<Step> &steps);
    void next();
    // tolerant: an error is no failure of the operation; then gets an empty result.
    void query(const QString &sql, const QVariantList &params, Then then, bool tolerant = false);
    void onQueryDone();
    Step rebalanceStep(TransferMode mode, bool drainOnly);
    void pollJob();
    void onStatus(const RebalanceStatus &status);
    void stopJob(std::optional<ErrorDiagnosis> failure);
    bool checkNode(const NodeAddress &worker);
    // Ends with the failure (nothing: cancelled), after giving a worker whose drain did not
    // finish its shards' place back.
    void end(std::optional<ErrorDiagnosis> failure);
    void report(std::function<void()> signal);
    static QString modeName(TransferMode mode);

    PgConnection *m_connection;
    QTimer m_poll;
    bool m_busy = false;
    QList<Step> m_steps;
    Then m_then;
    PgResult m_result;
    std::optional<PgError> m_error;
    bool m_querying = false;
    bool m_tolerant = false;
    bool m_stopping = false; // citus_rebalance_stop() was sent
    qint64 m_job = 0; // the rebalance job being polled
    bool m_cancelRequested = false;
    std::optional<ErrorDiagnosis> m_stopReason; // why the job is being stopped, when not a cancel
    std::optional<NodeAddress> m_draining;
    QString m_lastTaskError;
    int m_lastDone = -1;
    NodeAddress m_lastSource;
};

} // namespace shardscope
