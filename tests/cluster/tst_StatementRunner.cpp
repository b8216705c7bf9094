// Statements of several runners on one shared connection, as the wizard's pages send them,
// against a real, throwaway server: the one that finds the connection busy waits its turn
// (it used to fail with "another statement is running"), and a waiting one can be cancelled
// without touching the statement that runs.

#include "PgConnection.h"
#include "StatementRunner.h"
#include "TestServer.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace shardscope;

namespace {

constexpr int patience = 20000;

} // namespace

class TestStatementRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void secondStatementWaitsItsTurn();
    void cancelledWhileWaiting();
    void waitingStatementHearsOfALostConnection();

private:
    TestServer m_server;
    std::unique_ptr<PgConnection> m_connection;
};

void TestStatementRunner::initTestCase()
{
    SHARDSCOPE_START_TEST_SERVER(m_server);
}

void TestStatementRunner::init()
{
    m_connection = std::make_unique<PgConnection>();
    ConnectionProfile profile;
    profile.dsn = m_server.dsn();
    profile.password = m_server.password();
    PgError error;
    QVERIFY2(m_connection->connectBlocking(profile, &error), qPrintable(error.toString()));
}

void TestStatementRunner::secondStatementWaitsItsTurn()
{
    StatementRunner first(m_connection.get());
    StatementRunner second(m_connection.get());
    QStringList order;
    std::optional<StatementRunner::Reply> firstReply, secondReply;
    first.run(QStringLiteral("SELECT 'first' FROM pg_sleep(0.3)"), {}, [&](const StatementRunner::Reply &reply) {
        order << QStringLiteral("first");
        firstReply = reply;
    });
    second.run(QStringLiteral("SELECT $1::text"), {QStringLiteral("second")}, [&](const StatementRunner::Reply &reply) {
        order << QStringLiteral("second");
        secondReply = reply;
    });
    QVERIFY(second.isBusy()); // waiting counts as busy: its page shows it
    QTRY_VERIFY2_WITH_TIMEOUT(secondReply.has_value(), "the second statement never ran", patience);
    QVERIFY(firstReply.has_value());
    QVERIFY2(firstReply->ok(), qPrintable(firstReply->error->toString()));
    QVERIFY2(secondReply->ok(), qPrintable(secondReply->error->toString()));
    QCOMPARE(order, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    // Each runner got its own results, none of the other's.
    QCOMPARE(firstReply->results.size(), 1);
    QCOMPARE(firstReply->results.first().value(0, 0), QStringLiteral("first"));
    QCOMPARE(secondReply->results.size(), 1);
    QCOMPARE(secondReply->results.first().value(0, 0), QStringLiteral("second"));
}

void TestStatementRunner::cancelledWhileWaiting()
{
    StatementRunner first(m_connection.get());
    StatementRunner second(m_connection.get());
    std::optional<StatementRunner::Reply> firstReply, secondReply;
    first.run(QStringLiteral("SELECT 1 FROM pg_sleep(0.3)"), {},
              [&](const StatementRunner::Reply &reply) { firstReply = reply; });
    second.run(QStringLiteral("SELECT 2"), {}, [&](const StatementRunner::Reply &reply) { secondReply = reply; });
    QVERIFY(second.cancel());
    QTRY_VERIFY2_WITH_TIMEOUT(secondReply.has_value() && firstReply.has_value(), "a statement never ended", patience);
    QVERIFY(secondReply->error);
    QCOMPARE(secondReply->error->kind, PgError::Kind::QueryCanceled);
    QVERIFY2(firstReply->ok(), "cancelling the waiting statement cancelled the running one");
    QVERIFY(!second.isBusy());
    // The connection is free for what comes next.
    QVERIFY(m_connection->runBlocking(QStringLiteral("SELECT 3")).ok());
}

void TestStatementRunner::waitingStatementHearsOfALostConnection()
{
    StatementRunner first(m_connection.get());
    StatementRunner second(m_connection.get());
    std::optional<StatementRunner::Reply> secondReply;
    first.run(QStringLiteral("SELECT pg_sleep(5)"), {}, [](const StatementRunner::Reply &) {});
    second.run(QStringLiteral("SELECT 2"), {}, [&](const StatementRunner::Reply &reply) { secondReply = reply; });
    m_connection->disconnectFromServer();
    QTRY_VERIFY2_WITH_TIMEOUT(secondReply.has_value(), "the waiting statement never heard back", patience);
    QVERIFY(secondReply->error);
}

QTEST_GUILESS_MAIN(TestStatementRunner)
#include "tst_StatementRunner.moc"
