#pragma once

// Where a worker of the real Citus cluster of SHARDSCOPE_TEST_CITUS_DSN runs, when
// `shardscope up --mode local` started that cluster on this machine: the cluster's
// directory (DIR/worker<N> beside DIR/pgpass), the worker's number and how many workers
// the directory holds. Asked of the worker itself, with the coordinator's credentials.
//
//     QString why;
//     const auto local = LocalClusterWorker::find(m_table.profile(), m_table.workerOf(1), &why);
//     if (!local)
//         QSKIP(qPrintable(why));

#include "ConnectionProfile.h"
#include "NodeAddress.h"
#include "PgConnection.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

struct LocalClusterWorker {
    QString directory;
    int index = 0;
    int workers = 0;

    static std::optional<LocalClusterWorker> find(const shardscope::ConnectionProfile &coordinator,
                                                  const shardscope::NodeAddress &worker, QString *why)
    {
        // The coordinator's connection string, pass file included, pointed at the worker.
        shardscope::ConnectionProfile profile = coordinator;
        profile.dsn += QStringLiteral(" host=%1 port=%2").arg(worker.host).arg(worker.port);
        shardscope::PgConnection connection;
        shardscope::PgError error;
        if (!connection.connectBlocking(profile, &error)) {
            *why = QStringLiteral("cannot reach the worker %1: %2").arg(worker.toString(), error.toString());
            return std::nullopt;
        }
        const QFileInfo data(
            connection.runBlocking(QStringLiteral("SELECT current_setting('data_directory')")).results.value(0).value(0, 0));
        const QDir directory = data.dir();
        if (!data.isDir() || !data.fileName().startsWith(QLatin1String("worker"))
            || !directory.exists(QStringLiteral("pgpass"))) {
            *why = QStringLiteral("the worker %1 was not started on this machine by shardscope up --mode local (its "
                                  "data: %2)")
                       .arg(worker.toString(), data.filePath());
            return std::nullopt;
        }
        return LocalClusterWorker{directory.path(), data.fileName().mid(6).toInt(),
                                  int(directory.entryList({QStringLiteral("worker*")}, QDir::Dirs).size())};
    }
};
