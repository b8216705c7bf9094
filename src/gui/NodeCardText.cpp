#include "NodeCardText.h"

#include "CitusNaming.h"
#include "CitusValueText.h"
#include "FigureText.h"
#include "NodeLabel.h"
#include "PlanStyle.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace shardscope {

namespace {

constexpr double badgeGap = 6;
constexpr double badgeInnerPadding = 5;

QString indexWithoutShard(const PlanNode &node)
{
    if (!node.citus.worker.isEmpty()) {
        if (const auto shard = CitusNaming::splitShardName(node.indexName))
            return shard->table;
    }
    return node.indexName;
}

// What PostgreSQL 17 and 18 print about how a node kept its rows and which window it computes.
void addStorageLines(NodeCardText &text, const PlanNode &node)
{
    if (!node.storage.isEmpty()) {
        const QString peak = node.maximumStorageKb ? FigureText::kilobytes(*node.maximumStorageKb) : QStringLiteral("?");
        if (node.storage == QLatin1String("Memory"))
            text.lines.push_back(NodeCardText::tr("kept in memory, at most %1").arg(peak));
        else if (node.storage == QLatin1String("Disk"))
            text.lines.push_back(NodeCardText::tr("spilled to disk, at most %1").arg(peak));
        else
            text.lines.push_back(NodeCardText::tr("storage: %1, at most %2").arg(node.storage, peak));
    }
    if (!node.window.isEmpty())
        text.lines.push_back(NodeCardText::tr("window %1").arg(node.window));
    if (node.wal.records) {
        QString wal = NodeCardText::tr("WAL: %1 records").arg(FigureText::count(double(*node.wal.records)));
        if (node.wal.bytes)
            wal += QStringLiteral(" · ") + FigureText::kilobytes(double(*node.wal.bytes) / 1024);
        text.lines.push_back(wal);
    }
}

void addPlanLines(NodeCardText &text, const PlanNode &node, const NodeMetrics &metrics)
{
    // "InitPlan 1 (returns $0)", "SubPlan 2", "CTE x": what the rest of the plan calls this
    // subtree ("$0", "(InitPlan 1).col1" in PostgreSQL 17 and later).
    if (!node.subplanName.isEmpty())
        text.lines.push_back(node.subplanName);
    if (node.disabled)
        text.lines.push_back(NodeCardText::tr("disabled by a planner setting"));
    if (!node.indexName.isEmpty() && !node.relationName.isEmpty())
        text.lines.push_back(NodeCardText::tr("using %1").arg(indexWithoutShard(node)));
    if (node.neverExecuted) {
        text.lines.push_back(NodeCardText::tr("never executed"));
        return;
    }
    if (node.actualRows) {
        QString rows = NodeCardText::tr("rows: %1").arg(FigureText::count(*node.actualRows));
        if (node.planRows && metrics.citusFixedEstimate)
            rows += NodeCardText::tr(" · fixed est. %1").arg(FigureText::count(*node.planRows));
        else if (node.planRows)
            rows += NodeCardText::tr(" · est. %1").arg(FigureText::count(*node.planRows));
        text.lines.push_back(rows);
        if (metrics.misestimateFactor && *metrics.misestimateFactor >= NodeCardText::markerFactor
            && metrics.misestimate != Misestimate::None) {
            const QString arrow = metrics.misestimate == Misestimate::Under ? QStringLiteral("↑ ")
                                                                            : QStringLiteral("↓ ");
            text.marker = arrow + FigureText::factor(*metrics.misestimateFactor);
            text.markerDirection = metrics.misestimate;
        }
    } else if (node.planRows) {
        text.lines.push_back(NodeCardText::tr("rows: est. %1").arg(FigureText::count(*node.planRows)));
    }
    if (metrics.exclusiveMs && metrics.inclusiveMs) {
        text.lines.push_back(NodeCardText::tr("self %1 · total %2")
                                 .arg(FigureText::duration(*metrics.exclusiveMs),
                                      FigureText::duration(*metrics.inclusiveMs)));
    } else if (node.startupCost && node.totalCost) {
        text.lines.push_back(NodeCardText::tr("cost %1 … %2")
                                 .arg(FigureText::count(*node.startupCost), FigureText::count(*node.totalCost)));
    }
    if (node.actualLoops && *node.actualLoops > 1)
        text.lines.push_back(NodeCardText::tr("loops: %1").arg(FigureText::count(*node.actualLoops)));
    if (node.indexSearches)
        text.lines.push_back(NodeCardText::tr("index searches: %1").arg(FigureText::count(double(*node.indexSearches))));
    addStorageLines(text, node);
}

void addCitusLines(NodeCardText &text, const PlanNode &node)
{
    const CitusInfo &citus = node.citus;
    switch (node.kind) {
    case NodeKind::Plan:
        break;
    case NodeKind::Task:
        if (citus.executionTimeMs)
            text.lines.push_back(NodeCardText::tr("ran in %1").arg(FigureText::duration(*citus.executionTimeMs)));
        if (!citus.tupleDataReceived.isEmpty())
            text.lines.push_back(NodeCardText::tr("%1 received").arg(citus.tupleDataReceived));
        if (!citus.error.isEmpty())
            text.lines.push_back(NodeCardText::tr("error: %1").arg(citus.error));
        break;
    case NodeKind::Job:
        if (citus.taskCount) {
            QString tasks = NodeCardText::tr("tasks: %1").arg(*citus.taskCount);
            if (!citus.tasksShown.isEmpty() && citus.tasksShown != QLatin1String("All"))
                tasks += NodeCardText::tr(" · shown: %1").arg(CitusValueText::tasksShown(citus.tasksShown));
            text.lines.push_back(tasks);
        }
        if (!citus.tupleDataReceived.isEmpty())
            text.lines.push_back(NodeCardText::tr("%1 received").arg(citus.tupleDataReceived));
        break;
    case NodeKind::DistributedSubplan:
        if (!citus.resultDestination.isEmpty())
            text.lines.push_back(CitusValueText::resultDestination(citus.resultDestination));
        if (!citus.intermediateDataSize.isEmpty())
            text.lines.push_back(NodeCardText::tr("%1 intermediate result").arg(citus.intermediateDataSize));
        if (citus.subplanDurationMs)
            text.lines.push_back(NodeCardText::tr("took %1").arg(FigureText::duration(*citus.subplanDurationMs)));
        break;
    case NodeKind::MapMergeJob:
        if (citus.mapTaskCount && citus.mergeTaskCount) {
            text.lines.push_back(NodeCardText::tr("%1 map → %2 merge tasks")
                                     .arg(*citus.mapTaskCount)
                                     .arg(*citus.mergeTaskCount));
        }
        break;
    }
}

// Where a line too long for the card breaks onto a second one (the last space before
// it overflows), or -1 when it fits or has no such space. Citus' longer words ("Tasks
// Shown: None, not supported for re-partition queries", a task's error) read better
// whole on two lines than cut on one.
int foldAt(const QString &line, const TextWidth &width, double room)
{
    if (width.of(line) <= room)
        return -1;
    for (qsizetype space = line.lastIndexOf(QLatin1Char(' ')); space > 0;
         space = line.lastIndexOf(QLatin1Char(' '), space - 1)) {
        if (width.of(line.left(space)) <= room)
            return int(space);
    }
    return -1;
}

// Sizes the card to its longest text, within bounds; longer texts are elided.
void measure(NodeCardText &text)
{
    const TextWidth &title = PlanStyle::titleWidth();
    const TextWidth &body = PlanStyle::bodyWidth();
    const double padding = PlanStyle::cardPadding;
    const double inner = PlanStyle::maxCardWidth - 2 * padding;
    QStringList uncut{text.title};
    if (!text.object.isEmpty() || !text.badge.isEmpty())
        uncut.append(QStringList{text.object, text.badge}.join(QLatin1Char(' ')).trimmed());
    uncut.append(QStringList(text.lines.begin(), text.lines.end()));
    bool cut = false;
    auto elide = [&cut](QString &line, const TextWidth &width, Qt::TextElideMode mode, double room) {
        line = width.metrics().elidedText(line, mode, room);
        cut = true;
        return width.of(line);
    };

    double titleWidth = title.of(text.title);
    if (titleWidth > inner)
        titleWidth = elide(text.title, title, Qt::ElideRight, inner);
    double width = titleWidth;
    if (!text.badge.isEmpty())
        text.badgeWidth = PlanStyle::badgeWidth().of(text.badge) + 2 * badgeInnerPadding;
    const double badgeRoom = text.badgeWidth > 0 ? text.badgeWidth + badgeGap : 0;
    if (!text.object.isEmpty()) {
        text.objectWidth = body.of(text.object);
        if (text.objectWidth > inner - badgeRoom)
            text.objectWidth = elide(text.object, body, Qt::ElideMiddle, inner - badgeRoom);
    }
    width = std::max(width, text.objectWidth + badgeRoom);
    if (!text.marker.isEmpty())
        text.markerWidth = PlanStyle::badgeWidth().of(text.marker) + 2 * badgeInnerPadding;
    bool continued = false; // the line goes on from the one before: no second break
    for (size_t i = 0; i < text.lines.size(); ++i) {
        const double markerRoom = i == 0 && text.markerWidth > 0 ? text.markerWidth + badgeGap : 0;
        double lineWidth = body.of(text.lines[i]);
        const int fold = !continued && markerRoom == 0 ? foldAt(text.lines[i], body, inner) : -1;
        continued = fold > 0;
        if (continued) {
            text.lines.insert(text.lines.begin() + std::ptrdiff_t(i) + 1, text.lines[i].mid(fold + 1));
            text.lines[i].truncate(fold);
            lineWidth = body.of(text.lines[i]);
        }
        if (lineWidth > inner - markerRoom)
            lineWidth = elide(text.lines[i], body, Qt::ElideRight, inner - markerRoom);
        width = std::max(width, lineWidth + markerRoom);
    }

    if (cut)
        text.uncut = uncut.join(QLatin1Char('\n'));

    const int bodyLines = int(text.lines.size()) + (text.object.isEmpty() && text.badge.isEmpty() ? 0 : 1);
    const double height = PlanStyle::headerHeight + padding * 1.2 + bodyLines * body.metrics().lineSpacing();
    text.size = QSizeF(std::clamp(std::ceil(width + 2 * padding), PlanStyle::minCardWidth, PlanStyle::maxCardWidth),
                       std::ceil(height));
}

} // namespace

NodeCardText NodeCardText::make(const Plan &plan, int index, const NodeMetrics &metrics)
{
    const PlanNode &node = plan.nodes[size_t(index)];
    NodeCardText text;
    text.title = NodeLabel::title(node);
    text.object = NodeLabel::object(node);
    if (node.citus.shardId)
        text.badge = tr("shard %1").arg(*node.citus.shardId);
    text.neverExecuted = node.neverExecuted;
    text.disabled = node.disabled;
    if (node.isPlanNode())
        addPlanLines(text, node, metrics);
    else
        addCitusLines(text, node);
    measure(text);
    return text;
}

bool NodeCardText::contains(const QString &text) const
{
    if (title.contains(text, Qt::CaseInsensitive) || object.contains(text, Qt::CaseInsensitive)
        || badge.contains(text, Qt::CaseInsensitive))
        return true;
    return std::any_of(lines.begin(), lines.end(),
                       [&text](const QString &line) { return line.contains(text, Qt::CaseInsensitive); });
}

} // namespace shardscope
