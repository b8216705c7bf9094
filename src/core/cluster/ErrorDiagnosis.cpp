#include "ErrorDiagnosis.h"

#include <QRegularExpression>
#include <QStringList>

namespace shardscope {

namespace {

// The "quoted" names in a message, in order.
QStringList quotedNames(const QString &message)
{
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    QStringList names;
    for (auto it = quoted.globalMatch(message); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

// Functions and relations only a database with Citus has.
bool isCitusObject(const QString &name)
{
    static const QStringList functions{
        QStringLiteral("create_distributed_table"), QStringLiteral("create_reference_table"),
        QStringLiteral("get_shard_id_for_distribution_column"), QStringLiteral("run_command_on_shards"),
        QStringLiteral("column_to_column_name"),
    };
    return name.startsWith(QLatin1String("citus_")) || name.startsWith(QLatin1String("pg_dist_"))
        || functions.contains(name);
}

// "function create_distributed_table(unknown, unknown) does not exist": the name.
QString functionIn(const QString &message)
{
    static const QRegularExpression function(QStringLiteral("^function (?:\\S+\\.)?([^(\\s]+)\\("));
    return function.match(message).captured(1);
}

} // namespace

ErrorDiagnosis ErrorDiagnosis::of(const PgError &error)
{
    ErrorDiagnosis diagnosis;
    diagnosis.error = error;
    diagnosis.problem = classify(error);
    diagnosis.explanation = explain(diagnosis.problem, error);
    return diagnosis;
}

ErrorDiagnosis ErrorDiagnosis::because(Problem problem, const QString &message)
{
    ErrorDiagnosis diagnosis;
    diagnosis.problem = problem;
    diagnosis.error = PgError::client(PgError::Kind::Other, message);
    diagnosis.explanation = message;
    return diagnosis;
}

namespace {

// The first group of pattern in message; empty when it does not match.
QString captured(const QString &message, const QString &pattern)
{
    return QRegularExpression(pattern).match(message).captured(1);
}

} // namespace

std::optional<NodeAddress> ErrorDiagnosis::workerIn(const QString &message)
{
    static const QRegularExpression node(QStringLiteral("remote node (?:[^@\\s]+@)?(\\S+:\\d+)"));
    const QRegularExpressionMatch match = node.match(message);
    return match.hasMatch() ? NodeAddress::parse(match.capturedView(1)) : std::nullopt;
}

ErrorDiagnosis::Problem ErrorDiagnosis::classify(const PgError &error)
{
    const QString &state = error.sqlState;
    const QString &message = error.message;
    switch (error.kind) {
    case PgError::Kind::QueryCanceled:
        return Problem::Canceled;
    case PgError::Kind::StatementTimeout:
        return Problem::TimedOut;
    case PgError::Kind::ServerShutdown:
        return Problem::ConnectionLost;
    default:
        break;
    }
    // Citus reports a worker it cannot reach with the SQLSTATE of a lost connection,
    // though the session with the coordinator is fine.
    if (workerIn(message) && message.startsWith(QLatin1String("connection to the remote node")))
        return Problem::WorkerUnreachable;
    if (error.kind == PgError::Kind::ConnectionLost)
        return Problem::ConnectionLost;
    if (state == QLatin1String("42883"))
        return isCitusObject(functionIn(message)) ? Problem::CitusNotInstalled : Problem::Other;
    if (state == QLatin1String("42P01")) {
        const QString relation = quotedNames(message).value(0);
        return isCitusObject(relation.section(QLatin1Char('.'), -1)) ? Problem::CitusNotInstalled
                                                                      : Problem::TableMissing;
    }
    if (state == QLatin1String("0A000") && message.startsWith(QLatin1String("cannot create constraint on")))
        return Problem::PrimaryKeyWithoutDistributionColumn;
    if (state == QLatin1String("0A000") && message.startsWith(QLatin1String("complex joins are only supported")))
        return Problem::ComplexJoin;
    if (state == QLatin1String("0A000") && message.startsWith(QLatin1String("cannot use logical replication to transfer shards")))
        return Problem::NoReplicaIdentity;
    // A background move's message quotes the worker's error ("ERROR: ERROR:  logical
    // decoding requires ..."), without a code.
    if (message.contains(QLatin1String("logical decoding requires wal_level >= logical")))
        return Problem::LogicalDecodingOff;
    if (state == QLatin1String("42P16") && message.endsWith(QLatin1String("is already distributed")))
        return Problem::AlreadyDistributed;
    if (state == QLatin1String("42703"))
        return Problem::MissingColumn;
    // Citus raises these without an error code, so they arrive as XX000.
    if (message.startsWith(QLatin1String("EXPLAIN ANALYZE is currently not supported"))
        || message.startsWith(QLatin1String("cannot EXPLAIN ANALYZE")))
        return Problem::ExplainAnalyzeUnsupported;
    if (message == QLatin1String("Citus can only be loaded via shared_preload_libraries"))
        return Problem::CitusNotPreloaded;
    return Problem::Other;
}

QString ErrorDiagnosis::explain(Problem problem, const PgError &error)
{
    const QStringList names = quotedNames(error.message);
    switch (problem) {
    case Problem::CitusNotInstalled:
        return tr("This database has no Citus: %1. Either Citus is not installed on this server, or CREATE "
                  "EXTENSION citus was not run in this database. Connect to the coordinator of a Citus cluster.")
            .arg(error.message);
    case Problem::CitusNotCreated:
        return tr("Citus is installed on this server but not enabled in this database: run CREATE EXTENSION "
                  "citus; in it.");
    case Problem::CitusNotPreloaded:
        return tr("Citus is installed, but the server did not load it at startup: put citus first in "
                  "shared_preload_libraries in postgresql.conf, restart the server, then run CREATE EXTENSION "
                  "citus;.");
    case Problem::NoWorkers:
        return tr("No worker node is registered with the coordinator: add each one with SELECT "
                  "citus_add_node('host', port);.");
    case Problem::WorkerUnreachable:
        return tr("The worker %1 does not answer: queries that need one of its shards fail until it is back. "
                  "Citus still lists it as an active node, since it does not notice by itself. The server said: "
                  "%2")
            .arg(workerIn(error.message).value_or(NodeAddress{}).toString(), error.message.simplified());
    case Problem::TableMissing:
        return tr("The table \"%1\" does not exist: create it first, or check its name.").arg(names.value(0));
    case Problem::PrimaryKeyWithoutDistributionColumn:
        return tr("The table \"%1\" cannot be distributed: its primary key (or a unique constraint) does not "
                  "include the distribution column. Each worker can only check uniqueness within its own shards, "
                  "so every primary key and unique constraint must contain the distribution column: the tutorial "
                  "declares PRIMARY KEY (user_id, log_id) for this reason.")
            .arg(names.value(0));
    case Problem::AlreadyDistributed:
        return tr("The table \"%1\" is already distributed: create_distributed_table runs once per table. To "
                  "start over, reset the demo, which drops the table.")
            .arg(names.value(0));
    case Problem::MissingColumn:
        return tr("The table \"%2\" has no column \"%1\": the distribution column must be one of its columns, "
                  "spelled exactly as it was created.")
            .arg(names.value(0), names.value(1));
    case Problem::ExplainAnalyzeUnsupported:
        return tr("Citus cannot run EXPLAIN ANALYZE for this statement (\"%1\"), so only its plan is shown: "
                  "estimates, without actual rows or times.")
            .arg(error.message);
    case Problem::ComplexJoin:
        return tr("Citus cannot run this join: the distributed tables are not all joined on their "
                  "distribution columns with the same type. Join on the distribution column, or enable "
                  "repartition joins (SET citus.enable_repartition_joins = on) with columns of equal types.");
    case Problem::NoReplicaIdentity:
        return tr("Citus cannot move the shards of the table \"%1\" while it stays writable: it has neither a "
                  "primary key nor a REPLICA IDENTITY, which logical replication needs to copy updates and "
                  "deletes. Move the shards with writes blocked while each one is copied (shard_transfer_mode => "
                  "'block_writes'), or give the table a primary key (or ALTER TABLE ... REPLICA IDENTITY FULL).")
            .arg(captured(error.message, QStringLiteral("of the relation (\\S+) since")));
    case Problem::LogicalDecodingOff:
        return tr("Citus cannot move shards while they stay writable here: that uses logical replication, and "
                  "the worker %1 runs with a wal_level lower than logical. Move the shards with writes blocked "
                  "while each one is copied (shard_transfer_mode => 'block_writes'), or set wal_level = logical "
                  "on every worker and restart them.")
            .arg(captured(error.message, QStringLiteral("while executing command on (\\S+:\\d+)")));
    case Problem::Canceled:
        return tr("The statement was cancelled.");
    case Problem::TimedOut:
        return tr("The statement took too long and was cancelled: %1").arg(error.translatedMessage());
    case Problem::ConnectionLost:
        return tr("The connection to the server was lost: %1").arg(error.translatedMessage());
    case Problem::Other:
        break;
    }
    return error.translatedText();
}

} // namespace shardscope
