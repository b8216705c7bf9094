#pragma once

#include <QString>

namespace shardscope {

// The command a learner copies into a terminal to run a statement with psql, connected by
// the DSN variable of their shell. The statement goes in a here-document, line for line:
//
//     psql "$DSN" <<'SQL'
//     SELECT 'a  b' -- why
//     FROM t;
//     SQL
//
// The quoted delimiter keeps the shell off the text ($, `, \ and quotes stay as written),
// and psql reads it as it reads a file, so comments end at the end of their line and the
// spaces in string literals stay. The delimiter is one no line of the statement equals.
class PsqlCommand
{
public:
    static QString forSql(const QString &sql);
};

} // namespace shardscope
