#pragma once

#include <QCoreApplication>
#include <QString>

namespace shardscope {

// The type of a Citus table as citus_tables words it ("distributed", "reference", "local"),
// in the user's language; a type not known here is shown as written. JSON output keeps
// Citus' word.
class TableTypeText
{
    Q_DECLARE_TR_FUNCTIONS(TableTypeText)

public:
    static QString of(const QString &type);
    // "distributed by user_id", or the type alone without a distribution column.
    static QString withColumn(const QString &type, const QString &column);
};

} // namespace shardscope
