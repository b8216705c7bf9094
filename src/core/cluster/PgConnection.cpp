#include "PgConnection.h"

#include "PgCancelRequest.h"
#include "PgCopyWriter.h"
#include "PgSocketWatcher.h"

#include <QEventLoop>

#include <libpq-fe.h>

namespace shardscope {

namespace {

// After a timeout's cancel request, how long the server gets to answer before it is taken
// for dead (a network gone silent, a stopped VM) and the connection is closed.
constexpr int cancelGraceMs = 5000;

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

bool endsSession(const PgError &error)
{
    if (error.severity == QLatin1String("FATAL") || error.severity == QLatin1String("PANIC"))
        return true;
    // A server ERROR or WARNING with a connection SQLSTATE is Citus reporting on its own
    // connection to a worker (a stopped worker): this session goes on. Only libpq's own
    // errors, which carry no severity, speak of this connection.
    return error.severity.isEmpty()
        && (error.kind == PgError::Kind::ServerShutdown || error.kind == PgError::Kind::ConnectionLost);
}

} // namespace

PgConnection::PgConnection(QObject *parent)
    : QObject(parent)
    , m_socket(new PgSocketWatcher(this))
{
    for (QTimer *timer : {&m_connectTimer, &m_statementTimer, &m_cancelGraceTimer})
        timer->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        const QString where = QStringLiteral("%1:%2").arg(QString::fromUtf8(PQhost(m_conn)),
                                                          QString::fromUtf8(PQport(m_conn)));
        closeWithError(PgError::client(PgError::Kind::ConnectTimeout,
                                       tr("the server at %1 did not answer within %2 ms")
                                           .arg(where)
                                           .arg(m_connectTimeout)));
    });
    connect(&m_statementTimer, &QTimer::timeout, this, &PgConnection::onStatementTimeout);
    connect(&m_cancelGraceTimer, &QTimer::timeout, this, [this] {
        closeWithError(PgError::client(PgError::Kind::StatementTimeout,
                                       tr("the statement ran longer than %1 ms and the server did not "
                                          "answer the cancel request within %2 ms; the connection was closed")
                                           .arg(m_queryTimeout)
                                           .arg(cancelGraceMs)));
    });
    connect(m_socket, &PgSocketWatcher::readable, this, &PgConnection::onReadable);
    connect(m_socket, &PgSocketWatcher::writable, this, &PgConnection::onWritable);
}

PgConnection::~PgConnection()
{
    closeConnection();
}

void PgConnection::connectToServer(const ConnectionProfile &profile)
{
    disconnectFromServer();
    setState(State::Connecting);
    PgError error;
    const auto parameters = profile.parameters(&error);
    if (!parameters) {
        later([this, error] { closeWithError(error); });
        return;
    }
    QList<const char *> keywords;
    QList<const char *> values;
    for (const auto &[keyword, value] : *parameters) {
        keywords << keyword.constData();
        values << value.constData();
    }
    // Results are decoded as UTF-8 whatever PGCLIENTENCODING says; later keywords win.
    keywords << "client_encoding" << "fallback_application_name" << nullptr;
    values << "UTF8" << "ShardScope" << nullptr;
    m_conn = PQconnectStartParams(keywords.constData(), values.constData(), 0);
    if (!m_conn) {
        later([this] { closeWithError(PgError::client(PgError::Kind::Other, tr("out of memory"))); });
        return;
    }
    PQsetNoticeReceiver(m_conn, &PgConnection::receiveNotice, this);
    // Verbose messages carry the SQLSTATE of errors during the handshake (28P01...).
    PQsetErrorVerbosity(m_conn, PQERRORS_VERBOSE);
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        const PgError bad = PgError::fromConnection(m_conn);
        later([this, bad] { closeWithError(bad); });
        return;
    }
    m_connectTimer.start(m_connectTimeout);
    // PQconnectPoll starts as if it had returned PGRES_POLLING_WRITING.
    m_socket->watch(PQsocket(m_conn), false, true);
}

void PgConnection::disconnectFromServer()
{
    if (m_state == State::Disconnected)
        return;
    closeConnection();
    emit stateChanged(State::Disconnected);
}

bool PgConnection::execute(const QString &sql, const QVariantList &params)
{
    return startQuery(sql, params, m_statementTimeout);
}

bool PgConnection::copyIn(const QString &sql, CopyRowSource source)
{
    if (m_state != State::Ready)
        return false;
    m_copy = std::make_unique<PgCopyWriter>(std::move(source));
    return startQuery(sql, {}, m_statementTimeout);
}

bool PgConnection::cancel()
{
    return m_state == State::Busy && requestCancel(CancelReason::User);
}

QString PgConnection::quoteIdentifier(const QString &name) const
{
    if (m_state != State::Ready && m_state != State::Busy)
        return {};
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        return {};
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

bool PgConnection::connectBlocking(const ConnectionProfile &profile, PgError *error)
{
    disconnectFromServer();
    QEventLoop loop;
    std::optional<PgError> failure;
    connect(this, &PgConnection::connected, &loop, &QEventLoop::quit);
    connect(this, &PgConnection::failed, &loop, [&](const PgError &e) {
        failure = e;
        loop.quit();
    });
    // disconnectFromServer() from elsewhere ends the attempt without failed().
    connect(this, &PgConnection::stateChanged, &loop, [&](State state) {
        if (state == State::Disconnected && !failure) {
            failure = PgError::client(PgError::Kind::Other, tr("the connection was closed"));
            loop.quit();
        }
    });
    connectToServer(profile);
    loop.exec();
    if (failure && error)
        *error = *failure;
    return !failure;
}

PgConnection::Outcome PgConnection::runBlocking(const QString &sql, const QVariantList &params,
                                                int timeoutMsecs)
{
    Outcome outcome;
    if (m_state != State::Ready) {
        outcome.error = PgError::client(PgError::Kind::Other, m_state == State::Busy
                                                                  ? tr("another statement is running")
                                                                  : tr("not connected"));
        return outcome;
    }
    QEventLoop loop;
    connect(this, &PgConnection::resultReady, &loop, [&](const PgResult &result) { outcome.results << result; });
    connect(this, &PgConnection::queryFailed, &loop, [&](const PgError &error) { outcome.error = error; });
    connect(this, &PgConnection::finished, &loop, &QEventLoop::quit);
    // disconnectFromServer() from elsewhere ends the statement without finished().
    connect(this, &PgConnection::stateChanged, &loop, [&](State state) {
        if (state == State::Disconnected)
            loop.quit();
    });
    startQuery(sql, params, timeoutMsecs);
    loop.exec();
    if (!outcome.error && m_state == State::Disconnected)
        outcome.error = PgError::client(PgError::Kind::ConnectionLost, tr("the connection was closed"));
    return outcome;
}

void PgConnection::receiveNotice(void *self, const PGresult *result)
{
    auto *connection = static_cast<PgConnection *>(self);
    const PgError notice = PgError::fromResult(result);
    // An idle session's FATAL (the server shutting down) arrives as a notice.
    if (endsSession(notice))
        connection->m_sessionEndCause = notice;
    else
        connection->m_pendingNotices << notice;
}

bool PgConnection::startQuery(const QString &sql, const QVariantList &params, int timeoutMsecs)
{
    if (m_state != State::Ready)
        return false;
    m_queryError.reset();
    m_cancelReason = CancelReason::None;
    m_queryTimeout = timeoutMsecs;
    m_state = State::Busy;

    const QByteArray query = sql.toUtf8();
    int sent = 0;
    if (params.isEmpty()) {
        sent = PQsendQuery(m_conn, query.constData());
    } else {
        QByteArrayList storage;
        for (const QVariant &param : params) {
            storage << (param.typeId() == QMetaType::QByteArray ? param.toByteArray()
                                                                : param.toString().toUtf8());
        }
        QList<const char *> values;
        for (qsizetype i = 0; i < params.size(); ++i) {
            const bool isNull = !params.at(i).isValid() || params.at(i).isNull();
            values << (isNull ? nullptr : storage.at(i).constData());
        }
        sent = PQsendQueryParams(m_conn, query.constData(), int(values.size()), nullptr,
                                 values.constData(), nullptr, nullptr, 0);
    }
    if (!sent) {
        const PgError error = PgError::fromConnection(m_conn);
        if (PQstatus(m_conn) == CONNECTION_BAD) {
            later([this] { loseConnection(); });
        } else {
            later([this, error] {
                reportQueryError(error);
                completeQuery();
            });
        }
    } else {
        if (timeoutMsecs > 0)
            m_statementTimer.start(timeoutMsecs);
        // The rest goes out when the socket is writable; a broken socket shows up there.
        m_socket->setWriteEnabled(true);
    }
    emit stateChanged(State::Busy);
    return true;
}

void PgConnection::continueConnecting()
{
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_READING:
        m_socket->watch(PQsocket(m_conn), true, false);
        return;
    case PGRES_POLLING_WRITING:
        m_socket->watch(PQsocket(m_conn), false, true);
        return;
    case PGRES_POLLING_OK:
        break;
    default:
        closeWithError(PgError::fromConnection(m_conn));
        return;
    }
    m_connectTimer.stop();
    if (PQsetnonblocking(m_conn, 1) != 0) {
        closeWithError(PgError::fromConnection(m_conn));
        return;
    }
    // Reading all the time, also when idle, is how a server going away is noticed.
    m_socket->watch(PQsocket(m_conn), true, false);
    const quint64 epoch = m_epoch;
    setState(State::Ready);
    if (epoch != m_epoch)
        return;
    emit connected();
    if (epoch == m_epoch)
        flushNotices();
}

void PgConnection::onReadable()
{
    if (m_state == State::Connecting) {
        continueConnecting();
        return;
    }
    if (m_state == State::Disconnected)
        return;
    if (!PQconsumeInput(m_conn)) {
        loseConnection();
        return;
    }
    discardNotifications(); // also parses what arrived while idle: notices, a FATAL
    if (m_state == State::Ready) {
        flushNotices();
        return;
    }
    if (m_copy && m_copy->streaming())
        pumpCopy();
    else if (flushOutgoing())
        drainResults();
}

void PgConnection::onWritable()
{
    if (m_state == State::Connecting)
        continueConnecting();
    else if (m_state == State::Busy && m_copy && m_copy->streaming())
        pumpCopy();
    else if (m_state == State::Busy)
        flushOutgoing();
    else
        m_socket->setWriteEnabled(false);
}

bool PgConnection::flushOutgoing()
{
    const int pending = PQflush(m_conn);
    if (pending < 0) {
        loseConnection();
        return false;
    }
    m_socket->setWriteEnabled(pending > 0);
    return true;
}

void PgConnection::drainResults()
{
    const quint64 epoch = m_epoch;
    while (m_state == State::Busy && !PQisBusy(m_conn)) {
        const ResultPtr result(PQgetResult(m_conn), &PQclear);
        flushNotices();
        if (epoch != m_epoch)
            return;
        if (!result) {
            completeQuery();
            return;
        }
        if (!handleResult(result.get()) || epoch != m_epoch)
            return;
    }
    if (m_state == State::Busy && PQstatus(m_conn) == CONNECTION_BAD)
        loseConnection();
}

bool PgConnection::handleResult(const PGresult *result)
{
    switch (PQresultStatus(result)) {
    case PGRES_COPY_IN:
        if (m_copy && !m_copy->started()) {
            m_copy->start();
            m_socket->setWriteEnabled(true);
            return false;
        }
        // A COPY FROM STDIN sent through execute(): the server reports this as its error.
        if (PQputCopyEnd(m_conn, tr("ShardScope sends COPY data only through its COPY support")
                                     .toUtf8()
                                     .constData()) < 0) {
            loseConnection();
            return false;
        }
        return flushOutgoing();
    case PGRES_COPY_OUT:
        return discardCopyOut();
    case PGRES_COPY_BOTH:
        closeWithError(PgError::client(PgError::Kind::Other, tr("replication streams are not supported")));
        return false;
    case PGRES_FATAL_ERROR:
    case PGRES_NONFATAL_ERROR:
    case PGRES_BAD_RESPONSE:
        reportQueryError(PgError::fromResult(result));
        return true;
    default:
        emit resultReady(PgResult::fromResult(result));
        return true;
    }
}

bool PgConnection::discardCopyOut()
{
    // COPY ... TO STDOUT typed into a console: nothing shows the rows, but the statement
    // must run to its end.
    char *row = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(m_conn, &row, 1)) > 0)
        PQfreemem(row);
    if (length == -2) {
        loseConnection();
        return false;
    }
    return length == -1; // 0: the rest has not arrived yet
}

void PgConnection::reportQueryError(PgError error)
{
    if (error.sqlState == QLatin1String("57014") && m_cancelReason == CancelReason::Timeout) {
        error.kind = PgError::Kind::StatementTimeout;
        error.detail = error.message;
        error.message = tr("the statement ran longer than %1 ms and was cancelled").arg(m_queryTimeout);
    }
    if (endsSession(error))
        m_sessionEndCause = error;
    if (m_queryError)
        return;
    m_queryError = error;
    emit queryFailed(error);
}

void PgConnection::completeQuery()
{
    m_statementTimer.stop();
    m_cancelGraceTimer.stop();
    m_copy.reset();
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        loseConnection();
        return;
    }
    // Ready before finished(), so a handler can send the next statement from there.
    m_state = State::Ready;
    const quint64 epoch = m_epoch;
    emit finished();
    if (epoch == m_epoch && m_state == State::Ready)
        emit stateChanged(State::Ready);
}

void PgConnection::pumpCopy()
{
    const qint64 before = m_copy->rowsSent();
    const auto step = m_copy->pump(m_conn);
    const quint64 epoch = m_epoch;
    if (m_copy->rowsSent() != before)
        emit copyProgress(m_copy->rowsSent());
    if (epoch == m_epoch)
        flushNotices(); // libpq parses them while taking the rows
    if (epoch != m_epoch)
        return;
    switch (step) {
    case PgCopyWriter::Step::WaitWritable:
        m_socket->setWriteEnabled(true);
        return;
    case PgCopyWriter::Step::Failed:
        if (PQstatus(m_conn) == CONNECTION_BAD) {
            loseConnection();
            return;
        }
        // The server ended the COPY; its error is in the results.
        Q_FALLTHROUGH();
    case PgCopyWriter::Step::Sent:
        m_socket->setWriteEnabled(false);
        drainResults();
        return;
    }
}

bool PgConnection::requestCancel(CancelReason reason)
{
    m_cancelReason = reason;
    if (m_copy && m_copy->streaming()) {
        // The server reports "COPY from stdin failed: <this>".
        const QString why = reason == CancelReason::Timeout ? tr("statement timeout") : tr("cancelled by the user");
        m_copy->abort(why.toUtf8());
        m_socket->setWriteEnabled(true);
        return true;
    }
    return PgCancelRequest::send(m_conn, this, [this](const PgError &error) { emit cancelFailed(error); });
}

void PgConnection::onStatementTimeout()
{
    if (m_state != State::Busy)
        return;
    requestCancel(CancelReason::Timeout);
    m_cancelGraceTimer.start(cancelGraceMs);
}

void PgConnection::flushNotices()
{
    const quint64 epoch = m_epoch;
    while (!m_pendingNotices.isEmpty() && epoch == m_epoch)
        emit notice(m_pendingNotices.takeFirst());
}

void PgConnection::discardNotifications()
{
    // Nobody LISTENs through ShardScope, but a NOTIFY must not pile up in memory.
    while (PGnotify *notification = PQnotifies(m_conn))
        PQfreemem(notification);
}

void PgConnection::closeWithError(const PgError &error)
{
    const bool hadQuery = m_state == State::Busy;
    const bool queryReported = m_queryError.has_value();
    closeConnection();
    const quint64 epoch = m_epoch;
    if (hadQuery && !queryReported) {
        emit queryFailed(error);
        if (epoch != m_epoch)
            return;
    }
    if (hadQuery) {
        emit finished();
        if (epoch != m_epoch)
            return;
    }
    emit failed(error);
    if (epoch == m_epoch)
        emit stateChanged(State::Disconnected);
}

void PgConnection::loseConnection()
{
    PgError error = m_sessionEndCause.value_or(PgError::fromConnection(m_conn));
    if (error.kind == PgError::Kind::Other)
        error.kind = PgError::Kind::ConnectionLost;
    closeWithError(error);
}

void PgConnection::later(std::function<void()> fn)
{
    QMetaObject::invokeMethod(
        this,
        [this, epoch = m_epoch, fn = std::move(fn)] {
            if (epoch == m_epoch)
                fn();
        },
        Qt::QueuedConnection);
}

void PgConnection::closeConnection()
{
    m_connectTimer.stop();
    m_statementTimer.stop();
    m_cancelGraceTimer.stop();
    m_socket->stop();
    if (m_conn) {
        if (m_state == State::Busy) // or the server runs the statement to its end
            PgCancelRequest::send(m_conn, nullptr, {});
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    m_copy.reset();
    m_queryError.reset();
    m_sessionEndCause.reset();
    m_pendingNotices.clear();
    m_state = State::Disconnected;
    ++m_epoch;
}

void PgConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace shardscope
