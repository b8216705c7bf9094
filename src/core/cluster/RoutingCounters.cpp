#include "RoutingCounters.h"

#include "PgResult.h"

namespace shardscope {

QString RoutingCounters::supportQuery()
{
    // current_setting(..., true) is NULL where Citus, or this version of it, lacks the setting.
    return QStringLiteral("SELECT (SELECT extversion FROM pg_extension WHERE extname = 'citus'),"
                          " to_regclass('pg_catalog.citus_stat_counters') IS NOT NULL,"
                          " current_setting('citus.enable_stat_counters', true),"
                          " current_setting('is_superuser')");
}

RoutingCounters RoutingCounters::fromResult(const PgResult &result)
{
    if (result.rowCount() != 1 || result.columnCount() != 4)
        return {};
    return of(result.value(0, 0), result.value(0, 1) == QLatin1String("t"), result.value(0, 2),
              result.value(0, 3) == QLatin1String("on"));
}

RoutingCounters RoutingCounters::of(const QString &citusVersion, bool hasView, const QString &enabled, bool superuser)
{
    RoutingCounters counters;
    counters.citusVersion = citusVersion;
    if (citusVersion.isEmpty())
        counters.support = Support::NoCitus;
    else if (!hasView)
        counters.support = Support::TooOld;
    else if (enabled == QLatin1String("on"))
        counters.support = Support::On;
    else
        counters.support = superuser ? Support::TurnedOn : Support::Off;
    return counters;
}

QString RoutingCounters::readQuery()
{
    return QStringLiteral("SELECT query_execution_single_shard, query_execution_multi_shard "
                          "FROM pg_catalog.citus_stat_counters WHERE name = current_database()");
}

std::optional<RoutingCounts> RoutingCounters::countsFrom(const PgResult &result)
{
    if (result.rowCount() != 1 || result.columnCount() != 2)
        return std::nullopt;
    bool singleOk = false;
    bool multiOk = false;
    const RoutingCounts counts{result.value(0, 0).toLongLong(&singleOk), result.value(0, 1).toLongLong(&multiOk)};
    if (!singleOk || !multiOk)
        return std::nullopt;
    return counts;
}

QString RoutingCounters::enableSql()
{
    return QStringLiteral("SET citus.enable_stat_counters = on");
}

QString RoutingCounters::whyNot() const
{
    switch (support) {
    case Support::TooOld:
        return tr("Citus %1 has no citus_stat_counters (Citus 13.1 and later count single-shard and multi-shard "
                  "queries): the routing counters are left out.")
            .arg(citusVersion);
    case Support::Off:
        return tr("citus.enable_stat_counters is off on this server and only a superuser may turn it on: the "
                  "routing counters are left out. ALTER SYSTEM SET citus.enable_stat_counters = on; and SELECT "
                  "pg_reload_conf(); turn them on for everyone.");
    case Support::NoCitus:
    case Support::TurnedOn:
    case Support::On:
        break;
    }
    return {};
}

} // namespace shardscope
