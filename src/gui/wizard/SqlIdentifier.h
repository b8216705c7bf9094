#pragma once

#include <QString>

namespace shardscope {

// Names written into SQL that the user reads and may edit (the editors are filled before
// any connection exists, so libpq cannot quote yet): plain lower-case identifiers stay
// bare, as the tutorial writes them; others are quoted, which is safe in any server
// encoding.
class SqlIdentifier
{
public:
    static QString quoted(const QString &name);
};

} // namespace shardscope
