#include "PgError.h"

#include <QRegularExpression>

#include <libpq-fe.h>

#include <cerrno>
#include <cstring>

namespace shardscope {

namespace {

QString field(const PGresult *result, int code)
{
    return QString::fromUtf8(PQresultErrorField(result, code)).trimmed();
}

// The suggestions libpq 15 adds to "Connection refused", as it words them.
const char *const libpqHints[] = {
    QT_TRANSLATE_NOOP("PgError", "Is the server running on that host and accepting TCP/IP connections?"),
    QT_TRANSLATE_NOOP("PgError", "Is the server running locally and accepting connections on that socket?"),
};

} // namespace

QString PgError::translatedHint() const
{
    for (const char *known : libpqHints) {
        if (hint == QLatin1String(known))
            return tr(known);
    }
    return hint;
}

namespace {

// libpq 15's reasons after "failed: ", as it words them.
QString translatedReason(const QString &reason)
{
    if (PgError::isConnectionRefused(reason))
        return PgError::tr("nothing accepts connections there");
    if (reason == QLatin1String("timeout expired"))
        return PgError::tr("the time allowed to connect ran out");
    if (reason == QLatin1String("fe_sendauth: no password supplied"))
        return PgError::tr("the server asks for a password and none was given");
    if (reason == QLatin1String("No such file or directory"))
        return PgError::tr("there is no such socket");
    return reason;
}

} // namespace

QString PgError::translatedMessage() const
{
    if (!sqlState.isEmpty())
        return message;
    static const QRegularExpression atAddress(
        QStringLiteral("^connection to server at \"([^\"]*)\"(?: \\([^)]*\\))?, port (\\d+) failed: (.*)$"));
    static const QRegularExpression onSocket(QStringLiteral("^connection to server on socket \"([^\"]*)\" failed: (.*)$"));
    if (const QRegularExpressionMatch match = atAddress.match(message); match.hasMatch()) {
        return tr("could not connect to the server at %1, port %2: %3")
            .arg(match.captured(1), match.captured(2), translatedReason(match.captured(3)));
    }
    if (const QRegularExpressionMatch match = onSocket.match(message); match.hasMatch())
        return tr("could not connect to the server on socket %1: %2").arg(match.captured(1), translatedReason(match.captured(2)));
    return translatedReason(message);
}

QString PgError::translatedText() const
{
    return hint.isEmpty() ? translatedMessage() : tr("%1 (%2)").arg(translatedMessage(), translatedHint());
}

QString PgError::toString() const
{
    QString head = severity;
    if (!sqlState.isEmpty())
        head += (head.isEmpty() ? QString() : QStringLiteral(" ")) + sqlState;
    QString text = head.isEmpty() ? message : head + QStringLiteral(": ") + message;
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + tr("Detail: %1").arg(detail);
    if (!hint.isEmpty())
        text += QLatin1Char('\n') + tr("Hint: %1").arg(translatedHint());
    if (position > 0)
        text += QLatin1Char('\n') + tr("Position: %1").arg(position);
    if (!context.isEmpty())
        text += QLatin1Char('\n') + tr("Context: %1").arg(context);
    return text;
}

PgError PgError::fromResult(const PGresult *result)
{
    PgError error;
    error.message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    if (error.message.isEmpty()) // made by libpq, e.g. when the connection broke mid-query
        return fromConnectionMessage(QString::fromUtf8(PQresultErrorMessage(result)));
    error.severity = field(result, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (error.severity.isEmpty()) // servers before 9.6 send only the translated one
        error.severity = field(result, PG_DIAG_SEVERITY);
    error.sqlState = field(result, PG_DIAG_SQLSTATE);
    error.detail = field(result, PG_DIAG_MESSAGE_DETAIL);
    error.hint = field(result, PG_DIAG_MESSAGE_HINT);
    error.position = field(result, PG_DIAG_STATEMENT_POSITION).toInt();
    error.context = field(result, PG_DIAG_CONTEXT);
    error.kind = kindOf(error.sqlState, error.message);
    return error;
}

PgError PgError::fromConnection(const PGconn *connection)
{
    return fromConnectionMessage(QString::fromUtf8(PQerrorMessage(connection)));
}

PgError PgError::fromConnectionMessage(const QString &text)
{
    // With PQERRORS_VERBOSE a server error reads
    //   connection to server at "h", port 5432 failed: FATAL:  28P01: password authentication failed
    //   LOCATION:  auth_failed, auth.c:334
    // The labels are translated, so only the punctuation is relied on.
    static const QRegularExpression serverError(
        QStringLiteral("^(?:(.*?): )?(\\S[^:]*):  ([0-9A-Z]{5}): (.*)$"));
    static const QRegularExpression location(QStringLiteral("^\\S[^:]*:  \\S+, \\S+:\\d+$"));

    PgError error;
    QStringList rest;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const auto match = serverError.match(line);
        if (match.hasMatch() && error.sqlState.isEmpty()) {
            error.context = match.captured(1);
            error.severity = match.captured(2);
            error.sqlState = match.captured(3);
            error.message = match.captured(4).trimmed();
        } else if (!location.match(line).hasMatch()) {
            rest << line.trimmed();
        }
    }
    if (error.sqlState.isEmpty()) {
        // libpq's own error: the first line says what, the next ones (one sentence wrapped
        // over tab-indented lines) suggest a cause.
        error.message = rest.isEmpty() ? QString() : rest.takeFirst();
        error.hint = rest.join(QLatin1Char(' '));
        error.kind = isConnectionRefused(error.message) ? Kind::ConnectionRefused : Kind::Other;
    } else {
        error.detail = rest.join(QLatin1Char('\n'));
        error.kind = kindOf(error.sqlState, error.message);
    }
    return error;
}

PgError PgError::client(Kind kind, const QString &message)
{
    PgError error;
    error.kind = kind;
    error.message = message;
    return error;
}

PgError::Kind PgError::kindOf(const QString &sqlState, const QString &message)
{
    if (sqlState == QLatin1String("28P01") || sqlState == QLatin1String("28000"))
        return Kind::AuthenticationFailed;
    if (sqlState == QLatin1String("57P01") || sqlState == QLatin1String("57P02")
        || sqlState == QLatin1String("57P03"))
        return Kind::ServerShutdown;
    if (sqlState == QLatin1String("08000") || sqlState == QLatin1String("08003")
        || sqlState == QLatin1String("08006"))
        return Kind::ConnectionLost;
    if (sqlState == QLatin1String("57014")) {
        // The server's statement_timeout and a cancel request share the SQLSTATE; only the
        // (English, unless lc_messages says otherwise) text tells them apart.
        return message.contains(QLatin1String("statement timeout")) ? Kind::StatementTimeout
                                                                     : Kind::QueryCanceled;
    }
    return Kind::Other;
}

bool PgError::isConnectionRefused(const QString &text)
{
    return text.contains(QLatin1String("Connection refused"), Qt::CaseInsensitive)
        || text.contains(QString::fromLocal8Bit(std::strerror(ECONNREFUSED)));
}

} // namespace shardscope
