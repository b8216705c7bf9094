#include "PlanComparison.h"

#include "Milliseconds.h"
#include "NodeLabel.h"

#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace shardscope {

namespace {

using Side = PlanComparison::Side;

// Times are shown to the microsecond; smaller differences are rounding, not speed.
constexpr double microsecondsPerMs = 1000;
// Two runs of the same statement easily differ by a few milliseconds when they are short
// (less than twice as long and under this much), and by this fraction when they are long.
constexpr double noiseMs = 5;
constexpr double noiseRatio = 2;
constexpr double noiseFraction = 0.1;

bool withinNoise(double timeA, double timeB)
{
    const double slower = std::max(timeA, timeB);
    const double faster = std::min(timeA, timeB);
    const double difference = slower - faster;
    return difference < noiseFraction * slower || (difference < noiseMs && slower < noiseRatio * faster);
}

bool timesWithinNoise(const Side &a, const Side &b)
{
    return a.plan.executionTimeMs && b.plan.executionTimeMs
        && withinNoise(*a.plan.executionTimeMs, *b.plan.executionTimeMs);
}

// tr() counts in an int: a count past its end shows as the largest one, which no plan
// a student runs comes near.
int countForTr(double count)
{
    return int(std::round(std::clamp(count, 0.0, double(std::numeric_limits<int>::max()))));
}

QString tasksText(qint64 count)
{
    return PlanComparison::tr("%Ln task(s)", nullptr, countForTr(double(count)));
}

QString rowsText(double count)
{
    return PlanComparison::tr("%Ln row(s)", nullptr, countForTr(count));
}

qint64 taskTotal(const Side &side)
{
    return side.analysis.taskCount.value_or(side.analysis.tasksShown);
}

std::vector<const PlanNode *> shownTasks(const Plan &plan)
{
    std::vector<const PlanNode *> tasks;
    for (const PlanNode &node : plan.nodes) {
        if (node.kind == NodeKind::Task)
            tasks.push_back(&node);
    }
    return tasks;
}

// The one task of a router query, when EXPLAIN shows it; else nullptr.
const PlanNode *routerTask(const Side &side)
{
    if (side.analysis.kind != PlanKind::Router || taskTotal(side) != 1)
        return nullptr;
    const std::vector<const PlanNode *> tasks = shownTasks(side.plan);
    return tasks.size() == 1 ? tasks.front() : nullptr;
}

// Two router queries sent to different shards, each shown with its task: what a class
// compares them for.
bool routedApart(const Side &a, const Side &b)
{
    const PlanNode *taskA = routerTask(a);
    const PlanNode *taskB = routerTask(b);
    return taskA && taskB && a.plan.analyzed == b.plan.analyzed
        && (taskA->citus.worker != taskB->citus.worker || taskA->citus.shardId != taskB->citus.shardId);
}

QString workerAndShard(const PlanNode &task)
{
    if (task.citus.worker.isEmpty())
        return PlanComparison::tr("an unnamed worker");
    if (!task.citus.shardId)
        return PlanComparison::tr("worker %1").arg(task.citus.worker.toString());
    return PlanComparison::tr("worker %1 (shard %2)").arg(task.citus.worker.toString()).arg(*task.citus.shardId);
}

QString kindSingular(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Local:
        return PlanComparison::tr("a plain PostgreSQL plan");
    case PlanKind::Router:
        return PlanComparison::tr("a router query");
    case PlanKind::MultiShard:
        return PlanComparison::tr("a multi-shard query");
    case PlanKind::Repartition:
        return PlanComparison::tr("a repartition join");
    case PlanKind::Subplans:
        return PlanComparison::tr("a query with distributed subplans");
    case PlanKind::InsertSelect:
        return PlanComparison::tr("a distributed INSERT … SELECT");
    }
    return {};
}

QString kindPlural(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Local:
        return PlanComparison::tr("plain PostgreSQL plans");
    case PlanKind::Router:
        return PlanComparison::tr("router queries");
    case PlanKind::MultiShard:
        return PlanComparison::tr("multi-shard queries");
    case PlanKind::Repartition:
        return PlanComparison::tr("repartition joins");
    case PlanKind::Subplans:
        return PlanComparison::tr("queries with distributed subplans");
    case PlanKind::InsertSelect:
        return PlanComparison::tr("distributed INSERT … SELECT statements");
    }
    return {};
}

QString describeKind(const Side &side)
{
    if (side.analysis.kind == PlanKind::Local)
        return PlanComparison::tr("%1, without Citus").arg(kindSingular(side.analysis.kind));
    return PlanComparison::tr("%1 with %2").arg(kindSingular(side.analysis.kind), tasksText(taskTotal(side)));
}

// Real executor nodes by their on-screen name, in the order they first appear.
struct NodeTypeCount {
    QStringList order;
    QMap<QString, int> count;
};

NodeTypeCount nodeTypeCount(const Plan &plan)
{
    NodeTypeCount types;
    plan.forEachPreorder([&](int index) {
        const PlanNode &node = plan.nodes[size_t(index)];
        if (!node.isPlanNode())
            return;
        const QString title = NodeLabel::title(node);
        if (types.count[title]++ == 0)
            types.order.append(title);
    });
    return types;
}

QString typeList(const QStringList &titles, const QMap<QString, int> &count)
{
    QStringList items;
    for (const QString &title : titles) {
        const int n = count.value(title);
        items.append(n > 1 ? PlanComparison::tr("%1 ×%2").arg(title).arg(n) : title);
    }
    return QLocale().createSeparatedList(items);
}

QStringList missingFrom(const NodeTypeCount &from, const NodeTypeCount &other)
{
    QStringList missing;
    for (const QString &title : from.order) {
        if (!other.count.contains(title))
            missing.append(title);
    }
    return missing;
}

// Absurd figures (say 1e308 rows in ten loops, and -1e308 in another task) multiply or add
// up to infinity or to nan: no count of rows, and nan would be undefined to count in tr().
std::optional<double> counted(double rows)
{
    return std::isfinite(rows) ? std::optional<double>(rows) : std::nullopt;
}

// Rows the root sent to the client, every loop counted.
std::optional<double> rowsReturned(const Plan &plan)
{
    if (plan.isEmpty())
        return std::nullopt;
    const PlanNode &root = plan.nodes[size_t(plan.root)];
    if (!root.actualRows)
        return std::nullopt;
    return counted(*root.actualRows * root.actualLoops.value_or(1));
}

// Rows that reached the coordinator from the workers, when EXPLAIN shows every task.
std::optional<double> rowsFromWorkers(const Side &side)
{
    if (!side.plan.isDistributed() || side.analysis.workers.empty() || side.analysis.tasksShown < taskTotal(side))
        return std::nullopt;
    double rows = 0;
    for (const WorkerTotals &worker : side.analysis.workers) {
        if (!worker.rows)
            return std::nullopt;
        rows += *worker.rows;
    }
    return counted(rows);
}

} // namespace

// Where each plan went and what kind it is come first; a time difference within noise
// between runs comes last, since it says nothing about the plans.
QStringList PlanComparison::sentences(const Side &a, const Side &b)
{
    QStringList all{placement(a, b)};
    const QString kind = kinds(a, b);
    if (!kind.isEmpty())
        all.append(kind);
    const bool noise = timesWithinNoise(a, b);
    if (!noise)
        all.append(timing(a, b));
    all.append(nodeTypes(a, b));
    all.append(rows(a, b));
    if (noise)
        all.append(timing(a, b));
    return all;
}

QString PlanComparison::placement(const Side &a, const Side &b)
{
    if (!a.plan.isDistributed() && !b.plan.isDistributed())
        return tr("Neither plan is distributed: PostgreSQL ran each on the coordinator alone, without Citus.");
    if (routedApart(a, b)) {
        const QString taskA = workerAndShard(*routerTask(a));
        const QString taskB = workerAndShard(*routerTask(b));
        return a.plan.analyzed
            ? tr("Each is a router query, sent whole to the one shard holding its rows: plan A ran on %1, "
                 "plan B on %2.").arg(taskA, taskB)
            : tr("Each is a router query, sent whole to the one shard holding its rows: plan A would run on %1, "
                 "plan B on %2.").arg(taskA, taskB);
    }
    const QString whereA = where(a);
    if (a.plan.analyzed == b.plan.analyzed && whereA == where(b)) {
        return a.plan.analyzed ? tr("Both plans ran %1.").arg(whereA) : tr("Both plans would run %1.").arg(whereA);
    }
    const auto predicate = [](const Side &side) {
        return side.plan.analyzed ? tr("ran %1").arg(where(side)) : tr("would run %1").arg(where(side));
    };
    return tr("Plan A %1; plan B %2.").arg(predicate(a), predicate(b));
}

// Where a plan's work went: "on worker 127.0.0.1:9702 (shard 102009)", "32 tasks on 2 workers: …".
QString PlanComparison::where(const Side &side)
{
    if (!side.plan.isDistributed())
        return tr("on the coordinator alone");
    const std::vector<const PlanNode *> tasks = shownTasks(side.plan);
    const qint64 total = taskTotal(side);
    if (tasks.empty())
        return tr("%1 (EXPLAIN does not show where)").arg(tasksText(total));
    if (qint64(tasks.size()) < total) {
        if (tasks.size() == 1)
            return tr("%1 (EXPLAIN shows one, on %2)").arg(tasksText(total), workerAndShard(*tasks.front()));
        return tr("%1 (EXPLAIN shows %2)").arg(tasksText(total)).arg(tasks.size());
    }
    if (tasks.size() == 1)
        return tr("on %1").arg(workerAndShard(*tasks.front()));
    const auto &workers = side.analysis.workers;
    if (workers.size() == 1)
        return tr("%1 on worker %2").arg(tasksText(total), workers.front().worker.toString());
    QStringList perWorker;
    for (const WorkerTotals &worker : workers)
        perWorker.append(tr("%1 (%2)").arg(worker.worker.toString(), tasksText(worker.tasks)));
    return tr("%1 on %Ln worker(s): %2", nullptr, int(workers.size()))
        .arg(tasksText(total), perWorker.join(QStringLiteral(", ")));
}

QString PlanComparison::kinds(const Side &a, const Side &b)
{
    const PlanKind kind = a.analysis.kind;
    if (kind != b.analysis.kind)
        return tr("Plan A is %1; plan B is %2.").arg(describeKind(a), describeKind(b));
    if (kind == PlanKind::Local || routedApart(a, b))
        return {}; // the placement sentence already says so
    const qint64 tasksA = taskTotal(a);
    const qint64 tasksB = taskTotal(b);
    if (tasksA == tasksB)
        return tr("Both are %1: %2 each.").arg(kindPlural(kind), tasksText(tasksA));
    return tr("Both are %1: %2 in plan A, %3 in plan B.").arg(kindPlural(kind), tasksText(tasksA), tasksText(tasksB));
}

QString PlanComparison::timing(const Side &a, const Side &b)
{
    const std::optional<double> timeA = a.plan.executionTimeMs;
    const std::optional<double> timeB = b.plan.executionTimeMs;
    if (!timeA && !timeB)
        return tr("Neither plan was run (EXPLAIN without ANALYZE), so there are no times to compare.");
    if (!timeB)
        return tr("Only plan A has an execution time (%1): plan B was explained without ANALYZE.")
            .arg(Milliseconds::text(*timeA));
    if (!timeA)
        return tr("Only plan B has an execution time (%1): plan A was explained without ANALYZE.")
            .arg(Milliseconds::text(*timeB));
    const double difference = *timeB - *timeA;
    if (std::round(std::abs(difference) * microsecondsPerMs) == 0)
        return tr("Both took %1.").arg(Milliseconds::text(*timeA));
    if (withinNoise(*timeA, *timeB)) {
        return tr("Plan A took %1 and plan B %2: a difference this small is noise between runs, not a difference "
                  "between the plans.")
            .arg(Milliseconds::text(*timeA), Milliseconds::text(*timeB));
    }
    const QString sentence = difference < 0
        ? tr("Plan B took %1 less: %2 against %3.")
        : tr("Plan B took %1 more: %2 against %3.");
    return sentence.arg(Milliseconds::text(std::abs(difference)), Milliseconds::text(*timeB), Milliseconds::text(*timeA));
}

QStringList PlanComparison::nodeTypes(const Side &a, const Side &b)
{
    const NodeTypeCount typesA = nodeTypeCount(a.plan);
    const NodeTypeCount typesB = nodeTypeCount(b.plan);
    if (typesA.count == typesB.count)
        return {tr("Both plans have the same nodes: %1.").arg(typeList(typesA.order, typesA.count))};
    const QStringList onlyA = missingFrom(typesA, typesB);
    const QStringList onlyB = missingFrom(typesB, typesA);
    if (onlyA.isEmpty() && onlyB.isEmpty()) {
        return {tr("Both plans use the same kinds of node (%1) but not as many: %2 in plan A, %3 in plan B.")
                    .arg(QLocale().createSeparatedList(typesA.order),
                         tr("%Ln plan node(s)", nullptr, a.plan.planNodeCount()),
                         tr("%Ln plan node(s)", nullptr, b.plan.planNodeCount()))};
    }
    QStringList differences;
    if (!onlyA.isEmpty())
        differences.append(tr("Only plan A has %1.").arg(typeList(onlyA, typesA.count)));
    if (!onlyB.isEmpty())
        differences.append(tr("Only plan B has %1.").arg(typeList(onlyB, typesB.count)));
    return differences;
}

QStringList PlanComparison::rows(const Side &a, const Side &b)
{
    QStringList sentences;
    const std::optional<double> returnedA = rowsReturned(a.plan);
    const std::optional<double> returnedB = rowsReturned(b.plan);
    if (returnedA && returnedB) {
        sentences.append(*returnedA == *returnedB
                             ? tr("Both returned %1.").arg(rowsText(*returnedA))
                             : tr("Plan A returned %1; plan B returned %2.").arg(rowsText(*returnedA),
                                                                                 rowsText(*returnedB)));
    }
    const std::optional<double> sentA = rowsFromWorkers(a);
    const std::optional<double> sentB = rowsFromWorkers(b);
    if (sentA && sentB) {
        sentences.append(*sentA == *sentB
                             ? tr("The workers sent %1 to the coordinator in each plan.").arg(rowsText(*sentA))
                             : tr("The workers sent %1 to the coordinator in plan A and %2 in plan B.")
                                   .arg(rowsText(*sentA), rowsText(*sentB)));
    }
    return sentences;
}

} // namespace shardscope
