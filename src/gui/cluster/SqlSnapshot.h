#pragma once

#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace shardscope {

// The rows of a few read-only queries, read in one short QPSQL session. Runs on any thread
// (each call opens and closes its own connection), so the caller can keep it off the UI.
class SqlSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(SqlSnapshot)

public:
    struct Query {
        QString sql;
        QVariantList values; // bound in order to the ? placeholders
    };
    struct Table {
        QList<QSqlRecord> rows;
        QString error; // this query failed; the others may still have rows
        QStringList notices; // the WARNINGs and NOTICEs it drew, kept here instead of on stderr
    };
    struct Result {
        QString connectError; // nothing was read
        QList<Table> tables; // one per query, in order
    };

    static Result read(const ConnectionProfile &profile, const QList<Query> &queries, int timeoutSecs = 10);
    // Whether Qt has a QPSQL driver here (Debian: libqt6sql6-psql).
    static bool driverAvailable();
};

} // namespace shardscope
