#pragma once

#include <QColor>
#include <QHash>
#include <QMutex>
#include <QStringList>

namespace shardscope {

// The colour of each Citus worker, the same in every view for the whole session so
// that "orange" keeps meaning one machine while a class moves between plans. Colours
// come from colour-blind-safe sets (Okabe-Ito, then Paul Tol's "muted"); the
// coordinator is neutral grey. A worker keeps its first colour even if it is later
// seen in another order.
class WorkerPalette
{
public:
    static WorkerPalette &session();

    // Tells the palette the pg_dist_node id of a worker (host:port). Workers whose id is
    // known take their colours in node id order when they are first seen.
    void assign(const QString &worker, int nodeId);
    // Workers of a plan: those without a colour take the next free ones, in node id
    // order when known, then in host:port order.
    void see(const QStringList &workers);
    QColor color(const QString &worker);
    bool hasColor(const QString &worker) const;

    static QColor coordinator();
    // "127.0.0.1:9701" before "127.0.0.1:9702" before "127.0.0.1:10000".
    static bool hostPortLess(const QString &a, const QString &b);

private:
    QColor slotColor(int slot) const;

    mutable QMutex m_mutex;
    QHash<QString, int> m_slots;
    QHash<QString, int> m_nodeIds;
    int m_nextSlot = 0;
};

} // namespace shardscope
