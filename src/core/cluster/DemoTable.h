#pragma once

#include <QString>

namespace shardscope {

// The table the tutorial creates, distributes, fills and explains. Names are kept as
// written (no case folding): they reach SQL only through PgConnection::quoteIdentifier()
// or as parameter values.
struct DemoTable {
    QString name = QStringLiteral("activity_log");
    QString distributionColumn = QStringLiteral("user_id");
};

} // namespace shardscope
