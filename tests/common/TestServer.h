#pragma once

// A throwaway PostgreSQL server for a test program: its own cluster in a temporary
// directory, listening on a free loopback port, with password (SCRAM) authentication over
// TCP for the superuser "postgres". Tuned to start fast, not to keep data. Never loads
// Citus, whatever the machine's postgresql.conf.sample says: a test that wants "no Citus"
// gets it here. Stopped and removed by the destructor, and also when the test process dies
// without running it (qFatal, a crash, ctest's timeout, Ctrl-C): see ServerWatcher.h.
//
// initdb refuses to run as root: as root the server runs as the system user "postgres"
// (through runuser), in a directory handed over to that user.
//
//     TestServer server;
//     SHARDSCOPE_START_TEST_SERVER(server); // QSKIP when PostgreSQL is not installed
//     profile.dsn = server.dsn();
//     profile.password = server.password();

#include "ServerWatcher.h"
#include "TestRequirements.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <memory>

// Starts the server, or skips the test (binaries missing) or fails it (anything else).
#define SHARDSCOPE_START_TEST_SERVER(server) SHARDSCOPE_REQUIRE_STEP((server), start())

class TestServer
{
public:
    TestServer() = default;
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    ~TestServer()
    {
        if (m_running)
            pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
    }

    // Creates the cluster on the first call; later calls restart it on the same port.
    bool start()
    {
        if (m_port == 0 && !create())
            return false;
        if (!pgCtl({QStringLiteral("-l"), path(QStringLiteral("server.log")), QStringLiteral("-o"),
                    QStringLiteral("-p %1").arg(m_port), QStringLiteral("start")}))
            return fail(QStringLiteral("pg_ctl start failed:\n%1\n%2").arg(m_output, log()));
        m_running = true;
        return true;
    }

    // Fast shutdown: every session gets FATAL 57P01, as when an administrator stops the
    // server under a client.
    bool stop()
    {
        m_running = false;
        return pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")})
            || fail(QStringLiteral("pg_ctl stop failed:\n%1").arg(m_output));
    }

    // True when the machine cannot run a server at all (the test should skip); error() says why.
    bool unavailable() const { return m_unavailable; }
    QString error() const { return m_error; }

    int port() const { return m_port; }
    // Where the cluster lives: removed with the server.
    QString directory() const { return m_dir ? m_dir->path() : QString(); }
    QString password() const { return QStringLiteral("test-password"); }
    // libpq key=value string for the superuser over TCP, without the password.
    QString dsn() const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=postgres").arg(m_port);
    }

    QString log() const
    {
        QFile file(path(QStringLiteral("server.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // A loopback port nothing listens on right now.
    static int freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        int port = 0;
        if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), length) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        if (fd >= 0)
            ::close(fd);
        return port;
    }

private:
    bool create()
    {
        m_binDir = findBinDir();
        if (m_binDir.isEmpty())
            return unavailableBecause(QStringLiteral(
                "PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin, "
                "PATH or $SHARDSCOPE_PG_BINDIR: install postgresql-15"));
        if (::geteuid() == 0) {
            m_runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
            const passwd *user = ::getpwnam("postgres");
            if (m_runuser.isEmpty() || !user)
                return unavailableBecause(QStringLiteral(
                    "running as root, and initdb refuses root: the server needs runuser (util-linux) and a "
                    "\"postgres\" user (made by the postgresql-15 package), or run the tests as another user"));
            m_uid = user->pw_uid;
            m_gid = user->pw_gid;
        }
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/shardscope-pg-XXXXXX"));
        if (!m_dir->isValid())
            return fail(QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString()));
        QFile passwordFile(path(QStringLiteral("pwfile")));
        if (!passwordFile.open(QIODevice::WriteOnly) || passwordFile.write(password().toUtf8() + '\n') < 0)
            return fail(QStringLiteral("cannot write %1").arg(passwordFile.fileName()));
        passwordFile.close();
        if (m_uid && (::chown(qPrintable(m_dir->path()), m_uid, m_gid) != 0
                      || ::chown(qPrintable(passwordFile.fileName()), m_uid, m_gid) != 0))
            return fail(QStringLiteral("cannot hand %1 over to the postgres user").arg(m_dir->path()));
        if (!startWatcher())
            return fail(QStringLiteral("cannot start the watcher that removes %1 should this test die")
                            .arg(m_dir->path()));

        // -N: no fsync of the new files; C locale: no collation surprises, and faster.
        if (!run(bin(QStringLiteral("initdb")),
                 {QStringLiteral("-D"), path(QStringLiteral("data")), QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--pwfile=") + passwordFile.fileName(), QStringLiteral("--auth-local=trust"),
                  QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-N"), QStringLiteral("--locale=C"),
                  QStringLiteral("-E"), QStringLiteral("UTF8")}))
            return fail(QStringLiteral("initdb failed:\n%1").arg(m_output));

        QFile config(path(QStringLiteral("data/postgresql.conf")));
        if (!config.open(QIODevice::Append))
            return fail(QStringLiteral("cannot append to %1").arg(config.fileName()));
        // Appended, so these win over what initdb copied from the sample. No preloaded
        // library: a sample naming citus would otherwise give some machines a Citus server.
        config.write(QStringLiteral("\nlisten_addresses = '127.0.0.1'\n"
                                    "unix_socket_directories = '%1'\n"
                                    "fsync = off\n"
                                    "synchronous_commit = off\n"
                                    "full_page_writes = off\n"
                                    "shared_buffers = 16MB\n"
                                    "max_connections = 20\n"
                                    "lc_messages = 'C'\n"
                                    "shared_preload_libraries = ''\n")
                         .arg(m_dir->path())
                         .toUtf8());
        config.close();
        m_port = freePort();
        return m_port != 0 || fail(QStringLiteral("no free loopback port"));
    }

    static bool hasServerBinaries(const QString &dir)
    {
        return QFileInfo(dir + QStringLiteral("/initdb")).isExecutable()
            && QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable();
    }

    static QString findBinDir()
    {
        const QString configured = qEnvironmentVariable("SHARDSCOPE_PG_BINDIR");
        if (!configured.isEmpty())
            return hasServerBinaries(configured) ? configured : QString();
        // Debian keeps each major version apart; take the newest.
        QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
        for (const QString &version : versions) {
            const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
            if (hasServerBinaries(dir))
                return dir;
        }
        const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        return initdb.isEmpty() || !hasServerBinaries(QFileInfo(initdb).absolutePath())
            ? QString()
            : QFileInfo(initdb).absolutePath();
    }

    // Stops the server and removes its directory should the test process die.
    bool startWatcher() const
    {
        QStringList pgCtl;
        if (m_uid)
            pgCtl << m_runuser << QStringLiteral("-u") << QStringLiteral("postgres") << QStringLiteral("--");
        return ServerWatcher::watch(m_dir->path(), pgCtl << bin(QStringLiteral("pg_ctl")));
    }

    bool pgCtl(QStringList arguments)
    {
        arguments = QStringList{QStringLiteral("-D"), path(QStringLiteral("data")), QStringLiteral("-w"),
                                QStringLiteral("-t"), QStringLiteral("30")}
            + arguments;
        return run(bin(QStringLiteral("pg_ctl")), arguments);
    }

    bool run(QString program, QStringList arguments)
    {
        if (m_uid) {
            arguments = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                + arguments;
            program = m_runuser;
        }
        QProcess process;
        process.setWorkingDirectory(m_dir->path()); // the postgres user may not enter ours
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        const bool ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
        m_output = QString::fromLocal8Bit(process.readAll());
        if (process.error() != QProcess::UnknownError)
            m_output += process.errorString();
        return ok;
    }

    QString bin(const QString &name) const { return m_binDir + QLatin1Char('/') + name; }
    QString path(const QString &name) const { return m_dir ? m_dir->filePath(name) : QString(); }

    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    bool unavailableBecause(const QString &reason)
    {
        m_unavailable = true;
        return fail(reason);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_runuser;
    uid_t m_uid = 0; // of the postgres user when we are root, else 0: run as ourselves
    gid_t m_gid = 0;
    int m_port = 0;
    bool m_running = false;
    bool m_unavailable = false;
    QString m_error;
    QString m_output;
};
