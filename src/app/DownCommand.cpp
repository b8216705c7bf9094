#include "DownCommand.h"

#include "CliOutput.h"
#include "LaunchSession.h"

#include <QCommandLineParser>

namespace shardscope {

int DownCommand::run(const QStringList &arguments)
{
    const QString command = QLatin1String(name);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Stop the Citus cluster."));
    parser.addHelpOption();
    const QCommandLineOption volumes(QStringLiteral("volumes"), tr("Also delete the cluster's data."));
    parser.addOption(volumes);
    const LaunchSession session(parser);
    if (!parser.parse(QStringList{QStringLiteral("shardscope ") + command} + arguments))
        return CliOutput::fail(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::out(parser.helpText());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return CliOutput::fail(command, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    QString error;
    const auto launcher = session.launcher(&error);
    if (!launcher)
        return CliOutput::fail(command, error);
    const LaunchSession::Outcome outcome = session.run(*launcher, [&] { launcher->down(parser.isSet(volumes)); });
    return outcome.stopped ? 0 : session.fail(command, *outcome.error);
}

} // namespace shardscope
