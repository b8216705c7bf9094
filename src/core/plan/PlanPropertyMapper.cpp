#include "PlanPropertyMapper.h"

#include "CitusNaming.h"

#include <QHash>
#include <QVarLengthArray>

#include <charconv>
#include <cmath>
#include <limits>

namespace shardscope {

namespace {

enum class Field {
    NodeType, CustomPlanProvider, ParentRelationship, SubplanName, RelationName, Schema, Alias,
    IndexName, FunctionName, CteName, JoinType, Strategy, PartialMode, Operation, ScanDirection,
    ParallelAware, StartupCost, TotalCost, PlanRows, PlanWidth, ActualStartupTime,
    ActualTotalTime, ActualRows, ActualLoops, SharedHit, SharedRead, SharedDirtied,
    SharedWritten, LocalHit, LocalRead, LocalDirtied, LocalWritten, TempRead, TempWritten,
    Filter, RowsRemovedByFilter, RowsRemovedByJoinFilter, RowsRemovedByIndexRecheck,
    WorkersPlanned, WorkersLaunched, Query, Error, Node, TupleData, TaskCount, TasksShown,
    SubplanDuration, IntermediateDataSize, ResultDestination, MapTaskCount, MergeTaskCount,
    PlanningTime, ExecutionTime, IndexSearches, Disabled, Storage, MaximumStorage, Window,
    WalRecords, WalFpi, WalBytes, WalBuffersFull,
};

const QHash<QString, Field> &fields()
{
    static const QHash<QString, Field> table{
        {QStringLiteral("Node Type"), Field::NodeType},
        {QStringLiteral("Custom Plan Provider"), Field::CustomPlanProvider},
        {QStringLiteral("Parent Relationship"), Field::ParentRelationship},
        {QStringLiteral("Subplan Name"), Field::SubplanName},
        {QStringLiteral("Relation Name"), Field::RelationName},
        {QStringLiteral("Schema"), Field::Schema},
        {QStringLiteral("Alias"), Field::Alias},
        {QStringLiteral("Index Name"), Field::IndexName},
        {QStringLiteral("Function Name"), Field::FunctionName},
        {QStringLiteral("CTE Name"), Field::CteName},
        {QStringLiteral("Join Type"), Field::JoinType},
        {QStringLiteral("Strategy"), Field::Strategy},
        {QStringLiteral("Partial Mode"), Field::PartialMode},
        {QStringLiteral("Operation"), Field::Operation},
        {QStringLiteral("Scan Direction"), Field::ScanDirection},
        {QStringLiteral("Parallel Aware"), Field::ParallelAware},
        {QStringLiteral("Startup Cost"), Field::StartupCost},
        {QStringLiteral("Total Cost"), Field::TotalCost},
        {QStringLiteral("Plan Rows"), Field::PlanRows},
        {QStringLiteral("Plan Width"), Field::PlanWidth},
        {QStringLiteral("Actual Startup Time"), Field::ActualStartupTime},
        {QStringLiteral("Actual Total Time"), Field::ActualTotalTime},
        {QStringLiteral("Actual Rows"), Field::ActualRows},
        {QStringLiteral("Actual Loops"), Field::ActualLoops},
        {QStringLiteral("Shared Hit Blocks"), Field::SharedHit},
        {QStringLiteral("Shared Read Blocks"), Field::SharedRead},
        {QStringLiteral("Shared Dirtied Blocks"), Field::SharedDirtied},
        {QStringLiteral("Shared Written Blocks"), Field::SharedWritten},
        {QStringLiteral("Local Hit Blocks"), Field::LocalHit},
        {QStringLiteral("Local Read Blocks"), Field::LocalRead},
        {QStringLiteral("Local Dirtied Blocks"), Field::LocalDirtied},
        {QStringLiteral("Local Written Blocks"), Field::LocalWritten},
        {QStringLiteral("Temp Read Blocks"), Field::TempRead},
        {QStringLiteral("Temp Written Blocks"), Field::TempWritten},
        {QStringLiteral("Filter"), Field::Filter},
        {QStringLiteral("Rows Removed by Filter"), Field::RowsRemovedByFilter},
        {QStringLiteral("Rows Removed by Join Filter"), Field::RowsRemovedByJoinFilter},
        {QStringLiteral("Rows Removed by Index Recheck"), Field::RowsRemovedByIndexRecheck},
        {QStringLiteral("Workers Planned"), Field::WorkersPlanned},
        {QStringLiteral("Workers Launched"), Field::WorkersLaunched},
        {QStringLiteral("Query"), Field::Query},
        {QStringLiteral("Error"), Field::Error},
        {QStringLiteral("Node"), Field::Node},
        {QStringLiteral("Tuple data received from node"), Field::TupleData},
        {QStringLiteral("Tuple data received from nodes"), Field::TupleData},
        {QStringLiteral("Task Count"), Field::TaskCount},
        {QStringLiteral("Tasks Shown"), Field::TasksShown},
        {QStringLiteral("Subplan Duration"), Field::SubplanDuration},
        {QStringLiteral("Intermediate Data Size"), Field::IntermediateDataSize},
        {QStringLiteral("Result destination"), Field::ResultDestination},
        {QStringLiteral("Map Task Count"), Field::MapTaskCount},
        {QStringLiteral("Merge Task Count"), Field::MergeTaskCount},
        {QStringLiteral("Planning Time"), Field::PlanningTime},
        {QStringLiteral("Execution Time"), Field::ExecutionTime},
        {QStringLiteral("Index Searches"), Field::IndexSearches},
        {QStringLiteral("Disabled"), Field::Disabled},
        {QStringLiteral("Storage"), Field::Storage},
        {QStringLiteral("Maximum Storage"), Field::MaximumStorage},
        {QStringLiteral("Window"), Field::Window},
        {QStringLiteral("WAL Records"), Field::WalRecords},
        {QStringLiteral("WAL FPI"), Field::WalFpi},
        {QStringLiteral("WAL Bytes"), Field::WalBytes},
        {QStringLiteral("WAL Buffers Full"), Field::WalBuffersFull},
    };
    return table;
}

// A count as the integer type its field holds. A figure that type cannot hold is bad
// input, not a count: the field stays unknown and the node keeps the server's text.
template<typename Integer>
std::optional<Integer> integer(const QString &value)
{
    const auto parsed = PlanPropertyMapper::number(value);
    // Both limits are powers of two, exact in a double; converting a figure outside them
    // would be undefined behaviour.
    constexpr double low = double(std::numeric_limits<Integer>::min());
    constexpr double high = -low;
    if (!parsed || !(*parsed >= low && *parsed < high))
        return std::nullopt;
    return Integer(*parsed);
}

} // namespace

std::optional<double> PlanPropertyMapper::number(QStringView value)
{
    // std::from_chars is several times faster than QString::toDouble, which matters
    // with half a million figures in a 10,000-node plan. The whole figure is read, however
    // long: PostgreSQL prints an estimate of up to 1e100 rows with all its 101 digits.
    QVarLengthArray<char, 64> digits;
    for (const QChar c : value) {
        if (c == QLatin1Char(' '))
            break;
        if (c.unicode() > 0x7F)
            return std::nullopt;
        digits.append(char(c.unicode()));
    }
    const char *const end = digits.constData() + digits.size();
    double parsed = 0;
    const auto result = std::from_chars(digits.constData(), end, parsed);
    // "nan" and "inf" are no figure PostgreSQL prints, and nothing can be counted with them.
    if (result.ec != std::errc() || result.ptr != end || digits.isEmpty() || !std::isfinite(parsed))
        return std::nullopt;
    return parsed;
}

void PlanPropertyMapper::apply(PlanNode &node, const QString &key, const QString &value)
{
    node.properties.push_back({key, value});
    applyTyped(node, key, value);
}

void PlanPropertyMapper::applyTyped(PlanNode &node, const QString &key, const QString &value)
{
    applyField(node, fieldOf(key), value);
}

int PlanPropertyMapper::fieldOf(const QString &key)
{
    const auto &table = fields();
    const auto found = table.constFind(key);
    return found == table.constEnd() ? -1 : int(*found);
}

void PlanPropertyMapper::applyField(PlanNode &node, int field, const QString &value)
{
    if (field < 0)
        return;
    auto &citus = node.citus;
    auto &buffers = node.buffers;
    switch (Field(field)) {
    case Field::NodeType: node.nodeType = value; break;
    case Field::CustomPlanProvider: node.customPlanProvider = value; break;
    case Field::ParentRelationship: node.parentRelationship = value; break;
    case Field::SubplanName: node.subplanName = value; break;
    case Field::RelationName: node.relationName = value; break;
    case Field::Schema: node.schema = value; break;
    case Field::Alias: node.alias = value; break;
    case Field::IndexName: node.indexName = value; break;
    case Field::FunctionName: node.functionName = value; break;
    case Field::CteName: node.cteName = value; break;
    case Field::JoinType: node.joinType = value; break;
    case Field::Strategy: node.strategy = value; break;
    case Field::PartialMode: node.partialMode = value; break;
    case Field::Operation: node.operation = value; break;
    case Field::ScanDirection: node.scanDirection = value; break;
    case Field::ParallelAware: node.parallelAware = value == QLatin1String("true"); break;
    case Field::StartupCost: node.startupCost = number(value); break;
    case Field::TotalCost: node.totalCost = number(value); break;
    case Field::PlanRows: node.planRows = number(value); break;
    case Field::PlanWidth: node.planWidth = number(value); break;
    case Field::ActualStartupTime: node.actualStartupTime = number(value); break;
    case Field::ActualTotalTime: node.actualTotalTime = number(value); break;
    case Field::ActualRows: node.actualRows = number(value); break;
    case Field::ActualLoops:
        node.actualLoops = number(value);
        node.neverExecuted = node.actualLoops && *node.actualLoops == 0;
        break;
    case Field::SharedHit: buffers.sharedHit = integer<qint64>(value); break;
    case Field::SharedRead: buffers.sharedRead = integer<qint64>(value); break;
    case Field::SharedDirtied: buffers.sharedDirtied = integer<qint64>(value); break;
    case Field::SharedWritten: buffers.sharedWritten = integer<qint64>(value); break;
    case Field::LocalHit: buffers.localHit = integer<qint64>(value); break;
    case Field::LocalRead: buffers.localRead = integer<qint64>(value); break;
    case Field::LocalDirtied: buffers.localDirtied = integer<qint64>(value); break;
    case Field::LocalWritten: buffers.localWritten = integer<qint64>(value); break;
    case Field::TempRead: buffers.tempRead = integer<qint64>(value); break;
    case Field::TempWritten: buffers.tempWritten = integer<qint64>(value); break;
    case Field::Filter: node.filter = value; break;
    case Field::RowsRemovedByFilter: node.rowsRemovedByFilter = number(value); break;
    case Field::RowsRemovedByJoinFilter: node.rowsRemovedByJoinFilter = number(value); break;
    case Field::RowsRemovedByIndexRecheck: node.rowsRemovedByIndexRecheck = number(value); break;
    case Field::WorkersPlanned: node.workersPlanned = integer<int>(value); break;
    case Field::WorkersLaunched: node.workersLaunched = integer<int>(value); break;
    case Field::Query: citus.query = value; break;
    case Field::Error: citus.error = value; break;
    case Field::Node:
        if (const auto endpoint = CitusNaming::endpointFromConnInfo(value)) {
            citus.worker = endpoint->worker;
            citus.database = endpoint->database;
        }
        break;
    case Field::TupleData:
        citus.tupleDataReceived = value;
        citus.tupleBytesReceived = CitusNaming::bytes(value);
        break;
    case Field::TaskCount: citus.taskCount = integer<qint64>(value); break;
    case Field::TasksShown: citus.tasksShown = value; break;
    case Field::SubplanDuration: citus.subplanDurationMs = number(value); break;
    case Field::IntermediateDataSize: citus.intermediateDataSize = value; break;
    case Field::ResultDestination: citus.resultDestination = value; break;
    case Field::MapTaskCount: citus.mapTaskCount = integer<qint64>(value); break;
    case Field::MergeTaskCount: citus.mergeTaskCount = integer<qint64>(value); break;
    case Field::PlanningTime: citus.planningTimeMs = number(value); break;
    case Field::ExecutionTime: citus.executionTimeMs = number(value); break;
    case Field::IndexSearches: node.indexSearches = integer<qint64>(value); break;
    case Field::Disabled: node.disabled = value == QLatin1String("true"); break;
    case Field::Storage: node.storage = value; break;
    case Field::MaximumStorage: node.maximumStorageKb = number(value); break;
    case Field::Window: node.window = value; break;
    case Field::WalRecords: node.wal.records = integer<qint64>(value); break;
    case Field::WalFpi: node.wal.fullPageImages = integer<qint64>(value); break;
    case Field::WalBytes: node.wal.bytes = integer<qint64>(value); break;
    case Field::WalBuffersFull: node.wal.buffersFull = integer<qint64>(value); break;
    }
}

} // namespace shardscope
