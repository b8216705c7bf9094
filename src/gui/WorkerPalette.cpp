#include "WorkerPalette.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace shardscope {

namespace {

// Okabe-Ito without black, then Paul Tol's "muted" for clusters larger than a classroom
// one. Workers numbered one after the other (ports 9701, 9702) take neighbouring slots, so
// neighbours here contrast in hue and lightness. Yellow comes last: it is the hardest to
// read text on and the faintest frame on white.
constexpr std::array<QRgb, WorkerPalette::baseCount> baseColors = {
    0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0x332288, 0x999933,
    0x44AA99, 0xAA4499, 0x117733, 0x882255, 0x88CCEE, 0xDDCC77, 0xF0E442,
};

constexpr qsizetype maxHostNumberDigits = 9; // fits a quint32

// FNV-1a over the host's UTF-8: unlike qHash, the same in every run and on every machine.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const char byte : text.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

// Past the base colours, the cycle repeats lighter then darker: still distinct from
// neighbours, though no longer guaranteed apart for colour-blind readers.
QColor slotColor(int slot)
{
    const QColor base = QColor::fromRgb(baseColors[size_t(slot % WorkerPalette::baseCount)]);
    switch (slot / WorkerPalette::baseCount) {
    case 1:
        return base.lighter(135);
    case 2:
        return base.darker(140);
    default:
        return base;
    }
}

} // namespace

WorkerPalette::WorkerPalette(const QList<NodeAddress> &clusterWorkers) : m_cluster(clusterWorkers)
{
    // In node id order, not sorted: the first registered worker wins a collision.
    resolve(m_cluster);
}

WorkerPalette WorkerPalette::including(const QList<NodeAddress> &workers) const
{
    QList<NodeAddress> sorted = workers;
    std::sort(sorted.begin(), sorted.end());
    WorkerPalette palette = *this;
    palette.resolve(sorted);
    return palette;
}

WorkerPalette WorkerPalette::forPlan(const PlanAnalysis &analysis) const
{
    QList<NodeAddress> workers;
    for (const WorkerTotals &totals : analysis.workers)
        workers.append(totals.worker);
    return including(workers);
}

// Each worker not resolved yet takes its own slot, or when that is held the next free
// one: the other base colours first, then the lighter and the darker ones.
void WorkerPalette::resolve(const QList<NodeAddress> &workers)
{
    QSet<int> taken;
    for (const int slot : std::as_const(m_slots))
        taken.insert(slot);
    for (const NodeAddress &worker : workers) {
        if (worker.isEmpty() || m_slots.contains(worker))
            continue;
        const int own = ownSlot(worker);
        int slot = own;
        for (int step = 0; step < slotCount; ++step) {
            const int candidate = (own + step) % baseCount + baseCount * (step / baseCount);
            if (!taken.contains(candidate)) {
                slot = candidate;
                break;
            }
        }
        m_slots.insert(worker, slot);
        taken.insert(slot);
    }
}

QColor WorkerPalette::color(const NodeAddress &worker) const
{
    if (worker.isEmpty())
        return coordinator();
    return slotColor(m_slots.value(worker, ownSlot(worker)));
}

// A number ending the host counts like the port, so that numbered workers (worker1 to
// worker8 of the Docker cluster, 10.0.0.1 and 10.0.0.2) differ as ports 9701 and 9702 do.
int WorkerPalette::ownSlot(const NodeAddress &worker)
{
    const QString &host = worker.host;
    qsizetype stem = host.size();
    while (stem > 0 && host.at(stem - 1) >= QLatin1Char('0') && host.at(stem - 1) <= QLatin1Char('9')
           && host.size() - stem < maxHostNumberDigits)
        --stem;
    const quint32 number = host.mid(stem).toUInt();
    return int((stableHash(host.left(stem)) + number + quint32(worker.port)) % baseCount);
}

QColor WorkerPalette::coordinator()
{
    return QColor(0x8C, 0x93, 0x9D);
}

} // namespace shardscope
