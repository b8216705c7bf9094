#pragma once

// A D-Bus session bus of the test's own and, when asked, a real keychain on it: GNOME
// Keyring's daemon, unlocked, keeping its keyrings in a temporary directory. The user's
// session bus and keyrings are never touched: start() points this process's
// DBUS_SESSION_BUS_ADDRESS at the private bus, and must run before anything in the process
// connects to a session bus (QtDBus and GLib each connect once, on first use).
//
// The bus has no service files, so nothing on it starts on demand: without startKeyring()
// there is no Secret Service on it at all, as on a machine without a keychain. Both
// daemons die with the test process however it ends (PR_SET_PDEATHSIG), and their
// temporary directory goes too (ServerWatcher.h, which finds no server there).
//
//     PrivateSessionBus bus;
//     SHARDSCOPE_START_PRIVATE_BUS(bus);     // QSKIP without dbus-daemon
//     SHARDSCOPE_START_TEST_KEYRING(bus);    // QSKIP without gnome-keyring-daemon

#include "ServerWatcher.h"
#include "TestRequirements.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/prctl.h>

#define SHARDSCOPE_START_PRIVATE_BUS(bus) SHARDSCOPE_REQUIRE_STEP((bus), start())
#define SHARDSCOPE_START_TEST_KEYRING(bus) SHARDSCOPE_REQUIRE_STEP((bus), startKeyring())

class PrivateSessionBus
{
public:
    PrivateSessionBus() = default;
    PrivateSessionBus(const PrivateSessionBus &) = delete;
    PrivateSessionBus &operator=(const PrivateSessionBus &) = delete;

    ~PrivateSessionBus()
    {
        // The keychain first, so that it does not see its bus vanish under it.
        for (QProcess *daemon : {&m_keyring, &m_bus}) {
            daemon->terminate();
            daemon->waitForFinished(5000);
        }
    }

    bool start()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (program.isEmpty())
            return unavailableBecause(QStringLiteral(
                "dbus-daemon not found: this needs a D-Bus session bus of its own (Debian: apt install dbus-daemon)"));
        if (!m_dir.isValid())
            return fail(QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString()));
        if (!ServerWatcher::watch(m_dir.path(), {}))
            return fail(QStringLiteral("cannot start the watcher that removes %1 should this test die").arg(m_dir.path()));
        for (const char *sub : {"run", "data", "config", "cache"}) {
            if (!QDir(m_dir.path()).mkpath(QLatin1String(sub)))
                return fail(QStringLiteral("cannot create %1/%2").arg(m_dir.path(), QLatin1String(sub)));
        }
        QFile::setPermissions(path("run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile config(path("bus.conf"));
        if (!config.open(QIODevice::WriteOnly)
            || config.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                                           "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                           "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                                           "<auth>EXTERNAL</auth><policy context=\"default\">"
                                           "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                                           "<allow own=\"*\"/></policy></busconfig>\n")
                                .arg(path("run"))
                                .toUtf8())
                < 0)
            return fail(QStringLiteral("cannot write %1").arg(config.fileName()));
        config.close();
        diesWithUs(m_bus);
        m_bus.start(program, {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                              QStringLiteral("--print-address=1")});
        while (!m_bus.canReadLine() && m_bus.waitForReadyRead(30000)) {
        }
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        if (m_address.isEmpty())
            return fail(QStringLiteral("dbus-daemon printed no address: %1")
                            .arg(QString::fromLocal8Bit(m_bus.readAllStandardError())));
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        return true;
    }

    // gnome-keyring-daemon on the bus, its login keyring made and unlocked; true once it
    // offers the Secret Service there.
    bool startKeyring()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (program.isEmpty())
            return unavailableBecause(QStringLiteral("gnome-keyring-daemon not found: this needs a real Secret Service "
                                                     "to keep passwords in (Debian: apt install gnome-keyring)"));
        diesWithUs(m_keyring);
        m_keyring.setProcessEnvironment(environment());
        m_keyring.setProcessChannelMode(QProcess::MergedChannels);
        m_keyring.start(program, {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                  QStringLiteral("--components=secrets")});
        // --unlock reads the keyring's password from standard input, to its end.
        m_keyring.write("test-keyring-password");
        m_keyring.closeWriteChannel();
        QDBusConnection watcher = QDBusConnection::connectToBus(m_address, QStringLiteral("shardscope-test-watcher"));
        const bool offered = QTest::qWaitFor(
            [&] {
                return m_keyring.state() != QProcess::NotRunning
                    && watcher.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value();
            },
            30000);
        QDBusConnection::disconnectFromBus(QStringLiteral("shardscope-test-watcher"));
        if (!offered)
            return fail(QStringLiteral("gnome-keyring-daemon did not offer the Secret Service on the private bus:\n%1")
                            .arg(QString::fromLocal8Bit(m_keyring.readAll())));
        return true;
    }

    // The environment for programs that should use the private bus (and nothing of the
    // user's): this process's, with the bus and its own XDG folders.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), path("run"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path("data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path("config"));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), path("cache"));
        // No window to ask for anything in: a prompt must fail, not wait.
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return environment;
    }

    // Where the keychain keeps its files, to look into them.
    QString dataDirectory() const { return path("data"); }

    bool unavailable() const { return m_unavailable; }
    QString error() const { return m_error; }

private:
    static void diesWithUs(QProcess &process)
    {
        process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    }

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

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

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/shardscope-bus-XXXXXX")};
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    bool m_unavailable = false;
    QString m_error;
};
