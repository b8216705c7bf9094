#pragma once

#include "WorkerNode.h"

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// `shardscope up [--mode docker|local] [--workers N] [--port P] [--data-dir DIR]
// [--citus-version V]`: starts
// a Citus cluster and prints the coordinator's connection string, and nothing else on
// stdout, once every worker is registered and reachable; progress goes to stderr.
class UpCommand
{
    Q_DECLARE_TR_FUNCTIONS(UpCommand)

public:
    static constexpr const char *name = "up";
    static constexpr int defaultWorkers = 2;
    static int run(const QStringList &arguments);
    // What an up on a running cluster changed, for stderr: workers added, stopped ones
    // started again, or nothing; asked: --workers.
    static QStringList changes(const QList<WorkerNode> &before, const QList<WorkerNode> &after, int asked);
};

} // namespace shardscope
