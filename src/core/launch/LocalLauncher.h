#pragma once

#include "ClusterLauncher.h"
#include "ClusterProbe.h"
#include "LocalClusterDirectory.h"
#include "PostgresInstallation.h"
#include "ServerState.h"
#include "SqlScript.h"

#include <functional>
#include <memory>
#include <optional>

class QTemporaryFile;

namespace shardscope {

class ProcessGroup;

// A cluster of local PostgreSQL servers, for machines without Docker: the coordinator and
// each worker are a server of their own in the directory the user chose, on loopback ports
// picked free when they are created and kept after that (Citus knows the workers by port).
// The password is in the directory's pass file, which the servers also use to log in to
// one another.
//
// up checks first that this PostgreSQL has Citus, and refuses, saying what to install,
// when it has not; then starts the servers, enables Citus, registers the workers (again
// and again without harm) and waits until the coordinator reaches them all. down stops
// the servers, and with removeData deletes what ShardScope created in the directory.
class LocalLauncher : public ClusterLauncher
{
    Q_OBJECT

public:
    explicit LocalLauncher(const QString &directory, QObject *parent = nullptr);
    ~LocalLauncher() override;

    const LocalClusterDirectory &directory() const { return m_directory; }

    // What up() does before Citus comes in: creates the servers on first use, starts them,
    // and reports serversStarted() (or failed()). Works where Citus is not installed.
    void startServers(int workers, int port = 0);

signals:
    void serversStarted(const QList<shardscope::ServerState> &servers);

protected:
    void startUp(int workers, int port) override;
    void startStatus() override;
    void startDown(bool removeData) override;
    void startStopWorker(int index) override;
    void settleFailure(LaunchError error) override;
    void abort() override;
    QString waitingFor() const override;

private:
    // A label of its own, or one made as the step begins, from what the steps before it
    // found (a server created before, or running already).
    struct Step {
        Step(const QString &text, std::function<void()> work)
            : label([text] { return text; })
            , run(std::move(work))
        {
        }
        Step(std::function<QString()> makeLabel, std::function<void()> work)
            : label(std::move(makeLabel))
            , run(std::move(work))
        {
        }
        std::function<QString()> label;
        std::function<void()> run;
    };
    using ProcessDone = std::function<void(int exitCode, const QStringList &output)>;

    // False, after failed(), when no directory was given.
    bool hasDirectory();
    void runSteps(const QList<Step> &steps);
    void next();

    Step findInstallation();
    Step checkCitus();
    Step prepareDirectory();
    Step createServer(const QString &server, int requestedPort);
    Step startServer(const QString &server, int requestedPort, bool preloadCitus);
    Step stopServer(const QString &server);
    QList<Step> serverSteps(int workers, int port, bool preloadCitus);
    QList<Step> citusSteps(int workers);

    void start(const QString &server);
    // A server program, run as the servers' user.
    void runServerProgram(const QString &program, const QStringList &arguments, ProcessDone then);
    void run(const std::pair<QString, QStringList> &command, ProcessDone then);
    void runSql(int port, const QList<SqlScript::Statement> &statements, std::function<void()> then);
    ConnectionProfile profile(int port) const;
    int portOf(const QString &server) const;
    QList<WorkerNode> expectedWorkers() const;
    void failPortInUse(int port, const QString &server);
    // False, after failed(), when the path cannot be handed over to the servers' user.
    bool handOver(const QString &path);

    LocalClusterDirectory m_directory;
    std::optional<PostgresInstallation> m_installation;
    ProcessGroup *m_process = nullptr;
    SqlScript *m_script = nullptr;
    ClusterProbe *m_probe;
    QList<Step> m_steps;
    int m_step = 0;
    QString m_label; // of the step that runs
    QStringList m_running; // servers the running operation found running already
    QString m_password;
    // The superuser's password for the initdb that runs, in a file only its owner may
    // read: removed when initdb ends or the operation fails, and with the launcher.
    std::unique_ptr<QTemporaryFile> m_initdbPassword;
    QList<ServerState> m_servers; // found or started by the running operation
};

} // namespace shardscope
