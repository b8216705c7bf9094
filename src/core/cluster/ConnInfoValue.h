#pragma once

#include <QString>

namespace shardscope {

// A value as libpq's key=value connection strings write it.
class ConnInfoValue
{
public:
    // Always in single quotes, with backslash and quote escaped: any value, spaces and all,
    // reads back as it was.
    static QString quoted(const QString &value);
};

} // namespace shardscope
