#pragma once

#include <QByteArray>
#include <QVariantList>

namespace shardscope {

// Rows in the text format of COPY ... FROM STDIN (the default format): values separated by
// tabs, NULL as \N, backslash escapes for the characters that would break the row.
class CopyTextFormat
{
public:
    // A null or invalid QVariant is NULL; a QByteArray goes as its bytes, anything else as
    // its toString() in UTF-8.
    static void appendRow(QByteArray &out, const QVariantList &values);
    static void appendValue(QByteArray &out, const QVariant &value);
};

} // namespace shardscope
