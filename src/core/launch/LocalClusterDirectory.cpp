#include "LocalClusterDirectory.h"

#include "ClusterLauncher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace shardscope {

namespace {

const QByteArray includeLine = "include_if_exists = 'shardscope.conf'";
constexpr int logTailLines = 20;

} // namespace

LocalClusterDirectory::LocalClusterDirectory(const QString &path)
    : m_path(path.trimmed().isEmpty() ? QString() : QDir(path).absolutePath())
{
}

QString LocalClusterDirectory::serverName(int index)
{
    return index == 0 ? QStringLiteral("coordinator") : QStringLiteral("worker%1").arg(index);
}

bool LocalClusterDirectory::exists(const QString &server) const
{
    return QFileInfo::exists(dataDir(server) + QStringLiteral("/PG_VERSION"));
}

QStringList LocalClusterDirectory::servers() const
{
    QStringList servers;
    for (int index = 0; index <= ClusterLauncher::maxWorkers; ++index) {
        if (exists(serverName(index)))
            servers << serverName(index);
    }
    return servers;
}

int LocalClusterDirectory::port(const QString &server) const
{
    QFile file(settingsFile(server));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    static const QRegularExpression portLine(QStringLiteral(R"(^port = (\d+)$)"), QRegularExpression::MultilineOption);
    return portLine.match(QString::fromUtf8(file.readAll())).captured(1).toInt();
}

bool LocalClusterDirectory::writeSettings(const QString &server, int port, bool preloadCitus, QString *error) const
{
    QFile config(dataDir(server) + QStringLiteral("/postgresql.conf"));
    if (!config.open(QIODevice::ReadWrite | QIODevice::Text)) {
        *error = tr("cannot open %1: %2").arg(config.fileName(), config.errorString());
        return false;
    }
    if (!config.readAll().contains(includeLine) && config.write("\n" + includeLine + "\n") < 0) {
        *error = tr("cannot write %1: %2").arg(config.fileName(), config.errorString());
        return false;
    }
    QFile settings(settingsFile(server));
    if (!settings.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        *error = tr("cannot write %1: %2").arg(settings.fileName(), settings.errorString());
        return false;
    }
    // No Unix socket: its directory would need to suit the server's user, and a long data
    // directory path would not fit in a socket name. pg_ctl -w does not need one.
    QByteArray text = "# Written by ShardScope before every start.\n"
                      "listen_addresses = '127.0.0.1'\n"
                      "port = "
        + QByteArray::number(port)
        + "\nunix_socket_directories = ''\n"
          // Citus moves a shard with logical replication unless told to block writes: the
          // rebalancer then keeps the table writable while shards move (Cluster > Rebalance).
          "wal_level = logical\n";
    if (preloadCitus)
        text += "shared_preload_libraries = 'citus'\n";
    if (settings.write(text) < 0) {
        *error = tr("cannot write %1: %2").arg(settings.fileName(), settings.errorString());
        return false;
    }
    return true;
}

QString LocalClusterDirectory::logTail(const QString &server) const
{
    QFile file(logFile(server));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(std::max<qsizetype>(0, lines.size() - logTailLines)).join(QLatin1Char('\n'));
}

bool LocalClusterDirectory::remove(QString *error) const
{
    for (int index = 0; index <= ClusterLauncher::maxWorkers; ++index) {
        const QString server = serverName(index);
        QDir data(dataDir(server));
        if ((data.exists() && !data.removeRecursively()) || (QFile::exists(logFile(server)) && !QFile::remove(logFile(server)))) {
            *error = tr("cannot remove %1").arg(data.path());
            return false;
        }
    }
    if (QFile::exists(passFile()) && !QFile::remove(passFile())) {
        *error = tr("cannot remove %1").arg(passFile());
        return false;
    }
    return true;
}

} // namespace shardscope
