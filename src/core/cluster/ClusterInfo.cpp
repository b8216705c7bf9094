#include "ClusterInfo.h"

#include <algorithm>

namespace shardscope {

std::optional<NodeAddress> NodeAddress::parse(const QString &text)
{
    // The last colon: an IPv6 host has colons of its own.
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return NodeAddress{host, port};
}

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

const WorkerInfo *ClusterInfo::worker(const NodeAddress &address) const
{
    const auto it = std::find_if(workers.cbegin(), workers.cend(),
                                 [&](const WorkerInfo &worker) { return worker.address == address; });
    return it == workers.cend() ? nullptr : &*it;
}

} // namespace shardscope
