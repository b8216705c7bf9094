#include "TableTypeText.h"

namespace shardscope {

QString TableTypeText::of(const QString &type)
{
    if (type == QLatin1String("distributed"))
        return tr("distributed");
    if (type == QLatin1String("reference"))
        return tr("reference");
    if (type == QLatin1String("local"))
        return tr("local");
    return type;
}

QString TableTypeText::withColumn(const QString &type, const QString &column)
{
    if (column.isEmpty())
        return of(type);
    // A distributed table is the one type with a distribution column.
    if (type == QLatin1String("distributed"))
        return tr("distributed by %1").arg(column);
    return tr("%1 by %2").arg(of(type), column);
}

} // namespace shardscope
