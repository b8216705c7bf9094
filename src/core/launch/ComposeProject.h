#pragma once

#include "ComposeTool.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace shardscope {

// docker/docker-compose.yml and its .env, and the command lines that drive them with
// Compose v1 or v2 alike. The project name is always given (-p and COMPOSE_PROJECT_NAME),
// so a .env of the user's cannot rename the containers the tutorial talks about.
class ComposeProject
{
public:
    // The name the tutorial's commands use (postgres_sharding-coordinator-1).
    static constexpr const char *standardName = "postgres_sharding";

    // directory holds docker-compose.yml; envFile defaults to directory/.env, or to a file
    // in the application's data directory when directory is not writable (installed).
    explicit ComposeProject(const QString &directory, const QString &envFile = {},
                            const QString &name = defaultName());

    // $SHARDSCOPE_COMPOSE_DIR, the installed share/shardscope/docker, or the source tree.
    static QString defaultDirectory();
    // $SHARDSCOPE_COMPOSE_PROJECT, or the standard name: tests that run real containers
    // take a name of their own, so they never touch a cluster of the user's.
    static QString defaultName();

    const QString &name() const { return m_name; }
    const QString &directory() const { return m_directory; }
    QString composeFile() const;
    const QString &envFile() const { return m_envFile; }
    // libpq password file beside the .env, for connection strings without the password.
    QString passFile() const;

    // The image up runs (CITUS_IMAGE), unless CITUS_IMAGE is in the environment or the
    // .env; empty: the compose file's default.
    void setCitusImage(const QString &image) { m_citusImage = image; }
    const QString &citusImage() const { return m_citusImage; }

    QStringList upArguments(const ComposeTool &tool, int workers) const;
    QStringList portArguments(const ComposeTool &tool) const;
    QStringList downArguments(const ComposeTool &tool, bool removeVolumes) const;
    // Stops one service's container, keeping it and its volume.
    QStringList stopArguments(const ComposeTool &tool, const QString &service) const;
    // Runs command in the coordinator's container.
    QStringList execArguments(const ComposeTool &tool, const QStringList &command) const;

    // What the tool runs with for up: base plus the project's name, the worker profile,
    // the coordinator's port and the image.
    QProcessEnvironment upEnvironment(QProcessEnvironment base, int workers, int port) const;
    // For port and down: base plus the project's name.
    QProcessEnvironment otherEnvironment(QProcessEnvironment base) const;

    static QString workerProfile(int workers);

private:
    // withEnvFile: --env-file even when the file is not there yet.
    QStringList commonArguments(const ComposeTool &tool, bool withEnvFile = false) const;

    QString m_directory;
    QString m_envFile;
    QString m_name;
    QString m_citusImage;
};

} // namespace shardscope
