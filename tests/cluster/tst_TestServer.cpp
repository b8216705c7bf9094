// The throwaway server of the tests (tests/common/TestServer.h) itself: it loads no
// library, whatever the machine's postgresql.conf.sample preloads, and it leaves nothing
// behind however its test process ends. A child process (this program, run with
// childArgument) starts one and dies as ctest's TIMEOUT (SIGKILL), a terminal's Ctrl-C
// (SIGINT) or qFatal (abort) would have it; within a bound the server's port stops
// answering and its directory is gone.

#include "PgConnection.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>
#include <QTest>

#include <csignal>
#include <cstdio>

namespace {

const char childArgument[] = "--start-server-and-die";
// initdb and the first start take seconds; many more on a loaded 2-core machine.
constexpr int startBoundMs = 90000;
// The watcher polls every half second, then stops the server and removes its files.
constexpr int cleanupBoundMs = 20000;

// The child: starts a server, says where ("port directory" on one line), then dies as asked.
int runChild(const QByteArray &how)
{
    TestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return server.unavailable() ? 77 : 1;
    }
    std::printf("%d %s\n", server.port(), qPrintable(server.directory()));
    std::fflush(stdout);
    if (how == "qFatal")
        qFatal("dying as a failed test does");
    // Killed by the parent meanwhile; the bound only keeps a lost child from living on.
    for (int second = 0; second < 120; ++second)
        QThread::sleep(1);
    return 1;
}

bool answers(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    return socket.waitForConnected(2000);
}

} // namespace

class TestTestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsNoLibrary();
    void leavesNothingWhenItsProcessDies_data();
    void leavesNothingWhenItsProcessDies();

private:
    TestServer m_server;
};

void TestTestServer::initTestCase()
{
    SHARDSCOPE_START_TEST_SERVER(m_server);
}

void TestTestServer::loadsNoLibrary()
{
    shardscope::ConnectionProfile profile;
    profile.dsn = m_server.dsn();
    profile.password = m_server.password();
    shardscope::PgConnection connection;
    shardscope::PgError error;
    QVERIFY2(connection.connectBlocking(profile, &error), qPrintable(error.toString()));
    const auto outcome = connection.runBlocking(QStringLiteral("SHOW shared_preload_libraries"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error->toString()));
    QCOMPARE(outcome.results.constFirst().value(0, 0), QString());
}

void TestTestServer::leavesNothingWhenItsProcessDies_data()
{
    QTest::addColumn<QByteArray>("how");
    QTest::newRow("SIGKILL, as ctest's TIMEOUT") << QByteArray("SIGKILL");
    QTest::newRow("SIGINT, as Ctrl-C") << QByteArray("SIGINT");
    QTest::newRow("qFatal") << QByteArray("qFatal");
}

void TestTestServer::leavesNothingWhenItsProcessDies()
{
    QFETCH(QByteArray, how);
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QLatin1String(childArgument), QString::fromLatin1(how)});
    QVERIFY2(QTest::qWaitFor([&child] { return child.canReadLine() || child.state() == QProcess::NotRunning; },
                             startBoundMs),
             "the child did not start its server in time");
    const QStringList started = QString::fromLocal8Bit(child.readLine()).trimmed().split(QLatin1Char(' '));
    QVERIFY2(started.size() == 2, qPrintable(QStringLiteral("the child did not start its server: %1")
                                                 .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
    const int port = started.at(0).toInt();
    const QString directory = started.at(1);
    QVERIFY2(answers(port), "the child's server does not answer");
    QVERIFY(QFileInfo(directory).isDir());

    if (how != "qFatal")
        ::kill(pid_t(child.processId()), how == "SIGKILL" ? SIGKILL : SIGINT);
    // Reaped here: a zombie would still count as alive for the watcher.
    QVERIFY2(child.state() == QProcess::NotRunning || child.waitForFinished(10000), "the child did not die");
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QVERIFY2(QTest::qWaitFor([port] { return !answers(port); }, cleanupBoundMs),
             qPrintable(QStringLiteral("the server on port %1 still answers %2 s after its test died")
                            .arg(port)
                            .arg(cleanupBoundMs / 1000)));
    QVERIFY2(QTest::qWaitFor([&directory] { return !QFileInfo::exists(directory); }, cleanupBoundMs),
             qPrintable(QStringLiteral("%1 is still there %2 s after its test died").arg(directory).arg(cleanupBoundMs / 1000)));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], childArgument) == 0)
        return runChild(argv[2]);
    TestTestServer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_TestServer.moc"
