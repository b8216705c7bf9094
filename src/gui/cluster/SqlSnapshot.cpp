#include "SqlSnapshot.h"

#include "ConnInfoValue.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <utility>

namespace shardscope {

namespace {

const QString driver = QStringLiteral("QPSQL");

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("shardscope-snapshot-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString errorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

// QPSQL hands its "key=value;..." options to libpq as a connection string with every ';'
// made a space: the value goes in quotes, as libpq reads it. A value with a ';' of its own
// would still reach the server changed, and the dock would connect otherwise than the rest
// of the application: refused (false, and *why).
bool addOption(QStringList &options, const QByteArray &key, const QString &value, QString *why)
{
    if (value.contains(QLatin1Char(';'))) {
        *why = SqlSnapshot::tr("The connection option %1 has a \";\" in its value, which Qt's PostgreSQL "
                               "driver (QPSQL) cannot pass on. Change that value or leave the option out.")
                   .arg(QString::fromUtf8(key));
        return false;
    }
    options << QString::fromUtf8(key) + QLatin1Char('=') + ConnInfoValue::quoted(value);
    return true;
}

// QPSQL takes host, port, database, user and password as such and everything else as
// options; libpq has already checked the keywords.
bool configure(QSqlDatabase &db, const ConnectionProfile &profile, int timeoutSecs, QString *why)
{
    PgError error;
    const auto parameters = profile.parameters(&error);
    if (!parameters) {
        *why = error.message;
        return false;
    }
    QStringList options{QStringLiteral("connect_timeout=%1").arg(timeoutSecs)};
    for (const auto &[key, value] : *parameters) {
        const QString text = QString::fromUtf8(value);
        if (key == "host")
            db.setHostName(text);
        else if (key == "port")
            db.setPort(text.toInt());
        else if (key == "dbname")
            db.setDatabaseName(text);
        else if (key == "user")
            db.setUserName(text);
        else if (key == "password")
            db.setPassword(text);
        else if (key != "connect_timeout" && !addOption(options, key, text, why))
            return false;
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return true;
}

void collectNotice(void *notices, const PGresult *result)
{
    static_cast<QStringList *>(notices)->append(
        QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)).trimmed());
}

// What the server says besides the rows (Citus warns so of a worker it cannot reach) goes
// into the list, not through QPSQL's processor to stderr, where no learner looks.
void receiveNotices(QSqlDatabase &db, QStringList *notices)
{
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the type as libpq declares it (pg_conn*); Qt 5 named it PGconn*.
    if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0)) {
        if (auto *connection = *static_cast<PGconn *const *>(handle.constData()))
            PQsetNoticeReceiver(connection, collectNotice, notices);
    }
}

SqlSnapshot::Table run(QSqlDatabase &db, const SqlSnapshot::Query &query)
{
    SqlSnapshot::Table table;
    QSqlQuery statement(db);
    statement.setForwardOnly(true);
    if (!statement.prepare(query.sql)) {
        table.error = errorText(statement.lastError());
        return table;
    }
    for (const QVariant &value : query.values)
        statement.addBindValue(value);
    if (!statement.exec()) {
        table.error = errorText(statement.lastError());
        return table;
    }
    while (statement.next())
        table.rows.append(statement.record());
    return table;
}

} // namespace

bool SqlSnapshot::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(driver);
}

SqlSnapshot::Result SqlSnapshot::read(const ConnectionProfile &profile, const QList<Query> &queries, int timeoutSecs)
{
    Result result;
    if (!driverAvailable()) {
        result.connectError = tr("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian it is the "
                                 "package libqt6sql6-psql");
        return result;
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        QString why;
        if (!configure(db, profile, timeoutSecs, &why)) {
            result.connectError = why;
        } else if (!db.open()) {
            result.connectError = errorText(db.lastError());
        } else {
            QStringList notices;
            receiveNotices(db, &notices);
            QSqlQuery(QStringLiteral("SET statement_timeout = %1").arg(timeoutSecs * 1000), db);
            notices.clear();
            for (const Query &query : queries) {
                result.tables.append(run(db, query));
                result.tables.last().notices = std::exchange(notices, {});
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace shardscope
