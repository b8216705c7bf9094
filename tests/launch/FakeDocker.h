#pragma once

// Puts the stand-in docker (fake/docker) on a PATH of its own for a launcher: as docker,
// as docker-compose or both, with the scenario it is to play, and reads back what it was
// asked to do.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class FakeDocker
{
public:
    // How long a test waits for the stand-in tools to start or die: QtTest's 5 s default is
    // short on a loaded 2-core machine; a failed QTRY waits three times this, still well
    // inside ctest's TIMEOUT.
    static constexpr int patience = 15000;

    enum Tools { Docker = 1, DockerCompose = 2 };

    explicit FakeDocker(const QString &scenario = QStringLiteral("success"), int tools = Docker,
                        bool systemPath = true)
        : m_scenario(scenario)
        , m_systemPath(systemPath)
    {
        if (tools & Docker)
            QFile::link(QStringLiteral(SHARDSCOPE_FAKE_DOCKER), m_bin.filePath(QStringLiteral("docker")));
        if (tools & DockerCompose)
            QFile::link(QStringLiteral(SHARDSCOPE_FAKE_DOCKER), m_bin.filePath(QStringLiteral("docker-compose")));
    }

    // PATH is the fake's directory, then (for sleep and friends) /usr/bin and /bin, which
    // hold no docker but may hold the real docker-compose: the fake comes first.
    QProcessEnvironment environment(int coordinatorPort = 5432) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"),
                           m_bin.path() + (m_systemPath ? QStringLiteral(":/usr/bin:/bin") : QString()));
        environment.insert(QStringLiteral("FAKE_DOCKER_SCENARIO"), m_scenario);
        environment.insert(QStringLiteral("FAKE_DOCKER_RECORD"), m_files.filePath(QStringLiteral("record")));
        environment.insert(QStringLiteral("FAKE_DOCKER_PIDS"), m_files.filePath(QStringLiteral("pids")));
        environment.insert(QStringLiteral("FAKE_DOCKER_IMAGES"), m_files.filePath(QStringLiteral("images")));
        environment.insert(QStringLiteral("FAKE_DOCKER_COORDINATOR_PORT"), QString::number(coordinatorPort));
        // What the real tools printed, for the fake to print the same (tests/launch/data).
        environment.insert(QStringLiteral("FAKE_DOCKER_DATA"),
                           QFileInfo(QStringLiteral(SHARDSCOPE_FAKE_DOCKER)).dir().filePath(QStringLiteral("../data")));
        environment.remove(QStringLiteral("POSTGRES_PASSWORD"));
        environment.remove(QStringLiteral("COMPOSE_PROFILES"));
        environment.remove(QStringLiteral("CITUS_IMAGE"));
        return environment;
    }

    // One line per invocation: "docker compose --ansi never ...".
    QStringList calls() const { return lines(QStringLiteral("record")); }

    // CITUS_IMAGE as each `up` found it in its environment; "-" where it was unset.
    QStringList images() const { return lines(QStringLiteral("images")); }

    // The calls of Compose only, leaving out the listings of what the project has.
    QStringList composeCalls() const
    {
        QStringList compose;
        for (const QString &call : calls()) {
            if (call.startsWith(QLatin1String("docker compose ")) || call.startsWith(QLatin1String("docker-compose ")))
                compose << call;
        }
        return compose;
    }

    // The processes a hanging scenario left: its shell and the sleep it waits for.
    QList<pid_t> hangingPids() const
    {
        QFile file(m_files.filePath(QStringLiteral("pids")));
        QList<pid_t> pids;
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            for (const QByteArray &pid : file.readAll().simplified().split(' ')) {
                if (pid.toInt() > 0)
                    pids << pid.toInt();
            }
        }
        return pids;
    }

    // A zombie nobody reaps yet (the sleep, orphaned) has ended all the same.
    static bool isAlive(pid_t pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = stat.readAll();
        const qsizetype afterName = text.lastIndexOf(')');
        return afterName > 0 && text.mid(afterName + 2, 1) != "Z";
    }

private:
    // The lines of one of the files the fake writes.
    QStringList lines(const QString &name) const
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    QString m_scenario;
    bool m_systemPath;
    QTemporaryDir m_bin;
    QTemporaryDir m_files;
};
