#include "ClusterLauncher.h"

#include <utility>

namespace shardscope {

ClusterLauncher::ClusterLauncher(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ClusterEndpoint>();
    qRegisterMetaType<ClusterStatus>();
    qRegisterMetaType<LaunchError>();
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(10 * 60 * 1000);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const QString why = waitingFor();
        abort();
        const QString message = why.isEmpty()
            ? tr("Gave up after %1 s.").arg(m_deadline.interval() / 1000)
            : tr("Gave up after %1 s: %2").arg(m_deadline.interval() / 1000).arg(why);
        fail({LaunchError::Kind::Timeout, message, {}});
    });
}

void ClusterLauncher::up(int workers, int port)
{
    if (!begin())
        return;
    if (const auto invalid = checkSettings(workers, port))
        fail(*invalid);
    else
        startUp(workers, port);
}

void ClusterLauncher::status()
{
    if (begin())
        startStatus();
}

void ClusterLauncher::down(bool removeData)
{
    if (begin())
        startDown(removeData);
}

void ClusterLauncher::stopWorker(int index)
{
    if (!begin())
        return;
    if (const auto invalid = checkSettings(index, 0)) {
        fail({LaunchError::Kind::InvalidSettings,
              tr("There is no worker %1: workers are numbered from %2 to %3.").arg(index).arg(minWorkers).arg(maxWorkers),
              {}});
        return;
    }
    startStopWorker(index);
}

void ClusterLauncher::cleanUp()
{
    if (begin())
        startCleanUp();
}

void ClusterLauncher::cancel()
{
    if (!m_busy)
        return;
    abort();
    fail({LaunchError::Kind::Cancelled, tr("Cancelled."), {}});
}

std::optional<LaunchError> ClusterLauncher::checkSettings(int workers, int port)
{
    if (workers < minWorkers || workers > maxWorkers) {
        return LaunchError{LaunchError::Kind::InvalidSettings,
                           tr("The number of workers must be between %1 and %2, not %3.")
                               .arg(minWorkers)
                               .arg(maxWorkers)
                               .arg(workers),
                           {}};
    }
    if (port < 0 || port > 65535)
        return LaunchError{LaunchError::Kind::InvalidSettings, tr("%1 is not a TCP port (1 to 65535).").arg(port), {}};
    return std::nullopt;
}

bool ClusterLauncher::begin()
{
    if (m_busy) {
        // Not through fail(): that would end the operation that is running.
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit failed({LaunchError::Kind::Failed, tr("Another operation on the cluster is still running."), {}});
            },
            Qt::QueuedConnection);
        return false;
    }
    m_busy = true;
    m_log.clear();
    m_deadline.start();
    return true;
}

void ClusterLauncher::addLog(const QString &line)
{
    m_log << line;
    emit logLine(line);
}

void ClusterLauncher::succeed(const ClusterEndpoint &endpoint)
{
    finish([this, endpoint] { emit ready(endpoint); });
}

void ClusterLauncher::succeed(const ClusterStatus &status)
{
    finish([this, status] { emit statusKnown(status); });
}

void ClusterLauncher::succeedDown()
{
    finish([this] { emit stopped(); });
}

void ClusterLauncher::fail(LaunchError error)
{
    if (error.log.isEmpty())
        error.log = m_log.join(QLatin1Char('\n'));
    // What settles the failure has no deadline of its own to beat.
    m_deadline.stop();
    settleFailure(std::move(error));
}

void ClusterLauncher::reportFailure(LaunchError error)
{
    finish([this, error] { emit failed(error); });
}

void ClusterLauncher::finish(std::function<void()> report)
{
    m_deadline.stop();
    m_busy = false;
    QMetaObject::invokeMethod(this, std::move(report), Qt::QueuedConnection);
}

} // namespace shardscope
