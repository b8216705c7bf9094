#pragma once

#include <QByteArray>

namespace shardscope {

// Removes what psql adds around a query result so that pasted output parses:
// the echoed statement, the "QUERY PLAN" header and its dashes, the "(N rows)" footer,
// the one-space margin and padding of aligned mode, and the "+" that marks a line
// continuing inside one cell (how a JSON plan looks in psql's default mode).
class PsqlOutputCleaner
{
public:
    static QByteArray clean(const QByteArray &text);
};

} // namespace shardscope
