#include "DistributeStep.h"

#include "CitusExtensionState.h"
#include "PgConnection.h"

namespace shardscope {

namespace {

const QString existsSql = QStringLiteral("SELECT to_regclass($1) IS NOT NULL");
const QString partitionSql = QStringLiteral(
    "SELECT coalesce(column_to_column_name(p.logicalrelid, p.partkey), ''), p.colocationid,"
    " (SELECT count(*) FROM pg_dist_shard s WHERE s.logicalrelid = p.logicalrelid)"
    " FROM pg_dist_partition p WHERE p.logicalrelid = to_regclass($1)");
const QString perWorkerSql = QStringLiteral(
    "SELECT n.nodename, n.nodeport, count(*) FROM pg_dist_shard s"
    " JOIN pg_dist_placement p ON p.shardid = s.shardid"
    " JOIN pg_dist_node n ON n.groupid = p.groupid AND n.noderole = 'primary'"
    " WHERE s.logicalrelid = to_regclass($1) GROUP BY 1, 2 ORDER BY 1, 2");

QStringList messages(const QList<PgError> &notices)
{
    QStringList texts;
    for (const PgError &notice : notices)
        texts << notice.message;
    return texts;
}

} // namespace

DistributeStep::DistributeStep(PgConnection *connection, const DemoTable &table, QObject *parent)
    : TutorialStep(connection, parent)
    , m_table(table)
{
}

QString DistributeStep::title() const
{
    return tr("Distribute the table");
}

QString DistributeStep::explanation() const
{
    return tr("create_distributed_table splits the table into shards, by a hash of the distribution column, and "
              "spreads them over the workers. All rows of one user_id land in the same shard, so a query for one "
              "user goes to a single worker. The table name and column travel as values, not as SQL text.");
}

SqlStatement DistributeStep::statement(const QString &quotedTable, const QString &column,
                                       std::optional<int> shardCount, const QString &colocateWith)
{
    SqlStatement statement{QStringLiteral("SELECT create_distributed_table($1::regclass, $2::text"),
                           {quotedTable, column}};
    if (shardCount) {
        statement.params << *shardCount;
        statement.sql += QStringLiteral(", shard_count => $%1::int").arg(statement.params.size());
    }
    if (!colocateWith.isEmpty()) {
        statement.params << colocateWith;
        statement.sql += QStringLiteral(", colocate_with => $%1::text").arg(statement.params.size());
    }
    statement.sql += QLatin1Char(')');
    return statement;
}

SqlStatement DistributeStep::statement() const
{
    return statement(quotedTable(), m_table.distributionColumn, m_shardCount, m_colocateWith);
}

QString DistributeStep::quotedTable() const
{
    return connection()->quoteIdentifier(m_table.name);
}

QString DistributeStep::sql() const
{
    return statement().sql;
}

QVariantList DistributeStep::parameters() const
{
    return statement().params;
}

void DistributeStep::detect()
{
    // What an earlier check found is of the table then, perhaps on another cluster.
    m_perWorker.clear();
    query(existsSql, {quotedTable()}, [this](const StatementRunner::Reply &reply) {
        if (reply.results.value(0).value(0, 0) == QLatin1String("t"))
            return checkCitus();
        fail(ErrorDiagnosis::because(ErrorDiagnosis::Problem::TableMissing,
                                     tr("There is no table \"%1\" to distribute yet: create it first.").arg(m_table.name)));
    });
}

void DistributeStep::checkCitus()
{
    query(CitusExtensionState::query(), {}, [this](const StatementRunner::Reply &reply) {
        if (const auto problem = CitusExtensionState::fromResult(reply.results.value(0)).problem())
            return fail(*problem);
        checkDistributed();
    });
}

void DistributeStep::checkDistributed()
{
    query(partitionSql, {quotedTable()}, [this](const StatementRunner::Reply &reply) {
        const PgResult &partition = reply.results.value(0);
        if (partition.rowCount() == 0)
            return detected(false);
        const QString column = partition.value(0, 0);
        if (column == m_table.distributionColumn)
            return readLayout({}, true);
        const QString by = column.isEmpty() ? tr("has no distribution column (a reference or local table)")
                                            : tr("is distributed by %1").arg(column);
        fail(ErrorDiagnosis::because(ErrorDiagnosis::Problem::AlreadyDistributed,
                                     tr("The table \"%1\" %2, not by %3: reset the demo to start over.")
                                         .arg(m_table.name, by, m_table.distributionColumn)));
    });
}

void DistributeStep::perform()
{
    const SqlStatement call = statement();
    query(call.sql, call.params,
          [this](const StatementRunner::Reply &reply) { readLayout(messages(reply.notices), false); });
}

void DistributeStep::readLayout(const QStringList &notes, bool asDetected)
{
    query(partitionSql, {quotedTable()}, [this, notes, asDetected](const StatementRunner::Reply &reply) {
        const PgResult &partition = reply.results.value(0);
        m_colocationId = partition.value(0, 1).toInt();
        m_shards = partition.value(0, 2).toLongLong();
        query(perWorkerSql, {quotedTable()}, [this, notes, asDetected](const StatementRunner::Reply &reply) {
            const PgResult &rows = reply.results.value(0);
            m_perWorker.clear();
            for (int row = 0; row < rows.rowCount(); ++row)
                m_perWorker << ShardsOnWorker{{rows.value(row, 0), rows.value(row, 1).toInt()},
                                              rows.value(row, 2).toLongLong()};
            if (asDetected)
                detected(true, describe(notes));
            else
                succeed(describe(notes));
        });
    });
}

StepResult DistributeStep::describe(const QStringList &notes) const
{
    StepResult result;
    result.summary = tr("distributed by %1 into %2 on %3")
                         .arg(m_table.distributionColumn, tr("%n shard(s)", nullptr, int(m_shards)),
                              tr("%n worker(s)", nullptr, int(m_perWorker.size())));
    ResultTable table{tr("Shards per worker"), {tr("Worker"), tr("Shards")}, {}};
    for (const ShardsOnWorker &worker : m_perWorker)
        table.rows << QStringList{worker.worker.toString(), QString::number(worker.shards)};
    result.tables << table;
    result.notes = notes;
    result.notes << tr("Colocation group %1: tables in the same group keep the rows of one %2 on the same worker.")
                        .arg(m_colocationId)
                        .arg(m_table.distributionColumn);
    return result;
}

} // namespace shardscope
