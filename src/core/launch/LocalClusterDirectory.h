#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace shardscope {

// The directory of a local cluster: one PostgreSQL data directory per server
// (coordinator, worker1 ... worker8), each server's log beside it, and the pass file.
// What ShardScope decides about a server (port, addresses, Citus) is in its
// shardscope.conf, rewritten at every start and included by postgresql.conf.
class LocalClusterDirectory
{
    Q_DECLARE_TR_FUNCTIONS(LocalClusterDirectory)

public:
    // An empty path stays empty: no directory was chosen.
    explicit LocalClusterDirectory(const QString &path);

    // 0: coordinator, n: worker<n>.
    static QString serverName(int index);

    const QString &path() const { return m_path; }
    QString dataDir(const QString &server) const { return m_path + QLatin1Char('/') + server; }
    QString logFile(const QString &server) const { return m_path + QLatin1Char('/') + server + QStringLiteral(".log"); }
    QString settingsFile(const QString &server) const { return dataDir(server) + QStringLiteral("/shardscope.conf"); }
    QString passFile() const { return m_path + QStringLiteral("/pgpass"); }

    // initdb has run there.
    bool exists(const QString &server) const;
    // Those that exist: the coordinator first, then the workers in order.
    QStringList servers() const;
    // The port of its last start; 0 when it never started.
    int port(const QString &server) const;
    // Written before every start. False, and *error, when it cannot be.
    bool writeSettings(const QString &server, int port, bool preloadCitus, QString *error) const;
    // The last lines of the server's log, for error messages.
    QString logTail(const QString &server) const;
    // The servers' directories and logs and the pass file; nothing else that may be there.
    bool remove(QString *error) const;

private:
    QString m_path;
};

} // namespace shardscope
