#include "ClusterInspector.h"

#include "NodeProbe.h"
#include "PgConnection.h"
#include "StatementRunner.h"

#include <QEventLoop>

namespace shardscope {

namespace {

const QString versionSql = QStringLiteral(
    "SELECT citus_version(), (SELECT extversion FROM pg_extension WHERE extname = 'citus'),"
    " coalesce(host(inet_server_addr()), 'localhost'), current_setting('port')");
// What the tutorial looks at first.
const QString activeWorkersSql = QStringLiteral("SELECT node_name, node_port FROM citus_get_active_worker_nodes()");
// Group 0 is the coordinator's.
const QString nodesSql = QStringLiteral(
    "SELECT n.nodeid, n.groupid, n.nodename, n.nodeport, n.isactive, n.shouldhaveshards,"
    " (SELECT count(*) FROM pg_dist_placement p WHERE p.groupid = n.groupid)"
    " FROM pg_dist_node n WHERE n.noderole = 'primary' ORDER BY n.nodeid");
// citus_tables without its table_size column: the sizes come from every worker, so the
// view fails as a whole while one is down, and this is read to tell which.
const QString tablesSql = QStringLiteral("SELECT p.logicalrelid::regclass::text, ") + DistributedTableInfo::typeSql()
    + QStringLiteral(", coalesce(column_to_column_name(p.logicalrelid, p.partkey), ''), p.colocationid,"
    " (SELECT count(*) FROM pg_dist_shard s WHERE s.logicalrelid = p.logicalrelid)"
    " FROM pg_dist_partition p ORDER BY 1");
// The coordinator's row of citus_check_cluster_node_health(), without asking each worker
// about every other one. %1: milliseconds to wait for each worker.
const QString coordinatorChecksSql = QStringLiteral(
    "SET LOCAL citus.node_connection_timeout = %1;"
    " SELECT nodeid, citus_check_connection_to_node(nodename, nodeport) FROM pg_dist_node"
    " WHERE groupid <> 0 AND noderole = 'primary' ORDER BY nodeid");

bool isTrue(const PgResult &result, int row, int column)
{
    return result.value(row, column) == QLatin1String("t");
}

} // namespace

ClusterInspector::ClusterInspector(PgConnection *connection, QObject *parent)
    : QObject(parent)
    , m_runner(new StatementRunner(connection, this))
{
}

QStringList ClusterInspector::statements() const
{
    return {CitusExtensionState::query(), versionSql, activeWorkersSql, nodesSql, tablesSql,
            coordinatorChecksSql.arg(m_checkTimeout)};
}

void ClusterInspector::inspect()
{
    if (m_busy)
        return;
    m_busy = true;
    m_info = ClusterInfo();
    m_extension = CitusExtensionState();
    m_runner->run(CitusExtensionState::query(), {}, [this](const StatementRunner::Reply &reply) {
        if (!reply.ok())
            return fail(ErrorDiagnosis::of(*reply.error));
        m_extension = CitusExtensionState::fromResult(reply.results.value(0));
        if (const auto problem = m_extension.problem())
            return fail(*problem);
        readMetadata();
    });
}

void ClusterInspector::readMetadata()
{
    const QString batch = QStringList{versionSql, activeWorkersSql, nodesSql, tablesSql}.join(QStringLiteral(";\n"));
    m_runner->run(batch, {}, [this](const StatementRunner::Reply &reply) {
        if (!reply.ok())
            return fail(ErrorDiagnosis::of(*reply.error));
        if (reply.results.size() != 4)
            return fail(ErrorDiagnosis::because(ErrorDiagnosis::Problem::Other,
                                                tr("unexpected answer to the cluster metadata queries")));
        const PgResult &version = reply.results.at(0);
        m_info.citusVersion = version.value(0, 0);
        m_info.extensionVersion = version.value(0, 1);
        m_info.coordinator = {version.value(0, 2), version.value(0, 3).toInt()};

        const PgResult &active = reply.results.at(1);
        QList<NodeAddress> listed;
        for (int row = 0; row < active.rowCount(); ++row)
            listed << NodeAddress{active.value(row, 0), active.value(row, 1).toInt()};

        const PgResult &nodes = reply.results.at(2);
        for (int row = 0; row < nodes.rowCount(); ++row) {
            const NodeAddress address{nodes.value(row, 2), nodes.value(row, 3).toInt()};
            if (nodes.value(row, 1) == QLatin1String("0")) {
                m_info.coordinator = address;
                m_info.coordinatorNodeId = nodes.value(row, 0).toInt();
                continue;
            }
            WorkerInfo worker;
            worker.address = address;
            worker.nodeId = nodes.value(row, 0).toInt();
            worker.groupId = nodes.value(row, 1).toInt();
            worker.active = isTrue(nodes, row, 4);
            worker.shouldHaveShards = isTrue(nodes, row, 5);
            worker.shardCount = nodes.value(row, 6).toLongLong();
            worker.listedActive = listed.contains(address);
            m_info.workers << worker;
        }

        const PgResult &tables = reply.results.at(3);
        for (int row = 0; row < tables.rowCount(); ++row) {
            m_info.tables << DistributedTableInfo{tables.value(row, 0), tables.value(row, 1), tables.value(row, 2),
                                                  tables.value(row, 3).toInt(), tables.value(row, 4).toLongLong()};
        }
        checkReachability();
    });
}

void ClusterInspector::checkReachability()
{
    if (m_info.workers.isEmpty()) {
        m_busy = false;
        emit finished();
        return;
    }
    m_pending = 1;
    m_runner->run(coordinatorChecksSql.arg(m_checkTimeout), {}, [this](const StatementRunner::Reply &reply) {
        if (reply.error && reply.error->kind == PgError::Kind::QueryCanceled)
            return fail(ErrorDiagnosis::of(*reply.error));
        // A Citus without the function leaves the coordinator's view unknown.
        if (reply.ok())
            readCoordinatorChecks(reply.results, reply.notices);
        completeOne();
    });
    probeFromHere();
}

void ClusterInspector::probeFromHere()
{
    if (!m_credentials)
        return;
    for (const WorkerInfo &worker : std::as_const(m_info.workers)) {
        auto *probe = new NodeProbe(this);
        m_probes << probe;
        ++m_pending;
        connect(probe, &NodeProbe::finished, this, [this, probe](Reachability reachability, const QString &reason) {
            m_probes.removeOne(probe);
            probe->deleteLater();
            for (WorkerInfo &worker : m_info.workers) {
                if (worker.address == probe->address()) {
                    worker.fromHere = reachability;
                    if (reachability == Reachability::Unreachable && worker.unreachableReason.isEmpty())
                        worker.unreachableReason = reason;
                }
            }
            completeOne();
        });
        probe->probe(*m_credentials, worker.address, m_checkTimeout);
    }
}

void ClusterInspector::readCoordinatorChecks(const QList<PgResult> &results, const QList<PgError> &warnings)
{
    const PgResult checks = results.value(results.size() - 1);
    for (int row = 0; row < checks.rowCount(); ++row) {
        const int nodeId = checks.value(row, 0).toInt();
        for (WorkerInfo &worker : m_info.workers) {
            if (worker.nodeId == nodeId)
                worker.fromCoordinator = isTrue(checks, row, 1) ? Reachability::Reachable : Reachability::Unreachable;
        }
    }
    // "connection to the remote node postgres@127.0.0.1:9702 failed with the following error: ..."
    for (const PgError &warning : warnings) {
        const std::optional<NodeAddress> where = ErrorDiagnosis::workerIn(warning.message);
        for (WorkerInfo &worker : m_info.workers) {
            if (worker.address == where && worker.fromCoordinator == Reachability::Unreachable)
                worker.unreachableReason = warning.message;
        }
    }
}

void ClusterInspector::completeOne()
{
    if (!m_busy || --m_pending > 0)
        return;
    m_busy = false;
    emit finished();
}

bool ClusterInspector::cancel()
{
    if (!m_busy)
        return false;
    if (!m_runner->cancel())
        fail(ErrorDiagnosis::of(PgError::client(PgError::Kind::QueryCanceled, tr("cancelled"))));
    return true;
}

void ClusterInspector::fail(const ErrorDiagnosis &error)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_pending = 0;
    qDeleteAll(std::exchange(m_probes, {}));
    emit failed(error);
}

bool ClusterInspector::inspectBlocking(ErrorDiagnosis *error)
{
    if (m_busy)
        return false;
    QEventLoop loop;
    bool ok = false;
    connect(this, &ClusterInspector::finished, &loop, [&] {
        ok = true;
        loop.quit();
    });
    connect(this, &ClusterInspector::failed, &loop, [&](const ErrorDiagnosis &diagnosis) {
        if (error)
            *error = diagnosis;
        loop.quit();
    });
    inspect();
    loop.exec();
    return ok;
}

} // namespace shardscope
