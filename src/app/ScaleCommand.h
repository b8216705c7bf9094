#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// `shardscope scale --dsn DSN --add HOST:PORT | --remove HOST:PORT | --rebalance
// [--rebalance] [--block-writes]`: adds a worker to a running Citus cluster (and with
// --rebalance moves shards onto it), rebalances, or drains a worker and removes it. The
// moves go to stderr as they happen; Ctrl-C stops the rebalance, keeping the moves done.
class ScaleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScaleCommand)

public:
    static constexpr const char *name = "scale";
    static int run(const QStringList &arguments);
};

} // namespace shardscope
