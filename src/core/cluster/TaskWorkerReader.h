#pragma once

#include "ErrorDiagnosis.h"
#include "NodeAddress.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <optional>

namespace shardscope {

class PgConnection;

// The worker a user's task runs on, as the plan says it: what a student sees move when
// the user's shard moves.
struct UserTask {
    int userId = 0;
    std::optional<NodeAddress> worker; // nothing when the plan has no single worker
};

// Reads, for the tutorial's query of each user given, the worker its one task runs on:
// EXPLAIN (VERBOSE, FORMAT JSON) on the coordinator, without ANALYZE (nothing runs), one
// user after the other, never waiting on the thread. Ends with tasksRead() or failed().
class TaskWorkerReader : public QObject
{
    Q_OBJECT

public:
    // connection: connected, and free while a read runs.
    explicit TaskWorkerReader(PgConnection *connection, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    // table: its name as written, quoted here.
    void read(const QString &table, const QList<int> &users);

    // The worker of the one task of an EXPLAIN's output; nothing for a plan of no task or
    // of several, or for output that is no plan.
    static std::optional<NodeAddress> workerOf(const QByteArray &explainOutput);

signals:
    void tasksRead(const QList<shardscope::UserTask> &tasks);
    void failed(const shardscope::ErrorDiagnosis &diagnosis);

private:
    void next();
    void onFinished();

    PgConnection *m_connection;
    bool m_busy = false;
    QString m_quotedTable;
    QList<int> m_users;
    QList<UserTask> m_tasks;
    QByteArray m_output;
    std::optional<PgError> m_error;
};

} // namespace shardscope

Q_DECLARE_METATYPE(shardscope::UserTask)
