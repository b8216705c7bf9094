#include "OutageReport.h"

namespace shardscope {

QList<NodeAddress> OutageReport::unreachableWorkers() const
{
    QList<NodeAddress> unreachable;
    for (const WorkerInfo &worker : workers) {
        if (worker.reachability() == Reachability::Unreachable)
            unreachable << worker.address;
    }
    return unreachable;
}

QList<int> OutageReport::failingUsers() const
{
    QList<int> failing;
    for (const UserQuery &user : users) {
        if (!user.ok())
            failing << user.userId;
    }
    return failing;
}

} // namespace shardscope
