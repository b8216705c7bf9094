#include "BulkRows.h"

#include "CopyTextFormat.h"

#include <QDate>

#include <cstdio>

namespace shardscope {

namespace {

const QDate epochDate(2025, 1, 1);
constexpr qint64 secondsPerDay = 86400;

// "2025-01-01 00:00:07+00" for epoch + seconds, without a QDateTime per row: the date
// changes once a day.
class Stamps
{
public:
    QByteArray at(qint64 seconds)
    {
        const qint64 day = seconds / secondsPerDay;
        if (day != m_day) {
            m_day = day;
            m_date = epochDate.addDays(day).toString(Qt::ISODate).toLatin1();
        }
        const qint64 inDay = seconds % secondsPerDay;
        char time[16];
        std::snprintf(time, sizeof time, " %02d:%02d:%02d+00", int(inDay / 3600), int(inDay / 60 % 60),
                      int(inDay % 60));
        return m_date + time;
    }

private:
    qint64 m_day = -1;
    QByteArray m_date;
};

} // namespace

QString BulkRows::epoch()
{
    return epochDate.toString(Qt::ISODate) + QStringLiteral(" 00:00:00+00");
}

const QStringList &BulkRows::actions()
{
    static const QStringList actions{QStringLiteral("Logged in"), QStringLiteral("Viewed dashboard"),
                                     QStringLiteral("Updated profile"), QStringLiteral("Posted a comment"),
                                     QStringLiteral("Logged out")};
    return actions;
}

QString BulkRows::copySql(const QString &quotedTable)
{
    return QStringLiteral("COPY %1 (user_id, action_description, log_timestamp) FROM STDIN").arg(quotedTable);
}

CopyRowSource BulkRows::source(qint64 first, qint64 last, int users)
{
    QList<QByteArray> actionBytes;
    for (const QString &action : actions())
        actionBytes << action.toUtf8();
    return [next = first, last, users = qMax(1, users), actionBytes, stamps = Stamps()](QByteArray &buffer) mutable {
        if (next > last)
            return false;
        const qint64 i = next++;
        CopyTextFormat::appendRow(buffer, {i % users + firstUser(), actionBytes.at(int(i / 1000 % actionBytes.size())),
                                           stamps.at(i)});
        return true;
    };
}

SqlStatement BulkRows::countStatement(const QString &quotedTable, qint64 count)
{
    return {QStringLiteral("SELECT count(*) FROM %1 WHERE log_timestamp > $1::timestamptz"
                           " AND log_timestamp <= $1::timestamptz + make_interval(secs => $2::double precision)")
                .arg(quotedTable),
            {epoch(), count}};
}

} // namespace shardscope
