#include "DownCommand.h"

#include "CliOutput.h"
#include "LaunchSession.h"
#include "SubcommandArguments.h"

#include <QCommandLineParser>

namespace shardscope {

int DownCommand::run(const QStringList &arguments)
{
    const QString command = QLatin1String(name);
    QCommandLineParser parser;
    SubcommandArguments::describe(parser, tr("Stop the Citus cluster."));
    const QCommandLineOption volumes(QStringLiteral("volumes"), tr("Also delete the cluster's data."));
    const QCommandLineOption worker(QStringLiteral("worker"),
                                    tr("Stop only this worker (1 to 8), keeping its data, to see what the cluster does "
                                       "without it; shardscope up starts it again."),
                                    tr("N"));
    parser.addOptions({volumes, worker});
    const LaunchSession session(parser);
    if (const auto done = SubcommandArguments::parse(parser, command, arguments))
        return *done;

    int workerIndex = 0;
    if (parser.isSet(worker)) {
        bool ok = false;
        workerIndex = parser.value(worker).toInt(&ok);
        if (!ok || workerIndex < 1)
            return CliOutput::fail(command, tr("--worker must be a worker's number, not \"%1\"").arg(parser.value(worker)));
        if (parser.isSet(volumes))
            return CliOutput::fail(command, tr("--volumes deletes the whole cluster's data: not with --worker"));
    }

    QString error;
    const auto launcher = session.launcher(&error);
    if (!launcher)
        return CliOutput::fail(command, error);
    const LaunchSession::Outcome outcome = session.run(*launcher, [&] {
        if (workerIndex > 0)
            launcher->stopWorker(workerIndex);
        else
            launcher->down(parser.isSet(volumes));
    });
    return outcome.stopped ? 0 : session.fail(command, *outcome.error);
}

} // namespace shardscope
