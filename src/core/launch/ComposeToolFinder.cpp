#include "ComposeToolFinder.h"

#include "ProcessGroup.h"
#include "ProgramPath.h"

#include <QTimer>

namespace shardscope {

ComposeToolFinder::ComposeToolFinder(QObject *parent)
    : QObject(parent)
{
}

void ComposeToolFinder::find(const QProcessEnvironment &environment)
{
    stop();
    m_environment = environment;
    const QString docker = ProgramPath::find(QStringLiteral("docker"), m_environment);
    if (docker.isEmpty()) {
        QTimer::singleShot(0, this, [this, attempt = m_attempt] {
            if (attempt == m_attempt)
                tryVersionOne({}, {});
        });
        return;
    }
    m_process = new ProcessGroup(this);
    m_process->setEnvironment(environment);
    connect(m_process, &ProcessGroup::finished, this, [this, docker](int exitCode) {
        const QString output = m_process->output().join(QLatin1Char('\n'));
        m_process->deleteLater();
        m_process = nullptr;
        if (exitCode == 0)
            emit found({docker, {QStringLiteral("compose")}, docker});
        else
            tryVersionOne(docker, output);
    });
    connect(m_process, &ProcessGroup::failedToStart, this, [this, docker](const QString &why) {
        m_process->deleteLater();
        m_process = nullptr;
        tryVersionOne(docker, why);
    });
    m_process->start(docker, {QStringLiteral("compose"), QStringLiteral("version")});
}

void ComposeToolFinder::stop()
{
    ++m_attempt;
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        m_process->deleteLater(); // its destructor kills what still runs
        m_process = nullptr;
    }
}

void ComposeToolFinder::tryVersionOne(const QString &docker, const QString &pluginOutput)
{
    const QString compose = ProgramPath::find(QStringLiteral("docker-compose"), m_environment);
    if (!compose.isEmpty()) {
        emit found({compose, {}, docker});
        return;
    }
    const QString message = docker.isEmpty()
        ? tr("Docker is not installed: neither `docker compose` nor `docker-compose` was found. "
             "Install Docker Engine with its Compose plugin (https://docs.docker.com/engine/install/), "
             "or run the cluster on local PostgreSQL servers instead.")
        : tr("Docker Compose is not installed: `docker compose` does not work here and "
             "`docker-compose` was not found. Install the Compose plugin (package "
             "docker-compose-plugin) or docker-compose, or run the cluster on local PostgreSQL "
             "servers instead.");
    emit failed({LaunchError::Kind::DockerMissing, message, pluginOutput});
}

} // namespace shardscope
