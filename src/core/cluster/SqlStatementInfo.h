#pragma once

#include <QString>

namespace shardscope {

// What can be told about SQL text without a server: how many statements it holds (as psql
// would send them: SqlStatementSplitter), the first statement's own first keyword (after any
// WITH ... list), and whether running it may change data. Strings, quoted identifiers,
// dollar quotes and comments are skipped, so a ';' or a DELETE inside them does not count.
class SqlStatementInfo
{
public:
    static SqlStatementInfo of(const QString &sql);

    // Statements with at least one token; a trailing ';' does not start another.
    int statementCount = 0;
    // Upper case: SELECT, INSERT, VALUES, EXPLAIN...; empty for empty text.
    QString keyword;
    // INSERT, UPDATE, DELETE, MERGE, also inside a WITH list (WITH d AS (DELETE ...)),
    // CREATE ... AS and SELECT ... INTO; anything EXPLAIN could run that is not plainly a
    // query (EXECUTE...) counts too, since nothing tells what it does.
    bool writes = false;
    // The first statement, from its first token to its last, without the ';' or psql
    // meta-command that ends it and without comments around it: what can follow
    // "EXPLAIN (...) " when statementCount is 1.
    QString body;
};

} // namespace shardscope
