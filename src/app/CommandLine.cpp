#include "CommandLine.h"

#include "CliOutput.h"
#include "ClusterCommand.h"
#include "DownCommand.h"
#include "ExplainCommand.h"
#include "InspectCommand.h"
#include "OutageCommand.h"
#include "PasswordCommand.h"
#include "RenderCommand.h"
#include "ScaleCommand.h"
#include "ShardsCommand.h"
#include "StatusCommand.h"
#include "TutorialCommand.h"
#include "UpCommand.h"

namespace shardscope {

bool CommandLine::isSubcommand(const QString &argument)
{
    return argument == QLatin1String("inspect") || argument == QLatin1String(RenderCommand::name)
        || argument == QLatin1String(ClusterCommand::name) || argument == QLatin1String(ExplainCommand::name)
        || argument == QLatin1String(TutorialCommand::name) || argument == QLatin1String(UpCommand::name)
        || argument == QLatin1String(StatusCommand::name) || argument == QLatin1String(DownCommand::name)
        || argument == QLatin1String(PasswordCommand::name) || argument == QLatin1String(ShardsCommand::name)
        || argument == QLatin1String(ScaleCommand::name) || argument == QLatin1String(OutageCommand::name);
}

bool CommandLine::drawsPlans(const QString &argument)
{
    return argument == QLatin1String(RenderCommand::name) || argument == QLatin1String(ExplainCommand::name)
        || argument == QLatin1String(TutorialCommand::name);
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("inspect"))
        return InspectCommand::run(rest);
    if (command == QLatin1String(RenderCommand::name))
        return RenderCommand::run(rest);
    if (command == QLatin1String(ClusterCommand::name))
        return ClusterCommand::run(rest);
    if (command == QLatin1String(ExplainCommand::name))
        return ExplainCommand::run(rest);
    if (command == QLatin1String(TutorialCommand::name))
        return TutorialCommand::run(rest);
    if (command == QLatin1String(UpCommand::name))
        return UpCommand::run(rest);
    if (command == QLatin1String(StatusCommand::name))
        return StatusCommand::run(rest);
    if (command == QLatin1String(DownCommand::name))
        return DownCommand::run(rest);
    if (command == QLatin1String(PasswordCommand::name))
        return PasswordCommand::run(rest);
    if (command == QLatin1String(ShardsCommand::name))
        return ShardsCommand::run(rest);
    if (command == QLatin1String(ScaleCommand::name))
        return ScaleCommand::run(rest);
    if (command == QLatin1String(OutageCommand::name))
        return OutageCommand::run(rest);
    return CliOutput::fail(command, tr("unknown command"));
}

} // namespace shardscope
