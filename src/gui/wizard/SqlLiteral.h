#pragma once

#include <QString>
#include <QVariantList>

namespace shardscope {

// Parameter values written into SQL as literals, for what a learner copies into psql:
// the app sends values apart from the text ($1, $2...), which a statement typed into psql
// cannot do.
class SqlLiteral
{
public:
    // NULL, a number, true/false, or a string constant ('it''s').
    static QString of(const QVariant &value);
    // sql with every $n replaced by the literal of params[n - 1]; placeholders without a
    // value stay as they are.
    static QString inlined(const QString &sql, const QVariantList &params);
};

} // namespace shardscope
