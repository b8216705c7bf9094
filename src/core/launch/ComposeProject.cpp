#include "ComposeProject.h"

#include "ComposeEnvFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace shardscope {

namespace {

// Every service is in this profile: down must reach the workers of whatever count was
// started before.
const QString allProfile = QStringLiteral("all");
const QString imageKey = QStringLiteral("CITUS_IMAGE");

} // namespace

ComposeProject::ComposeProject(const QString &directory, const QString &envFile, const QString &name)
    : m_directory(QDir(directory).absolutePath())
    , m_envFile(envFile)
    , m_name(name)
{
    if (m_envFile.isEmpty()) {
        m_envFile = QFileInfo(m_directory).isWritable()
            ? m_directory + QStringLiteral("/.env")
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/docker/.env");
    }
}

QString ComposeProject::defaultDirectory()
{
    const QString configured = qEnvironmentVariable("SHARDSCOPE_COMPOSE_DIR");
    if (!configured.isEmpty())
        return configured;
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/shardscope/docker");
    if (QFileInfo::exists(installed + QStringLiteral("/docker-compose.yml")))
        return QDir::cleanPath(installed);
    return QStringLiteral(SHARDSCOPE_SOURCE_COMPOSE_DIR);
}

QString ComposeProject::defaultName()
{
    const QString configured = qEnvironmentVariable("SHARDSCOPE_COMPOSE_PROJECT");
    return configured.isEmpty() ? QLatin1String(standardName) : configured;
}

QString ComposeProject::composeFile() const
{
    return m_directory + QStringLiteral("/docker-compose.yml");
}

QString ComposeProject::passFile() const
{
    return QFileInfo(m_envFile).absolutePath() + QStringLiteral("/pgpass");
}

QString ComposeProject::workerProfile(int workers)
{
    return QStringLiteral("workers-%1").arg(workers);
}

QStringList ComposeProject::commonArguments(const ComposeTool &tool, bool withEnvFile) const
{
    QStringList arguments = tool.prefix;
    arguments << QStringLiteral("--ansi") << QStringLiteral("never") << QStringLiteral("-f") << composeFile();
    // v1 refuses an --env-file that does not exist; down and port then work without one.
    if (withEnvFile || QFileInfo::exists(m_envFile))
        arguments << QStringLiteral("--env-file") << m_envFile;
    arguments << QStringLiteral("-p") << m_name;
    return arguments;
}

QStringList ComposeProject::upArguments(const ComposeTool &tool, int workers) const
{
    // up writes the .env first when there is none: shown before, the command has it too.
    return commonArguments(tool, true)
        << QStringLiteral("--profile") << workerProfile(workers) << QStringLiteral("up") << QStringLiteral("-d");
}

QStringList ComposeProject::portArguments(const ComposeTool &tool) const
{
    return commonArguments(tool) << QStringLiteral("port") << QStringLiteral("coordinator") << QStringLiteral("5432");
}

QStringList ComposeProject::downArguments(const ComposeTool &tool, bool removeVolumes) const
{
    QStringList arguments = commonArguments(tool)
        << QStringLiteral("--profile") << allProfile << QStringLiteral("down") << QStringLiteral("--remove-orphans");
    if (removeVolumes)
        arguments << QStringLiteral("--volumes");
    return arguments;
}

QStringList ComposeProject::stopArguments(const ComposeTool &tool, const QString &service) const
{
    return commonArguments(tool) << QStringLiteral("--profile") << allProfile << QStringLiteral("stop") << service;
}

QStringList ComposeProject::execArguments(const ComposeTool &tool, const QStringList &command) const
{
    return commonArguments(tool) << QStringLiteral("exec") << QStringLiteral("coordinator") << command;
}

QProcessEnvironment ComposeProject::upEnvironment(QProcessEnvironment base, int workers, int port) const
{
    base = otherEnvironment(base);
    // Both, whatever a .env says: the process environment wins over .env in v1 and v2.
    base.insert(QStringLiteral("COMPOSE_PROFILES"), workerProfile(workers));
    base.insert(QStringLiteral("COORDINATOR_PORT"), QString::number(port));
    // The image chosen, unless the user named one: CITUS_IMAGE in the environment or in
    // the .env (which the environment would otherwise override) wins.
    if (!m_citusImage.isEmpty() && !base.contains(imageKey)) {
        QString unreadable; // then Compose cannot read it either, and says so
        const auto values = ComposeEnvFile::read(m_envFile, &unreadable);
        if (!values || values->value(imageKey).isEmpty())
            base.insert(imageKey, m_citusImage);
    }
    return base;
}

QProcessEnvironment ComposeProject::otherEnvironment(QProcessEnvironment base) const
{
    base.insert(QStringLiteral("COMPOSE_PROJECT_NAME"), m_name);
    // The file requires a password even to stop containers, which need none: a cluster
    // started by hand without our .env can still be stopped.
    if (!QFileInfo::exists(m_envFile) && !base.contains(QStringLiteral("POSTGRES_PASSWORD")))
        base.insert(QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("unused"));
    return base;
}

} // namespace shardscope
