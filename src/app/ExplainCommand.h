#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

class ExplainStep;

// `shardscope explain --dsn DSN [--save PLAN.json] [-o OUT.png|svg|pdf] [--one-task] SQL`:
// runs EXPLAIN (ANALYZE, VERBOSE, BUFFERS, FORMAT JSON) as the tutorial's explain step does
// (a statement that writes is rolled back) and prints the summary `inspect` prints.
class ExplainCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)

public:
    static constexpr const char *name = "explain";
    static int run(const QStringList &arguments);

    // Writes what a finished explain step got: the server's output as received to
    // jsonPath, when given, and the drawing to imagePath (its extension picks PNG, SVG or
    // PDF), when given. False with why when a file could not be written.
    static bool save(const ExplainStep &step, const QString &jsonPath, const QString &imagePath, QString *why);
};

} // namespace shardscope
