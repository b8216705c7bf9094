#include "UpCommand.h"

#include "CitusVersions.h"
#include "CliOutput.h"
#include "ClusterLauncher.h"
#include "LaunchSession.h"
#include "SubcommandArguments.h"

#include <QCommandLineParser>

namespace shardscope {

QStringList UpCommand::changes(const QList<WorkerNode> &before, const QList<WorkerNode> &after, int asked)
{
    // A worker stopped (shardscope down --worker N) stays registered: up starts it again,
    // which is no worker added, and no "nothing to add" either.
    QStringList restarted;
    for (const WorkerNode &worker : before) {
        if (worker.reachable)
            continue;
        for (const WorkerNode &now : after) {
            if (now.address() == worker.address() && now.reachable)
                restarted << worker.address().toString();
        }
    }
    const int had = int(before.size());
    const int has = int(after.size());
    QStringList notes;
    if (has > had)
        notes << tr("added %n worker(s) to the running cluster", nullptr, has - had);
    if (!restarted.isEmpty())
        notes << tr("%n stopped worker(s) started again: %1", nullptr, int(restarted.size()))
                     .arg(restarted.join(QStringLiteral(", ")));
    if (notes.isEmpty())
        notes << tr("the cluster runs with %n worker(s) already: nothing to add", nullptr, has);
    if (has > asked)
        notes << tr("up never removes workers: remove one with shardscope scale --remove HOST:PORT");
    return notes;
}

int UpCommand::run(const QStringList &arguments)
{
    const QString command = QLatin1String(name);
    QCommandLineParser parser;
    SubcommandArguments::describe(parser, 
              tr("Start a Citus cluster and print the coordinator's connection string once every worker is "
                 "registered and reachable."));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     tr("Number of workers, %1 to %2.").arg(ClusterLauncher::minWorkers).arg(ClusterLauncher::maxWorkers),
                                     tr("N"), QString::number(defaultWorkers));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Coordinator port on 127.0.0.1 (Docker: 5432; local: a free one)."), tr("P"));
    const CitusVersions::Entry &standard = CitusVersions::defaultEntry();
    const QCommandLineOption citusVersion(
        QStringLiteral("citus-version"),
        tr("Citus of the Docker cluster: %1; the default is %2 (image %3). CITUS_IMAGE, in the environment or the "
           ".env, overrides it.")
            .arg(CitusVersions::describeAll(), standard.version(), standard.image),
        tr("V"));
    parser.addOptions({workers, port, citusVersion});
    const LaunchSession session(parser);
    if (const auto done = SubcommandArguments::parse(parser, command, arguments))
        return *done;

    bool ok = false;
    const int workerCount = parser.value(workers).toInt(&ok);
    if (!ok || workerCount < ClusterLauncher::minWorkers || workerCount > ClusterLauncher::maxWorkers)
        return CliOutput::fail(command, tr("--workers must be a number from %1 to %2, not \"%3\"")
                                            .arg(ClusterLauncher::minWorkers)
                                            .arg(ClusterLauncher::maxWorkers)
                                            .arg(parser.value(workers)));
    int portNumber = 0;
    if (parser.isSet(port)) {
        portNumber = parser.value(port).toInt(&ok);
        if (!ok || portNumber < 1 || portNumber > 65535)
            return CliOutput::fail(command, tr("--port must be a number from 1 to 65535, not \"%1\"").arg(parser.value(port)));
    }

    QString error;
    const auto launcher = session.launcher(
        &error, parser.isSet(citusVersion) ? std::optional<QString>(parser.value(citusVersion)) : std::nullopt);
    if (!launcher)
        return CliOutput::fail(command, error);
    // Run again on a running cluster, up adds the workers it lacks: how many it had tells
    // what changed.
    const LaunchSession::Outcome before = session.run(*launcher, [&] { launcher->status(); });
    const bool wasRunning = before.status && !before.status->coordinator.dsn.isEmpty();
    const LaunchSession::Outcome outcome = session.run(*launcher, [&] { launcher->up(workerCount, portNumber); });
    if (!outcome.endpoint)
        return session.fail(command, *outcome.error);
    if (wasRunning) {
        for (const QString &note : changes(before.status->coordinator.workers, outcome.endpoint->workers, workerCount))
            CliOutput::note(command, note);
    }
    CliOutput::out(outcome.endpoint->dsn + QLatin1Char('\n'));
    return 0;
}

} // namespace shardscope
