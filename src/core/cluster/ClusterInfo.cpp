#include "ClusterInfo.h"

#include <algorithm>

namespace shardscope {

int ClusterInfo::reachableWorkers() const
{
    return int(std::count_if(workers.cbegin(), workers.cend(), [](const WorkerInfo &w) { return w.isReachable(); }));
}

QList<WorkerInfo> ClusterInfo::unreachableWorkers() const
{
    QList<WorkerInfo> down;
    for (const WorkerInfo &worker : workers) {
        if (worker.reachability() == Reachability::Unreachable)
            down << worker;
    }
    return down;
}

QString DistributedTableInfo::typeSql()
{
    return QStringLiteral("CASE WHEN p.partkey IS NOT NULL THEN 'distributed' WHEN p.repmodel = 't' THEN 'reference'"
                          " WHEN p.colocationid = 0 THEN 'local' ELSE 'distributed' END");
}

const WorkerInfo *ClusterInfo::worker(const NodeAddress &address) const
{
    const auto it = std::find_if(workers.cbegin(), workers.cend(),
                                 [&](const WorkerInfo &worker) { return worker.address == address; });
    return it == workers.cend() ? nullptr : &*it;
}

} // namespace shardscope
