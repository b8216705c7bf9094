#pragma once

#include "ConnectionProfile.h"
#include "ErrorDiagnosis.h"
#include "OutageReport.h"

#include <QObject>

namespace shardscope {

class ClusterInspector;
class PgConnection;
class ShardMapReader;
class StatementRunner;

// Looks at a cluster as a class does after losing a worker, without blocking the thread it
// lives in: whether each worker answers (from the coordinator and from this machine) while
// citus_get_active_worker_nodes() still lists it, the tutorial's query for each user asked
// (which fail, and why), and the rows of every shard whose worker answers.
//
// Each check opens a connection of its own to the coordinator: one the coordinator had
// before a worker restarted may hold a broken connection to that worker, and the check
// would then blame the worker for the coordinator's cache. check() ends with finished() or
// failed(), once, never from inside the call.
class OutageCheck : public QObject
{
    Q_OBJECT

public:
    explicit OutageCheck(QObject *parent = nullptr);

    // table: the tutorial's table (its name as typed, or as regclass prints it).
    void check(const ConnectionProfile &coordinator, const QString &table, const QList<int> &users);
    bool isBusy() const { return m_busy; }
    const OutageReport &report() const { return m_report; }

    // For the command line and tests only: spins a local event loop.
    bool checkBlocking(const ConnectionProfile &coordinator, const QString &table, const QList<int> &users,
                       ErrorDiagnosis *error = nullptr);

signals:
    void finished();
    void failed(const shardscope::ErrorDiagnosis &error);

private:
    void inspect();
    void readShards();
    void locateUsers();
    void queryUser(int index);
    void fail(const ErrorDiagnosis &error);

    PgConnection *m_connection;
    ClusterInspector *m_inspector;
    ShardMapReader *m_reader;
    StatementRunner *m_runner;
    QString m_table;
    QList<int> m_users;
    OutageReport m_report;
    bool m_busy = false;
};

} // namespace shardscope
