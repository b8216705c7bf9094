#pragma once

#include "ClusterEndpoint.h"
#include "ClusterStatus.h"
#include "LaunchError.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>
#include <utility>

namespace shardscope {

// Starts, checks and stops a Citus cluster of one coordinator and 1 to 8 workers, one
// operation at a time and without ever blocking. Every operation ends with exactly one
// of ready() (up), statusKnown() (status), stopped() (down) or failed(), and never from
// inside the call that began it. logLine() carries the raw output of the tools as it
// comes, progress() says in words what is going on.
//
// An operation running longer than the timeout fails with Kind::Timeout; cancel() ends
// it with Kind::Cancelled, stopping the tools it runs. Neither undoes what was done: a
// start that fails says in its error what it left in place (LaunchError::leftovers), and
// cleanUp() removes that.
class ClusterLauncher : public QObject
{
    Q_OBJECT

public:
    static constexpr int minWorkers = 1;
    static constexpr int maxWorkers = 8;

    explicit ClusterLauncher(QObject *parent = nullptr);

    void setTimeout(int msecs) { m_deadline.setInterval(msecs); }
    // After SIGTERM, how long a tool gets before SIGKILL when the operation is stopped.
    void setKillGrace(int msecs) { m_killGrace = msecs; }
    // The environment the tools run in (PATH decides which docker is used); by default
    // the process's own.
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

    bool isBusy() const { return m_busy; }

    // port 0: the launcher's default (5432 for Docker, a free port for local servers).
    void up(int workers, int port = 0);
    void status();
    void down(bool removeData = false);
    // Stops worker<index> (1 to 8) alone, keeping its data, to see what a cluster does
    // without it; up() starts it again. Ends with stopped().
    void stopWorker(int index);
    // After up() failed or was cancelled: removes what it left in place, keeping data that
    // was there before it. Ends with stopped().
    void cleanUp();
    void cancel();

signals:
    void logLine(const QString &line);
    void progress(int step, int total, const QString &label);
    void ready(const shardscope::ClusterEndpoint &endpoint);
    void statusKnown(const shardscope::ClusterStatus &status);
    void stopped();
    void failed(const shardscope::LaunchError &error);

protected:
    virtual void startUp(int workers, int port) = 0;
    virtual void startStatus() = 0;
    virtual void startDown(bool removeData) = 0;
    virtual void startStopWorker(int index) = 0;
    // By default as down() keeping the data.
    virtual void startCleanUp() { startDown(false); }
    // Called with every failure before it is reported, the operation still running: may
    // find out what was left in place before reportFailure(). By default reports at once.
    virtual void settleFailure(LaunchError error) { reportFailure(std::move(error)); }
    // Stops whatever runs, without signals.
    virtual void abort() = 0;
    // For the timeout message: what the operation was waiting for.
    virtual QString waitingFor() const = 0;

    // Takes the operation: false, after failed(), when another one runs.
    bool begin();
    // An InvalidSettings error unless 1 <= workers <= 8 and 0 <= port <= 65535.
    static std::optional<LaunchError> checkSettings(int workers, int port);
    const QProcessEnvironment &environment() const { return m_environment; }
    int killGrace() const { return m_killGrace; }

    void addLog(const QString &line);
    void reportProgress(int step, int total, const QString &label) { emit progress(step, total, label); }
    void succeed(const ClusterEndpoint &endpoint);
    void succeed(const ClusterStatus &status);
    void succeedDown();
    // Without a log of its own, the error gets the operation's; settleFailure() follows.
    void fail(LaunchError error);
    void reportFailure(LaunchError error);
    // Ends the operation; report, which emits its result, runs from the event loop.
    void finish(std::function<void()> report);

private:
    QTimer m_deadline;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    int m_killGrace = 5000;
    bool m_busy = false;
    QStringList m_log;
};

} // namespace shardscope
