#include "ClusterScaler.h"

#include "CitusExtensionState.h"
#include "PgConnection.h"

#include <utility>

namespace shardscope {

namespace {

const QString findNodeSql =
    QStringLiteral("SELECT nodeid FROM pg_dist_node WHERE nodename = $1 AND nodeport = $2 AND groupid <> 0");

} // namespace

ClusterScaler::ClusterScaler(PgConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    qRegisterMetaType<ErrorDiagnosis>();
    m_poll.setSingleShot(true);
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ClusterScaler::pollJob);
    // The connection may be shared: only the answers to this scaler's statements count.
    connect(m_connection, &PgConnection::resultReady, this, [this](const PgResult &result) {
        if (m_querying)
            m_result = result;
    });
    connect(m_connection, &PgConnection::queryFailed, this, [this](const PgError &error) {
        if (m_querying)
            m_error = error;
    });
    connect(m_connection, &PgConnection::finished, this, [this] {
        if (m_querying)
            onQueryDone();
    });
}

void ClusterScaler::addWorker(const NodeAddress &worker, bool rebalance, TransferMode mode)
{
    if (!begin())
        return;
    QList<Step> steps{[this, worker] {
        query(findNodeSql, {worker.host, worker.port}, [this, worker](const PgResult &found) {
            if (found.rowCount() > 0) {
                emit note(tr("%1 is a worker of this cluster already (node %2).").arg(worker.toString(), found.value(0, 0)));
                next();
                return;
            }
            query(QStringLiteral("SELECT citus_add_node($1, $2)"), {worker.host, worker.port},
                  [this, worker](const PgResult &added) {
                      emit note(tr("Added %1 to the cluster as node %2.").arg(worker.toString(), added.value(0, 0)));
                      next();
                  });
        });
    }};
    if (rebalance)
        steps << rebalanceStep(mode, false);
    runSteps(steps);
}

void ClusterScaler::rebalance(TransferMode mode)
{
    if (begin())
        runSteps({rebalanceStep(mode, false)});
}

void ClusterScaler::removeWorker(const NodeAddress &worker, TransferMode mode)
{
    if (!begin())
        return;
    runSteps({
        [this, worker] {
            query(findNodeSql, {worker.host, worker.port}, [this, worker](const PgResult &found) {
                if (found.rowCount() == 0) {
                    end(ErrorDiagnosis::because(ErrorDiagnosis::Problem::Other,
                                                tr("%1 is not a worker of this cluster.").arg(worker.toString())));
                    return;
                }
                next();
            });
        },
        [this, worker] {
            query(QStringLiteral("SELECT citus_set_node_property($1, $2, 'shouldhaveshards', false)"),
                  {worker.host, worker.port}, [this, worker](const PgResult &) {
                      m_draining = worker;
                      emit note(tr("%1 takes no new shards; moving its shards to the other workers.").arg(worker.toString()));
                      next();
                  });
        },
        rebalanceStep(mode, true),
        [this, worker] {
            query(QStringLiteral("SELECT citus_remove_node($1, $2)"), {worker.host, worker.port},
                  [this, worker](const PgResult &) {
                      m_draining.reset();
                      emit note(tr("Removed %1 from the cluster.").arg(worker.toString()));
                      next();
                  });
        },
    });
}

void ClusterScaler::cancel()
{
    if (!m_busy || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_job != 0) {
        // Between two looks at the job: stop it now; otherwise the look under way does.
        if (!m_querying) {
            m_poll.stop();
            stopJob(std::nullopt);
        }
        return;
    }
    if (m_querying)
        m_connection->cancel();
}

bool ClusterScaler::begin()
{
    if (m_busy) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit failed(ErrorDiagnosis::because(ErrorDiagnosis::Problem::Other,
                                                    tr("Another change of the cluster's workers is still running.")));
            },
            Qt::QueuedConnection);
        return false;
    }
    m_busy = true;
    m_cancelRequested = false;
    m_stopping = false;
    m_stopReason.reset();
    m_draining.reset();
    m_job = 0;
    m_lastTaskError.clear();
    m_lastDone = -1;
    m_lastSource = {};
    return true;
}

void ClusterScaler::runSteps(const QList<Step> &steps)
{
    m_steps = steps;
    // Without Citus every step fails on a catalog ("schema citus does not exist"): say
    // instead what the database lacks, as the other cluster commands do.
    query(CitusExtensionState::query(), {}, [this](const PgResult &result) {
        if (const auto problem = CitusExtensionState::fromResult(result).problem())
            end(*problem);
        else
            next();
    });
}

void ClusterScaler::next()
{
    if (m_steps.isEmpty()) {
        report([this] { emit finished(); });
        return;
    }
    m_steps.takeFirst()();
}

void ClusterScaler::query(const QString &sql, const QVariantList &params, Then then, bool tolerant)
{
    m_then = std::move(then);
    m_tolerant = tolerant;
    m_result = {};
    m_error.reset();
    m_querying = true;
    if (m_connection->execute(sql, params))
        return;
    m_querying = false;
    m_error = PgError{};
    m_error->message = tr("The connection to the coordinator is not ready for another statement.");
    // From the event loop, as if the server had answered.
    QMetaObject::invokeMethod(this, [this] { m_querying = true; onQueryDone(); }, Qt::QueuedConnection);
}

void ClusterScaler::onQueryDone()
{
    m_querying = false;
    Then then = std::exchange(m_then, nullptr);
    if (!m_error || m_tolerant) {
        then(m_error ? PgResult{} : m_result);
        return;
    }
    if (m_error->kind == PgError::Kind::QueryCanceled && m_cancelRequested)
        end(std::nullopt);
    else
        end(ErrorDiagnosis::of(*m_error));
}

ClusterScaler::Step ClusterScaler::rebalanceStep(TransferMode mode, bool drainOnly)
{
    return [this, mode, drainOnly] {
        query(QStringLiteral("SELECT citus_rebalance_start(drain_only => $1::boolean, "
                             "shard_transfer_mode => $2::citus.shard_transfer_mode)"),
              {drainOnly, modeName(mode)}, [this, drainOnly](const PgResult &started) {
                  if (started.isNull(0, 0)) { // "No moves available for rebalancing"
                      emit note(drainOnly ? tr("The worker holds no shards: nothing to move.")
                                          : tr("Nothing to move: the shards are balanced already."));
                      next();
                      return;
                  }
                  m_job = started.value(0, 0).toLongLong();
                  emit note(tr("Citus moves the shards in background job %1.").arg(m_job));
                  if (m_cancelRequested)
                      stopJob(std::nullopt);
                  else
                      pollJob();
              });
    };
}

void ClusterScaler::pollJob()
{
    query(QStringLiteral("SELECT state, details FROM citus_rebalance_status() WHERE job_id = $1"), {m_job},
          [this](const PgResult &row) { onStatus(RebalanceStatus::parse(row.value(0, 0), row.value(0, 1))); });
}

void ClusterScaler::onStatus(const RebalanceStatus &status)
{
    if (status.done != m_lastDone || status.source != m_lastSource) {
        m_lastDone = status.done;
        m_lastSource = status.source;
        emit moveProgress(status.done, status.total, status.source, status.target);
    }
    if (!status.taskError.isEmpty() && status.taskError != m_lastTaskError) {
        m_lastTaskError = status.taskError;
        PgError error;
        error.message = status.taskError;
        const ErrorDiagnosis diagnosis = ErrorDiagnosis::of(error);
        // Citus would retry such a move for ever: nothing changes between the attempts.
        if (!m_stopping && ErrorDiagnosis::needsBlockingTransfer(diagnosis.problem)) {
            stopJob(diagnosis);
            return;
        }
        if (status.state != RebalanceStatus::State::Failed)
            emit note(tr("A shard move failed; Citus tries it again. It said: %1").arg(status.taskError.simplified()));
    }
    switch (status.state) {
    case RebalanceStatus::State::Finished:
        m_job = 0;
        next();
        return;
    case RebalanceStatus::State::Cancelled:
        m_job = 0;
        end(m_stopReason);
        return;
    case RebalanceStatus::State::Failed: {
        m_job = 0;
        PgError error;
        error.message = status.taskError.isEmpty() ? tr("The rebalance job failed.") : status.taskError;
        end(ErrorDiagnosis::of(error));
        return;
    }
    default:
        break;
    }
    if (m_cancelRequested && !m_stopping)
        stopJob(std::nullopt);
    else
        m_poll.start();
}

void ClusterScaler::stopJob(std::optional<ErrorDiagnosis> failure)
{
    m_stopReason = std::move(failure);
    m_stopping = true;
    // Tolerant: the job may have ended meanwhile ("no ongoing rebalance that can be
    // stopped"); the next look tells how.
    query(QStringLiteral("SELECT citus_rebalance_stop()"), {}, [this](const PgResult &) { pollJob(); }, true);
}

void ClusterScaler::end(std::optional<ErrorDiagnosis> failure)
{
    m_poll.stop();
    m_job = 0;
    const auto signal = [this, failure] {
        if (failure)
            emit failed(*failure);
        else
            emit cancelled();
    };
    if (!m_draining) {
        report(signal);
        return;
    }
    const NodeAddress worker = *std::exchange(m_draining, std::nullopt);
    query(QStringLiteral("SELECT citus_set_node_property($1, $2, 'shouldhaveshards', true)"), {worker.host, worker.port},
          [this, worker, signal](const PgResult &) {
              emit note(tr("%1 stays in the cluster and takes shards again; the shards moved off it stay where they "
                           "went.")
                            .arg(worker.toString()));
              report(signal);
          },
          true);
}

void ClusterScaler::report(std::function<void()> signal)
{
    m_busy = false;
    m_steps.clear();
    QMetaObject::invokeMethod(this, std::move(signal), Qt::QueuedConnection);
}

QString ClusterScaler::modeName(TransferMode mode)
{
    return mode == TransferMode::BlockWrites ? QStringLiteral("block_writes") : QStringLiteral("auto");
}

} // namespace shardscope
