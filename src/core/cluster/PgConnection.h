#pragma once

#include "ConnectionProfile.h"
#include "CopyRowSource.h"
#include "PgError.h"
#include "PgResult.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace shardscope {

class PgCopyWriter;
class PgSocketWatcher;

// One libpq connection driven by the event loop: libpq in non-blocking mode, its socket
// watched with QSocketNotifier, so connecting, querying, COPY and cancelling never block
// the thread it lives in.
//
// One statement (or ';'-separated batch) at a time: execute() and copyIn() return false
// unless the state is Ready. A statement reports resultReady() for each successful result,
// queryFailed() at most once, then finished(). Failures to connect and a connection lost at
// any time report failed(), after the statement's queryFailed() and finished() if one was
// running, and leave the state Disconnected. Apart from stateChanged(), no signal is
// emitted from inside a call to this class, so connect before or after calling, either way.
class PgConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Ready, Busy };
    Q_ENUM(State)

    // What runBlocking() collected.
    struct Outcome {
        QList<PgResult> results;
        std::optional<PgError> error;
        bool ok() const { return !error; }
    };

    explicit PgConnection(QObject *parent = nullptr);
    ~PgConnection() override;

    State state() const { return m_state; }

    // How long connecting may take before failed(ConnectTimeout); libpq's connect_timeout
    // does not apply to non-blocking connections. Default 10 s.
    void setConnectTimeout(int msecs) { m_connectTimeout = msecs; }
    // How long a statement (or a COPY) may run before it is cancelled and reported as
    // StatementTimeout; 0, the default, for no limit.
    void setStatementTimeout(int msecs) { m_statementTimeout = msecs; }

    // Closes any current connection first.
    void connectToServer(const ConnectionProfile &profile);
    // Closes without signals other than stateChanged(); a running statement is cancelled on
    // the server so it does not run on, and reports neither queryFailed() nor finished().
    void disconnectFromServer();

    // Without params the text goes as a simple query, so it may hold several statements;
    // with params it must be one statement using $1, $2... Values always travel as
    // parameters, never in the SQL text: a null QVariant is NULL, a QByteArray its bytes,
    // anything else its toString().
    bool execute(const QString &sql, const QVariantList &params = {});
    // Runs sql, a COPY ... FROM STDIN, feeding it rows from source; copyProgress() tells
    // how many have gone out, and the result's rowsAffected() how many the server took.
    // A server-side error in the data (a bad value) is only reported after every row was
    // sent: libpq 15 reads the server's answer at the end of the COPY.
    bool copyIn(const QString &sql, CopyRowSource source);
    // Asks to stop the running statement, which then fails with QueryCanceled (57014).
    // A COPY still sending rows is ended by the client at once. Other statements are
    // cancelled through PQcancel, which runs in a worker thread since it blocks. False
    // when nothing runs.
    bool cancel();

    // name as a quoted SQL identifier ("x""; DROP..."), escaped by libpq for the server's
    // encoding; empty when not connected.
    QString quoteIdentifier(const QString &name) const;

    // Blocking forms, spinning a local event loop: for the command line and tests only,
    // never for the GUI. timeoutMsecs 0 means no limit.
    bool connectBlocking(const ConnectionProfile &profile, PgError *error = nullptr);
    Outcome runBlocking(const QString &sql, const QVariantList &params = {}, int timeoutMsecs = 0);

signals:
    void stateChanged(shardscope::PgConnection::State state);
    void connected();
    void failed(const shardscope::PgError &error);
    void resultReady(const shardscope::PgResult &result);
    void queryFailed(const shardscope::PgError &error);
    // NOTICE, WARNING, INFO... the server sent, in order with the results.
    void notice(const shardscope::PgError &notice);
    void copyProgress(qint64 rowsSent);
    void finished();
    // The cancel request could not be delivered; the statement runs on.
    void cancelFailed(const shardscope::PgError &error);

private:
    enum class CancelReason { None, User, Timeout };

    static void receiveNotice(void *self, const pg_result *result);

    bool startQuery(const QString &sql, const QVariantList &params, int timeoutMsecs);
    void continueConnecting();
    void onReadable();
    void onWritable();
    bool flushOutgoing();
    void drainResults();
    // False when draining must stop: wait for the socket, or the connection is gone.
    bool handleResult(const pg_result *result);
    bool discardCopyOut();
    void reportQueryError(PgError error);
    void completeQuery();
    void pumpCopy();
    bool requestCancel(CancelReason reason);
    void onStatementTimeout();
    void flushNotices();
    void discardNotifications();

    // Ends the connection with failed(error), after queryFailed() and finished() when a
    // statement was running.
    void closeWithError(const PgError &error);
    // The socket closed or libpq gave up on it.
    void loseConnection();
    // Runs fn on the next event loop turn unless the connection was closed meanwhile.
    void later(std::function<void()> fn);
    void closeConnection();
    void setState(State state);

    pg_conn *m_conn = nullptr;
    State m_state = State::Disconnected;
    // Bumped on every close: signal handlers may close or reopen the connection, and code
    // running after an emit checks it has not changed under it.
    quint64 m_epoch = 0;
    PgSocketWatcher *m_socket;
    QTimer m_connectTimer;
    QTimer m_statementTimer;
    QTimer m_cancelGraceTimer;
    int m_connectTimeout = 10000;
    int m_statementTimeout = 0;
    int m_queryTimeout = 0;
    CancelReason m_cancelReason = CancelReason::None;
    std::optional<PgError> m_queryError;
    // What the server said before closing (57P01 and such), to report instead of libpq's
    // "server closed the connection unexpectedly".
    std::optional<PgError> m_sessionEndCause;
    // Notices arrive inside libpq calls, where a handler must not reenter; sent out after.
    QList<PgError> m_pendingNotices;
    std::unique_ptr<PgCopyWriter> m_copy;
};

} // namespace shardscope
