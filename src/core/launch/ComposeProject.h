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
    static constexpr const char *name = "postgres_sharding";

    // directory holds docker-compose.yml; envFile defaults to directory/.env, or to a file
    // in the application's data directory when directory is not writable (installed).
    explicit ComposeProject(const QString &directory, const QString &envFile = {});

    // $SHARDSCOPE_COMPOSE_DIR, the installed share/shardscope/docker, or the source tree.
    static QString defaultDirectory();

    const QString &directory() const { return m_directory; }
    QString composeFile() const;
    const QString &envFile() const { return m_envFile; }
    // libpq password file beside the .env, for connection strings without the password.
    QString passFile() const;

    QStringList upArguments(const ComposeTool &tool, int workers) const;
    QStringList portArguments(const ComposeTool &tool) const;
    QStringList downArguments(const ComposeTool &tool, bool removeVolumes) const;

    // What the tool runs with for up: base plus the project's name, the worker profile and
    // the coordinator's port.
    QProcessEnvironment upEnvironment(QProcessEnvironment base, int workers, int port) const;
    // For port and down: base plus the project's name.
    QProcessEnvironment otherEnvironment(QProcessEnvironment base) const;

    static QString workerProfile(int workers);

private:
    QStringList commonArguments(const ComposeTool &tool) const;

    QString m_directory;
    QString m_envFile;
};

} // namespace shardscope
