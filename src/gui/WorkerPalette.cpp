#include "WorkerPalette.h"

#include <QMutexLocker>

#include <algorithm>
#include <array>

namespace shardscope {

namespace {

// Okabe-Ito without black, strongest first, then Paul Tol's "muted" for clusters
// larger than a classroom one. Yellow comes late: it is the hardest to read text on.
constexpr std::array<QRgb, 15> baseColors = {
    0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0xD55E00, 0x56B4E9, 0xF0E442,
    0x332288, 0x44AA99, 0x999933, 0xAA4499, 0x117733, 0xDDCC77, 0x882255, 0x88CCEE,
};

} // namespace

WorkerPalette &WorkerPalette::session()
{
    static WorkerPalette palette;
    return palette;
}

void WorkerPalette::assign(const NodeAddress &worker, int nodeId)
{
    QMutexLocker lock(&m_mutex);
    m_nodeIds.insert(worker, nodeId);
}

void WorkerPalette::see(const QList<NodeAddress> &workers)
{
    QMutexLocker lock(&m_mutex);
    QList<NodeAddress> fresh;
    for (const NodeAddress &worker : workers) {
        if (!m_slots.contains(worker) && !fresh.contains(worker))
            fresh.append(worker);
    }
    std::sort(fresh.begin(), fresh.end(), [this](const NodeAddress &a, const NodeAddress &b) {
        const auto idA = m_nodeIds.constFind(a);
        const auto idB = m_nodeIds.constFind(b);
        const bool knownA = idA != m_nodeIds.constEnd();
        const bool knownB = idB != m_nodeIds.constEnd();
        if (knownA != knownB)
            return knownA;
        if (knownA && *idA != *idB)
            return *idA < *idB;
        return a < b;
    });
    for (const NodeAddress &worker : fresh)
        m_slots.insert(worker, m_nextSlot++);
}

QColor WorkerPalette::color(const NodeAddress &worker)
{
    if (worker.isEmpty())
        return coordinator();
    see({worker});
    QMutexLocker lock(&m_mutex);
    return slotColor(m_slots.value(worker));
}

bool WorkerPalette::hasColor(const NodeAddress &worker) const
{
    QMutexLocker lock(&m_mutex);
    return m_slots.contains(worker);
}

QColor WorkerPalette::coordinator()
{
    return QColor(0x8C, 0x93, 0x9D);
}

// Past the fifteen base colours, the cycle repeats lighter then darker: still distinct
// from neighbours, though no longer guaranteed apart for colour-blind readers.
QColor WorkerPalette::slotColor(int slot) const
{
    const int count = int(baseColors.size());
    const QColor base = QColor::fromRgb(baseColors[size_t(slot % count)]);
    switch ((slot / count) % 3) {
    case 1:
        return base.lighter(135);
    case 2:
        return base.darker(140);
    default:
        return base;
    }
}

} // namespace shardscope
