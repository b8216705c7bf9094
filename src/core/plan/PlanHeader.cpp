#include "PlanHeader.h"

#include "BufferText.h"
#include "PlanPropertyMapper.h"

#include <QStringList>

namespace shardscope {

namespace {

// The figure at the start of text ("4.690 ms", "3; Options: ...", "6kB"); its length in *end.
std::optional<double> leadingNumber(QStringView text, qsizetype *end = nullptr)
{
    qsizetype at = 0;
    while (at < text.size() && (text.at(at).isDigit() || text.at(at) == QLatin1Char('.')))
        ++at;
    if (end)
        *end = at;
    return PlanPropertyMapper::number(text.first(at));
}

// "6kB", "512 bytes", "31251kB", "8" -> kilobytes; a bare figure is in kB, as the
// structured formats give it.
std::optional<double> kilobytes(QStringView text)
{
    qsizetype end = 0;
    const auto figure = leadingNumber(text.trimmed(), &end);
    if (!figure)
        return std::nullopt;
    const QStringView unit = text.trimmed().sliced(end).trimmed();
    if (unit == QLatin1String("bytes"))
        return *figure / 1024;
    if (unit.isEmpty() || unit == QLatin1String("kB"))
        return figure;
    return std::nullopt;
}

// What follows label up to the next double space, which separates the text format's
// figures: "used=6kB  allocated=8kB", "time=4.690 ms  output=31251kB  format=text".
QStringView afterLabel(QStringView text, QLatin1String label)
{
    const qsizetype at = text.indexOf(label);
    if (at < 0)
        return {};
    const QStringView rest = text.sliced(at + label.size());
    const qsizetype gap = rest.indexOf(QLatin1String("  "));
    return gap < 0 ? rest : rest.first(gap);
}

// The items of a block: the text format joins its lines with "; " (a "Buffers:" line has
// commas of its own), the structured formats join their members with ", ".
QStringList items(const Plan &plan, const QString &value)
{
    return value.split(plan.format == PlanFormat::Text ? QStringLiteral("; ") : QStringLiteral(", "));
}

// "Buffers: shared hit=6" (text) or "Shared Hit Blocks: 6" (structured) into buffers.
bool readBuffers(const QString &key, const QString &value, Buffers &buffers)
{
    PlanNode counters;
    counters.buffers = buffers;
    if (key == QLatin1String("Buffers")) {
        const auto found = BufferText::counters(value.toUtf8());
        for (const auto &[name, count] : found)
            PlanPropertyMapper::applyTyped(counters, name, count);
    } else if (key.endsWith(QLatin1String(" Blocks"))) {
        PlanPropertyMapper::applyTyped(counters, key, value);
    } else {
        return false;
    }
    buffers = counters.buffers;
    return true;
}

template<typename Read>
void forEachItem(const Plan &plan, const QString &value, Read read)
{
    for (const QString &item : items(plan, value)) {
        const qsizetype colon = item.indexOf(QLatin1String(": "));
        if (colon > 0)
            read(item.first(colon), item.sliced(colon + 2));
        else
            read(QString(), item);
    }
}

void readPlanning(const Plan &plan, const QString &value, PlanHeader &header)
{
    forEachItem(plan, value, [&header](const QString &key, const QString &figure) {
        if (readBuffers(key, figure, header.planningBuffers))
            return;
        if (key == QLatin1String("Memory")) { // "used=6kB  allocated=8kB"
            header.planningMemoryUsedKb = kilobytes(afterLabel(figure, QLatin1String("used=")));
            header.planningMemoryAllocatedKb = kilobytes(afterLabel(figure, QLatin1String("allocated=")));
        } else if (key == QLatin1String("Memory Used")) {
            header.planningMemoryUsedKb = kilobytes(figure);
        } else if (key == QLatin1String("Memory Allocated")) {
            header.planningMemoryAllocatedKb = kilobytes(figure);
        }
    });
}

void readSerialization(const Plan &plan, const QString &value, PlanHeader &header)
{
    header.serialized = true;
    forEachItem(plan, value, [&header](const QString &key, const QString &figure) {
        if (readBuffers(key, figure, header.serializationBuffers))
            return;
        if (key.isEmpty()) { // "time=4.690 ms  output=31251kB  format=text"
            header.serializationMs = leadingNumber(afterLabel(figure, QLatin1String("time=")));
            header.serializationOutputKb = kilobytes(afterLabel(figure, QLatin1String("output=")));
            header.serializationFormat = afterLabel(figure, QLatin1String("format=")).toString();
        } else if (key == QLatin1String("Time")) {
            header.serializationMs = PlanPropertyMapper::number(figure);
        } else if (key == QLatin1String("Output Volume")) {
            header.serializationOutputKb = kilobytes(figure);
        } else if (key == QLatin1String("Format")) {
            header.serializationFormat = figure;
        }
    });
}

// Text: "Functions: 3; ...; Timing: Generation 1.259 ms (Deform 0.000 ms), ..., Total 7.104 ms";
// structured: "Functions: 3, ..., Timing: Generation: ..., Total: 7.104". The last "Total"
// is the whole compilation's (PostgreSQL 17 gives the generation step a total of its own).
void readJit(const QString &value, PlanHeader &header)
{
    header.jitFunctions = leadingNumber(afterLabel(value, QLatin1String("Functions: ")));
    const qsizetype total = value.lastIndexOf(QLatin1String("Total"));
    if (total < 0)
        return;
    QStringView figure = QStringView(value).sliced(total + 5);
    if (figure.startsWith(QLatin1Char(':')))
        figure = figure.sliced(1);
    header.jitTotalMs = leadingNumber(figure.trimmed());
}

void addWal(WalUsage &total, const WalUsage &wal)
{
    auto add = [](std::optional<qint64> &sum, const std::optional<qint64> &figure) {
        if (figure)
            sum = sum.value_or(0) + *figure;
    };
    add(total.records, wal.records);
    add(total.fullPageImages, wal.fullPageImages);
    add(total.bytes, wal.bytes);
    add(total.buffersFull, wal.buffersFull);
}

} // namespace

PlanHeader PlanHeader::of(const Plan &plan)
{
    PlanHeader header;
    for (const Property &property : plan.properties) {
        if (property.key == QLatin1String("Planning"))
            readPlanning(plan, property.value, header);
        else if (property.key == QLatin1String("Serialization"))
            readSerialization(plan, property.value, header);
        else if (property.key == QLatin1String("JIT"))
            readJit(property.value, header);
    }
    for (int root : plan.roots())
        addWal(header.wal, plan.nodes[size_t(root)].wal);
    return header;
}

} // namespace shardscope
