#pragma once

// This machine's PostgreSQL for the local launcher's tests: found as the launcher finds it,
// or a reason to skip that says how to install it; a guard that leaves no server of a
// launcher's directory running however the test ends (ServerWatcher.h); and the same
// PostgreSQL as it would be without Citus, whatever this machine has installed.

#include "CitusDetector.h"
#include "ClusterLauncher.h"
#include "LauncherSpy.h"
#include "PostgresInstallation.h"
#include "ServerWatcher.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace localpostgres {

// The installation the launcher will use, or nothing and *why.
inline std::optional<shardscope::PostgresInstallation> find(QString *why)
{
    return shardscope::PostgresInstallation::find(QProcessEnvironment::systemEnvironment(), why);
}

// The installation, when Citus is installed for it too; otherwise nothing and *why (what is
// missing and how to install it).
inline std::optional<shardscope::PostgresInstallation> findWithCitus(QString *why)
{
    auto installation = find(why);
    if (!installation)
        return std::nullopt;
    QProcess pgConfig;
    pgConfig.start(installation->binDir() + QStringLiteral("/pg_config"), shardscope::CitusDetector::pgConfigArguments());
    if (!pgConfig.waitForFinished(10000)) {
        *why = QStringLiteral("pg_config did not finish within 10 s");
        return std::nullopt;
    }
    if (const auto missing = shardscope::CitusDetector::check(QString::fromUtf8(pgConfig.readAll()).split(QLatin1Char('\n')))) {
        *why = missing->message;
        return std::nullopt;
    }
    return installation;
}

// Has the servers a launcher starts in directory stopped, and the directory removed, once
// this test process has ended, should it end before its own clean-up.
inline bool watch(const shardscope::PostgresInstallation &installation, const QString &directory)
{
    const auto [program, arguments] = installation.command(QStringLiteral("pg_ctl"), {});
    return ServerWatcher::watch(directory, QStringList{program} + arguments);
}

// Stops whatever the launcher runs when the scope ends, whichever way the test function
// leaves it.
inline auto stopOnExit(shardscope::ClusterLauncher &launcher)
{
    return qScopeGuard([&launcher] {
        launcher.cancel();
        LauncherSpy spy(launcher);
        launcher.down(false);
        if (!spy.waitForEnd())
            qWarning("the servers were not stopped in time: the watcher will stop them");
    });
}

// A directory of PostgreSQL's programs (links to this machine's) whose pg_config names
// extension directories without Citus: with SHARDSCOPE_PG_BINDIR pointing at binDir(),
// the launcher sees a PostgreSQL without Citus, as on a machine that has none.
class WithoutCitus
{
public:
    explicit WithoutCitus(const QString &realBinDir)
    {
        const QDir root(m_dir.path());
        m_valid = m_dir.isValid() && root.mkpath(QStringLiteral("bin")) && root.mkpath(QStringLiteral("lib"))
            && root.mkpath(QStringLiteral("share/extension"));
        for (const char *program : {"initdb", "pg_ctl", "postgres", "psql"})
            m_valid = m_valid
                && QFile::link(realBinDir + QLatin1Char('/') + QLatin1String(program), binDir() + QLatin1Char('/') + QLatin1String(program));
        QFile pgConfig(binDir() + QStringLiteral("/pg_config"));
        m_valid = m_valid && pgConfig.open(QIODevice::WriteOnly)
            && pgConfig.write(QStringLiteral("#!/bin/sh\n"
                                             "for option; do\n"
                                             "  case $option in\n"
                                             "    --pkglibdir) echo '%1/lib' ;;\n"
                                             "    --sharedir) echo '%1/share' ;;\n"
                                             "    *) '%2/pg_config' \"$option\" ;;\n"
                                             "  esac\n"
                                             "done\n")
                                  .arg(m_dir.path(), realBinDir)
                                  .toUtf8())
                > 0;
        pgConfig.close();
        m_valid = m_valid && pgConfig.setPermissions(pgConfig.permissions() | QFile::ExeOwner);
    }

    bool isValid() const { return m_valid; }
    QString binDir() const { return m_dir.filePath(QStringLiteral("bin")); }
    QString libDir() const { return m_dir.filePath(QStringLiteral("lib")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SHARDSCOPE_PG_BINDIR"), binDir());
        return environment;
    }

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
};

} // namespace localpostgres
