#pragma once

#include "NodeAddress.h"
#include "PgError.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace shardscope {

// An error with what it means for someone learning Citus: which known problem it is and a
// translated explanation of the cause and the way out. Recognised from the SQLSTATE and
// the (untranslated) Citus message texts, as Citus 13.2 words them.
class ErrorDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(ErrorDiagnosis)

public:
    enum class Problem {
        Other, // nothing known: the explanation is the server's message
        CitusNotInstalled, // plain PostgreSQL, or a database without the extension (42883)
        CitusNotCreated, // the server has Citus, this database has not run CREATE EXTENSION
        CitusNotPreloaded, // CREATE EXTENSION citus without shared_preload_libraries
        NoWorkers, // the coordinator has no worker registered
        WorkerUnreachable, // 08006 "connection to the remote node ...", or our own checks
        TableMissing, // 42P01
        PrimaryKeyWithoutDistributionColumn, // 0A000 "cannot create constraint on ..."
        AlreadyDistributed, // 42P16 "table ... is already distributed"
        MissingColumn, // 42703 "column ... of relation ... does not exist"
        ExplainAnalyzeUnsupported, // XX000 "EXPLAIN ANALYZE is currently not supported ..."
        ComplexJoin, // 0A000 "complex joins are only supported when ..."
        NoReplicaIdentity, // 0A000 "cannot use logical replication to transfer shards of the relation ..."
        LogicalDecodingOff, // a shard move on a worker without wal_level = logical
        Canceled,
        TimedOut,
        ConnectionLost,
    };

    Problem problem = Problem::Other;
    PgError error;
    QString explanation;

    static ErrorDiagnosis of(const PgError &error);
    // A problem ShardScope found itself; message is the translated explanation.
    static ErrorDiagnosis because(Problem problem, const QString &message);

    // The worker named by a Citus connection error ("postgres@127.0.0.1:9702" gives
    // 127.0.0.1 port 9702); nothing when there is none.
    static std::optional<NodeAddress> workerIn(const QString &message);
    // Shards cannot move with logical replication: they can with writes blocked.
    static bool needsBlockingTransfer(Problem problem)
    {
        return problem == Problem::NoReplicaIdentity || problem == Problem::LogicalDecodingOff;
    }

private:
    static Problem classify(const PgError &error);
    static QString explain(Problem problem, const PgError &error);
};

} // namespace shardscope

Q_DECLARE_METATYPE(shardscope::ErrorDiagnosis)
