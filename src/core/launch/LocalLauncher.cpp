#include "LocalLauncher.h"

#include "CitusDetector.h"
#include "LoopbackPorts.h"
#include "PassFile.h"
#include "ProcessGroup.h"
#include "RandomPassword.h"
#include "WorkerRegistration.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <utility>

namespace shardscope {

namespace {

const QString coordinator = LocalClusterDirectory::serverName(0);
// pg_ctl's wait for a start or a stop, in seconds.
const QString pgCtlWait = QStringLiteral("60");

} // namespace

LocalLauncher::LocalLauncher(const QString &directory, QObject *parent)
    : ClusterLauncher(parent)
    , m_directory(directory)
    , m_probe(new ClusterProbe(this))
{
    setTimeout(3 * 60 * 1000);
}

LocalLauncher::~LocalLauncher() = default;

void LocalLauncher::startServers(int workers, int port)
{
    if (!ClusterLauncher::begin())
        return;
    if (const auto invalid = checkSettings(workers, port)) {
        fail(*invalid);
        return;
    }
    if (!hasDirectory())
        return;
    QList<Step> steps{findInstallation(), prepareDirectory()};
    steps += serverSteps(workers, port, false);
    steps.append({tr("Servers started"), [this] {
                      finish([this, servers = m_servers] { emit serversStarted(servers); });
                  }});
    runSteps(steps);
}

void LocalLauncher::startUp(int workers, int port)
{
    if (!hasDirectory())
        return;
    QList<Step> steps{findInstallation(), checkCitus(), prepareDirectory()};
    steps += serverSteps(workers, port, true);
    steps += citusSteps(workers);
    runSteps(steps);
}

bool LocalLauncher::hasDirectory()
{
    if (!m_directory.path().isEmpty())
        return true;
    fail({LaunchError::Kind::InvalidSettings, tr("Choose a directory for the servers' data."), {}});
    return false;
}

void LocalLauncher::startStatus()
{
    if (!hasDirectory())
        return;
    QList<Step> steps{findInstallation()};
    for (const QString &server : m_directory.servers()) {
        steps.append({tr("Checking %1").arg(server), [this, server] {
                          runServerProgram(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), m_directory.dataDir(server)},
                                           [this, server](int exitCode, const QStringList &) {
                                               m_servers.append({server, m_directory.port(server), exitCode == 0});
                                               next();
                                           });
                      }});
    }
    steps.append({tr("Asking the coordinator"), [this] {
                      ClusterStatus status;
                      status.servers = m_servers;
                      const bool coordinatorRuns = !m_servers.isEmpty() && m_servers.constFirst().name == coordinator
                          && m_servers.constFirst().running;
                      if (!coordinatorRuns) {
                          status.problem = m_servers.isEmpty() ? tr("There is no cluster in %1.").arg(m_directory.path())
                                                               : tr("The coordinator is not running.");
                          succeed(status);
                          return;
                      }
                      m_password = PassFile::read(m_directory.passFile());
                      const int port = m_servers.constFirst().port;
                      connect(m_probe, &ClusterProbe::finished, this, [this, status, port](const ClusterProbe::Result &result) mutable {
                          disconnect(m_probe, nullptr, this, nullptr);
                          if (result.connected)
                              status.coordinator = {profile(port).dsn, m_password, result.workers};
                          status.problem = result.problem;
                          succeed(status);
                      });
                      m_probe->start(profile(port), {}, false);
                  }});
    runSteps(steps);
}

void LocalLauncher::startDown(bool removeData)
{
    if (!hasDirectory())
        return;
    QList<Step> steps{findInstallation()};
    for (const QString &server : m_directory.servers())
        steps.append(stopServer(server));
    if (removeData) {
        steps.append({tr("Removing the data"), [this] {
                          QString error;
                          if (m_directory.remove(&error))
                              next();
                          else
                              fail({LaunchError::Kind::Failed, error, {}});
                      }});
    }
    steps.append({tr("Cluster stopped"), [this] { succeedDown(); }});
    runSteps(steps);
}

void LocalLauncher::startStopWorker(int index)
{
    if (!hasDirectory())
        return;
    const QString server = LocalClusterDirectory::serverName(index);
    if (!m_directory.exists(server)) {
        fail({LaunchError::Kind::InvalidSettings, tr("The cluster in %1 has no %2.").arg(m_directory.path(), server), {}});
        return;
    }
    runSteps({findInstallation(), stopServer(server), {tr("%1 stopped").arg(server), [this] { succeedDown(); }}});
}

LocalLauncher::Step LocalLauncher::stopServer(const QString &server)
{
    return {tr("Stopping %1").arg(server), [this, server] {
                const QString data = m_directory.dataDir(server);
                // A server that is not running (or left a stale postmaster.pid behind, as
                // after a power cut) needs no stopping.
                runServerProgram(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), data},
                                 [this, data, server](int exitCode, const QStringList &) {
                                     if (exitCode != 0) {
                                         next();
                                         return;
                                     }
                                     runServerProgram(QStringLiteral("pg_ctl"),
                                                      {QStringLiteral("stop"), QStringLiteral("-D"), data, QStringLiteral("-m"),
                                                       QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"), pgCtlWait},
                                                      [this, server](int exitCode, const QStringList &output) {
                                                          if (exitCode != 0) {
                                                              fail({LaunchError::Kind::Failed, tr("%1 did not stop.").arg(server),
                                                                    output.join(QLatin1Char('\n'))});
                                                              return;
                                                          }
                                                          next();
                                                      });
                                 });
            }};
}

void LocalLauncher::settleFailure(LaunchError error)
{
    // Whatever failed (initdb, its start, the hand-over, or cancel() stopping it), the
    // password file is no use any more.
    m_initdbPassword.reset();
    reportFailure(std::move(error));
}

void LocalLauncher::abort()
{
    m_steps.clear();
    m_probe->stop();
    disconnect(m_probe, nullptr, this, nullptr);
    if (SqlScript *script = std::exchange(m_script, nullptr)) {
        script->stop();
        script->deleteLater();
    }
    if (ProcessGroup *process = std::exchange(m_process, nullptr)) {
        // Kept until it has exited: terminate() escalates to SIGKILL after the grace period.
        disconnect(process, nullptr, this, nullptr);
        connect(process, &ProcessGroup::finished, process, &QObject::deleteLater);
        process->terminate();
    }
}

QString LocalLauncher::waitingFor() const
{
    if (m_step <= 0 || m_step > m_steps.size())
        return {};
    return m_probe->lastProblem().isEmpty() ? m_label : m_label + QStringLiteral(": ") + m_probe->lastProblem();
}

void LocalLauncher::runSteps(const QList<Step> &steps)
{
    m_servers.clear();
    m_running.clear();
    m_steps = steps;
    m_step = 0;
    next();
}

void LocalLauncher::next()
{
    if (m_step >= m_steps.size())
        return;
    const Step step = m_steps.at(m_step++);
    m_label = step.label();
    reportProgress(m_step - 1, int(m_steps.size()) - 1, m_label);
    step.run();
}

LocalLauncher::Step LocalLauncher::findInstallation()
{
    return {tr("Looking for PostgreSQL"), [this] {
                QString error;
                m_installation = PostgresInstallation::find(environment(), &error);
                if (m_installation)
                    next();
                else
                    fail({LaunchError::Kind::PostgresMissing, error, {}});
            }};
}

LocalLauncher::Step LocalLauncher::checkCitus()
{
    return {tr("Looking for Citus"), [this] {
                const QString pgConfig = m_installation->binDir() + QStringLiteral("/pg_config");
                run({pgConfig, CitusDetector::pgConfigArguments()}, [this](int exitCode, const QStringList &output) {
                    if (exitCode != 0) {
                        fail({LaunchError::Kind::Failed, tr("pg_config failed, so it is unknown whether Citus is installed."), {}});
                        return;
                    }
                    if (const auto missing = CitusDetector::check(output))
                        fail(*missing);
                    else
                        next();
                });
            }};
}

LocalLauncher::Step LocalLauncher::prepareDirectory()
{
    return {tr("Preparing %1").arg(m_directory.path()), [this] {
                QString error;
                if (!QDir().mkpath(m_directory.path())) {
                    fail({LaunchError::Kind::Failed, tr("Cannot create %1.").arg(m_directory.path()), {}});
                    return;
                }
                m_password = PassFile::read(m_directory.passFile());
                if (m_password.isEmpty()) {
                    m_password = RandomPassword::generate();
                    if (!PassFile::write(m_directory.passFile(), m_password, &error)) {
                        fail({LaunchError::Kind::Failed, error, {}});
                        return;
                    }
                }
                if (!handOver(m_directory.path()) || !handOver(m_directory.passFile()))
                    return;
                if (!m_installation->runsAsOtherUser()) {
                    next();
                    return;
                }
                // Root may write anywhere; the postgres user may not reach a directory
                // under /root, for one.
                const QString test = QStandardPaths::findExecutable(QStringLiteral("test"));
                run(m_installation->asServerUser(test, {QStringLiteral("-w"), m_directory.path()}),
                    [this](int exitCode, const QStringList &) {
                        if (exitCode == 0) {
                            next();
                            return;
                        }
                        fail({LaunchError::Kind::InvalidSettings,
                              tr("The servers run as the user postgres (initdb refuses root), which cannot write to "
                                 "%1. Choose a directory it can reach, for example under /var/tmp.")
                                  .arg(m_directory.path()),
                              {}});
                    });
            }};
}

QList<LocalLauncher::Step> LocalLauncher::serverSteps(int workers, int port, bool preloadCitus)
{
    QList<Step> steps;
    for (int index = 0; index <= workers; ++index) {
        const QString server = LocalClusterDirectory::serverName(index);
        const int requested = index == 0 ? port : 0;
        steps << createServer(server, requested) << startServer(server, requested, preloadCitus);
    }
    return steps;
}

LocalLauncher::Step LocalLauncher::createServer(const QString &server, int requestedPort)
{
    // Run again on a cluster made before, up says what it finds rather than what it would do.
    const auto label = [this, server] {
        return m_directory.exists(server) ? tr("Found %1 in %2").arg(server, m_directory.path())
                                          : tr("Creating %1").arg(server);
    };
    return {label, [this, server, requestedPort] {
                if (m_directory.exists(server)) {
                    runServerProgram(QStringLiteral("pg_ctl"),
                                     {QStringLiteral("status"), QStringLiteral("-D"), m_directory.dataDir(server)},
                                     [this, server](int exitCode, const QStringList &) {
                                         if (exitCode == 0)
                                             m_running << server;
                                         next();
                                     });
                    return;
                }
                // Before initdb, which takes seconds.
                if (requestedPort != 0 && !LoopbackPorts::isFree(requestedPort)) {
                    failPortInUse(requestedPort, server);
                    return;
                }
                // initdb reads the superuser's password from a file. Beside the data
                // directories, not in one: initdb wants its own empty.
                m_initdbPassword =
                    std::make_unique<QTemporaryFile>(m_directory.path() + QStringLiteral("/.initdb-password-XXXXXX"));
                if (!m_initdbPassword->open() || m_initdbPassword->write(m_password.toUtf8() + '\n') < 0
                    || !m_initdbPassword->flush()) {
                    fail({LaunchError::Kind::Failed,
                          tr("Cannot write %1: %2").arg(m_directory.path(), m_initdbPassword->errorString()), {}});
                    return;
                }
                const QString passwordFile = m_initdbPassword->fileName();
                if (!handOver(passwordFile))
                    return;
                runServerProgram(QStringLiteral("initdb"),
                                 {QStringLiteral("-D"), m_directory.dataDir(server), QStringLiteral("-U"), QStringLiteral("postgres"),
                                  QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth-local=trust"),
                                  QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                  QStringLiteral("--no-locale")},
                                 [this, server](int exitCode, const QStringList &output) {
                                     m_initdbPassword.reset();
                                     if (exitCode != 0) {
                                         fail({LaunchError::Kind::Failed, tr("initdb failed for %1.").arg(server),
                                               output.join(QLatin1Char('\n'))});
                                         return;
                                     }
                                     next();
                                 });
            }};
}

LocalLauncher::Step LocalLauncher::startServer(const QString &server, int requestedPort, bool preloadCitus)
{
    const auto label = [this, server] {
        return m_running.contains(server)
            ? tr("Already running: %1, on port %2").arg(server).arg(m_directory.port(server))
            : tr("Starting %1").arg(server);
    };
    return {label, [this, server, requestedPort, preloadCitus] {
                int port = m_directory.port(server);
                if (port != 0 && requestedPort != 0 && port != requestedPort) {
                    fail({LaunchError::Kind::InvalidSettings,
                          tr("The cluster in %1 has its %2 on port %3, which the other servers know it by. Leave the "
                             "port out, or stop the cluster and remove its data to start over on port %4.")
                              .arg(m_directory.path(), server)
                              .arg(port)
                              .arg(requestedPort),
                          {}});
                    return;
                }
                if (port == 0) {
                    QList<int> taken;
                    for (const QString &other : m_directory.servers())
                        taken << m_directory.port(other);
                    port = requestedPort != 0 ? requestedPort : LoopbackPorts::free(taken);
                }
                QString error;
                if (!m_directory.writeSettings(server, port, preloadCitus, &error)) {
                    fail({LaunchError::Kind::Failed, error, {}});
                    return;
                }
                if (!handOver(m_directory.settingsFile(server)))
                    return;
                const QString data = m_directory.dataDir(server);
                runServerProgram(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), data},
                                 [this, server, port](int exitCode, const QStringList &) {
                                     if (exitCode == 0) { // running already
                                         m_servers.append({server, port, true});
                                         next();
                                         return;
                                     }
                                     if (!LoopbackPorts::isFree(port)) {
                                         failPortInUse(port, server);
                                         return;
                                     }
                                     start(server);
                                 });
            }};
}

void LocalLauncher::start(const QString &server)
{
    const int port = m_directory.port(server);
    runServerProgram(QStringLiteral("pg_ctl"),
                     {QStringLiteral("start"), QStringLiteral("-D"), m_directory.dataDir(server), QStringLiteral("-l"),
                      m_directory.logFile(server), QStringLiteral("-w"), QStringLiteral("-t"), pgCtlWait},
                     [this, server, port](int exitCode, const QStringList &output) {
                         if (exitCode != 0) {
                             fail({LaunchError::Kind::Failed,
                                   tr("%1 did not start. The end of its log (%2):\n%3")
                                       .arg(server, m_directory.logFile(server), m_directory.logTail(server)),
                                   output.join(QLatin1Char('\n'))});
                             return;
                         }
                         m_servers.append({server, port, true});
                         next();
                     });
}

QList<LocalLauncher::Step> LocalLauncher::citusSteps(int workers)
{
    QList<Step> steps;
    // Workers first: registering a worker needs Citus there.
    for (int index = 1; index <= workers + 1; ++index) {
        const QString server = LocalClusterDirectory::serverName(index <= workers ? index : 0);
        steps.append({tr("Enabling Citus on %1").arg(server), [this, server] {
                          runSql(portOf(server), {{QStringLiteral("CREATE EXTENSION IF NOT EXISTS citus"), {}}},
                                 [this] { next(); });
                      }});
    }
    steps.append({tr("Registering the workers"), [this] {
                      QList<int> ports;
                      for (const WorkerNode &worker : expectedWorkers())
                          ports << worker.port;
                      runSql(portOf(coordinator), WorkerRegistration::statements(portOf(coordinator), ports), [this] { next(); });
                  }});
    steps.append({tr("Waiting for the coordinator to reach the workers"), [this] {
                      const int port = portOf(coordinator);
                      connect(m_probe, &ClusterProbe::finished, this, [this, port](const ClusterProbe::Result &result) {
                          disconnect(m_probe, nullptr, this, nullptr);
                          if (result.isReady())
                              succeed(ClusterEndpoint{profile(port).dsn, m_password, result.workers});
                          else
                              fail({result.kind, result.problem, {}});
                      });
                      m_probe->start(profile(port), expectedWorkers(), true);
                  }});
    return steps;
}

void LocalLauncher::runServerProgram(const QString &program, const QStringList &arguments, ProcessDone then)
{
    run(m_installation->command(program, arguments), std::move(then));
}

void LocalLauncher::run(const std::pair<QString, QStringList> &command, ProcessDone then)
{
    addLog(QStringLiteral("$ %1 %2").arg(command.first, command.second.join(QLatin1Char(' '))));
    m_process = new ProcessGroup(this);
    QProcessEnvironment environment = this->environment();
    // How Citus on one server logs in to the others.
    environment.insert(QStringLiteral("PGPASSFILE"), m_directory.passFile());
    m_process->setEnvironment(environment);
    // The servers' user may not enter the directory we were started in.
    m_process->setWorkingDirectory(QFileInfo::exists(m_directory.path()) ? m_directory.path() : QDir::rootPath());
    m_process->setKillGrace(killGrace());
    connect(m_process, &ProcessGroup::line, this, &LocalLauncher::addLog);
    connect(m_process, &ProcessGroup::finished, this, [this, then = std::move(then)](int exitCode) {
        ProcessGroup *process = std::exchange(m_process, nullptr);
        const QStringList output = process->output();
        process->deleteLater();
        then(exitCode, output);
    });
    connect(m_process, &ProcessGroup::failedToStart, this, [this, program = command.first](const QString &why) {
        std::exchange(m_process, nullptr)->deleteLater();
        fail({LaunchError::Kind::Failed, tr("Cannot run %1: %2").arg(program, why), {}});
    });
    m_process->start(command.first, command.second);
}

void LocalLauncher::runSql(int port, const QList<SqlScript::Statement> &statements, std::function<void()> then)
{
    m_script = new SqlScript(this);
    connect(m_script, &SqlScript::finished, this, [this, then = std::move(then)] {
        std::exchange(m_script, nullptr)->deleteLater();
        then();
    });
    connect(m_script, &SqlScript::failed, this, [this, port](const PgError &error) {
        std::exchange(m_script, nullptr)->deleteLater();
        fail({LaunchError::Kind::Failed, tr("The server on port %1 refused: %2").arg(port).arg(error.toString()), {}});
    });
    m_script->run(profile(port), statements);
}

ConnectionProfile LocalLauncher::profile(int port) const
{
    ConnectionProfile profile;
    profile.dsn = ClusterEndpoint::loopbackDsn(port, m_directory.passFile());
    profile.password = m_password;
    return profile;
}

int LocalLauncher::portOf(const QString &server) const
{
    for (const ServerState &state : m_servers) {
        if (state.name == server)
            return state.port;
    }
    return 0;
}

QList<WorkerNode> LocalLauncher::expectedWorkers() const
{
    QList<WorkerNode> workers;
    for (const ServerState &state : m_servers) {
        if (state.name != coordinator)
            workers.append({QStringLiteral("127.0.0.1"), state.port, true});
    }
    return workers;
}

void LocalLauncher::failPortInUse(int port, const QString &server)
{
    fail({LaunchError::Kind::PortInUse,
          tr("Port %1 on 127.0.0.1, the port of %2, is already in use. Stop what uses it, or choose another port.")
              .arg(port)
              .arg(server),
          {}});
}

bool LocalLauncher::handOver(const QString &path)
{
    QString error;
    if (m_installation->handOver(path, &error))
        return true;
    fail({LaunchError::Kind::Failed, error, {}});
    return false;
}

} // namespace shardscope
