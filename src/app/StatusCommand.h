#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// `shardscope status [--mode docker|local] [--data-dir DIR]`: prints the coordinator's
// connection string, the servers (local) and the registered workers, one per line,
// tab-separated; exit status 0 only when every worker is registered and reachable.
class StatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    static constexpr const char *name = "status";
    static int run(const QStringList &arguments);
};

} // namespace shardscope
