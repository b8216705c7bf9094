#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

class TutorialStep;

// `shardscope tutorial --dsn DSN --out DIR [--reset] [--bulk-rows N [--bulk-users M]]
// [--add-worker HOST:PORT ...]`: the whole tutorial, one line per step, where users 1 to 3
// went, and DIR/plan_user1.json, plan_user2.json (the server's EXPLAIN output) with their
// PNG drawings, and which of Citus's routing counters (citus_stat_counters) each query
// moved. Steps already done are skipped, so it can run again. Exit 0 only when every
// step worked.
class TutorialCommand
{
    Q_DECLARE_TR_FUNCTIONS(TutorialCommand)

public:
    static constexpr const char *name = "tutorial";
    static int run(const QStringList &arguments);

private:
    // "✓ 2/5 Create the table: ..." or "✗ ..."; false when the step failed, after saying why.
    static bool report(const TutorialStep &step, int number, bool ok);
};

} // namespace shardscope
