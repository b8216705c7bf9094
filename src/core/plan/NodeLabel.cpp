#include "NodeLabel.h"

#include "CitusNaming.h"

namespace shardscope {

namespace {

QString aggregateTitle(const PlanNode &node)
{
    QString title = QStringLiteral("Aggregate");
    if (node.strategy == QLatin1String("Hashed"))
        title = QStringLiteral("HashAggregate");
    else if (node.strategy == QLatin1String("Sorted"))
        title = QStringLiteral("GroupAggregate");
    else if (node.strategy == QLatin1String("Mixed"))
        title = QStringLiteral("MixedAggregate");
    if (node.partialMode == QLatin1String("Partial") || node.partialMode == QLatin1String("Finalize"))
        title = node.partialMode + QLatin1Char(' ') + title;
    return title;
}

QString planTitle(const PlanNode &node)
{
    if (node.nodeType == QLatin1String("Custom Scan") && !node.customPlanProvider.isEmpty())
        return node.customPlanProvider;
    if (node.nodeType == QLatin1String("Aggregate"))
        return aggregateTitle(node);
    if (node.nodeType == QLatin1String("ModifyTable") && !node.operation.isEmpty())
        return node.operation;
    QString title = node.nodeType;
    if (!node.joinType.isEmpty() && node.joinType != QLatin1String("Inner")
        && title.endsWith(QLatin1String(" Join"))) {
        title.insert(title.size() - 5, QLatin1Char(' ') + node.joinType);
    } else if (!node.joinType.isEmpty() && node.joinType != QLatin1String("Inner")
               && title == QLatin1String("Nested Loop")) {
        title += QLatin1Char(' ') + node.joinType + QStringLiteral(" Join");
    }
    if (node.scanDirection == QLatin1String("Backward"))
        title += QStringLiteral(" Backward");
    if (node.parallelAware)
        title.prepend(QStringLiteral("Parallel "));
    return title;
}

} // namespace

QString NodeLabel::title(const PlanNode &node)
{
    switch (node.kind) {
    case NodeKind::Plan:
        return planTitle(node);
    case NodeKind::DistributedSubplan:
        return node.citus.subplanId.isEmpty() ? tr("Distributed Subplan")
                                              : tr("Distributed Subplan %1").arg(node.citus.subplanId);
    case NodeKind::Job:
        return tr("Distributed Job");
    case NodeKind::Task:
        return tr("Task");
    case NodeKind::MapMergeJob:
        return tr("Repartition (MapMergeJob)");
    }
    return node.nodeType;
}

QString NodeLabel::object(const PlanNode &node)
{
    if (!node.relationName.isEmpty())
        return node.tableName.isEmpty() ? node.relationName : node.tableName;
    if (!node.indexName.isEmpty()) {
        if (!node.citus.worker.isEmpty()) {
            if (const auto shard = CitusNaming::splitShardName(node.indexName))
                return shard->table;
        }
        return node.indexName;
    }
    if (!node.cteName.isEmpty())
        return node.cteName;
    if (!node.functionName.isEmpty())
        return node.functionName;
    if (node.nodeType == QLatin1String("Subquery Scan") || node.nodeType == QLatin1String("Values Scan"))
        return node.alias;
    return {};
}

QString NodeLabel::describe(const PlanNode &node)
{
    const QString target = object(node);
    return target.isEmpty() ? title(node) : tr("%1 on %2").arg(title(node), target);
}

} // namespace shardscope
