#include "StatementRunner.h"

#include "PgConnection.h"

namespace shardscope {

StatementRunner::StatementRunner(PgConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

void StatementRunner::run(const QString &sql, const QVariantList &params, Handler done)
{
    send(std::move(done), [this, sql, params] { return m_connection->execute(sql, params); });
}

void StatementRunner::copyIn(const QString &sql, CopyRowSource source, Handler done)
{
    send(std::move(done), [this, sql, source = std::move(source)]() mutable {
        m_wiring << connect(m_connection, &PgConnection::copyProgress, this, &StatementRunner::copyProgress);
        return m_connection->copyIn(sql, std::move(source));
    });
}

bool StatementRunner::cancel()
{
    if (m_waiting) {
        disconnect(m_waiting);
        m_waiting = {};
        failLater(PgError::Kind::QueryCanceled, tr("cancelled before it started"));
        return true;
    }
    return isBusy() && m_connection->cancel();
}

void StatementRunner::send(Handler done, std::function<bool()> start)
{
    if (isBusy()) {
        // A step sends one statement at a time; a second one is a programming error, but
        // its owner still hears back.
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done)] {
                Reply reply;
                reply.error = PgError::client(PgError::Kind::Other, tr("a statement of this step is still running"));
                done(reply);
            },
            Qt::QueuedConnection);
        return;
    }
    m_handler = std::move(done);
    m_reply = Reply();
    if (m_connection->state() != PgConnection::State::Busy) {
        startNow(std::move(start));
        return;
    }
    // The connection is shared by the wizard's pages: another page's statement runs, and
    // this one follows it (stateChanged(Ready) comes only once no one else has sent one).
    m_waiting = connect(m_connection, &PgConnection::stateChanged, this,
                        [this, start = std::move(start)](PgConnection::State state) mutable {
                            if (state == PgConnection::State::Busy)
                                return;
                            disconnect(m_waiting);
                            m_waiting = {};
                            startNow(std::move(start));
                        });
}

void StatementRunner::startNow(std::function<bool()> start)
{
    wire();
    if (!start())
        failLater(PgError::Kind::Other, m_connection->state() == PgConnection::State::Busy
                                            ? tr("another statement is running")
                                            : tr("not connected"));
}

void StatementRunner::wire()
{
    m_wiring << connect(m_connection, &PgConnection::resultReady, this,
                        [this](const PgResult &result) { m_reply.results << result; });
    m_wiring << connect(m_connection, &PgConnection::notice, this,
                        [this](const PgError &notice) { m_reply.notices << notice; });
    m_wiring << connect(m_connection, &PgConnection::queryFailed, this, [this](const PgError &error) {
        if (!m_reply.error)
            m_reply.error = error;
    });
    m_wiring << connect(m_connection, &PgConnection::finished, this, &StatementRunner::complete);
    // disconnectFromServer() from elsewhere ends a statement without finished().
    m_wiring << connect(m_connection, &PgConnection::stateChanged, this, [this](PgConnection::State state) {
        if (state != PgConnection::State::Disconnected)
            return;
        if (!m_reply.error)
            m_reply.error = PgError::client(PgError::Kind::ConnectionLost, tr("the connection was closed"));
        complete();
    });
}

void StatementRunner::failLater(PgError::Kind kind, const QString &why)
{
    detach();
    m_reply.error = PgError::client(kind, why);
    QMetaObject::invokeMethod(this, &StatementRunner::complete, Qt::QueuedConnection);
}

void StatementRunner::complete()
{
    if (!m_handler)
        return;
    detach();
    // Cleared first: the handler usually sends the next statement through this runner.
    const Handler handler = std::exchange(m_handler, Handler());
    const Reply reply = std::exchange(m_reply, Reply());
    handler(reply);
}

void StatementRunner::detach()
{
    for (const auto &connection : std::as_const(m_wiring))
        disconnect(connection);
    m_wiring.clear();
}

} // namespace shardscope
