#pragma once

#include "RoutingCounters.h"
#include "StepResult.h"

#include <QCoreApplication>

namespace shardscope {

// Which of Citus's routing counters a query moved, read just before it and just after:
// the single-shard one for a query routed to one shard (a router query), the multi-shard
// one for a query sent to several. The proof, from Citus itself, of what the plan shows.
class RoutingProof
{
    Q_DECLARE_TR_FUNCTIONS(RoutingProof)

public:
    enum class Moved { Neither, SingleShard, MultiShard, Both };

    RoutingProof(const RoutingCounts &before, const RoutingCounts &after);

    const RoutingCounts &before() const { return m_before; }
    const RoutingCounts &after() const { return m_after; }
    qint64 singleShardChange() const { return m_after.singleShard - m_before.singleShard; }
    qint64 multiShardChange() const { return m_after.multiShard - m_before.multiShard; }
    Moved moved() const;

    // One sentence: which counter moved, from what to what, and what that means.
    QString explanation() const;
    // The two counters before and after, and by how much each moved.
    ResultTable table() const;

private:
    RoutingCounts m_before;
    RoutingCounts m_after;
};

} // namespace shardscope
