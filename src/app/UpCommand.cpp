#include "UpCommand.h"

#include "CliOutput.h"
#include "ClusterLauncher.h"
#include "LaunchSession.h"
#include "SubcommandArguments.h"

#include <QCommandLineParser>

namespace shardscope {

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
    parser.addOptions({workers, port});
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
    const auto launcher = session.launcher(&error);
    if (!launcher)
        return CliOutput::fail(command, error);
    const LaunchSession::Outcome outcome = session.run(*launcher, [&] { launcher->up(workerCount, portNumber); });
    if (!outcome.endpoint)
        return session.fail(command, *outcome.error);
    CliOutput::out(outcome.endpoint->dsn + QLatin1Char('\n'));
    return 0;
}

} // namespace shardscope
