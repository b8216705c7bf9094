#pragma once

// One worker of a real Citus cluster (SHARDSCOPE_TEST_CITUS_DSN) stopped for a test, the
// way a learner makes a worker "lost": its server stopped with pg_ctl, as the owner of its
// data directory (through runuser when the test runs as root), and started again by the
// destructor however the test ends. Only for clusters of this machine (shardscope up
// --mode local): elsewhere stop() says it cannot, and the test skips.
//
//     WorkerOutage outage(coordinatorProfile, worker);
//     if (!outage.stop())
//         QSKIP(qPrintable(outage.error()));
//     ... // the worker does not answer
//     QVERIFY2(outage.start(), qPrintable(outage.error()));

#include "ClusterInfo.h"
#include "ConnectionProfile.h"
#include "PgConnection.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

class WorkerOutage
{
public:
    WorkerOutage(const shardscope::ConnectionProfile &coordinator, const shardscope::NodeAddress &worker)
        : m_coordinator(coordinator)
        , m_worker(worker)
    {
    }
    WorkerOutage(const WorkerOutage &) = delete;
    WorkerOutage &operator=(const WorkerOutage &) = delete;

    ~WorkerOutage()
    {
        if (m_stopped)
            start();
    }

    const QString &error() const { return m_error; }

    bool stop()
    {
        if (m_stopped)
            return true;
        if (!findDataDirectory())
            return false;
        m_stopped = pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")});
        return m_stopped;
    }

    bool start()
    {
        if (!m_stopped)
            return true;
        // The launcher's log is its own; this restart logs nowhere.
        m_stopped = !pgCtl({QStringLiteral("-l"), QStringLiteral("/dev/null"), QStringLiteral("start")});
        return !m_stopped;
    }

private:
    // The worker is asked itself, with the coordinator's database, user and password.
    bool findDataDirectory()
    {
        shardscope::ConnectionProfile profile = m_coordinator;
        profile.dsn += QStringLiteral(" host=%1 port=%2").arg(m_worker.host).arg(m_worker.port);
        shardscope::PgConnection connection;
        shardscope::PgError error;
        if (!connection.connectBlocking(profile, &error))
            return fail(QStringLiteral("cannot reach the worker %1: %2").arg(m_worker.toString(), error.toString()));
        // The worker's own programs, of its own version.
        const auto shown = connection.runBlocking(QStringLiteral(
            "SELECT current_setting('data_directory'), (SELECT setting FROM pg_config WHERE name = 'BINDIR')"));
        m_dataDir = shown.results.value(0).value(0, 0);
        m_binDir = shown.results.value(0).value(0, 1);
        if (!shown.ok() || !QFileInfo(m_dataDir).isDir())
            return fail(QStringLiteral("the worker %1 does not keep its data on this machine (%2): stopping it "
                                       "needs a cluster started here, with shardscope up --mode local")
                            .arg(m_worker.toString(), m_dataDir));
        return QFileInfo(m_binDir + QStringLiteral("/pg_ctl")).isExecutable()
            || fail(QStringLiteral("no pg_ctl in %1").arg(m_binDir));
    }

    bool pgCtl(const QStringList &arguments)
    {
        QString program = m_binDir + QStringLiteral("/pg_ctl");
        QStringList all = QStringList{QStringLiteral("-D"), m_dataDir, QStringLiteral("-w"), QStringLiteral("-t"),
                                      QStringLiteral("60")}
            + arguments;
        const QString owner = QFileInfo(m_dataDir).owner();
        if (::geteuid() == 0 && owner != QLatin1String("root")) {
            all = QStringList{QStringLiteral("-u"), owner, QStringLiteral("--"), program} + all;
            program = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        }
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, all);
        if (!process.waitForFinished(90000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return fail(QStringLiteral("pg_ctl %1 failed for %2: %3")
                            .arg(arguments.last(), m_dataDir, QString::fromLocal8Bit(process.readAll())));
        return true;
    }

    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    shardscope::ConnectionProfile m_coordinator;
    shardscope::NodeAddress m_worker;
    QString m_dataDir;
    QString m_binDir;
    QString m_error;
    bool m_stopped = false;
};
