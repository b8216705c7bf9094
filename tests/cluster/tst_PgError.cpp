// PgError: kinds from SQLSTATEs, libpq's connection error texts taken apart, and the text
// shown to users.

#include "PgError.h"

#include <QTest>

#include <cerrno>
#include <cstring>

using namespace shardscope;

class TestPgError : public QObject
{
    Q_OBJECT

private slots:
    void kindFromSqlState_data();
    void kindFromSqlState();
    void serverErrorDuringConnect();
    void libpqErrorDuringConnect();
    void refusedInTheUsersLanguage();
    void toStringShowsWhatIsSet();
};

void TestPgError::kindFromSqlState_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("message");
    QTest::addColumn<PgError::Kind>("kind");
    QTest::newRow("wrong password") << "28P01" << "" << PgError::Kind::AuthenticationFailed;
    QTest::newRow("no pg_hba entry") << "28000" << "" << PgError::Kind::AuthenticationFailed;
    QTest::newRow("admin shutdown") << "57P01" << "" << PgError::Kind::ServerShutdown;
    QTest::newRow("crash shutdown") << "57P02" << "" << PgError::Kind::ServerShutdown;
    QTest::newRow("starting up") << "57P03" << "" << PgError::Kind::ServerShutdown;
    QTest::newRow("connection failure") << "08006" << "" << PgError::Kind::ConnectionLost;
    QTest::newRow("no connection") << "08003" << "" << PgError::Kind::ConnectionLost;
    QTest::newRow("cancel") << "57014" << "canceling statement due to user request" << PgError::Kind::QueryCanceled;
    QTest::newRow("server timeout") << "57014" << "canceling statement due to statement timeout"
                                    << PgError::Kind::StatementTimeout;
    QTest::newRow("syntax") << "42601" << "" << PgError::Kind::Other;
    QTest::newRow("none") << "" << "" << PgError::Kind::Other;
}

void TestPgError::kindFromSqlState()
{
    QFETCH(QString, sqlState);
    QFETCH(QString, message);
    QFETCH(PgError::Kind, kind);
    QCOMPARE(PgError::kindOf(sqlState, message), kind);
}

void TestPgError::serverErrorDuringConnect()
{
    const auto error = PgError::fromConnectionMessage(QStringLiteral(
        "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  3D000: database \"nodb\" does not exist\n"
        "LOCATION:  InitPostgres, postinit.c:948\n"));
    QCOMPARE(error.severity, QStringLiteral("FATAL"));
    QCOMPARE(error.sqlState, QStringLiteral("3D000"));
    QCOMPARE(error.message, QStringLiteral("database \"nodb\" does not exist"));
    QCOMPARE(error.context, QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed"));
    QVERIFY(error.detail.isEmpty());
    QCOMPARE(error.kind, PgError::Kind::Other);
}

void TestPgError::libpqErrorDuringConnect()
{
    const auto error = PgError::fromConnectionMessage(QStringLiteral(
        "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n"
        "\tIs the server running on that host and accepting TCP/IP connections?\n"));
    QCOMPARE(error.kind, PgError::Kind::ConnectionRefused);
    QVERIFY(error.sqlState.isEmpty());
    QVERIFY(error.severity.isEmpty());
    QCOMPARE(error.message, QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: Connection refused"));
    QCOMPARE(error.hint, QStringLiteral("Is the server running on that host and accepting TCP/IP connections?"));

    const auto lost = PgError::fromConnectionMessage(QStringLiteral(
        "server closed the connection unexpectedly\n"
        "\tThis probably means the server terminated abnormally\n"
        "\tbefore or while processing the request.\n"));
    QCOMPARE(lost.kind, PgError::Kind::Other); // PgConnection knows it lost the connection
    QCOMPARE(lost.message, QStringLiteral("server closed the connection unexpectedly"));
    QCOMPARE(lost.hint, QStringLiteral("This probably means the server terminated abnormally "
                                       "before or while processing the request."));
}

void TestPgError::refusedInTheUsersLanguage()
{
    const QString refused = QString::fromLocal8Bit(std::strerror(ECONNREFUSED));
    const auto error = PgError::fromConnectionMessage(
        QStringLiteral("connection to server at \"h\", port 1 failed: %1\n").arg(refused));
    QCOMPARE(error.kind, PgError::Kind::ConnectionRefused);
}

void TestPgError::toStringShowsWhatIsSet()
{
    QCOMPARE(PgError::client(PgError::Kind::Other, QStringLiteral("plain")).toString(), QStringLiteral("plain"));
    PgError error;
    error.severity = QStringLiteral("ERROR");
    error.sqlState = QStringLiteral("42P01");
    error.message = QStringLiteral("relation \"t\" does not exist");
    error.detail = QStringLiteral("d");
    error.hint = QStringLiteral("h");
    error.position = 15;
    error.context = QStringLiteral("c");
    QCOMPARE(error.toString(), QStringLiteral("ERROR 42P01: relation \"t\" does not exist\n"
                                              "Detail: d\nHint: h\nPosition: 15\nContext: c"));
}

QTEST_GUILESS_MAIN(TestPgError)
#include "tst_PgError.moc"
