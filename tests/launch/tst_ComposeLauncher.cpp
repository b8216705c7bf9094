// ComposeLauncher against the stand-in docker (fake/docker): the command lines it runs,
// the progress it reports, each kind of failure told apart, cancelling, the timeout and
// the .env it writes. The readiness check talks to a real PostgreSQL server with a stub
// of Citus's SQL interface (StubCitus.h), standing in for the coordinator container:
// the program needs PostgreSQL's server programs, and skips as a whole without them.

#include "ComposeLauncher.h"
#include "ComposeProject.h"
#include "FakeDocker.h"
#include "LauncherSpy.h"
#include "PassFile.h"
#include "StubCitus.h"
#include "TestServer.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace shardscope;

namespace {

int mode(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

void writeEnv(const QString &path, const QString &password)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
    file.write("# mine\nPOSTGRES_PASSWORD=\"" + password.toUtf8() + "\"\nCOMPOSE_PROFILES=workers-5\n");
}

} // namespace

class TestComposeLauncher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void upWaitsForEveryWorker();
    void upWithComposeVersionOne();
    void failuresAreToldApart_data();
    void failuresAreToldApart();
    void dockerMissing();
    void composePluginMissing();
    void timeoutStopsTheTools();
    void cancelMidRun();
    void cancelKillsWhatIgnoresTerm();
    void envFileWrittenOnceAndKept();
    void usersEnvFileIsUsed();
    void imageReachesCompose_data();
    void imageReachesCompose();
    void workersNotRegisteredInTime();
    void coordinatorWithoutCitus();
    void statusOfARunningCluster();
    void statusWhenStopped();
    void statusWhenDaemonDown();
    void downRemovesEverything();
    void stopWorkerStopsItsContainerOnly();
    void invalidSettings_data();
    void invalidSettings();
    void oneOperationAtATime();

private:
    // A coordinator stand-in with the workers of a cluster of `workers` registered.
    bool startCoordinator(int workers);

    TestServer m_server;
    QTemporaryDir m_composeDir;
};

void TestComposeLauncher::initTestCase()
{
    QVERIFY(m_composeDir.isValid());
    SHARDSCOPE_START_TEST_SERVER(m_server);
    const QString error = stubcitus::install(m_server);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

bool TestComposeLauncher::startCoordinator(int workers)
{
    QString sql = QStringLiteral("TRUNCATE pg_dist_node, stub_unreachable; "
                                 "SELECT citus_set_coordinator_host('coordinator', 5432);");
    for (int i = 1; i <= workers; ++i)
        sql += QStringLiteral("SELECT citus_add_node('worker%1', 5432);").arg(i);
    return stubcitus::run(m_server, sql).isEmpty();
}

#define REQUIRE_COORDINATOR(workers)                                                                                  \
    QVERIFY2(startCoordinator(workers), "the stand-in coordinator could not be set up")

void TestComposeLauncher::upWaitsForEveryWorker()
{
    REQUIRE_COORDINATOR(2);
    QTemporaryDir dir;
    writeEnv(dir.filePath(QStringLiteral(".env")), m_server.password());
    FakeDocker docker;
    ComposeLauncher launcher(ComposeProject(dir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.up(2, m_server.port());
    QVERIFY(spy.waitForEnd());
    QVERIFY2(spy.endpoint, spy.why());

    QCOMPARE(spy.endpoint->dsn, ClusterEndpoint::loopbackDsn(m_server.port(), dir.filePath(QStringLiteral("pgpass"))));
    QCOMPARE(spy.endpoint->password, m_server.password());
    QCOMPARE(spy.endpoint->workers.size(), 2);
    QCOMPARE(spy.endpoint->workers.at(1).address().toString(), QStringLiteral("worker2:5432"));
    QVERIFY(spy.endpoint->workers.at(1).reachable);

    const QStringList calls = docker.composeCalls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0), QStringLiteral("docker compose version"));
    QCOMPARE(calls.at(1), QStringLiteral("docker compose --ansi never -f %1/docker-compose.yml --env-file %1/.env "
                                         "-p postgres_sharding --profile workers-2 up -d")
                              .arg(dir.path()));

    // Every step, in order, to the end; each container's events on the way.
    QVERIFY(spy.progress.size() > 10);
    const int total = spy.progress.constFirst().total;
    QCOMPARE(total, 13); // image; 3 servers x created, started, healthy; registration x 2; registered
    for (qsizetype i = 1; i < spy.progress.size(); ++i) {
        QCOMPARE(spy.progress.at(i).total, total);
        QVERIFY(spy.progress.at(i).step >= spy.progress.at(i - 1).step);
    }
    QCOMPARE(spy.progress.constLast().step, total);
    QStringList labels;
    for (const auto &progress : spy.progress)
        labels << progress.label;
    QVERIFY(labels.contains(QStringLiteral("Downloading the Citus image (the first time takes a few minutes)")));
    QVERIFY(labels.contains(QStringLiteral("Waiting for worker2 to accept connections")));
    QVERIFY(labels.contains(QStringLiteral("worker2 accepts connections")));
    QVERIFY(labels.contains(QStringLiteral("Registering the workers with the coordinator")));
    QCOMPARE(labels.constLast(), QStringLiteral("Cluster ready"));
    // The raw log holds the command and what Compose said.
    QVERIFY(spy.log.constFirst().startsWith(QStringLiteral("$ ")));
    QVERIFY(spy.log.contains(QStringLiteral(" Container postgres_sharding-worker2-1  Healthy")));
}

void TestComposeLauncher::upWithComposeVersionOne()
{
    REQUIRE_COORDINATOR(3);
    QTemporaryDir dir;
    writeEnv(dir.filePath(QStringLiteral(".env")), m_server.password());
    // The docker CLI is there, without its Compose plugin: docker-compose takes over.
    FakeDocker docker(QStringLiteral("no-plugin"), FakeDocker::Docker | FakeDocker::DockerCompose);
    ComposeLauncher launcher(ComposeProject(dir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.up(3, m_server.port());
    QVERIFY(spy.waitForEnd());
    QVERIFY2(spy.endpoint, spy.why());
    QCOMPARE(spy.endpoint->workers.size(), 3);
    QCOMPARE(docker.composeCalls().value(1), QStringLiteral("docker-compose --ansi never -f %1/docker-compose.yml --env-file "
                                                     "%1/.env -p postgres_sharding --profile workers-3 up -d")
                                          .arg(dir.path()));
    // v1 says "Creating ... done" and never "healthy": the steps still add up.
    QVERIFY(std::any_of(spy.progress.cbegin(), spy.progress.cend(),
                        [](const auto &progress) { return progress.label == QLatin1String("worker3 started"); }));
    QCOMPARE(spy.progress.constLast().step, spy.progress.constLast().total);
}

void TestComposeLauncher::failuresAreToldApart_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("tools");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("logged");
    using Kind = LaunchError::Kind;
    const int v2 = FakeDocker::Docker;
    const int v1 = FakeDocker::DockerCompose;
    QTest::newRow("daemon down") << "daemon-down" << v2 << int(Kind::DaemonNotRunning)
                                 << "The Docker daemon is not running" << "Cannot connect to the Docker daemon";
    QTest::newRow("daemon down, v1") << "daemon-down" << v1 << int(Kind::DaemonNotRunning)
                                     << "The Docker daemon is not running" << "Error while fetching server API version";
    QTest::newRow("permission denied") << "permission-denied" << v2 << int(Kind::DockerPermissionDenied)
                                       << "sudo usermod -aG docker" << "connect: permission denied";
    QTest::newRow("permission denied, v1") << "permission-denied" << v1 << int(Kind::DockerPermissionDenied)
                                           << "permission denied on its socket" << "PermissionError(13";
    QTest::newRow("port in use") << "port-in-use" << v2 << int(Kind::PortInUse) << "Port 15432 on 127.0.0.1 is already in use"
                                 << "port is already allocated";
    QTest::newRow("pull failure") << "pull-failure" << v2 << int(Kind::ImagePullFailed)
                                  << "The Citus image could not be downloaded" << "manifest unknown";
}

void TestComposeLauncher::failuresAreToldApart()
{
    QFETCH(QString, scenario);
    QFETCH(int, tools);
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(QString, logged);
    FakeDocker docker(scenario, tools);
    ComposeLauncher launcher(ComposeProject(m_composeDir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.up(2, 15432);
    QVERIFY(spy.waitForEnd());
    QVERIFY(spy.error);
    QCOMPARE(int(spy.error->kind), kind);
    QVERIFY2(spy.error->message.contains(message), qPrintable(spy.error->message));
    QVERIFY2(spy.error->log.contains(logged), qPrintable(spy.error->log));
    QVERIFY(spy.error->log.contains(QStringLiteral(" up -d")));
    QVERIFY(docker.composeCalls().constLast().endsWith(QStringLiteral("--profile workers-2 up -d")));
}

void TestComposeLauncher::dockerMissing()
{
    FakeDocker nothing(QStringLiteral("success"), 0, false);
    ComposeLauncher launcher(ComposeProject(m_composeDir.path()));
    launcher.setEnvironment(nothing.environment());
    LauncherSpy spy(launcher);
    launcher.up(2, TestServer::freePort()); // a port in use would stop it before Compose runs
    QVERIFY(spy.waitForEnd());
    QVERIFY(spy.error);
    QCOMPARE(spy.error->kind, LaunchError::Kind::DockerMissing);
    QVERIFY(spy.error->message.startsWith(QStringLiteral("Docker is not installed")));
    QVERIFY(spy.error->message.contains(QStringLiteral("https://docs.docker.com/engine/install/")));
}

void TestComposeLauncher::composePluginMissing()
{
    FakeDocker docker(QStringLiteral("no-plugin"), FakeDocker::Docker, false);
    ComposeLauncher launcher(ComposeProject(m_composeDir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.up(2, TestServer::freePort()); // a port in use would stop it before Compose runs
    QVERIFY(spy.waitForEnd());
    QVERIFY(spy.error);
    QCOMPARE(spy.error->kind, LaunchError::Kind::DockerMissing);
    QVERIFY(spy.error->message.startsWith(QStringLiteral("Docker Compose is not installed")));
    QVERIFY(spy.error->log.contains(QStringLiteral("unknown command: docker compose")));
}

void TestComposeLauncher::timeoutStopsTheTools()
{
    FakeDocker docker(QStringLiteral("hang"));
    ComposeLauncher launcher(ComposeProject(m_composeDir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    launcher.setTimeout(1000);
    LauncherSpy spy(launcher);
    launcher.up(2, TestServer::freePort()); // a port in use would stop it before Compose runs
    QVERIFY(spy.waitForEnd());
    QVERIFY(spy.error);
    QCOMPARE(spy.error->kind, LaunchError::Kind::Timeout);
    QVERIFY2(spy.error->message.startsWith(QStringLiteral("Gave up after 1 s: ")), qPrintable(spy.error->message));
    QVERIFY(spy.error->log.contains(QStringLiteral("coordinator Pulling")));
    QTRY_VERIFY_WITH_TIMEOUT(!docker.hangingPids().isEmpty(), FakeDocker::patience);
    for (const pid_t pid : docker.hangingPids())
        QTRY_VERIFY_WITH_TIMEOUT(!FakeDocker::isAlive(pid), FakeDocker::patience);
}

void TestComposeLauncher::cancelMidRun()
{
    FakeDocker docker(QStringLiteral("hang"));
    ComposeLauncher launcher(ComposeProject(m_composeDir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.up(2, TestServer::freePort()); // a port in use would stop it before Compose runs
    QTRY_VERIFY_WITH_TIMEOUT(docker.hangingPids().size() == 2, FakeDocker::patience);
    QVERIFY(launcher.isBusy());
    launcher.cancel();
    // Done once the tools have stopped and what they left is known.
    QVERIFY(spy.waitForEnd());
    QVERIFY(!launcher.isBusy());
    QCOMPARE(spy.error->kind, LaunchError::Kind::Cancelled);
    QVERIFY(spy.error->leftovers.isEmpty()); // the stand-in made nothing
    // What ran is kept in the log (the tools' own output may not have arrived before the
    // cancel: the command line has).
    QVERIFY2(spy.error->log.contains(QStringLiteral(" up -d")), qPrintable(spy.error->log));
    // The shell and the sleep it started: the whole process group.
    for (const pid_t pid : docker.hangingPids())
        QTRY_VERIFY_WITH_TIMEOUT(!FakeDocker::isAlive(pid), FakeDocker::patience);
    QCOMPARE(spy.ends, 1);
}

void TestComposeLauncher::cancelKillsWhatIgnoresTerm()
{
    FakeDocker docker(QStringLiteral("hang-hard"));
    ComposeLauncher launcher(ComposeProject(m_composeDir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    launcher.setKillGrace(200);
    LauncherSpy spy(launcher);
    launcher.up(2, TestServer::freePort()); // a port in use would stop it before Compose runs
    QTRY_VERIFY_WITH_TIMEOUT(docker.hangingPids().size() == 2, FakeDocker::patience);
    launcher.cancel();
    QVERIFY(spy.waitForEnd());
    QCOMPARE(spy.error->kind, LaunchError::Kind::Cancelled);
    for (const pid_t pid : docker.hangingPids())
        QTRY_VERIFY_WITH_TIMEOUT(!FakeDocker::isAlive(pid), FakeDocker::patience);
}

void TestComposeLauncher::envFileWrittenOnceAndKept()
{
    QTemporaryDir dir;
    const QString envPath = dir.filePath(QStringLiteral(".env"));
    FakeDocker docker(QStringLiteral("pull-failure"));
    ComposeLauncher launcher(ComposeProject(dir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy first(launcher);
    launcher.up(2, TestServer::freePort()); // a port in use would stop it before Compose runs
    QVERIFY(first.waitForEnd());
    QCOMPARE(first.error->kind, LaunchError::Kind::ImagePullFailed);

    QCOMPARE(mode(envPath), 0600);
    QFile env(envPath);
    QVERIFY(env.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(env.readAll());
    env.close();
    const QRegularExpressionMatch password = QRegularExpression(QStringLiteral("^POSTGRES_PASSWORD=([A-Za-z0-9]+)$"),
                                                                QRegularExpression::MultilineOption)
                                                 .match(text);
    QVERIFY2(password.hasMatch(), qPrintable(text));
    QVERIFY(password.captured(1).size() >= 24);
    QVERIFY(text.contains(QStringLiteral("COMPOSE_PROJECT_NAME=postgres_sharding\n")));
    QCOMPARE(PassFile::read(dir.filePath(QStringLiteral("pgpass"))), password.captured(1));
    QCOMPARE(mode(dir.filePath(QStringLiteral("pgpass"))), 0600);

    LauncherSpy second(launcher);
    launcher.up(2, TestServer::freePort()); // a port in use would stop it before Compose runs
    QVERIFY(second.waitForEnd());
    QVERIFY(env.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(env.readAll()), text);

    // A second launcher never makes the same password.
    QTemporaryDir other;
    ComposeLauncher another(ComposeProject(other.path()));
    another.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy third(another);
    another.up(2);
    QVERIFY(third.waitForEnd());
    QVERIFY(PassFile::read(other.filePath(QStringLiteral("pgpass"))) != password.captured(1));
}

void TestComposeLauncher::usersEnvFileIsUsed()
{
    REQUIRE_COORDINATOR(1);
    QTemporaryDir dir;
    writeEnv(dir.filePath(QStringLiteral(".env")), m_server.password());
    const QByteArray before = [&] {
        QFile file(dir.filePath(QStringLiteral(".env")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    FakeDocker docker;
    ComposeLauncher launcher(ComposeProject(dir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.up(1, m_server.port());
    QVERIFY(spy.waitForEnd());
    // The password was the user's (the coordinator let us in with it), the file untouched,
    // and its COMPOSE_PROFILES overridden by the worker count asked for.
    QVERIFY2(spy.endpoint, spy.why());
    QFile file(dir.filePath(QStringLiteral(".env")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(docker.composeCalls().constLast().endsWith(QStringLiteral("--profile workers-1 up -d")));
}

void TestComposeLauncher::imageReachesCompose_data()
{
    QTest::addColumn<QString>("chosen");          // ComposeProject::setCitusImage
    QTest::addColumn<QString>("inEnvironment");   // CITUS_IMAGE of the user's environment
    QTest::addColumn<QString>("inEnvFile");       // CITUS_IMAGE of the user's .env
    QTest::addColumn<QString>("composeIsTold");   // CITUS_IMAGE as `up` gets it; "-": unset
    const QString classic = QStringLiteral("citusdata/citus:13.2.0-pg15");
    QTest::newRow("chosen") << classic << QString() << QString() << classic;
    QTest::newRow("environment wins") << classic << QStringLiteral("mine:1") << QString() << QStringLiteral("mine:1");
    // Set in the environment, the choice would override the .env: left unset instead.
    QTest::newRow(".env wins") << classic << QString() << QStringLiteral("mine:2") << QStringLiteral("-");
    QTest::newRow("none chosen: the file's default") << QString() << QString() << QString() << QStringLiteral("-");
}

void TestComposeLauncher::imageReachesCompose()
{
    QFETCH(QString, chosen);
    QFETCH(QString, inEnvironment);
    QFETCH(QString, inEnvFile);
    QFETCH(QString, composeIsTold);
    REQUIRE_COORDINATOR(1);
    QTemporaryDir dir;
    writeEnv(dir.filePath(QStringLiteral(".env")), m_server.password());
    if (!inEnvFile.isEmpty()) {
        QFile env(dir.filePath(QStringLiteral(".env")));
        QVERIFY(env.open(QIODevice::Append | QIODevice::Text));
        env.write("CITUS_IMAGE=" + inEnvFile.toUtf8() + "\n");
    }
    FakeDocker docker;
    ComposeProject project(dir.path());
    project.setCitusImage(chosen);
    ComposeLauncher launcher(project);
    QProcessEnvironment environment = docker.environment(m_server.port());
    if (!inEnvironment.isEmpty())
        environment.insert(QStringLiteral("CITUS_IMAGE"), inEnvironment);
    launcher.setEnvironment(environment);
    LauncherSpy spy(launcher);
    launcher.up(1, m_server.port());
    QVERIFY(spy.waitForEnd());
    QVERIFY2(spy.endpoint, spy.why());
    QCOMPARE(docker.images(), QStringList{composeIsTold});
}

void TestComposeLauncher::workersNotRegisteredInTime()
{
    REQUIRE_COORDINATOR(1);
    QVERIFY(stubcitus::run(m_server, QStringLiteral("INSERT INTO stub_unreachable VALUES ('worker1', 5432)")).isEmpty());
    QTemporaryDir dir;
    writeEnv(dir.filePath(QStringLiteral(".env")), m_server.password());
    FakeDocker docker;
    ComposeLauncher launcher(ComposeProject(dir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    launcher.setTimeout(1500);
    LauncherSpy spy(launcher);
    launcher.up(2, m_server.port());
    QVERIFY(spy.waitForEnd());
    QVERIFY(spy.error);
    QCOMPARE(spy.error->kind, LaunchError::Kind::Timeout);
    QVERIFY2(spy.error->message.startsWith(QStringLiteral("Gave up after 1 s: ")), qPrintable(spy.error->message));
    QVERIFY2(spy.error->message.contains(QStringLiteral("Not registered with the coordinator yet: worker2:5432.")),
             qPrintable(spy.error->message));
    QVERIFY(spy.error->message.contains(QStringLiteral("docker compose -p postgres_sharding logs register-2")));

    // Registered, but not answering.
    QVERIFY(stubcitus::run(m_server, QStringLiteral("SELECT citus_add_node('worker2', 5432)")).isEmpty());
    LauncherSpy again(launcher);
    launcher.up(2, m_server.port());
    QVERIFY(again.waitForEnd());
    QCOMPARE(again.error->kind, LaunchError::Kind::Timeout);
    QVERIFY2(again.error->message.contains(QStringLiteral("The coordinator cannot reach: worker1:5432.")),
             qPrintable(again.error->message));
}

void TestComposeLauncher::coordinatorWithoutCitus()
{
    REQUIRE_COORDINATOR(2);
    // As on plain PostgreSQL, for the length of the test.
    QCOMPARE(stubcitus::run(m_server, QStringLiteral("ALTER FUNCTION run_command_on_workers RENAME TO hidden")), QString());
    QTemporaryDir dir;
    writeEnv(dir.filePath(QStringLiteral(".env")), m_server.password());
    FakeDocker docker;
    ComposeLauncher launcher(ComposeProject(dir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.up(2, m_server.port());
    QVERIFY(spy.waitForEnd());
    QCOMPARE(stubcitus::run(m_server, QStringLiteral("ALTER FUNCTION hidden RENAME TO run_command_on_workers")), QString());
    QVERIFY(spy.error);
    QCOMPARE(spy.error->kind, LaunchError::Kind::CitusMissing);
    QVERIFY(spy.error->message.contains(QStringLiteral("no Citus extension")));
}

void TestComposeLauncher::statusOfARunningCluster()
{
    REQUIRE_COORDINATOR(2);
    QVERIFY(stubcitus::run(m_server, QStringLiteral("INSERT INTO stub_unreachable VALUES ('worker2', 5432)")).isEmpty());
    QTemporaryDir dir;
    writeEnv(dir.filePath(QStringLiteral(".env")), m_server.password());
    FakeDocker docker;
    ComposeLauncher launcher(ComposeProject(dir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.status();
    QVERIFY(spy.waitForEnd());
    QVERIFY2(spy.status, spy.why());
    QCOMPARE(spy.status->coordinator.dsn, ClusterEndpoint::loopbackDsn(m_server.port(), dir.filePath(QStringLiteral("pgpass"))));
    QCOMPARE(spy.status->coordinator.workers.size(), 2);
    QVERIFY(spy.status->coordinator.workers.at(0).reachable);
    QVERIFY(!spy.status->coordinator.workers.at(1).reachable);
    QCOMPARE(spy.status->problem, QStringLiteral("The coordinator cannot reach: worker2:5432."));
    QCOMPARE(docker.composeCalls().constLast(), QStringLiteral("docker compose --ansi never -f %1/docker-compose.yml --env-file "
                                                        "%1/.env -p postgres_sharding port coordinator 5432")
                                             .arg(dir.path()));
}

void TestComposeLauncher::statusWhenStopped()
{
    FakeDocker docker(QStringLiteral("stopped"));
    QTemporaryDir dir; // never started: no .env
    ComposeLauncher launcher(ComposeProject(dir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.status();
    QVERIFY(spy.waitForEnd());
    QVERIFY2(spy.status, spy.why());
    QVERIFY(spy.status->coordinator.dsn.isEmpty());
    QCOMPARE(spy.status->problem, QStringLiteral("The cluster is not running."));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".env"))));
    QVERIFY(!docker.composeCalls().constLast().contains(QStringLiteral("--env-file")));
}

void TestComposeLauncher::statusWhenDaemonDown()
{
    FakeDocker docker(QStringLiteral("daemon-down"));
    ComposeLauncher launcher(ComposeProject(m_composeDir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.status();
    QVERIFY(spy.waitForEnd());
    QVERIFY(spy.error);
    QCOMPARE(spy.error->kind, LaunchError::Kind::DaemonNotRunning);
}

void TestComposeLauncher::downRemovesEverything()
{
    QTemporaryDir dir;
    FakeDocker docker;
    ComposeLauncher launcher(ComposeProject(dir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.down(true);
    QVERIFY(spy.waitForEnd());
    QVERIFY2(spy.stopped, spy.why());
    QCOMPARE(docker.composeCalls().constLast(), QStringLiteral("docker compose --ansi never -f %1/docker-compose.yml -p "
                                                        "postgres_sharding --profile all down --remove-orphans --volumes")
                                             .arg(dir.path()));
    QCOMPARE(spy.progress.constLast().label, QStringLiteral("Cluster stopped"));

    FakeDocker denied(QStringLiteral("permission-denied"));
    launcher.setEnvironment(denied.environment());
    LauncherSpy refused(launcher);
    launcher.down(false);
    QVERIFY(refused.waitForEnd());
    QCOMPARE(refused.error->kind, LaunchError::Kind::DockerPermissionDenied);
    QVERIFY(denied.composeCalls().constLast().endsWith(QStringLiteral("down --remove-orphans")));
}

void TestComposeLauncher::stopWorkerStopsItsContainerOnly()
{
    QTemporaryDir dir;
    FakeDocker docker;
    ComposeLauncher launcher(ComposeProject(dir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.stopWorker(2);
    QVERIFY(spy.waitForEnd());
    QVERIFY2(spy.stopped, spy.why());
    QCOMPARE(docker.composeCalls().constLast(), QStringLiteral("docker compose --ansi never -f %1/docker-compose.yml -p "
                                                        "postgres_sharding --profile all stop worker2")
                                             .arg(dir.path()));
    QCOMPARE(spy.progress.constLast().label, QStringLiteral("worker2 stopped"));

    LauncherSpy refused(launcher);
    launcher.stopWorker(9);
    QVERIFY(refused.waitForEnd());
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind, LaunchError::Kind::InvalidSettings);
}

void TestComposeLauncher::invalidSettings_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("port");
    QTest::newRow("no workers") << 0 << 5432;
    QTest::newRow("nine workers") << 9 << 5432;
    QTest::newRow("negative port") << 2 << -1;
    QTest::newRow("port too big") << 2 << 65536;
}

void TestComposeLauncher::invalidSettings()
{
    QFETCH(int, workers);
    QFETCH(int, port);
    FakeDocker docker;
    ComposeLauncher launcher(ComposeProject(m_composeDir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.up(workers, port);
    QCOMPARE(spy.ends, 0); // never from inside the call
    QVERIFY(spy.waitForEnd());
    QCOMPARE(spy.error->kind, LaunchError::Kind::InvalidSettings);
    QVERIFY(docker.composeCalls().isEmpty());
}

void TestComposeLauncher::oneOperationAtATime()
{
    FakeDocker docker(QStringLiteral("hang"));
    ComposeLauncher launcher(ComposeProject(m_composeDir.path()));
    launcher.setEnvironment(docker.environment(m_server.port()));
    LauncherSpy spy(launcher);
    launcher.up(2, TestServer::freePort()); // a port in use would stop it before Compose runs
    launcher.down();
    QVERIFY(spy.waitForEnd());
    QCOMPARE(spy.error->message, QStringLiteral("Another operation on the cluster is still running."));
    QVERIFY(launcher.isBusy()); // the first one goes on
    launcher.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(spy.ends, 2, FakeDocker::patience);
    QCOMPARE(spy.error->kind, LaunchError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestComposeLauncher)
#include "tst_ComposeLauncher.moc"
