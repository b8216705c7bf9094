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
    parser.addOption(volumes);
    const LaunchSession session(parser);
    if (const auto done = SubcommandArguments::parse(parser, command, arguments))
        return *done;

    QString error;
    const auto launcher = session.launcher(&error);
    if (!launcher)
        return CliOutput::fail(command, error);
    const LaunchSession::Outcome outcome = session.run(*launcher, [&] { launcher->down(parser.isSet(volumes)); });
    return outcome.stopped ? 0 : session.fail(command, *outcome.error);
}

} // namespace shardscope
