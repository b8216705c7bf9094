#pragma once

#include "CopyRowSource.h"
#include "PgError.h"
#include "PgResult.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QVariantList>

#include <functional>
#include <optional>

namespace shardscope {

class PgConnection;

// Sends one statement (or batch, or COPY) at a time on a shared PgConnection and hands
// everything it produced to a callback, once, always later than the call: a step reads as
// a sequence of "send this, then with its results do that" instead of signal wiring.
class StatementRunner : public QObject
{
    Q_OBJECT

public:
    struct Reply {
        QList<PgResult> results;
        QList<PgError> notices; // WARNINGs and NOTICEs, in the order the server sent them
        std::optional<PgError> error;
        bool ok() const { return !error; }
    };
    using Handler = std::function<void(const Reply &)>;

    explicit StatementRunner(PgConnection *connection, QObject *parent = nullptr);

    PgConnection *connection() const { return m_connection; }
    bool isBusy() const { return bool(m_handler); }

    // Same rules as PgConnection::execute(), but a statement that finds someone else's
    // running on the shared connection waits for it to end. When the connection cannot take
    // the statement (not connected), done still comes, with that error.
    void run(const QString &sql, const QVariantList &params, Handler done);
    void copyIn(const QString &sql, CopyRowSource source, Handler done);
    // Cancels the running (or waiting) statement, which then ends with QueryCanceled.
    bool cancel();

signals:
    void copyProgress(qint64 rowsSent);

private:
    void send(Handler done, std::function<bool()> start);
    void startNow(std::function<bool()> start);
    void wire();
    void failLater(PgError::Kind kind, const QString &why);
    void complete();
    void detach();

    PgConnection *m_connection;
    Handler m_handler;
    Reply m_reply;
    QList<QMetaObject::Connection> m_wiring;
    QMetaObject::Connection m_waiting; // for someone else's statement to end
};

} // namespace shardscope
