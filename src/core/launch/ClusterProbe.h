#pragma once

#include "ConnectionProfile.h"
#include "LaunchError.h"
#include "WorkerNode.h"

#include <QObject>
#include <QTimer>

namespace shardscope {

class SqlScript;

// Asks the coordinator which workers it has registered and whether it reaches each of them
// (run_command_on_workers). Once, for status; or again every second until the expected
// workers are all registered and every registered worker answers, for up.
class ClusterProbe : public QObject
{
    Q_OBJECT

public:
    struct Result {
        bool connected = false; // the coordinator answered
        QList<WorkerNode> workers;
        LaunchError::Kind kind = LaunchError::Kind::Failed; // of problem
        QString problem; // translated; empty when ready
        bool isReady() const { return problem.isEmpty(); }
    };

    explicit ClusterProbe(QObject *parent = nullptr);

    // Reports finished() once, never from inside the call. Waiting, it reports only when
    // ready or when waiting is pointless (the coordinator has no Citus).
    void start(const ConnectionProfile &coordinator, const QList<WorkerNode> &expected, bool waitUntilReady);
    // Stops without signals.
    void stop();
    // Why the cluster was not ready at the last attempt; for timeout messages.
    const QString &lastProblem() const { return m_lastProblem; }

signals:
    void finished(const shardscope::ClusterProbe::Result &result);

private:
    void attempt();
    void conclude(const Result &result);
    Result evaluate(const QList<WorkerNode> &registered) const;

    SqlScript *m_script;
    QTimer m_retry;
    ConnectionProfile m_coordinator;
    QList<WorkerNode> m_expected;
    bool m_wait = false;
    QString m_lastProblem;
};

} // namespace shardscope

Q_DECLARE_METATYPE(shardscope::ClusterProbe::Result)
