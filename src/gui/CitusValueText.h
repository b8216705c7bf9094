#pragma once

#include <QCoreApplication>
#include <QString>

namespace shardscope {

// Citus' own values, which it writes in English whatever the server's language ("One of
// 32", "Send to 2 nodes"), worded in the user's language for the cards and the figures.
// The raw value stays in the table of the server's properties; a value Citus words in a
// way not known here is shown as written.
class CitusValueText
{
    Q_DECLARE_TR_FUNCTIONS(CitusValueText)

public:
    // "Tasks Shown": "All", "One of 32", "None, not supported for re-partition queries" (the
    // card has room for little: the raw value in the details panel says why).
    static QString tasksShown(const QString &raw);
    // "Result destination" of a subplan: "Send to 2 nodes", "Write locally", or both.
    static QString resultDestination(const QString &raw);
};

} // namespace shardscope
