#include "ExamplePlans.h"

#include <QFile>

namespace shardscope {

namespace {

QString resourceOf(const char *file)
{
    return QStringLiteral(":/examples/") + QLatin1String(file);
}

} // namespace

QList<ExamplePlan> ExamplePlans::all()
{
    return {
        {QStringLiteral("router_user1"), resourceOf("router_user1.analyze_verbose_buffers.txt"),
         tr("Router query: user 1"),
         tr("One user's rows live in one shard: the coordinator sends a single task to one worker.")},
        {QStringLiteral("router_user2"), resourceOf("router_user2.analyze_verbose_buffers.txt"),
         tr("Router query: user 2"),
         tr("The same query for another user goes to another shard, here on the other worker.")},
        {QStringLiteral("multishard_all_tasks"), resourceOf("multishard_count_all_tasks.analyze_verbose_buffers.txt"),
         tr("Count over every shard"),
         tr("count(*) runs as one task per shard on every worker; the coordinator adds up the results.")},
        {QStringLiteral("cte_subplan"), resourceOf("cte_subplan_top_users.analyze_verbose_buffers.txt"),
         tr("Subplan of a CTE"),
         tr("The CTE runs first as a subplan; its result is sent to the workers for the main query.")},
        {QStringLiteral("repartition_join"), resourceOf("repartition_join_dual.analyze_verbose_buffers.txt"),
         tr("Repartition join"),
         tr("Joined on columns that are not the distribution column: both tables are reshuffled between "
            "workers first.")},
        {QStringLiteral("insert_select"), resourceOf("insert_select_colocated_pushdown.analyze_verbose_buffers.txt"),
         tr("INSERT … SELECT within each shard"),
         tr("Source and target are co-located: every shard copies its own rows, nothing goes through the "
            "coordinator.")},
    };
}

std::optional<ExamplePlan> ExamplePlans::find(const QString &id)
{
    for (const ExamplePlan &example : all()) {
        if (example.id == id)
            return example;
    }
    return std::nullopt;
}

QByteArray ExamplePlans::text(const ExamplePlan &example)
{
    QFile file(example.resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace shardscope
