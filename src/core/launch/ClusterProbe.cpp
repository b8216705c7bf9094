#include "ClusterProbe.h"

#include "SqlScript.h"

#include <algorithm>
#include <iterator>

namespace shardscope {

namespace {

constexpr int retryMsecs = 1000;
// undefined_function: run_command_on_workers is missing, so is Citus.
const QString undefinedFunction = QStringLiteral("42883");

QString addresses(const QList<WorkerNode> &workers)
{
    QStringList list;
    for (const WorkerNode &worker : workers)
        list << worker.address().toString();
    return list.join(QStringLiteral(", "));
}

} // namespace

ClusterProbe::ClusterProbe(QObject *parent)
    : QObject(parent)
    , m_script(new SqlScript(this))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMsecs);
    connect(&m_retry, &QTimer::timeout, this, &ClusterProbe::attempt);

    connect(m_script, &SqlScript::finished, this, [this](const QList<PgResult> &results) {
        QList<WorkerNode> registered;
        const PgResult &result = results.constFirst();
        for (int row = 0; row < result.rowCount(); ++row)
            registered.append({result.value(row, 0), result.value(row, 1).toInt(), result.value(row, 2) == QLatin1String("t")});
        conclude(evaluate(registered));
    });
    connect(m_script, &SqlScript::failed, this, [this](const PgError &error, bool connecting) {
        Result result;
        result.connected = !connecting;
        if (error.sqlState == undefinedFunction) {
            result.kind = LaunchError::Kind::CitusMissing;
            result.problem = tr("The coordinator has no Citus extension (CREATE EXTENSION citus was not run there, "
                                "or the server is plain PostgreSQL).");
            m_wait = false; // it will not appear by itself
        } else if (connecting) {
            result.problem = tr("Cannot connect to the coordinator: %1").arg(error.message);
        } else {
            result.problem = tr("The coordinator could not list its workers: %1").arg(error.message);
        }
        conclude(result);
    });
}

void ClusterProbe::start(const ConnectionProfile &coordinator, const QList<WorkerNode> &expected, bool waitUntilReady)
{
    stop();
    m_coordinator = coordinator;
    m_expected = expected;
    m_wait = waitUntilReady;
    m_lastProblem.clear();
    // Through the timer, so that nothing is reported from inside this call.
    m_retry.start(0);
}

void ClusterProbe::stop()
{
    m_retry.stop();
    m_script->stop();
}

void ClusterProbe::attempt()
{
    m_retry.setInterval(retryMsecs);
    m_script->run(m_coordinator, {{QStringLiteral("SELECT nodename, nodeport, success "
                                                  "FROM run_command_on_workers('SELECT 1') "
                                                  "ORDER BY nodename, nodeport"),
                                   {}}});
}

void ClusterProbe::conclude(const Result &result)
{
    m_lastProblem = result.problem;
    if (!result.isReady() && m_wait) {
        m_retry.start(retryMsecs);
        return;
    }
    emit finished(result);
}

ClusterProbe::Result ClusterProbe::evaluate(const QList<WorkerNode> &registered) const
{
    Result result;
    result.connected = true;
    result.workers = registered;
    result.kind = LaunchError::Kind::WorkersNotReady;
    QList<WorkerNode> missing;
    for (const WorkerNode &expected : m_expected) {
        if (std::none_of(registered.cbegin(), registered.cend(),
                         [&expected](const WorkerNode &worker) { return worker.address() == expected.address(); }))
            missing << expected;
    }
    QList<WorkerNode> unreachable;
    std::copy_if(registered.cbegin(), registered.cend(), std::back_inserter(unreachable),
                 [](const WorkerNode &worker) { return !worker.reachable; });
    if (!missing.isEmpty())
        result.problem = tr("Not registered with the coordinator yet: %1.").arg(addresses(missing));
    else if (!unreachable.isEmpty())
        result.problem = tr("The coordinator cannot reach: %1.").arg(addresses(unreachable));
    else if (registered.isEmpty())
        result.problem = tr("No worker is registered with the coordinator.");
    return result;
}

} // namespace shardscope
