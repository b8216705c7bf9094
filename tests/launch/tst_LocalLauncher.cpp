// LocalLauncher with this machine's PostgreSQL, for real: a coordinator and two workers
// started on free loopback ports, checked, stopped, started again on the same ports and
// removed, the registration run on them against a stub of Citus's functions; up refusing,
// and saying what to install, where Citus is missing (this PostgreSQL made to look so,
// whatever is installed here); the Citus detection; no password file left behind when
// initdb is cancelled or cannot run. With Citus: tst_LocalLauncherCitus.

#include "CitusDetector.h"
#include "LauncherSpy.h"
#include "LocalLauncher.h"
#include "LocalPostgres.h"
#include "PassFile.h"
#include "PortSquatter.h"
#include "PgConnection.h"
#include "PostgresInstallation.h"
#include "SqlScript.h"
#include "StubCitus.h"
#include "WorkerRegistration.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace shardscope;

namespace {

// What the server on port says its port is; empty when it cannot be reached.
QString askPort(int port, const QString &passFile)
{
    ConnectionProfile profile;
    profile.dsn = ClusterEndpoint::loopbackDsn(port, passFile);
    profile.password = PassFile::read(passFile);
    PgConnection connection;
    if (!connection.connectBlocking(profile))
        return {};
    const auto outcome = connection.runBlocking(QStringLiteral("SELECT current_setting('port')"));
    return outcome.ok() ? outcome.results.constFirst().value(0, 0) : QString();
}

// The servers started; nothing (and a warning saying why) when they did not start. The
// labels of the steps it reported are added to *labels.
std::optional<QList<ServerState>> startServers(LocalLauncher &launcher, int workers, int port, QStringList *labels)
{
    QSignalSpy started(&launcher, &LocalLauncher::serversStarted);
    LauncherSpy spy(launcher);
    launcher.startServers(workers, port);
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || spy.ends > 0; }, 60000) || started.isEmpty()) {
        qWarning("startServers failed: %s", spy.why().constData());
        return std::nullopt;
    }
    for (const LauncherSpy::Progress &progress : spy.progress)
        *labels << progress.label;
    return started.constFirst().constFirst().value<QList<ServerState>>();
}

// The labels that speak of the server named: "Creating worker1", "Found worker1 in ...".
QStringList labelsOf(const QStringList &labels, const QString &server)
{
    QStringList found;
    for (const QString &label : labels) {
        if (label.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(server))))
            found << label;
    }
    return found;
}

// Files under directory that hold what initdb reads from its password file: the launcher
// writes that file nowhere else.
QStringList initdbPasswordFiles(const QString &directory, const QString &password)
{
    QStringList found;
    QDirIterator files(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.size() < 1024 && file.open(QIODevice::ReadOnly) && file.readAll() == password.toUtf8() + '\n')
            found << file.fileName();
    }
    return found;
}

bool ranInitdb(const LauncherSpy &spy)
{
    return std::any_of(spy.log.cbegin(), spy.log.cend(), [](const QString &line) {
        return line.startsWith(QLatin1String("$ ")) && line.contains(QLatin1String("initdb"));
    });
}

} // namespace

class TestLocalLauncher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startCheckStopRemove();
    void upRefusesWithoutCitus();
    void portInUse();
    void directoryRequired();
    void unreachableDirectoryAsRoot();
    void citusDetection();
    void passwordFileGoesWithCancel();
    void passwordFileGoesWhenInitdbCannotRun();

private:
    // A launcher's directory, which the watcher clears should the test die.
    bool watch(const QTemporaryDir &dir) { return localpostgres::watch(*m_installation, dir.path()); }

    std::optional<PostgresInstallation> m_installation;
};

void TestLocalLauncher::initTestCase()
{
    qRegisterMetaType<QList<ServerState>>();
    QString why;
    m_installation = localpostgres::find(&why);
    if (!m_installation)
        QSKIP(qPrintable(why));
}

void TestLocalLauncher::startCheckStopRemove()
{
    QTemporaryDir dir;
    QVERIFY(watch(dir));
    LocalLauncher launcher(dir.path());
    const QString passFile = launcher.directory().passFile();
    // Whatever fails, no server is left running.
    const auto stopAll = localpostgres::stopOnExit(launcher);

    QStringList labels;
    const auto started = startServers(launcher, 2, 0, &labels);
    QVERIFY(started);
    QCOMPARE(labelsOf(labels, QStringLiteral("worker1")),
             (QStringList{QStringLiteral("Creating worker1"), QStringLiteral("Starting worker1")}));
    const QList<ServerState> servers = *started;
    QCOMPARE(servers.size(), 3);
    QStringList names;
    QList<int> ports;
    for (const ServerState &server : servers) {
        names << server.name;
        QVERIFY(server.running);
        QVERIFY(server.port > 0);
        QVERIFY(!ports.contains(server.port));
        ports << server.port;
        QCOMPARE(askPort(server.port, passFile), QString::number(server.port));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("coordinator"), QStringLiteral("worker1"), QStringLiteral("worker2")}));
    QCOMPARE(PassFile::read(passFile).size(), 32);

    // Running, but no Citus: status says so.
    LauncherSpy status(launcher);
    launcher.status();
    QVERIFY(status.waitForEnd());
    QVERIFY2(status.status, status.why());
    QCOMPARE(status.status->servers.size(), 3);
    QCOMPARE(status.status->servers.at(2).port, ports.at(2));
    QVERIFY(status.status->servers.at(2).running);
    QVERIFY2(status.status->problem.contains(QStringLiteral("no Citus extension")), qPrintable(status.status->problem));
    QCOMPARE(status.status->coordinator.dsn, ClusterEndpoint::loopbackDsn(ports.at(0), passFile));

    // With Citus's functions stubbed on the coordinator: the registration, twice, adds each
    // node once, and status finds every worker.
    ServerState coordinator = servers.constFirst();
    ConnectionProfile profile;
    profile.dsn = ClusterEndpoint::loopbackDsn(coordinator.port, passFile);
    profile.password = PassFile::read(passFile);
    {
        PgConnection connection;
        QVERIFY(connection.connectBlocking(profile));
        QVERIFY(connection.runBlocking(QString::fromUtf8(stubcitus::schema)).ok());
    }
    for (int round = 1; round <= 2; ++round) {
        SqlScript script;
        QSignalSpy finished(&script, &SqlScript::finished);
        QSignalSpy failed(&script, &SqlScript::failed);
        script.run(profile, WorkerRegistration::statements(coordinator.port, {ports.at(1), ports.at(2)}));
        QTRY_VERIFY(!finished.isEmpty() || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<PgError>().toString()));
        PgConnection connection;
        QVERIFY(connection.connectBlocking(profile));
        const auto nodes = connection.runBlocking(QStringLiteral("SELECT string_agg(groupid || ' ' || nodename || ':' || nodeport, ', ' "
                                                                 "ORDER BY groupid) FROM pg_dist_node"));
        QVERIFY(nodes.ok());
        QCOMPARE(nodes.results.constFirst().value(0, 0), QStringLiteral("0 127.0.0.1:%1, 1 127.0.0.1:%2, 2 127.0.0.1:%3")
                                                              .arg(ports.at(0))
                                                              .arg(ports.at(1))
                                                              .arg(ports.at(2)));
    }
    LauncherSpy registered(launcher);
    launcher.status();
    QVERIFY(registered.waitForEnd());
    QVERIFY2(registered.status->isReady(), qPrintable(registered.status->problem));
    QStringList workers;
    for (const WorkerNode &worker : registered.status->coordinator.workers) {
        QVERIFY(worker.reachable);
        workers << worker.address().toString();
    }
    QStringList expected{QStringLiteral("127.0.0.1:%1").arg(ports.at(1)), QStringLiteral("127.0.0.1:%1").arg(ports.at(2))};
    workers.sort();
    expected.sort();
    QCOMPARE(workers, expected);

    // Again: they run already, nothing changes, and the steps say what they found.
    QStringList againLabels;
    const auto startedAgain = startServers(launcher, 2, 0, &againLabels);
    QVERIFY(startedAgain);
    for (int index = 0; index < names.size(); ++index) {
        QCOMPARE(labelsOf(againLabels, names.at(index)),
                 (QStringList{QStringLiteral("Found %1 in %2").arg(names.at(index), dir.path()),
                              QStringLiteral("Already running: %1, on port %2").arg(names.at(index)).arg(ports.at(index))}));
    }
    QList<int> again;
    for (const ServerState &server : *startedAgain)
        again << server.port;
    QCOMPARE(again, ports);

    // The coordinator's port is part of the cluster now.
    LauncherSpy moved(launcher);
    launcher.startServers(2, ports.at(0) == 65000 ? 65001 : 65000);
    QVERIFY(moved.waitForEnd());
    QCOMPARE(moved.error->kind, LaunchError::Kind::InvalidSettings);

    LauncherSpy stop(launcher);
    launcher.down(false);
    QVERIFY(stop.waitForEnd());
    QVERIFY2(stop.stopped, stop.why());
    for (const int port : ports)
        QCOMPARE(askPort(port, passFile), QString());

    LauncherSpy stopped(launcher);
    launcher.status();
    QVERIFY(stopped.waitForEnd());
    QCOMPARE(stopped.status->problem, QStringLiteral("The coordinator is not running."));
    QVERIFY(!stopped.status->servers.at(0).running);

    // Started again: on the same ports, which the workers are registered by.
    QStringList restartLabels;
    const auto restartedServers = startServers(launcher, 2, 0, &restartLabels);
    QVERIFY(restartedServers);
    QCOMPARE(labelsOf(restartLabels, QStringLiteral("coordinator")),
             (QStringList{QStringLiteral("Found coordinator in %1").arg(dir.path()), QStringLiteral("Starting coordinator")}));
    QList<int> restarted;
    for (const ServerState &server : *restartedServers)
        restarted << server.port;
    QCOMPARE(restarted, ports);

    LauncherSpy removed(launcher);
    launcher.down(true);
    QVERIFY(removed.waitForEnd());
    QVERIFY2(removed.stopped, removed.why());
    QCOMPARE(askPort(ports.at(0), passFile), QString());
    QVERIFY(QDir(dir.path()).exists());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

    LauncherSpy nothing(launcher);
    launcher.status();
    QVERIFY(nothing.waitForEnd());
    QCOMPARE(nothing.status->problem, QStringLiteral("There is no cluster in %1.").arg(dir.path()));
}

void TestLocalLauncher::upRefusesWithoutCitus()
{
    const localpostgres::WithoutCitus postgres(m_installation->binDir());
    QVERIFY(postgres.isValid());
    QTemporaryDir dir;
    LocalLauncher launcher(dir.path());
    launcher.setEnvironment(postgres.environment());
    LauncherSpy spy(launcher);
    launcher.up(2);
    QVERIFY(spy.waitForEnd());
    QVERIFY(spy.error);
    QCOMPARE(spy.error->kind, LaunchError::Kind::CitusMissing);
    const QString &message = spy.error->message;
    QVERIFY2(message.startsWith(QStringLiteral("Citus is not installed for PostgreSQL 15")), qPrintable(message));
    QVERIFY2(message.contains(postgres.libDir() + QStringLiteral("/citus.so")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("/extension/citus.control")));
    QVERIFY(message.contains(QStringLiteral("https://install.citusdata.com/community/deb.sh")));
    QVERIFY(message.contains(QStringLiteral("sudo apt install postgresql-15-citus-13.2")));
    QVERIFY(message.contains(QStringLiteral("https://github.com/citusdata/citus")));
    QVERIFY2(spy.error->log.contains(QStringLiteral("pg_config --version --pkglibdir --sharedir\nPostgreSQL 15")),
             qPrintable(spy.error->log));
    // Checked before anything was created.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestLocalLauncher::portInUse()
{
    const PortSquatter squatter;
    QVERIFY(squatter.port() > 0);
    QTemporaryDir dir;
    LocalLauncher launcher(dir.path());
    LauncherSpy spy(launcher);
    launcher.startServers(1, squatter.port());
    QVERIFY(spy.waitForEnd());
    QVERIFY(spy.error);
    QCOMPARE(spy.error->kind, LaunchError::Kind::PortInUse);
    QVERIFY2(spy.error->message.startsWith(QStringLiteral("Port %1 on 127.0.0.1").arg(squatter.port())),
             qPrintable(spy.error->message));
    // Found before initdb spent its seconds.
    QVERIFY(!launcher.directory().exists(QStringLiteral("coordinator")));
}

void TestLocalLauncher::directoryRequired()
{
    LocalLauncher launcher(QString{});
    LauncherSpy spy(launcher);
    launcher.up(2);
    QVERIFY(spy.waitForEnd());
    QCOMPARE(spy.error->kind, LaunchError::Kind::InvalidSettings);
    QCOMPARE(spy.error->message, QStringLiteral("Choose a directory for the servers' data."));
}

void TestLocalLauncher::unreachableDirectoryAsRoot()
{
    if (::geteuid() != 0)
        QSKIP("not running as root: only root hands the servers to the postgres user, which this checks");
    QTemporaryDir dir; // 0700, root's: the postgres user cannot go through it
    LocalLauncher launcher(dir.filePath(QStringLiteral("cluster")));
    LauncherSpy spy(launcher);
    launcher.startServers(1);
    QVERIFY(spy.waitForEnd());
    QCOMPARE(spy.error->kind, LaunchError::Kind::InvalidSettings);
    QVERIFY2(spy.error->message.contains(QStringLiteral("cannot write to")), qPrintable(spy.error->message));
}

void TestLocalLauncher::citusDetection()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("lib")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("share/extension")));
    const QStringList answer{QStringLiteral("PostgreSQL 16.4 (Debian 16.4-1.pgdg120+1)"), dir.filePath(QStringLiteral("lib")),
                             dir.filePath(QStringLiteral("share"))};
    QFile control(dir.filePath(QStringLiteral("share/extension/citus.control")));
    QVERIFY(control.open(QIODevice::WriteOnly));
    control.close();

    const auto missingLibrary = CitusDetector::check(answer);
    QVERIFY(missingLibrary);
    QCOMPARE(missingLibrary->kind, LaunchError::Kind::CitusMissing);
    QVERIFY(missingLibrary->message.contains(QStringLiteral("for PostgreSQL 16.4 (Debian 16.4-1.pgdg120+1) on this machine: %1 is missing")
                                                 .arg(dir.filePath(QStringLiteral("lib/citus.so")))));
    QVERIFY(missingLibrary->message.contains(QStringLiteral("postgresql-16-citus-13.2")));

    QFile library(dir.filePath(QStringLiteral("lib/citus.so")));
    QVERIFY(library.open(QIODevice::WriteOnly));
    library.close();
    QVERIFY(!CitusDetector::check(answer));

    QVERIFY(control.remove());
    QVERIFY(CitusDetector::check(answer)->message.contains(QStringLiteral("share/extension/citus.control is missing")));
    QCOMPARE(CitusDetector::check({QStringLiteral("PostgreSQL 15.18")})->kind, LaunchError::Kind::Failed);
}

// Cancelled while initdb runs: initdb is stopped, and its password file goes with it.
void TestLocalLauncher::passwordFileGoesWithCancel()
{
    QTemporaryDir dir;
    QVERIFY(watch(dir));
    LocalLauncher launcher(dir.path());
    const auto stopAll = localpostgres::stopOnExit(launcher);
    LauncherSpy spy(launcher);
    launcher.startServers(1);
    QVERIFY2(QTest::qWaitFor([&] { return ranInitdb(spy) || spy.ends > 0; }, 30000), "initdb did not start");
    QVERIFY2(spy.ends == 0, spy.why());
    const QString password = PassFile::read(launcher.directory().passFile());
    QVERIFY(!password.isEmpty());
    // Looked for where it is while initdb runs: the check below looks in the right place.
    QCOMPARE(initdbPasswordFiles(dir.path(), password).size(), 1);

    launcher.cancel();
    QVERIFY(spy.waitForEnd());
    QCOMPARE(spy.error->kind, LaunchError::Kind::Cancelled);
    QCOMPARE(initdbPasswordFiles(dir.path(), password), QStringList());
}

// An initdb that cannot be run at all (here: a script whose interpreter does not exist).
void TestLocalLauncher::passwordFileGoesWhenInitdbCannotRun()
{
    QTemporaryDir programs;
    const QString binDir = programs.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(binDir));
    QVERIFY(QFile::link(m_installation->binDir() + QStringLiteral("/pg_ctl"), binDir + QStringLiteral("/pg_ctl")));
    QFile initdb(binDir + QStringLiteral("/initdb"));
    QVERIFY(initdb.open(QIODevice::WriteOnly) && initdb.write("#!/nonexistent/interpreter\n") > 0);
    initdb.close();
    QVERIFY(initdb.setPermissions(initdb.permissions() | QFile::ExeOwner));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SHARDSCOPE_PG_BINDIR"), binDir);

    QTemporaryDir dir;
    LocalLauncher launcher(dir.path());
    launcher.setEnvironment(environment);
    LauncherSpy spy(launcher);
    launcher.startServers(1);
    QVERIFY(spy.waitForEnd());
    QVERIFY2(spy.error && spy.error->kind == LaunchError::Kind::Failed, spy.why());
    QVERIFY(ranInitdb(spy));
    const QString password = PassFile::read(launcher.directory().passFile());
    QVERIFY(!password.isEmpty());
    QCOMPARE(initdbPasswordFiles(dir.path(), password), QStringList());
}

QTEST_GUILESS_MAIN(TestLocalLauncher)
#include "tst_LocalLauncher.moc"
