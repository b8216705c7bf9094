#pragma once

#include "CitusExtensionState.h"
#include "ClusterInfo.h"
#include "ConnectionProfile.h"
#include "ErrorDiagnosis.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace shardscope {

class NodeProbe;
class PgConnection;
class StatementRunner;
struct PgError;

// Reads what a Citus coordinator knows of its cluster (version, nodes, distributed tables)
// and checks that each worker really answers: citus_get_active_worker_nodes() keeps listing
// a worker that stopped, so the coordinator is asked to connect to each one
// (citus_check_connection_to_node), and, given credentials, this machine tries too.
class ClusterInspector : public QObject
{
    Q_OBJECT

public:
    explicit ClusterInspector(PgConnection *connection, QObject *parent = nullptr);

    // Enables the direct checks from this machine: the coordinator's database, user and
    // password, presented to each worker.
    void setCredentials(const ConnectionProfile &profile) { m_credentials = profile; }
    // How long each reachability check may wait for a worker. Default 3 s.
    void setCheckTimeout(int msecs) { m_checkTimeout = msecs; }

    // Ends with finished() or failed(), once. On plain PostgreSQL it fails with
    // CitusNotInstalled, CitusNotCreated or CitusNotPreloaded.
    void inspect();
    bool isBusy() const { return m_busy; }
    bool cancel();

    const ClusterInfo &info() const { return m_info; }
    const CitusExtensionState &extension() const { return m_extension; }

    // The statements inspect() runs, for showing.
    QStringList statements() const;

    // For the command line and tests only: spins a local event loop.
    bool inspectBlocking(ErrorDiagnosis *error = nullptr);

signals:
    void finished();
    void failed(const shardscope::ErrorDiagnosis &error);

private:
    void readMetadata();
    void checkReachability();
    void probeFromHere();
    void readCoordinatorChecks(const QList<PgResult> &results, const QList<PgError> &warnings);
    void completeOne();
    void fail(const ErrorDiagnosis &error);

    StatementRunner *m_runner;
    std::optional<ConnectionProfile> m_credentials;
    int m_checkTimeout = 3000;
    bool m_busy = false;
    int m_pending = 0; // reachability checks still running
    QList<NodeProbe *> m_probes;
    CitusExtensionState m_extension;
    ClusterInfo m_info;
};

} // namespace shardscope
