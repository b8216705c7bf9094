// COPY ... FROM STDIN through PgConnection::copyIn() against a real, throwaway server: a
// million rows, cancel and timeout in the middle, a bad row, and values that need escaping.

#include "CopyTextFormat.h"
#include "PgConnection.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace shardscope;

namespace {

constexpr int stepTimeoutMs = 10000;

// Rows "i<TAB>row i" for i in [1, count]; count < 0 never ends.
CopyRowSource numberedRows(qint64 count)
{
    return [count, next = qint64(1)](QByteArray &buffer) mutable {
        if (count >= 0 && next > count)
            return false;
        const QByteArray number = QByteArray::number(next++);
        buffer += number;
        buffer += "\trow ";
        buffer += number;
        buffer += '\n';
        return true;
    };
}

PgError errorOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? PgError() : spy.first().first().value<PgError>();
}

} // namespace

class TestCopyIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void copiesAMillionRows();
    void cancelStopsTheCopy();
    void timeoutStopsTheCopy();
    void badRowFailsTheCopy();
    void escapedValuesRoundTrip();
    void copyInNeedsAReadyConnection();
    void serverStoppedMidCopy();

private:
    QString count();

    TestServer m_server;
    std::unique_ptr<PgConnection> m_connection;
};

QString TestCopyIn::count()
{
    const auto outcome = m_connection->runBlocking(QStringLiteral("SELECT count(*) FROM items"));
    return outcome.ok() ? outcome.results.first().value(0, 0) : outcome.error->toString();
}

void TestCopyIn::initTestCase()
{
    SHARDSCOPE_START_TEST_SERVER(m_server);
}

void TestCopyIn::init()
{
    m_connection = std::make_unique<PgConnection>();
    ConnectionProfile profile;
    profile.dsn = m_server.dsn();
    profile.password = m_server.password();
    PgError error;
    QVERIFY2(m_connection->connectBlocking(profile, &error), qPrintable(error.toString()));
    const auto outcome = m_connection->runBlocking(
        QStringLiteral("DROP TABLE IF EXISTS items; CREATE UNLOGGED TABLE items (id bigint, label text)"));
    QVERIFY(outcome.ok());
}

void TestCopyIn::copiesAMillionRows()
{
    const qint64 rows = 1000000;
    QSignalSpy progress(m_connection.get(), &PgConnection::copyProgress);
    QSignalSpy results(m_connection.get(), &PgConnection::resultReady);
    QSignalSpy failed(m_connection.get(), &PgConnection::queryFailed);
    QSignalSpy finished(m_connection.get(), &PgConnection::finished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_connection->copyIn(QStringLiteral("COPY items (id, label) FROM STDIN"), numberedRows(rows)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    qInfo("%lld rows copied in %lld ms, %lld progress signals", rows, clock.elapsed(), qint64(progress.size()));
    QVERIFY2(failed.isEmpty(), qPrintable(errorOf(failed).toString()));
    QCOMPARE(results.size(), 1);
    const auto result = results.first().first().value<PgResult>();
    QCOMPARE(result.commandTag(), QStringLiteral("COPY 1000000"));
    QCOMPARE(result.rowsAffected(), rows);
    // Sent in chunks, not in one go. Progress is told at most so often in time, so a fast
    // machine hears it fewer times: more than once is the point.
    QVERIFY(progress.size() > 1);
    QCOMPARE(progress.last().first().toLongLong(), rows);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).first().toLongLong() > progress.at(i - 1).first().toLongLong());
    QCOMPARE(count(), QStringLiteral("1000000"));
    const auto last = m_connection->runBlocking(QStringLiteral("SELECT label FROM items WHERE id = $1"), {rows});
    QCOMPARE(last.results.first().value(0, 0), QStringLiteral("row 1000000"));
}

void TestCopyIn::cancelStopsTheCopy()
{
    QSignalSpy failed(m_connection.get(), &PgConnection::queryFailed);
    QSignalSpy finished(m_connection.get(), &PgConnection::finished);
    // The source never ends: only the cancel can stop the COPY.
    connect(m_connection.get(), &PgConnection::copyProgress, this, [this](qint64 sent) {
        if (sent > 100000)
            m_connection->cancel();
    });
    QVERIFY(m_connection->copyIn(QStringLiteral("COPY items FROM STDIN"), numberedRows(-1)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeoutMs);
    const PgError error = errorOf(failed);
    QCOMPARE(error.kind, PgError::Kind::QueryCanceled);
    QCOMPARE(error.sqlState, QStringLiteral("57014"));
    QVERIFY2(error.message.contains(QLatin1String("cancelled by the user")), qPrintable(error.message));
    QCOMPARE(m_connection->state(), PgConnection::State::Ready);
    QCOMPARE(count(), QStringLiteral("0"));
}

void TestCopyIn::timeoutStopsTheCopy()
{
    m_connection->setStatementTimeout(300);
    QSignalSpy failed(m_connection.get(), &PgConnection::queryFailed);
    QSignalSpy finished(m_connection.get(), &PgConnection::finished);
    QVERIFY(m_connection->copyIn(QStringLiteral("COPY items FROM STDIN"), numberedRows(-1)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeoutMs);
    QCOMPARE(errorOf(failed).kind, PgError::Kind::StatementTimeout);
    QCOMPARE(errorOf(failed).sqlState, QStringLiteral("57014"));
    m_connection->setStatementTimeout(0);
    QCOMPARE(count(), QStringLiteral("0"));
}

void TestCopyIn::badRowFailsTheCopy()
{
    QSignalSpy failed(m_connection.get(), &PgConnection::queryFailed);
    QSignalSpy finished(m_connection.get(), &PgConnection::finished);
    auto rows = numberedRows(1000);
    qint64 produced = 0;
    QVERIFY(m_connection->copyIn(QStringLiteral("COPY items FROM STDIN"), [&](QByteArray &buffer) {
        if (++produced == 500) {
            buffer += "five hundred\tbad\n";
            return true;
        }
        return rows(buffer);
    }));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeoutMs);
    const PgError error = errorOf(failed);
    QCOMPARE(error.sqlState, QStringLiteral("22P02")); // invalid_text_representation
    QVERIFY2(error.context.contains(QLatin1String("line 500")), qPrintable(error.toString()));
    QCOMPARE(m_connection->state(), PgConnection::State::Ready);
    QCOMPARE(count(), QStringLiteral("0"));
}

void TestCopyIn::escapedValuesRoundTrip()
{
    const QList<QVariantList> rows = {
        {1, QStringLiteral("tab\there")},
        {2, QStringLiteral("new\nline and \r return")},
        {3, QStringLiteral("back\\slash \\N not null")},
        {4, QVariant()},
        {5, QString()},
        {6, QStringLiteral("ünïcödé ✓")},
    };
    qsizetype next = 0;
    QVERIFY(m_connection->copyIn(QStringLiteral("COPY items FROM STDIN"), [&](QByteArray &buffer) {
        if (next == rows.size())
            return false;
        CopyTextFormat::appendRow(buffer, rows.at(next++));
        return true;
    }));
    QSignalSpy finished(m_connection.get(), &PgConnection::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeoutMs);
    const auto outcome = m_connection->runBlocking(QStringLiteral("SELECT id, label FROM items ORDER BY id"));
    QVERIFY(outcome.ok());
    const PgResult &result = outcome.results.first();
    QCOMPARE(result.rowCount(), int(rows.size()));
    for (int r = 0; r < result.rowCount(); ++r) {
        const QVariant expected = rows.at(r).at(1);
        QCOMPARE(result.isNull(r, 1), expected.isNull());
        QCOMPARE(result.value(r, 1), expected.toString());
    }
}

void TestCopyIn::copyInNeedsAReadyConnection()
{
    QVERIFY(m_connection->execute(QStringLiteral("SELECT 1")));
    QVERIFY(!m_connection->copyIn(QStringLiteral("COPY items FROM STDIN"), numberedRows(1)));
    QSignalSpy finished(m_connection.get(), &PgConnection::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeoutMs);
    // A statement that turns out not to be a COPY FROM STDIN just runs.
    QSignalSpy results(m_connection.get(), &PgConnection::resultReady);
    QVERIFY(m_connection->copyIn(QStringLiteral("SELECT 1"), numberedRows(1)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, stepTimeoutMs);
    QCOMPARE(results.size(), 1);
}

void TestCopyIn::serverStoppedMidCopy()
{
    QSignalSpy progress(m_connection.get(), &PgConnection::copyProgress);
    QSignalSpy queryFailed(m_connection.get(), &PgConnection::queryFailed);
    QSignalSpy finished(m_connection.get(), &PgConnection::finished);
    QSignalSpy failed(m_connection.get(), &PgConnection::failed);
    QVERIFY(m_connection->copyIn(QStringLiteral("COPY items FROM STDIN"), numberedRows(-1)));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), stepTimeoutMs);
    QVERIFY(m_server.stop());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, stepTimeoutMs);
    QCOMPARE(queryFailed.size(), 1);
    QCOMPARE(finished.size(), 1);
    const auto kind = errorOf(failed).kind;
    QVERIFY(kind == PgError::Kind::ConnectionLost || kind == PgError::Kind::ServerShutdown);
    QCOMPARE(m_connection->state(), PgConnection::State::Disconnected);
    QVERIFY(m_server.start());
}

QTEST_GUILESS_MAIN(TestCopyIn)
#include "tst_CopyIn.moc"
