// PgConnection against a real, throwaway PostgreSQL server: connecting and the ways it
// fails, statements and their errors, cancel and timeouts, notices, identifiers and
// parameters that try to inject SQL, and a server that goes away under a session.

#include "PgConnection.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

#include <signal.h>

using namespace shardscope;

namespace {

// How long any single step may take before the test calls it a hang.
constexpr int stepTimeoutMs = 10000;
// Qt's default coarse timers may fire up to 5 % early.
constexpr int earliest300Ms = 285;
// A statement that runs far longer than any test: its end is always a cancel.
const QString longSleep = QStringLiteral("SELECT pg_sleep(30)");

ConnectionProfile profileFor(const TestServer &server)
{
    ConnectionProfile profile;
    profile.dsn = server.dsn();
    profile.password = server.password();
    return profile;
}

PgError errorOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? PgError() : spy.first().first().value<PgError>();
}

PgResult singleResult(const PgConnection::Outcome &outcome)
{
    if (!outcome.ok())
        qFatal("unexpected error: %s", qPrintable(outcome.error->toString()));
    if (outcome.results.size() != 1)
        qFatal("expected one result, got %d", int(outcome.results.size()));
    return outcome.results.first();
}

} // namespace

class TestPgConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsAndReadsValues();
    void connectingTwiceReplacesTheSession();
    void passwordFromTheEnvironment();
    void wrongPasswordIsAuthenticationFailed();
    void closedPortIsConnectionRefused();
    void silentServerIsConnectTimeout();
    void syntaxErrorHasSqlStateAndPosition();
    void errorCarriesDetailHintAndContext();
    void batchGivesOneResultPerStatement();
    void noticesAreDelivered();
    void workerConnectionErrorsKeepTheSession();
    void cancelStopsALongStatement();
    void statementTimeoutCancels();
    void runBlockingTimeoutCancels();
    void serverStatementTimeoutIsRecognised();
    void unansweredCancelClosesTheConnection();
    void hostileIdentifierAndValuesStayData();
    void copyOutputIsDiscarded();
    void copyInputWithoutSourceFails();
    void cancelWhenIdleDoesNothing();
    void serverStoppedWhileIdle();
    void serverStoppedMidStatement();

private:
    std::unique_ptr<PgConnection> connectOrFail();
    // Whether the statement text is running in some session, as the server sees it.
    bool isRunning(const QString &sql);

    TestServer m_server;
    std::unique_ptr<PgConnection> m_observer;
};

std::unique_ptr<PgConnection> TestPgConnection::connectOrFail()
{
    auto connection = std::make_unique<PgConnection>();
    PgError error;
    if (!connection->connectBlocking(profileFor(m_server), &error))
        qFatal("cannot connect to the test server: %s", qPrintable(error.toString()));
    return connection;
}

bool TestPgConnection::isRunning(const QString &sql)
{
    if (m_observer->state() != PgConnection::State::Ready)
        m_observer = connectOrFail();
    const auto outcome = m_observer->runBlocking(
        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query = $1"), {sql});
    return singleResult(outcome).value(0, 0) == QLatin1String("1");
}

void TestPgConnection::initTestCase()
{
    SHARDSCOPE_START_TEST_SERVER(m_server);
    m_observer = connectOrFail();
}

void TestPgConnection::connectsAndReadsValues()
{
    PgConnection connection;
    QSignalSpy connected(&connection, &PgConnection::connected);
    QSignalSpy states(&connection, &PgConnection::stateChanged);
    connection.connectToServer(profileFor(m_server));
    QCOMPARE(connection.state(), PgConnection::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, stepTimeoutMs);
    QCOMPARE(connection.state(), PgConnection::State::Ready);
    QCOMPARE(states.size(), 2);

    const auto result = singleResult(connection.runBlocking(
        QStringLiteral("SELECT 42 AS answer, NULL::text AS nothing, ''::text AS empty, 'ünï' AS utf8")));
    QCOMPARE(result.columnNames(), (QStringList{"answer", "nothing", "empty", "utf8"}));
    QCOMPARE(result.columnTypes().first(), 23u); // int4
    QCOMPARE(result.rowCount(), 1);
    QCOMPARE(result.row(0), (QStringList{"42", "", "", "ünï"}));
    QVERIFY(!result.isNull(0, 0));
    QVERIFY(result.isNull(0, 1));
    QVERIFY(!result.isNull(0, 2));
    QCOMPARE(result.commandTag(), QStringLiteral("SELECT 1"));
    QCOMPARE(result.rowsAffected(), 1);

    const auto set = singleResult(connection.runBlocking(QStringLiteral("SET application_name = 'x'")));
    QCOMPARE(set.commandTag(), QStringLiteral("SET"));
    QCOMPARE(set.rowsAffected(), -1);
}

void TestPgConnection::connectingTwiceReplacesTheSession()
{
    const auto connection = connectOrFail();
    const QString first = singleResult(connection->runBlocking(QStringLiteral("SELECT pg_backend_pid()"))).value(0, 0);
    // This time from the separate fields rather than a DSN.
    ConnectionProfile fields;
    fields.host = QStringLiteral("127.0.0.1");
    fields.port = m_server.port();
    fields.database = QStringLiteral("postgres");
    fields.user = QStringLiteral("postgres");
    fields.password = m_server.password();
    QVERIFY(connection->connectBlocking(fields));
    const QString second = singleResult(connection->runBlocking(QStringLiteral("SELECT pg_backend_pid()"))).value(0, 0);
    QVERIFY(first != second);
}

void TestPgConnection::passwordFromTheEnvironment()
{
    // No password in the profile: libpq's own sources (PGPASSWORD, ~/.pgpass) apply.
    ConnectionProfile profile;
    profile.dsn = m_server.dsn();
    qputenv("PGPASSWORD", m_server.password().toUtf8());
    const auto unset = qScopeGuard([] { qunsetenv("PGPASSWORD"); });
    PgConnection connection;
    PgError error;
    QVERIFY2(connection.connectBlocking(profile, &error), qPrintable(error.toString()));
}

void TestPgConnection::wrongPasswordIsAuthenticationFailed()
{
    auto profile = profileFor(m_server);
    profile.password = QStringLiteral("wrong");
    PgConnection connection;
    QSignalSpy failed(&connection, &PgConnection::failed);
    connection.connectToServer(profile);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, stepTimeoutMs);
    const PgError error = errorOf(failed);
    QCOMPARE(error.kind, PgError::Kind::AuthenticationFailed);
    QCOMPARE(error.sqlState, QStringLiteral("28P01"));
    QCOMPARE(error.severity, QStringLiteral("FATAL"));
    QCOMPARE(error.message, QStringLiteral("password authentication failed for user \"postgres\""));
    QVERIFY2(error.toString().startsWith(QLatin1String("FATAL 28P01: password authentication failed")),
             qPrintable(error.toString()));
    QVERIFY(!error.toString().contains(QLatin1String("auth.c"))); // libpq's LOCATION line
    QCOMPARE(connection.state(), PgConnection::State::Disconnected);
}

void TestPgConnection::closedPortIsConnectionRefused()
{
    ConnectionProfile profile;
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = TestServer::freePort();
    profile.user = QStringLiteral("postgres");
    PgConnection connection;
    PgError error;
    QVERIFY(!connection.connectBlocking(profile, &error));
    QCOMPARE(error.kind, PgError::Kind::ConnectionRefused);
    QVERIFY2(error.message.contains(QString::number(profile.port)), qPrintable(error.toString()));
    QCOMPARE(connection.state(), PgConnection::State::Disconnected);
}

void TestPgConnection::silentServerIsConnectTimeout()
{
    // Accepts connections (the kernel does, from the backlog) and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ConnectionProfile profile;
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = silent.serverPort();
    profile.user = QStringLiteral("postgres");

    PgConnection connection;
    connection.setConnectTimeout(300);
    QElapsedTimer clock;
    clock.start();
    PgError error;
    QVERIFY(!connection.connectBlocking(profile, &error));
    QCOMPARE(error.kind, PgError::Kind::ConnectTimeout);
    QVERIFY2(error.message.contains(QString::number(profile.port)), qPrintable(error.message));
    QVERIFY(clock.elapsed() >= earliest300Ms);
    QVERIFY(clock.elapsed() < stepTimeoutMs);
    QCOMPARE(connection.state(), PgConnection::State::Disconnected);
}

void TestPgConnection::syntaxErrorHasSqlStateAndPosition()
{
    const auto connection = connectOrFail();
    QSignalSpy failed(connection.get(), &PgConnection::queryFailed);
    QSignalSpy finished(connection.get(), &PgConnection::finished);
    QVERIFY(connection->execute(QStringLiteral("SELEC 1")));
    QCOMPARE(connection->state(), PgConnection::State::Busy);
    QVERIFY(!connection->execute(QStringLiteral("SELECT 1"))); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeoutMs);
    QCOMPARE(failed.size(), 1);
    const PgError error = errorOf(failed);
    QCOMPARE(error.sqlState, QStringLiteral("42601"));
    QCOMPARE(error.severity, QStringLiteral("ERROR"));
    QCOMPARE(error.position, 1);
    QCOMPARE(error.message, QStringLiteral("syntax error at or near \"SELEC\""));
    QCOMPARE(error.toString(), QStringLiteral("ERROR 42601: syntax error at or near \"SELEC\"\nPosition: 1"));
    // The session survives its statement's error.
    QCOMPARE(connection->state(), PgConnection::State::Ready);
    QCOMPARE(singleResult(connection->runBlocking(QStringLiteral("SELECT 1"))).value(0, 0), QStringLiteral("1"));
}

void TestPgConnection::errorCarriesDetailHintAndContext()
{
    const auto connection = connectOrFail();
    const auto outcome = connection->runBlocking(QStringLiteral(
        "DO $$ BEGIN RAISE EXCEPTION 'boom' USING DETAIL = 'the detail', HINT = 'the hint', "
        "ERRCODE = '22012'; END $$"));
    QVERIFY(!outcome.ok());
    const PgError &error = *outcome.error;
    QCOMPARE(error.sqlState, QStringLiteral("22012"));
    QCOMPARE(error.message, QStringLiteral("boom"));
    QCOMPARE(error.detail, QStringLiteral("the detail"));
    QCOMPARE(error.hint, QStringLiteral("the hint"));
    QVERIFY2(error.context.contains(QLatin1String("PL/pgSQL")), qPrintable(error.context));
    QCOMPARE(error.kind, PgError::Kind::Other);
    QVERIFY(error.toString().contains(QLatin1String("\nDetail: the detail\nHint: the hint\nContext: PL/pgSQL")));
}

void TestPgConnection::batchGivesOneResultPerStatement()
{
    const auto connection = connectOrFail();
    auto outcome = connection->runBlocking(QStringLiteral("SELECT 1; SELECT 2, 3"));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.results.size(), 2);
    QCOMPARE(outcome.results.at(1).row(0), (QStringList{"2", "3"}));

    // A failing statement stops the batch; the results before it still arrive.
    outcome = connection->runBlocking(QStringLiteral("SELECT 1; SELECT 1/0; SELECT 3"));
    QCOMPARE(outcome.results.size(), 1);
    QCOMPARE(outcome.error->sqlState, QStringLiteral("22012"));
}

void TestPgConnection::noticesAreDelivered()
{
    const auto connection = connectOrFail();
    QSignalSpy notices(connection.get(), &PgConnection::notice);
    QSignalSpy finished(connection.get(), &PgConnection::finished);
    QVERIFY(connection->execute(QStringLiteral(
        "DO $$ BEGIN RAISE NOTICE 'hello %', 42; RAISE WARNING 'careful' USING HINT = 'slow down'; END $$")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeoutMs);
    QCOMPARE(notices.size(), 2);
    const auto first = notices.at(0).at(0).value<PgError>();
    const auto second = notices.at(1).at(0).value<PgError>();
    QCOMPARE(first.severity, QStringLiteral("NOTICE"));
    QCOMPARE(first.sqlState, QStringLiteral("00000"));
    QCOMPARE(first.message, QStringLiteral("hello 42"));
    QCOMPARE(second.severity, QStringLiteral("WARNING"));
    QCOMPARE(second.sqlState, QStringLiteral("01000"));
    QCOMPARE(second.hint, QStringLiteral("slow down"));
}

// Citus reports a stopped worker as an ERROR or WARNING with SQLSTATE 08006; that is about
// the coordinator's connection to the worker, not about ours.
void TestPgConnection::workerConnectionErrorsKeepTheSession()
{
    const auto connection = connectOrFail();
    QSignalSpy notices(connection.get(), &PgConnection::notice);
    const auto warned = connection->runBlocking(QStringLiteral(
        "DO $$ BEGIN RAISE WARNING 'connection to the remote node 127.0.0.1:9701 failed' "
        "USING ERRCODE = '08006'; END $$"));
    QVERIFY2(warned.ok(), qPrintable(warned.error ? warned.error->toString() : QString()));
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.at(0).at(0).value<PgError>().sqlState, QStringLiteral("08006"));
    QCOMPARE(connection->state(), PgConnection::State::Ready);

    const auto failed = connection->runBlocking(QStringLiteral(
        "DO $$ BEGIN RAISE EXCEPTION 'connection to the remote node 127.0.0.1:9701 failed' "
        "USING ERRCODE = '08006'; END $$"));
    QVERIFY(failed.error);
    QCOMPARE(failed.error->kind, PgError::Kind::ConnectionLost);
    QCOMPARE(connection->state(), PgConnection::State::Ready);
    QCOMPARE(singleResult(connection->runBlocking(QStringLiteral("SELECT 7"))).value(0, 0), QStringLiteral("7"));
}

void TestPgConnection::cancelStopsALongStatement()
{
    const auto connection = connectOrFail();
    QSignalSpy failed(connection.get(), &PgConnection::queryFailed);
    QSignalSpy finished(connection.get(), &PgConnection::finished);
    QSignalSpy cancelFailed(connection.get(), &PgConnection::cancelFailed);
    QVERIFY(connection->execute(longSleep));
    // A cancel that reaches the server before the statement does is ignored by it.
    QTRY_VERIFY_WITH_TIMEOUT(isRunning(longSleep), stepTimeoutMs);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(connection->cancel());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeoutMs);
    qInfo("cancelled after %lld ms", clock.elapsed());
    QCOMPARE(failed.size(), 1);
    const PgError error = errorOf(failed);
    QCOMPARE(error.sqlState, QStringLiteral("57014"));
    QCOMPARE(error.kind, PgError::Kind::QueryCanceled);
    QVERIFY(cancelFailed.isEmpty());
    QCOMPARE(connection->state(), PgConnection::State::Ready);
    QVERIFY(connection->runBlocking(QStringLiteral("SELECT 1")).ok());
}

void TestPgConnection::statementTimeoutCancels()
{
    const auto connection = connectOrFail();
    connection->setStatementTimeout(300);
    QSignalSpy failed(connection.get(), &PgConnection::queryFailed);
    QSignalSpy finished(connection.get(), &PgConnection::finished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(connection->execute(longSleep));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeoutMs);
    QVERIFY(clock.elapsed() >= earliest300Ms);
    const PgError error = errorOf(failed);
    QCOMPARE(error.kind, PgError::Kind::StatementTimeout);
    QCOMPARE(error.sqlState, QStringLiteral("57014"));
    QVERIFY2(error.message.contains(QLatin1String("300 ms")), qPrintable(error.message));
    QCOMPARE(connection->state(), PgConnection::State::Ready);
    // Quick statements are not affected.
    QVERIFY(connection->runBlocking(QStringLiteral("SELECT 1")).ok());
}

void TestPgConnection::runBlockingTimeoutCancels()
{
    const auto connection = connectOrFail();
    QElapsedTimer clock;
    clock.start();
    const auto outcome = connection->runBlocking(longSleep, {}, 300);
    QVERIFY(clock.elapsed() < stepTimeoutMs);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->kind, PgError::Kind::StatementTimeout);
    QVERIFY(connection->runBlocking(QStringLiteral("SELECT 1")).ok());
}

void TestPgConnection::serverStatementTimeoutIsRecognised()
{
    const auto connection = connectOrFail();
    QVERIFY(connection->runBlocking(QStringLiteral("SET statement_timeout = 200")).ok());
    const auto outcome = connection->runBlocking(longSleep);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->sqlState, QStringLiteral("57014"));
    QCOMPARE(outcome.error->kind, PgError::Kind::StatementTimeout);
}

void TestPgConnection::unansweredCancelClosesTheConnection()
{
    // A stopped backend cannot run the statement nor honour the cancel: like a server
    // behind a network that went silent.
    const auto connection = connectOrFail();
    const auto backend = connection->runBlocking(QStringLiteral("SELECT pg_backend_pid()"));
    const auto pid = singleResult(backend).value(0, 0).toInt();
    QVERIFY(::kill(pid, SIGSTOP) == 0);
    const auto resume = qScopeGuard([pid] { ::kill(pid, SIGCONT); });
    connection->setStatementTimeout(200);
    QSignalSpy queryFailed(connection.get(), &PgConnection::queryFailed);
    QSignalSpy finished(connection.get(), &PgConnection::finished);
    QSignalSpy failed(connection.get(), &PgConnection::failed);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(connection->execute(QStringLiteral("SELECT 1")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, stepTimeoutMs);
    qInfo("given up after %lld ms", clock.elapsed());
    QCOMPARE(queryFailed.size(), 1);
    QCOMPARE(finished.size(), 1);
    const PgError error = errorOf(failed);
    QCOMPARE(error.kind, PgError::Kind::StatementTimeout);
    QVERIFY2(error.message.contains(QLatin1String("connection was closed")), qPrintable(error.message));
    QCOMPARE(errorOf(queryFailed).message, error.message);
    QCOMPARE(connection->state(), PgConnection::State::Disconnected);
}

void TestPgConnection::hostileIdentifierAndValuesStayData()
{
    const auto connection = connectOrFail();
    QVERIFY(connection->runBlocking(QStringLiteral("CREATE TABLE y (id int)")).ok());
    const QString name = QStringLiteral("x\"; DROP TABLE y; --");
    const QString table = connection->quoteIdentifier(name);
    QCOMPARE(table, QStringLiteral("\"x\"\"; DROP TABLE y; --\""));

    auto outcome = connection->runBlocking(
        QStringLiteral("CREATE TABLE %1 (id int, label text, raw bytea)").arg(table));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error->toString()));
    const QString hostileValue = QStringLiteral("'); DROP TABLE y; --");
    outcome = connection->runBlocking(QStringLiteral("INSERT INTO %1 VALUES ($1, $2, $3), ($4, $5, $6)").arg(table),
                                      {1, hostileValue, QByteArray("\\x00ff"), 2, QVariant(), QVariant()});
    QVERIFY2(outcome.ok(), qPrintable(outcome.error->toString()));
    QCOMPARE(singleResult(outcome).rowsAffected(), 2);

    const auto rows = singleResult(connection->runBlocking(
        QStringLiteral("SELECT id, label, raw, label IS NULL FROM %1 ORDER BY id").arg(table)));
    QCOMPARE(rows.rowCount(), 2);
    QCOMPARE(rows.row(0), (QStringList{"1", hostileValue, "\\x00ff", "f"}));
    QVERIFY(rows.isNull(1, 1));
    QCOMPARE(rows.value(1, 3), QStringLiteral("t"));

    // Both tables are there, under their exact names.
    const auto tables = singleResult(connection->runBlocking(
        QStringLiteral("SELECT count(*) FROM pg_class WHERE relname IN ($1, 'y')"), {name}));
    QCOMPARE(tables.value(0, 0), QStringLiteral("2"));
}

void TestPgConnection::copyOutputIsDiscarded()
{
    const auto connection = connectOrFail();
    const auto result = singleResult(connection->runBlocking(
        QStringLiteral("COPY (SELECT generate_series(1, 5000)) TO STDOUT")));
    QCOMPARE(result.commandTag(), QStringLiteral("COPY 5000"));
    QCOMPARE(result.rowsAffected(), 5000);
}

void TestPgConnection::copyInputWithoutSourceFails()
{
    const auto connection = connectOrFail();
    QVERIFY(connection->runBlocking(QStringLiteral("CREATE TEMP TABLE t (id int)")).ok());
    const auto outcome = connection->runBlocking(QStringLiteral("COPY t FROM STDIN"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->sqlState, QStringLiteral("57014"));
    QVERIFY(connection->runBlocking(QStringLiteral("SELECT 1")).ok());
}

void TestPgConnection::cancelWhenIdleDoesNothing()
{
    const auto connection = connectOrFail();
    QVERIFY(!connection->cancel());
    PgConnection disconnected;
    QVERIFY(!disconnected.cancel());
    QVERIFY(disconnected.quoteIdentifier(QStringLiteral("x")).isEmpty());
    QVERIFY(!disconnected.execute(QStringLiteral("SELECT 1")));
    const auto outcome = disconnected.runBlocking(QStringLiteral("SELECT 1"));
    QVERIFY(!outcome.ok());
}

void TestPgConnection::serverStoppedWhileIdle()
{
    const auto connection = connectOrFail();
    QSignalSpy failed(connection.get(), &PgConnection::failed);
    QSignalSpy finished(connection.get(), &PgConnection::finished);
    QVERIFY(m_server.stop());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, stepTimeoutMs);
    const PgError error = errorOf(failed);
    QCOMPARE(error.kind, PgError::Kind::ServerShutdown);
    QCOMPARE(error.sqlState, QStringLiteral("57P01"));
    QVERIFY2(error.message.contains(QLatin1String("terminating connection")), qPrintable(error.message));
    QCOMPARE(connection->state(), PgConnection::State::Disconnected);
    QVERIFY(finished.isEmpty());
    QVERIFY(!connection->execute(QStringLiteral("SELECT 1")));
    QVERIFY(m_server.start());
}

void TestPgConnection::serverStoppedMidStatement()
{
    const auto connection = connectOrFail();
    QSignalSpy queryFailed(connection.get(), &PgConnection::queryFailed);
    QSignalSpy finished(connection.get(), &PgConnection::finished);
    QSignalSpy failed(connection.get(), &PgConnection::failed);
    QVERIFY(connection->execute(longSleep));
    QTRY_VERIFY_WITH_TIMEOUT(isRunning(longSleep), stepTimeoutMs);
    QVERIFY(m_server.stop());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, stepTimeoutMs);
    QCOMPARE(queryFailed.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(errorOf(queryFailed).kind, PgError::Kind::ServerShutdown);
    QCOMPARE(errorOf(queryFailed).sqlState, QStringLiteral("57P01"));
    QCOMPARE(errorOf(failed).kind, PgError::Kind::ServerShutdown);
    QCOMPARE(connection->state(), PgConnection::State::Disconnected);
    QVERIFY(m_server.start());
}

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_PgConnection.moc"
