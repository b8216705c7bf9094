#pragma once

#include "TaskWorkerReader.h"

#include <QCoreApplication>
#include <QString>

namespace shardscope {

// In words, whether the task of a user's query runs on another worker after the shards
// moved than before: what a rebalance changed for that user.
class TaskMoveText
{
    Q_DECLARE_TR_FUNCTIONS(TaskMoveText)

public:
    static QString describe(const UserTask &before, const UserTask &after);
    // The worker, or that the plan named none.
    static QString workerText(const UserTask &task);
};

} // namespace shardscope
