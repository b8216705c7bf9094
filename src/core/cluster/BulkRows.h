#pragma once

#include "CopyRowSource.h"
#include "SqlStatement.h"

#include <QStringList>

namespace shardscope {

// The optional bulk data of the tutorial: row i (from 1) belongs to user
// firstUser() + i % users, does actions()[(i / 1000) % 5] and is stamped epoch + i seconds.
// The stamp tells bulk rows from the tutorial's (stamped now()) and which of them are
// there, so a load can be topped up instead of repeated. The users start above the
// tutorial's, so that its queries for users 1 and 2 still find the tutorial's rows only.
class BulkRows
{
public:
    // 2025-01-01 00:00:00+00, in timestamptz input syntax.
    static QString epoch();
    static const QStringList &actions();
    // The first bulk user: the tutorial's own users are 1 to 3.
    static constexpr int firstUser() { return 1001; }
    // The last of that many bulk users.
    static int lastUser(int users) { return firstUser() + qMax(1, users) - 1; }

    // COPY ... FROM STDIN for the table, already quoted as an identifier.
    static QString copySql(const QString &quotedTable);
    // Rows first..last, both included, in COPY's text format.
    static CopyRowSource source(qint64 first, qint64 last, int users);
    // How many of rows 1..count the table holds: one row, one column.
    static SqlStatement countStatement(const QString &quotedTable, qint64 count);
};

} // namespace shardscope
