#pragma once

#include "NodeAddress.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QMutex>

namespace shardscope {

// The colour of each Citus worker, the same in every view for the whole session so
// that "orange" keeps meaning one machine while a class moves between plans. Colours
// come from colour-blind-safe sets (Okabe-Ito, then Paul Tol's "muted"); the
// coordinator is neutral grey. A worker keeps its first colour even if it is later
// seen in another order. Workers are told apart by NodeAddress, whatever form the text
// they were read from had.
class WorkerPalette
{
public:
    static WorkerPalette &session();

    // Tells the palette the pg_dist_node id of a worker. Workers whose id is known take
    // their colours in node id order when they are first seen.
    void assign(const NodeAddress &worker, int nodeId);
    // Workers of a plan: those without a colour take the next free ones, in node id
    // order when known, then in address order.
    void see(const QList<NodeAddress> &workers);
    // The coordinator's grey for an empty address.
    QColor color(const NodeAddress &worker);
    bool hasColor(const NodeAddress &worker) const;

    static QColor coordinator();

private:
    QColor slotColor(int slot) const;

    mutable QMutex m_mutex;
    QHash<NodeAddress, int> m_slots;
    QHash<NodeAddress, int> m_nodeIds;
    int m_nextSlot = 0;
};

} // namespace shardscope
