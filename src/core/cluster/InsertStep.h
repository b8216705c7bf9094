#pragma once

#include "DemoTable.h"
#include "RowLocator.h"
#include "SqlStatement.h"
#include "TutorialStep.h"

namespace shardscope {

struct TutorialRow {
    int userId = 0;
    QString action;
};

// Step 4: the tutorial's five rows, each inserted only when no row of that user with that
// action is there; optionally BulkRows through COPY, topped up to the number asked for;
// then where the rows went: each traced user's shard and worker, and the rows of each
// shard and worker. On a table that is not distributed (plain PostgreSQL) the rows go in
// and the result says they all live on this one server.
class InsertStep : public TutorialStep
{
    Q_OBJECT

public:
    InsertStep(PgConnection *connection, const DemoTable &table, QObject *parent = nullptr);

    QString title() const override;
    QString explanation() const override;
    // The tutorial's INSERT of all five rows, and the COPY when a bulk load is set.
    QString sql() const override;
    QVariantList parameters() const override;

    const DemoTable &table() const { return m_table; }
    void setTable(const DemoTable &table) { m_table = table; }
    // rows 0: no bulk load. Cancelling it leaves none of its rows (COPY is one statement).
    void setBulkLoad(qint64 rows, int users);
    qint64 bulkRows() const { return m_bulkRows; }
    // The users whose shard and worker the result names; the tutorial's 1, 2 and 3.
    void setTracedUsers(const QList<int> &users) { m_traced = users; }

    static const QList<TutorialRow> &tutorialRows();
    // A multi-row INSERT of rows, values as parameters.
    static SqlStatement insertStatement(const QString &quotedTable, const QList<TutorialRow> &rows);
    // Which of rows are there (user_id, action_description), each at most once.
    static SqlStatement presentStatement(const QString &quotedTable, const QList<TutorialRow> &rows);

    // Of the last check() or run().
    qint64 insertedRows() const { return m_inserted; }
    qint64 bulkRowsLoaded() const { return m_bulkLoaded; }
    // The database has the citus extension: false on plain PostgreSQL.
    bool hasCitus() const { return m_citus; }
    bool isDistributed() const { return m_distributed; }
    const QList<UserPlacement> &userPlacements() const { return m_placements; }
    const QList<ShardRows> &shardRows() const { return m_shards; }
    QList<WorkerRows> workerRows() const { return RowLocator::rowsPerWorker(m_shards); }

protected:
    void detect() override;
    void perform() override;

private:
    QString quotedTable() const;
    void findPresent();
    void countBulk();
    void insertMissing();
    void loadBulk();
    void locate(bool asDetected);
    void locateRows(bool asDetected);
    void finish(bool asDetected);
    StepResult describe(bool performed) const;

    DemoTable m_table;
    qint64 m_bulkRows = 0;
    int m_bulkUsers = 1000;
    QList<int> m_traced{1, 2, 3};

    QList<TutorialRow> m_missing;
    qint64 m_bulkPresent = 0;
    qint64 m_inserted = 0;
    qint64 m_bulkLoaded = 0;
    bool m_located = false; // locate() ran: m_citus and below are known
    bool m_citus = false;
    bool m_distributed = false;
    QList<UserPlacement> m_placements;
    QList<ShardRows> m_shards;
};

} // namespace shardscope
