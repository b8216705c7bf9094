#include "StatusCommand.h"

#include "CliOutput.h"
#include "LaunchSession.h"
#include "SubcommandArguments.h"

#include <QCommandLineParser>

namespace shardscope {

int StatusCommand::run(const QStringList &arguments)
{
    const QString command = QLatin1String(name);
    QCommandLineParser parser;
    SubcommandArguments::describe(parser, tr("Show whether the Citus cluster runs and reaches its workers."));
    const LaunchSession session(parser);
    if (const auto done = SubcommandArguments::parse(parser, command, arguments))
        return *done;

    QString error;
    const auto launcher = session.launcher(&error);
    if (!launcher)
        return CliOutput::fail(command, error);
    const LaunchSession::Outcome outcome = session.run(*launcher, [&] { launcher->status(); });
    if (!outcome.status)
        return session.fail(command, *outcome.error);

    const ClusterStatus &status = *outcome.status;
    // Words not translated: scripts read them.
    QString text;
    if (!status.coordinator.dsn.isEmpty())
        text += QStringLiteral("coordinator\t%1\n").arg(status.coordinator.dsn);
    for (const ServerState &server : status.servers) {
        text += QStringLiteral("server\t%1\t127.0.0.1:%2\t%3\n")
                    .arg(server.name)
                    .arg(server.port)
                    .arg(server.running ? QStringLiteral("running") : QStringLiteral("stopped"));
    }
    for (const WorkerNode &worker : status.coordinator.workers) {
        text += QStringLiteral("worker\t%1\t%2\n")
                    .arg(worker.address().toString(),
                         worker.reachable ? QStringLiteral("reachable") : QStringLiteral("unreachable"));
    }
    CliOutput::out(text);
    return status.isReady() ? 0 : CliOutput::fail(command, status.problem);
}

} // namespace shardscope
