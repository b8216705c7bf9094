#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// `shardscope inspect FILE [--json]`: reads a plan and prints its summary.
class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace shardscope
