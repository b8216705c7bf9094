#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace shardscope {

struct ClusterInfo;

// `shardscope cluster --dsn DSN [--json]`: the Citus version, the coordinator, each worker
// (node id, active, really reachable, shard count) and the distributed tables. Exit 0 when
// the coordinator could be inspected, unreachable workers included; 2 when it is no Citus
// coordinator.
class ClusterCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClusterCommand)

public:
    static constexpr const char *name = "cluster";
    static int run(const QStringList &arguments);

    static QJsonObject toJson(const ClusterInfo &info);
    static QString toText(const ClusterInfo &info);
};

} // namespace shardscope
