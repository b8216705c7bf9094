#pragma once

#include "NodeAddress.h"
#include "PlanAnalysis.h"

#include <QColor>
#include <QHash>
#include <QList>

namespace shardscope {

// The colour of each Citus worker, derived from the worker itself so that "orange" means
// one machine in every plan, chart, export and run, whichever plan was opened first and
// however few of the workers a plan holds. Colours come from colour-blind-safe sets
// (Okabe-Ito, then Paul Tol's "muted"); the coordinator is neutral grey.
//
// A worker's own slot comes from its host and port (a stable hash of the host plus the
// port), so workers of one host on neighbouring ports, as in a local cluster, always differ;
// so do numbered hosts on one port (worker1, worker2).
// Two workers whose slots collide are told apart deterministically: the one first in
// pg_dist_node order when the cluster is known (it is resolved for the whole cluster at
// once, so a plan holding only one of the two still shows the colour it has beside the
// other), else the first in address order among the workers drawn together. A value:
// the window (later the cluster session) holds one and hands copies to what it draws.
class WorkerPalette
{
public:
    // No cluster known: workers are told apart by host and port alone.
    WorkerPalette() = default;
    // The cluster's workers in node id order (pg_dist_node).
    explicit WorkerPalette(const QList<NodeAddress> &clusterWorkers);

    const QList<NodeAddress> &clusterWorkers() const { return m_cluster; }
    // This palette with the workers drawn together given their colours, collisions
    // between them resolved; workers already resolved keep theirs.
    WorkerPalette including(const QList<NodeAddress> &workers) const;
    // including() the workers of a plan.
    WorkerPalette forPlan(const PlanAnalysis &analysis) const;
    // Whether the worker is one of the cluster's or of those included.
    bool contains(const NodeAddress &worker) const { return m_slots.contains(worker); }
    // A resolved worker's colour, else its own slot's; the coordinator's grey for an
    // empty address.
    QColor color(const NodeAddress &worker) const;

    static QColor coordinator();
    // The slot a worker takes when no other holds it, from 0 to slotCount - 1.
    static int ownSlot(const NodeAddress &worker);
    static constexpr int baseCount = 15;
    // Past the base colours, lighter then darker versions of them.
    static constexpr int slotCount = 3 * baseCount;

    friend bool operator==(const WorkerPalette &a, const WorkerPalette &b)
    {
        return a.m_cluster == b.m_cluster && a.m_slots == b.m_slots;
    }
    friend bool operator!=(const WorkerPalette &a, const WorkerPalette &b) { return !(a == b); }

private:
    void resolve(const QList<NodeAddress> &workers);

    QList<NodeAddress> m_cluster;
    QHash<NodeAddress, int> m_slots;
};

} // namespace shardscope
