#include "TaskMoveText.h"

namespace shardscope {

QString TaskMoveText::describe(const UserTask &before, const UserTask &after)
{
    if (!before.worker || !after.worker)
        return tr("The plan for user %1 runs on no single worker: nothing to compare.").arg(after.userId);
    if (*before.worker == *after.worker)
        return tr("User %1's task still runs on %2: its shard stayed there.")
            .arg(QString::number(after.userId), after.worker->toString());
    return tr("User %1's task moved from %2 to %3, with its shard: the same query now runs on another worker.")
        .arg(QString::number(after.userId), before.worker->toString(), after.worker->toString());
}

QString TaskMoveText::workerText(const UserTask &task)
{
    return task.worker ? task.worker->toString() : tr("no single worker");
}

} // namespace shardscope
