#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

#include <sys/types.h>

namespace shardscope {

// The PostgreSQL server programs of this machine and as whom they run. initdb refuses to
// run as root, so as root the servers run as the system user postgres, through runuser,
// in directories handed over to that user.
class PostgresInstallation
{
    Q_DECLARE_TR_FUNCTIONS(PostgresInstallation)

public:
    // $SHARDSCOPE_PG_BINDIR, else the newest /usr/lib/postgresql/*/bin (Debian keeps each
    // major version apart), else initdb's directory on the environment's PATH.
    static std::optional<PostgresInstallation> find(const QProcessEnvironment &environment, QString *error);

    const QString &binDir() const { return m_binDir; }
    // The program and arguments that run one of the server programs as the server's user.
    std::pair<QString, QStringList> command(const QString &program, const QStringList &arguments) const;
    // The same for any program, given by its path.
    std::pair<QString, QStringList> asServerUser(const QString &path, const QStringList &arguments) const;
    bool runsAsOtherUser() const { return !m_runuser.isEmpty(); }
    // Makes path the server user's; nothing to do unless running as root.
    bool handOver(const QString &path, QString *error) const;

private:
    static bool hasServerPrograms(const QString &dir);

    QString m_binDir;
    QString m_runuser; // empty: run as ourselves
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

} // namespace shardscope
