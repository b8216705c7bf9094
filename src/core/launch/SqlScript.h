#pragma once

#include "ConnectionProfile.h"
#include "PgError.h"
#include "PgResult.h"

#include <QList>
#include <QObject>
#include <QVariantList>

#include <optional>

namespace shardscope {

class PgConnection;

// Connects and runs statements one after the other, each in its own transaction, stopping
// at the first error. Reports finished() or failed() once per run(), never from inside it.
class SqlScript : public QObject
{
    Q_OBJECT

public:
    struct Statement {
        QString sql;
        QVariantList params;
    };

    explicit SqlScript(QObject *parent = nullptr);

    void setConnectTimeout(int msecs) { m_connectTimeout = msecs; }
    void run(const ConnectionProfile &profile, const QList<Statement> &statements);
    // Closes the connection without signals.
    void stop();

signals:
    // The last result of each statement, in order.
    void finished(const QList<shardscope::PgResult> &results);
    // connecting is true when the server could not be reached or logged in to at all.
    void failed(const shardscope::PgError &error, bool connecting);

private:
    void next();
    void report(const PgError &error, bool connecting);

    PgConnection *m_connection = nullptr;
    QList<Statement> m_statements;
    QList<PgResult> m_results;
    PgResult m_last;
    std::optional<PgError> m_error;
    bool m_connected = false;
    int m_connectTimeout = 5000;
};

} // namespace shardscope
