#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shardscope {

class PgResult;

// Citus's own tally of the queries of a database: how many it routed to one shard and how
// many it spread over several (citus_stat_counters, Citus 13.1 and later).
struct RoutingCounts {
    qint64 singleShard = 0;
    qint64 multiShard = 0;
};

// Whether, and how, the connected database can show its routing counters. Citus counts
// only while citus.enable_stat_counters is on (off unless the server's settings say so); a
// superuser turns it on for the rest of the session, not SET LOCAL: Citus hands a session's
// counts over to the database's tally when it ends only if counting is on then. Counted
// under SET LOCAL, they stayed in the ended session's slot and went with whichever session
// took the slot next, out of the sum while that one was starting or on another database,
// so other sessions' comings and goings moved the counters (a CI run saw the multi-shard
// one fall by 7 across one query). Asked through functions every PostgreSQL has, so it
// never fails on plain PostgreSQL.
class RoutingCounters
{
    Q_DECLARE_TR_FUNCTIONS(RoutingCounters)

public:
    enum class Support {
        NoCitus, // nothing to count: the plan says so already
        TooOld, // Citus before 13.1, without citus_stat_counters
        Off, // counting off, and this user may not turn it on
        TurnedOn, // counting off, turned on for the session by enableSql() before the first reading
        On,
    };

    Support support = Support::NoCitus;
    QString citusVersion; // pg_extension.extversion, "13.2-1"

    // One statement without parameters; its single row is what fromResult() reads.
    static QString supportQuery();
    static RoutingCounters fromResult(const PgResult &result);
    // What the support query found, in its terms: the extension's version (empty without
    // Citus), whether the view exists, citus.enable_stat_counters (empty when unknown) and
    // whether the user is a superuser.
    static RoutingCounters of(const QString &citusVersion, bool hasView, const QString &enabled, bool superuser);

    // The counts of the connected database: one statement without parameters.
    static QString readQuery();
    static std::optional<RoutingCounts> countsFrom(const PgResult &result);
    // Counting on for the session, when support is TurnedOn.
    static QString enableSql();

    bool canRead() const { return support == Support::TurnedOn || support == Support::On; }
    // Why the counters are left out, for a Citus that has them off or lacks them; empty
    // otherwise.
    QString whyNot() const;
};

} // namespace shardscope
