#pragma once

#include "ClusterInfo.h"
#include "DemoTable.h"
#include "SqlStatement.h"
#include "TutorialStep.h"

#include <optional>

namespace shardscope {

// Step 3: create_distributed_table(table, column [, shard_count] [, colocate_with]). Done
// when pg_dist_partition has the table; distributed by another column, it fails and says
// so. Before Citus is asked anything, the table must exist and the database have Citus, so
// on plain PostgreSQL it stops with the not-installed explanation.
class DistributeStep : public TutorialStep
{
    Q_OBJECT

public:
    struct ShardsOnWorker {
        NodeAddress worker;
        qint64 shards = 0;
    };

    DistributeStep(PgConnection *connection, const DemoTable &table, QObject *parent = nullptr);

    QString title() const override;
    QString explanation() const override;
    QString sql() const override;
    QVariantList parameters() const override;

    const DemoTable &table() const { return m_table; }
    void setTable(const DemoTable &table) { m_table = table; }
    // Nothing: Citus's default (citus.shard_count, 32).
    void setShardCount(std::optional<int> count) { m_shardCount = count; }
    // A distributed table to share shard placement with; empty: Citus's default.
    void setColocateWith(const QString &table) { m_colocateWith = table; }

    // Of the distributed table, once done.
    qint64 shardCount() const { return m_shards; }
    int colocationId() const { return m_colocationId; }
    const QList<ShardsOnWorker> &shardsPerWorker() const { return m_perWorker; }

    // The call, for a table name already quoted as an identifier (regclass input parses it
    // like SQL), the column as written (Citus looks it up verbatim).
    static SqlStatement statement(const QString &quotedTable, const QString &column, std::optional<int> shardCount,
                                  const QString &colocateWith);

protected:
    void detect() override;
    void perform() override;

private:
    SqlStatement statement() const;
    QString quotedTable() const;
    void checkCitus();
    void checkDistributed();
    void readLayout(const QStringList &notes, bool asDetected);
    StepResult describe(const QStringList &notes) const;

    DemoTable m_table;
    std::optional<int> m_shardCount;
    QString m_colocateWith;
    qint64 m_shards = 0;
    int m_colocationId = 0;
    QList<ShardsOnWorker> m_perWorker;
};

} // namespace shardscope
