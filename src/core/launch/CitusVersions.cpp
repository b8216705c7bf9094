#include "CitusVersions.h"

#include <QStringList>

namespace shardscope {

const QList<CitusVersions::Entry> &CitusVersions::all()
{
    static const QList<Entry> entries{
        {QStringLiteral("14.1.0"), QStringLiteral("18"), QStringLiteral("citusdata/citus:14.1.0")},
        {QStringLiteral("13.2.0"), QStringLiteral("15"), QStringLiteral("citusdata/citus:13.2.0-pg15")},
    };
    return entries;
}

std::optional<CitusVersions::Entry> CitusVersions::find(const QString &version)
{
    const QString wanted = version.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Entry &entry : all()) {
        if (wanted == entry.release || wanted == entry.version() || wanted == entry.major())
            return entry;
    }
    return std::nullopt;
}

const CitusVersions::Entry &CitusVersions::forRelease(const QString &release)
{
    for (const Entry &entry : all()) {
        if (entry.release == release)
            return entry;
    }
    return defaultEntry();
}

QString CitusVersions::describeAll()
{
    QStringList described;
    for (const Entry &entry : all())
        described << tr("%1 (PostgreSQL %2)").arg(entry.version(), entry.postgres);
    return described.join(QStringLiteral(", "));
}

} // namespace shardscope
