#include "RoutingProof.h"

#include <QLocale>

namespace shardscope {

namespace {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString change(qint64 value)
{
    return value > 0 ? QLatin1Char('+') + number(value) : number(value);
}

} // namespace

RoutingProof::RoutingProof(const RoutingCounts &before, const RoutingCounts &after)
    : m_before(before)
    , m_after(after)
{
}

RoutingProof::Moved RoutingProof::moved() const
{
    const bool single = singleShardChange() != 0;
    const bool multi = multiShardChange() != 0;
    if (single && multi)
        return Moved::Both;
    if (single)
        return Moved::SingleShard;
    return multi ? Moved::MultiShard : Moved::Neither;
}

QString RoutingProof::explanation() const
{
    switch (moved()) {
    case Moved::SingleShard:
        return tr("citus_stat_counters: the single-shard counter moved (%1 → %2), the multi-shard one stayed at %3: "
                  "Citus routed the query to the one shard that holds its rows, a router query.")
            .arg(number(m_before.singleShard), number(m_after.singleShard), number(m_after.multiShard));
    case Moved::MultiShard:
        return tr("citus_stat_counters: the multi-shard counter moved (%1 → %2), the single-shard one stayed at %3: "
                  "Citus sent the query to several shards.")
            .arg(number(m_before.multiShard), number(m_after.multiShard), number(m_after.singleShard));
    case Moved::Both:
        return tr("citus_stat_counters: both counters moved (single-shard %1 → %2, multi-shard %3 → %4): the query "
                  "ran in several distributed steps (subplans), or other sessions ran queries at the same time.")
            .arg(number(m_before.singleShard), number(m_after.singleShard), number(m_before.multiShard),
                 number(m_after.multiShard));
    case Moved::Neither:
        break;
    }
    return tr("citus_stat_counters: neither counter moved (single-shard %1, multi-shard %2): no distributed query "
              "ran, so PostgreSQL ran it alone or it was only planned.")
        .arg(number(m_after.singleShard), number(m_after.multiShard));
}

ResultTable RoutingProof::table() const
{
    ResultTable table;
    table.title = tr("Routing counters");
    table.columns = QStringList{tr("citus_stat_counters"), tr("Before"), tr("After"), tr("Change")};
    table.rows << QStringList{tr("single-shard queries"), number(m_before.singleShard), number(m_after.singleShard),
                              change(singleShardChange())}
               << QStringList{tr("multi-shard queries"), number(m_before.multiShard), number(m_after.multiShard),
                              change(multiShardChange())};
    return table;
}

} // namespace shardscope
