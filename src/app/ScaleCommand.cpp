#include "ScaleCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "ClusterScaler.h"
#include "InterruptNotifier.h"
#include "PgConnection.h"
#include "SubcommandArguments.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace shardscope {

namespace {

QString moveLine(int done, int total, const NodeAddress &source, const NodeAddress &target)
{
    const QString moved = ScaleCommand::tr("%1 of %n shard move(s) done", nullptr, total).arg(done);
    return source.isEmpty() ? moved
                            : ScaleCommand::tr("%1; moving a shard from %2 to %3")
                                  .arg(moved, source.toString(), target.toString());
}

} // namespace

int ScaleCommand::run(const QStringList &arguments)
{
    const QString command = QLatin1String(name);
    QCommandLineParser parser;
    SubcommandArguments::describe(parser, tr("Add a worker to a running Citus cluster, move shards between its "
                                              "workers, or drain a worker and remove it."));
    const QCommandLineOption dsn = CliConnection::dsnOption();
    const QCommandLineOption add(QStringLiteral("add"), tr("Register this worker with the coordinator."),
                                 tr("HOST:PORT"));
    const QCommandLineOption remove(QStringLiteral("remove"),
                                    tr("Move every shard off this worker, then remove it from the cluster."),
                                    tr("HOST:PORT"));
    const QCommandLineOption rebalance(QStringLiteral("rebalance"),
                                       tr("Move shards so that every worker holds about as many (after --add)."));
    const QCommandLineOption blockWrites(
        QStringLiteral("block-writes"),
        tr("Copy each shard while writes to it wait, instead of with logical replication (which needs "
           "wal_level = logical and a primary key or replica identity on every table)."));
    parser.addOptions({dsn, add, remove, rebalance, blockWrites});
    if (const auto done = SubcommandArguments::parse(parser, command, arguments))
        return *done;

    if (parser.isSet(add) && parser.isSet(remove))
        return CliOutput::fail(command, tr("--add and --remove go in separate commands"));
    if (!parser.isSet(add) && !parser.isSet(remove) && !parser.isSet(rebalance))
        return CliOutput::fail(command, tr("say what to do: --add HOST:PORT, --remove HOST:PORT or --rebalance"));
    std::optional<NodeAddress> worker;
    if (parser.isSet(add) || parser.isSet(remove)) {
        const QString text = parser.value(parser.isSet(add) ? add : remove);
        worker = NodeAddress::parse(text);
        if (!worker || worker->port < 1 || worker->port > 65535)
            return CliOutput::fail(command, tr("\"%1\" is not a worker's address: give it as HOST:PORT").arg(text));
    }

    PgConnection connection;
    if (!CliConnection::open(connection, CliConnection::profile(parser.value(dsn)), command))
        return CliOutput::failureStatus;
    ClusterScaler scaler(&connection);
    QEventLoop loop;
    std::optional<ErrorDiagnosis> failure;
    bool cancelled = false;
    QObject::connect(&scaler, &ClusterScaler::note, &loop, [&](const QString &text) { CliOutput::note(command, text); });
    QObject::connect(&scaler, &ClusterScaler::moveProgress, &loop,
                     [&](int done, int total, const NodeAddress &source, const NodeAddress &target) {
                         CliOutput::note(command, moveLine(done, total, source, target));
                     });
    QObject::connect(&scaler, &ClusterScaler::finished, &loop, &QEventLoop::quit);
    QObject::connect(&scaler, &ClusterScaler::cancelled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    QObject::connect(&scaler, &ClusterScaler::failed, &loop, [&](const ErrorDiagnosis &diagnosis) {
        failure = diagnosis;
        loop.quit();
    });
    const InterruptNotifier interrupt([&scaler] { scaler.cancel(); });
    const auto mode = parser.isSet(blockWrites) ? ClusterScaler::TransferMode::BlockWrites
                                                : ClusterScaler::TransferMode::Auto;
    if (parser.isSet(add))
        scaler.addWorker(*worker, parser.isSet(rebalance), mode);
    else if (parser.isSet(remove))
        scaler.removeWorker(*worker, mode);
    else
        scaler.rebalance(mode);
    loop.exec();

    if (cancelled)
        return CliOutput::fail(command, tr("cancelled: the shards moved so far stay where they went"));
    if (failure) {
        if (ErrorDiagnosis::needsBlockingTransfer(failure->problem))
            return CliOutput::fail(command, tr("%1 Run it again with --block-writes to do that.").arg(failure->explanation));
        return CliOutput::fail(command, failure->explanation);
    }
    return 0;
}

} // namespace shardscope
