#include "PostgresInstallation.h"

#include "ProgramPath.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace shardscope {

namespace {

const QString serverUser = QStringLiteral("postgres");

} // namespace

std::optional<PostgresInstallation> PostgresInstallation::find(const QProcessEnvironment &environment, QString *error)
{
    PostgresInstallation installation;
    const QString configured = environment.value(QStringLiteral("SHARDSCOPE_PG_BINDIR"));
    if (!configured.isEmpty()) {
        if (hasServerPrograms(configured))
            installation.m_binDir = configured;
    } else {
        QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
        for (const QString &version : versions) {
            const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
            if (hasServerPrograms(dir)) {
                installation.m_binDir = dir;
                break;
            }
        }
        const QString initdb = ProgramPath::find(QStringLiteral("initdb"), environment);
        if (installation.m_binDir.isEmpty() && !initdb.isEmpty() && hasServerPrograms(QFileInfo(initdb).absolutePath()))
            installation.m_binDir = QFileInfo(initdb).absolutePath();
    }
    if (installation.m_binDir.isEmpty()) {
        *error = tr("PostgreSQL's server programs (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin, "
                    "on PATH or in $SHARDSCOPE_PG_BINDIR. Install them (Debian and Ubuntu: sudo apt install "
                    "postgresql-15) or set SHARDSCOPE_PG_BINDIR to their directory.");
        return std::nullopt;
    }
    if (::geteuid() == 0) {
        installation.m_runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        const passwd *user = ::getpwnam(qPrintable(serverUser));
        if (installation.m_runuser.isEmpty() || !user) {
            *error = tr("Running as root, the servers must run as the user %1 (initdb refuses root), which needs "
                        "runuser and a user %1. Run ShardScope as another user, or create the user %1.")
                         .arg(serverUser);
            return std::nullopt;
        }
        installation.m_uid = user->pw_uid;
        installation.m_gid = user->pw_gid;
    }
    return installation;
}

std::pair<QString, QStringList> PostgresInstallation::command(const QString &program, const QStringList &arguments) const
{
    return asServerUser(m_binDir + QLatin1Char('/') + program, arguments);
}

std::pair<QString, QStringList> PostgresInstallation::asServerUser(const QString &path, const QStringList &arguments) const
{
    if (m_runuser.isEmpty())
        return {path, arguments};
    return {m_runuser, QStringList{QStringLiteral("-u"), serverUser, QStringLiteral("--"), path} + arguments};
}

bool PostgresInstallation::handOver(const QString &path, QString *error) const
{
    if (m_runuser.isEmpty() || ::chown(QFile::encodeName(path).constData(), m_uid, m_gid) == 0)
        return true;
    *error = tr("cannot hand %1 over to the user %2").arg(path, serverUser);
    return false;
}

bool PostgresInstallation::hasServerPrograms(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/initdb")).isExecutable()
        && QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable();
}

} // namespace shardscope
