#include "PsqlCommand.h"

#include <QStringList>

namespace shardscope {

QString PsqlCommand::forSql(const QString &sql)
{
    const QStringList lines = sql.split(QLatin1Char('\n'));
    QString delimiter = QStringLiteral("SQL");
    for (int suffix = 2; lines.contains(delimiter); ++suffix)
        delimiter = QStringLiteral("SQL%1").arg(suffix);
    QString body = sql;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return QStringLiteral("psql \"$DSN\" <<'%1'\n%2%1").arg(delimiter, body);
}

} // namespace shardscope
