// What Docker Compose v1 and v2 print when they fail, as captured from the real tools,
// the kind of failure each is taken for, and the one line that says why (data/README.md
// says how the files in data/ were captured).

#include "ComposeOutputClassifier.h"

#include <QFile>
#include <QTest>

using namespace shardscope;

class TestComposeOutputClassifier : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data();
    void kinds();
    void portNamedByDocker();
    void otherFailuresQuoteTheLastLine();
    void signalEndedTheTool();
    void realOutputComesDownToOneLine_data();
    void realOutputComesDownToOneLine();
};

void TestComposeOutputClassifier::kinds_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("kind");
    using Kind = LaunchError::Kind;
    QTest::newRow("v2 daemon down")
        << "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"
        << int(Kind::DaemonNotRunning);
    QTest::newRow("v1 daemon down")
        << "Traceback (most recent call last):\n  File \"/usr/bin/docker-compose\", line 33, in <module>\n"
           "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', "
           "FileNotFoundError(2, 'No such file or directory'))"
        << int(Kind::DaemonNotRunning);
    QTest::newRow("v1 daemon down, old message")
        << "ERROR: Couldn't connect to Docker daemon at http+docker://localhost - is it running?"
        << int(Kind::DaemonNotRunning);
    QTest::newRow("v2 permission denied")
        << "permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: "
           "Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.47/containers/json\": dial unix /var/run/docker.sock: "
           "connect: permission denied"
        << int(Kind::DockerPermissionDenied);
    QTest::newRow("v1 permission denied")
        << "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', "
           "PermissionError(13, 'Permission denied'))"
        << int(Kind::DockerPermissionDenied);
    QTest::newRow("v2 port taken by a container")
        << " Container postgres_sharding-coordinator-1  Starting\nError response from daemon: driver failed "
           "programming external connectivity on endpoint postgres_sharding-coordinator-1 (5d1c): Bind for "
           "127.0.0.1:5432 failed: port is already allocated"
        << int(Kind::PortInUse);
    QTest::newRow("port taken by a host process")
        << "Error response from daemon: driver failed programming external connectivity on endpoint "
           "postgres_sharding-coordinator-1 (5d1c): failed to bind port 127.0.0.1:5432/tcp: Error starting "
           "userland proxy: listen tcp4 127.0.0.1:5432: bind: address already in use"
        << int(Kind::PortInUse);
    QTest::newRow("manifest unknown")
        << "Error response from daemon: manifest for citusdata/citus:99-pg15 not found: manifest unknown: manifest unknown"
        << int(Kind::ImagePullFailed);
    QTest::newRow("v1 pull access denied")
        << "Pulling coordinator (citusdata/citus-nope:13.2.0-pg15)...\nERROR: pull access denied for "
           "citusdata/citus-nope, repository does not exist or may require 'docker login': denied: requested "
           "access to the resource is denied"
        << int(Kind::ImagePullFailed);
    QTest::newRow("no network")
        << " coordinator Error Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on "
           "127.0.0.53:53: no such host\nError response from daemon: Get \"https://registry-1.docker.io/v2/\": "
           "dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host"
        << int(Kind::ImagePullFailed);
    QTest::newRow("registry timeout")
        << "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while "
           "waiting for connection (Client.Timeout exceeded while awaiting headers)"
        << int(Kind::ImagePullFailed);
    QTest::newRow("rate limited")
        << "Error response from daemon: toomanyrequests: You have reached your pull rate limit."
        << int(Kind::ImagePullFailed);
    QTest::newRow("tag not found")
        << "Error response from daemon: failed to resolve reference \"docker.io/citusdata/citus:nope\": "
           "docker.io/citusdata/citus:nope: not found"
        << int(Kind::ImagePullFailed);
    QTest::newRow("invalid compose file")
        << "services.coordinator.ports contains an invalid type, it should be an array" << int(Kind::Failed);
    QTest::newRow("unhealthy")
        << " Container postgres_sharding-worker1-1  Waiting\ndependency failed to start: container "
           "postgres_sharding-worker1-1 is unhealthy"
        << int(Kind::Failed);
}

void TestComposeOutputClassifier::kinds()
{
    QFETCH(QString, output);
    QFETCH(int, kind);
    const QStringList lines = output.split(QLatin1Char('\n'));
    const LaunchError error = ComposeOutputClassifier::classify(lines, 1, 5432);
    QCOMPARE(int(error.kind), kind);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.log, output);
}

void TestComposeOutputClassifier::portNamedByDocker()
{
    const LaunchError allocated = ComposeOutputClassifier::classify(
        {QStringLiteral("Error response from daemon: ... Bind for 127.0.0.1:15433 failed: port is already allocated")}, 1, 5432);
    QVERIFY2(allocated.message.startsWith(QStringLiteral("Port 15433 on 127.0.0.1")), qPrintable(allocated.message));
    const LaunchError inUse = ComposeOutputClassifier::classify(
        {QStringLiteral("Error starting userland proxy: listen tcp4 127.0.0.1:6543: bind: address already in use")}, 1, 5432);
    QVERIFY(inUse.message.startsWith(QStringLiteral("Port 6543 ")));
    const LaunchError unnamed = ComposeOutputClassifier::classify({QStringLiteral("address already in use")}, 1, 5444);
    QVERIFY(unnamed.message.startsWith(QStringLiteral("Port 5444 ")));
}

void TestComposeOutputClassifier::otherFailuresQuoteTheLastLine()
{
    const LaunchError error = ComposeOutputClassifier::classify(
        {QStringLiteral("something"), QStringLiteral("dependency failed to start: container x is unhealthy"), QString()},
        1, 5432);
    QCOMPARE(error.message,
             QStringLiteral("Docker Compose failed with exit status 1: dependency failed to start: container x is unhealthy"));
    QCOMPARE(ComposeOutputClassifier::classify({}, 3, 5432).message, QStringLiteral("Docker Compose failed with exit status 3."));
}

void TestComposeOutputClassifier::signalEndedTheTool()
{
    const LaunchError error = ComposeOutputClassifier::classify({QStringLiteral(" worker1 Pulling")}, -1, 5432);
    QCOMPARE(error.kind, LaunchError::Kind::Failed);
    QCOMPARE(error.message, QStringLiteral("Docker Compose was stopped by a signal."));
}

void TestComposeOutputClassifier::realOutputComesDownToOneLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cause");
    QTest::newRow("v1, no daemon") << "compose-v1-daemon-down.txt"
                                   << "docker.errors.DockerException: Error while fetching server API version: "
                                      "('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))";
    QTest::newRow("v1, daemon unreachable")
        << "compose-v1-daemon-unreachable.txt"
        << "docker.errors.DockerException: Error while fetching server API version: "
           "HTTPConnectionPool(host='127.0.0.1', port=1): Max retries exceeded with url: /version (Caused by "
           "NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f720dd01410>: Failed to establish a "
           "new connection: [Errno 111] Connection refused'))";
    QTest::newRow("v2, no daemon")
        << "docker-v2-daemon-down.txt"
        << "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?";
    QTest::newRow("v2, daemon unreachable") << "docker-v2-daemon-unreachable.txt"
                                            << "Cannot connect to the Docker daemon at tcp://127.0.0.1:1. Is the "
                                               "docker daemon running?";
}

// A hundred lines of traceback come down to the exception that ended it; the whole output
// stays in the log, for Details and --verbose.
void TestComposeOutputClassifier::realOutputComesDownToOneLine()
{
    QFETCH(QString, file);
    QFETCH(QString, cause);
    QFile captured(QStringLiteral(SHARDSCOPE_TEST_DATA_DIR "/") + file);
    QVERIFY2(captured.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(captured.fileName()));
    const QString text = QString::fromUtf8(captured.readAll());
    const QStringList output = text.split(QLatin1Char('\n'));
    const LaunchError error = ComposeOutputClassifier::classify(output, 1, 5432);
    QCOMPARE(error.kind, LaunchError::Kind::DaemonNotRunning);
    QCOMPARE(error.cause, cause);
    QVERIFY(!error.cause.contains(QLatin1Char('\n')));
    QCOMPARE(error.log, output.join(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestComposeOutputClassifier)
#include "tst_ComposeOutputClassifier.moc"
