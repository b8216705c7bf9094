#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// `shardscope outage --dsn DSN [--table T] [--users 1,2] [--save-counts FILE]
// [--compare-counts FILE]`: what a class sees of a cluster that lost a worker (shardscope
// down --worker N) and got it back (shardscope up): each worker as Citus lists it and
// whether it answers, the tutorial's query for each user (which fail, and why), the rows of
// each shard, and whether they are those saved before. Exit 0 when every worker answers,
// every query works and the counts compared are equal; 1 when not (the report says what);
// 2 when the cluster cannot be looked at.
class OutageCommand
{
    Q_DECLARE_TR_FUNCTIONS(OutageCommand)

public:
    static constexpr const char *name = "outage";
    static constexpr int outageStatus = 1;
    static int run(const QStringList &arguments);
};

} // namespace shardscope
