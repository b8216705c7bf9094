#include "CommandLine.h"

#include "CliOutput.h"
#include "InspectCommand.h"

namespace shardscope {

bool CommandLine::isSubcommand(const QString &argument)
{
    return argument == QLatin1String("inspect");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("inspect"))
        return InspectCommand::run(rest);
    return CliOutput::fail(command, tr("unknown command"));
}

} // namespace shardscope
