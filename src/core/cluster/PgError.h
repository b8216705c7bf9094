#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

struct pg_conn;
struct pg_result;

namespace shardscope {

// An error or notice from the server, from libpq or from ShardScope itself, with the
// fields PostgreSQL reports. Server errors carry a SQLSTATE; libpq's and ours do not.
struct PgError {
    Q_DECLARE_TR_FUNCTIONS(PgError)

public:
    // What the user (or the code deciding whether to reconnect) needs to know.
    enum class Kind {
        Other,
        InvalidConnectionString, // the DSN could not be parsed
        ConnectionRefused,       // nothing listens at that address
        ConnectTimeout,          // something listens but never completed the handshake
        AuthenticationFailed,    // 28P01, 28000
        ServerShutdown,          // 57P01, 57P02, 57P03: the server stops, restarts or starts
        ConnectionLost,          // 08000, 08003, 08006 or the socket closed under us
        QueryCanceled,           // 57014 after a cancel request
        StatementTimeout,        // 57014 because a statement ran too long
    };

    Kind kind = Kind::Other;
    QString severity; // ERROR, FATAL, PANIC, WARNING, NOTICE...: not translated
    QString sqlState; // five characters, empty when not from the server
    QString message;
    QString detail;
    QString hint;
    int position = 0; // 1-based character offset into the statement; 0 when none
    QString context;

    // "SEVERITY SQLSTATE: message" and one line per further field that is set.
    QString toString() const;
    // The hint in the user's language when it is one of libpq's well-known ones (libpq's
    // own texts are English unless built with NLS); any other hint as it came.
    QString translatedHint() const;
    // The message in the user's language when it is one of libpq's own connection failures
    // ("connection to server at ... failed: Connection refused"), which libpq words in
    // English; a server's message as it came (the server's lc_messages chose its language).
    QString translatedMessage() const;
    // The message with its hint, both as above: what a user is shown.
    QString translatedText() const;

    // From an error or notice result (PQresultErrorField).
    static PgError fromResult(const pg_result *result);
    // From the connection's last error (PQerrorMessage).
    static PgError fromConnection(const pg_conn *connection);
    // From libpq's error text. Its verbose form carries the SQLSTATE of errors the server
    // sent while the connection was being set up, which no result exposes.
    static PgError fromConnectionMessage(const QString &text);
    // An error ShardScope itself detected.
    static PgError client(Kind kind, const QString &message);

    static Kind kindOf(const QString &sqlState, const QString &message);
    // Whether libpq's text, or a server's passing it on, says the connection was refused: in
    // English or in the user's language (libpq puts strerror() text in its messages).
    static bool isConnectionRefused(const QString &text);
};

} // namespace shardscope

Q_DECLARE_METATYPE(shardscope::PgError)
