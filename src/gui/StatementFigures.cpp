#include "StatementFigures.h"

#include "FigureText.h"
#include "PlanHeader.h"

namespace shardscope {

namespace {

std::optional<qint64> sum(const std::optional<qint64> &a, const std::optional<qint64> &b)
{
    if (!a && !b)
        return std::nullopt;
    return a.value_or(0) + b.value_or(0);
}

QString planningLine(const PlanHeader &header)
{
    QStringList parts;
    const QString buffers = StatementFigures::buffers(header.planningBuffers);
    if (!buffers.isEmpty())
        parts.append(StatementFigures::tr("buffers %1").arg(buffers));
    if (header.planningMemoryUsedKb && header.planningMemoryAllocatedKb) {
        parts.append(StatementFigures::tr("memory %1 used of %2 allocated")
                         .arg(FigureText::kilobytes(*header.planningMemoryUsedKb),
                              FigureText::kilobytes(*header.planningMemoryAllocatedKb)));
    }
    return parts.isEmpty() ? QString() : StatementFigures::tr("Planning: %1").arg(parts.join(QStringLiteral(" · ")));
}

QString serializationLine(const PlanHeader &header)
{
    if (!header.serialized)
        return {};
    QStringList parts;
    if (header.serializationMs)
        parts.append(FigureText::duration(*header.serializationMs));
    if (header.serializationOutputKb && !header.serializationFormat.isEmpty()) {
        parts.append(StatementFigures::tr("%1 sent as %2")
                         .arg(FigureText::kilobytes(*header.serializationOutputKb), header.serializationFormat));
    } else if (header.serializationOutputKb) {
        parts.append(StatementFigures::tr("%1 sent").arg(FigureText::kilobytes(*header.serializationOutputKb)));
    } else if (!header.serializationFormat.isEmpty()) {
        parts.append(StatementFigures::tr("sent as %1").arg(header.serializationFormat));
    }
    const QString buffers = StatementFigures::buffers(header.serializationBuffers);
    if (!buffers.isEmpty())
        parts.append(StatementFigures::tr("buffers %1").arg(buffers));
    if (parts.isEmpty())
        return {};
    return StatementFigures::tr("Serialization: %1").arg(parts.join(QStringLiteral(" · ")));
}

QString jitLine(const PlanHeader &header)
{
    QStringList parts;
    if (header.jitFunctions)
        parts.append(StatementFigures::tr("%n function(s) compiled", nullptr, int(*header.jitFunctions)));
    if (header.jitTotalMs)
        parts.append(StatementFigures::tr("%1 in total").arg(FigureText::duration(*header.jitTotalMs)));
    return parts.isEmpty() ? QString() : StatementFigures::tr("JIT: %1").arg(parts.join(QStringLiteral(" · ")));
}

QString walLine(const WalUsage &wal)
{
    QStringList parts;
    if (wal.records)
        parts.append(StatementFigures::tr("%1 records").arg(FigureText::count(double(*wal.records))));
    if (wal.fullPageImages)
        parts.append(StatementFigures::tr("%1 full-page images").arg(FigureText::count(double(*wal.fullPageImages))));
    if (wal.bytes)
        parts.append(FigureText::kilobytes(double(*wal.bytes) / 1024));
    if (wal.buffersFull)
        parts.append(StatementFigures::tr("WAL buffers full %1 times").arg(FigureText::count(double(*wal.buffersFull))));
    return parts.isEmpty() ? QString() : StatementFigures::tr("WAL: %1").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace

QString StatementFigures::buffers(const Buffers &buffers)
{
    const struct {
        std::optional<qint64> count;
        QString name;
    } counters[] = {
        {sum(buffers.sharedHit, buffers.localHit), tr("hit %1")},
        {sum(buffers.sharedRead, buffers.localRead), tr("read %1")},
        {sum(buffers.sharedDirtied, buffers.localDirtied), tr("dirtied %1")},
        {sum(buffers.sharedWritten, buffers.localWritten), tr("written %1")},
        {buffers.tempRead, tr("temp read %1")},
        {buffers.tempWritten, tr("temp written %1")},
    };
    QStringList parts;
    for (const auto &counter : counters) {
        if (counter.count && *counter.count > 0)
            parts.append(counter.name.arg(FigureText::count(double(*counter.count))));
    }
    return parts.join(QStringLiteral(", "));
}

QStringList StatementFigures::lines(const Plan &plan)
{
    const PlanHeader header = PlanHeader::of(plan);
    QStringList lines;
    for (const QString &line : {planningLine(header), serializationLine(header), jitLine(header), walLine(header.wal)}) {
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

} // namespace shardscope
