#include "ClusterCheckStep.h"

#include "ClusterInspector.h"
#include "TableTypeText.h"

namespace shardscope {

namespace {

// How long the coordinator waits for each worker it is asked to reach.
constexpr int checkTimeoutMs = 3000;
// set_config(..., true) lasts as long as this statement's transaction; it comes first in
// the list, which is evaluated in order. $1 host, $2 port, $3 milliseconds.
const QString reachSql = QStringLiteral(
    "SELECT set_config('citus.node_connection_timeout', $3, true), citus_check_connection_to_node($1, $2)");

QString yesNo(bool value)
{
    return value ? ClusterCheckStep::tr("yes") : ClusterCheckStep::tr("no");
}

QString reachabilityText(const WorkerInfo &worker)
{
    switch (worker.reachability()) {
    case Reachability::Reachable:
        return ClusterCheckStep::tr("yes");
    case Reachability::Unreachable:
        return ClusterCheckStep::tr("no");
    case Reachability::Unknown:
        break;
    }
    return ClusterCheckStep::tr("unknown");
}

QStringList names(const QList<NodeAddress> &nodes)
{
    QStringList list;
    for (const NodeAddress &node : nodes)
        list << node.toString();
    return list;
}

} // namespace

ClusterCheckStep::ClusterCheckStep(PgConnection *connection, QObject *parent)
    : TutorialStep(connection, parent)
    , m_inspector(new ClusterInspector(connection, this))
{
    m_inspector->setCheckTimeout(checkTimeoutMs);
    connect(m_inspector, &ClusterInspector::failed, this, [this](const ErrorDiagnosis &error) { fail(error); });
}

QString ClusterCheckStep::title() const
{
    return tr("Cluster check");
}

QString ClusterCheckStep::explanation() const
{
    return tr("A Citus cluster is a coordinator, the server you connect to, and workers, which hold the shards "
              "of distributed tables. citus_get_active_worker_nodes() lists the workers the coordinator knows; "
              "a worker that stops stays in that list, so ShardScope also has the coordinator connect to each "
              "one.");
}

QString ClusterCheckStep::sql() const
{
    QStringList statements = m_inspector->statements();
    if (!m_missing.isEmpty())
        statements << registerSql();
    return statements.join(QStringLiteral(";\n")) + QLatin1Char(';');
}

void ClusterCheckStep::setCredentials(const ConnectionProfile &profile)
{
    m_inspector->setCredentials(profile);
}

const ClusterInfo &ClusterCheckStep::cluster() const
{
    return m_inspector->info();
}

QString ClusterCheckStep::registerSql()
{
    return QStringLiteral("SELECT citus_add_node($1, $2) WHERE NOT EXISTS "
                          "(SELECT 1 FROM pg_dist_node WHERE nodename = $1 AND nodeport = $2)");
}

void ClusterCheckStep::detect()
{
    m_missing.clear();
    m_absent.clear();
    m_registered.clear();
    inspect([this] { findMissing(0); });
}

void ClusterCheckStep::inspect(std::function<void()> then)
{
    auto *context = new QObject(this);
    connect(m_inspector, &ClusterInspector::finished, context, [context, then = std::move(then)] {
        context->deleteLater();
        then();
    });
    connect(m_inspector, &ClusterInspector::failed, context, &QObject::deleteLater);
    m_inspector->inspect();
}

void ClusterCheckStep::findMissing(qsizetype next)
{
    while (next < m_expected.size() && cluster().worker(m_expected.at(next)))
        ++next;
    if (next == m_expected.size()) {
        if (m_missing.isEmpty())
            judge(true);
        else
            detected(false, describe());
        return;
    }
    const NodeAddress node = m_expected.at(next);
    attempt(reachSql, {node.host, node.port, checkTimeoutMs}, [this, node, next](const StatementRunner::Reply &reply) {
        if (reply.error && reply.error->kind == PgError::Kind::QueryCanceled)
            return fail(ErrorDiagnosis::of(*reply.error));
        const bool answers = reply.ok() && reply.results.value(0).value(0, 1) == QLatin1String("t");
        (answers ? m_missing : m_absent) << node;
        findMissing(next + 1);
    });
}

void ClusterCheckStep::perform()
{
    registerMissing(0);
}

void ClusterCheckStep::registerMissing(qsizetype next)
{
    if (next == m_missing.size()) {
        inspect([this] { judge(false); });
        return;
    }
    const NodeAddress node = m_missing.at(next);
    query(registerSql(), {node.host, node.port}, [this, node, next](const StatementRunner::Reply &reply) {
        if (reply.results.value(0).rowCount() > 0)
            m_registered << node;
        registerMissing(next + 1);
    });
}

bool ClusterCheckStep::cancelOwnWork()
{
    return m_inspector->cancel();
}

void ClusterCheckStep::judge(bool asDetected)
{
    using Problem = ErrorDiagnosis::Problem;
    const ClusterInfo &info = cluster();
    if (info.workers.isEmpty()) {
        fail(ErrorDiagnosis::because(Problem::NoWorkers,
                                     tr("No worker node is registered with the coordinator: add each one with "
                                        "SELECT citus_add_node('host', port);.")));
        return;
    }
    const QList<WorkerInfo> down = info.unreachableWorkers();
    if (!down.isEmpty()) {
        QStringList lines;
        for (const WorkerInfo &worker : down) {
            lines << (worker.unreachableReason.isEmpty()
                          ? tr("%1 does not answer").arg(worker.address.toString())
                          : tr("%1 does not answer (%2)").arg(worker.address.toString(),
                                                              worker.unreachableReason.simplified()));
        }
        // The workers' table stays: it shows the stopped one listed as active, not answering.
        fail(ErrorDiagnosis::because(
                 Problem::WorkerUnreachable,
                 tr("%1. Queries that need a shard on an unreachable worker fail until it is back; Citus still "
                    "lists it as active, since it does not notice by itself.")
                     .arg(lines.join(QStringLiteral("; ")))),
             describe());
        return;
    }
    if (asDetected)
        detected(true, describe());
    else
        succeed(describe());
}

StepResult ClusterCheckStep::describe() const
{
    const ClusterInfo &info = cluster();
    StepResult result;
    result.summary = tr("%n worker(s) reachable", nullptr, info.reachableWorkers());
    if (!m_registered.isEmpty())
        result.summary += tr("; registered %1").arg(names(m_registered).join(QStringLiteral(", ")));

    ResultTable workers{tr("Workers"),
                        {tr("Worker"), tr("Node id"), tr("Active"), tr("Listed as active"), tr("Reachable"),
                         tr("Shards")},
                        {}};
    for (const WorkerInfo &worker : info.workers) {
        workers.rows << QStringList{worker.address.toString(),   QString::number(worker.nodeId), yesNo(worker.active),
                                    yesNo(worker.listedActive), reachabilityText(worker),
                                    QString::number(worker.shardCount)};
    }
    result.tables << workers;
    ResultTable tables{tr("Distributed tables"),
                       {tr("Table"), tr("Type"), tr("Distribution column"), tr("Colocation group"), tr("Shards")},
                       {}};
    for (const DistributedTableInfo &table : info.tables) {
        tables.rows << QStringList{table.name, TableTypeText::of(table.type), table.distributionColumn,
                                   QString::number(table.colocationId), QString::number(table.shardCount)};
    }
    result.tables << tables;

    result.notes << tr("Citus extension %1 on the coordinator %2").arg(info.extensionVersion, info.coordinator.toString());
    if (!m_missing.isEmpty() && m_registered.isEmpty())
        result.notes << tr("Running but not registered: %1").arg(names(m_missing).join(QStringLiteral(", ")));
    if (!m_absent.isEmpty())
        result.notes << tr("Expected but not reachable from the coordinator, so not registered: %1")
                            .arg(names(m_absent).join(QStringLiteral(", ")));
    return result;
}

} // namespace shardscope
