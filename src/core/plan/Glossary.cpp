#include "Glossary.h"

namespace shardscope {

namespace {

// The pages of Citus' own documentation, in its "stable" version as the rest of the
// application links it.
QUrl citusPage(const char *path)
{
    return QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/") + QLatin1String(path));
}

} // namespace

QList<Glossary::Term> Glossary::all()
{
    const QUrl concepts = citusPage("get_started/concepts.html");
    const QUrl processing = citusPage("develop/reference_processing.html");
    return {
        {QStringLiteral("coordinator"), tr("Coordinator"),
         tr("The PostgreSQL server with Citus that you connect to. It keeps the metadata (which shard is on which "
            "worker), plans each query and sends its pieces to the workers."),
         concepts},
        {QStringLiteral("worker"), tr("Worker"),
         tr("A PostgreSQL server with Citus that stores shards and runs the pieces of queries the coordinator sends "
            "it."),
         concepts},
        {QStringLiteral("shard"), tr("Shard"),
         tr("A piece of a distributed table: an ordinary table on a worker (named like users_102008) holding the "
            "rows whose distribution column hashes into its range."),
         concepts},
        {QStringLiteral("placement"), tr("Placement"),
         tr("Where a shard lives: the worker that holds a copy of it. A reference table's shard has a placement on "
            "every node."),
         citusPage("develop/api_metadata.html")},
        {QStringLiteral("distribution-column"), tr("Distribution column"),
         tr("The column whose value decides a row's shard (create_distributed_table's second argument). Queries "
            "that filter on it go to one shard."),
         concepts},
        {QStringLiteral("colocation"), tr("Colocation"),
         tr("Tables distributed on columns of the same type keep the rows of the same value in shards on the same "
            "worker, so joins and foreign keys between them stay on one node."),
         concepts},
        {QStringLiteral("reference-table"), tr("Reference table"),
         tr("A small table copied whole to every node, so any shard can join with it locally."), concepts},
        {QStringLiteral("router-query"), tr("Router query"),
         tr("A query that needs one shard only (it filters on one value of the distribution column): the "
            "coordinator sends it whole to the worker that holds that shard."),
         processing},
        {QStringLiteral("multi-shard-query"), tr("Multi-shard query"),
         tr("A query that needs many shards: it runs as one task per shard on the workers, in parallel, and the "
            "coordinator merges their results."),
         processing},
        {QStringLiteral("task"), tr("Task"),
         tr("The piece of a distributed query that runs on one shard, on the worker holding it. EXPLAIN shows its "
            "plan; Task Count says how many there were."),
         processing},
        {QStringLiteral("subplan"), tr("Subplan"),
         tr("A subquery or CTE that Citus runs first on its own; its result goes to the workers as an intermediate "
            "result for the rest of the query."),
         processing},
        {QStringLiteral("repartition"), tr("Repartition"),
         tr("For a join that is not on the distribution columns, Citus moves the rows between workers by the join "
            "column first, then joins them where they meet."),
         processing},
        {QStringLiteral("rebalance"), tr("Rebalance"),
         tr("Moving shards between workers so each holds a fair share, for example after adding a worker "
            "(citus_rebalance_start)."),
         citusPage("admin_guide/cluster_management.html")},
    };
}

std::optional<Glossary::Term> Glossary::term(const QString &id)
{
    for (const Term &term : all()) {
        if (term.id == id)
            return term;
    }
    return std::nullopt;
}

} // namespace shardscope
