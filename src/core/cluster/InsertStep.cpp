#include "InsertStep.h"

#include "BulkRows.h"
#include "CitusExtensionState.h"
#include "PgConnection.h"

#include <QLocale>

namespace shardscope {

namespace {

const QString existsSql = QStringLiteral("SELECT to_regclass($1) IS NOT NULL");
const QString distributedSql = QStringLiteral(
    "SELECT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass($1) AND partkey IS NOT NULL)");

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

InsertStep::InsertStep(PgConnection *connection, const DemoTable &table, QObject *parent)
    : TutorialStep(connection, parent)
    , m_table(table)
{
    connect(runner(), &StatementRunner::copyProgress, this,
            [this](qint64 sent) { emit progress(sent, m_bulkRows - m_bulkPresent); });
}

const QList<TutorialRow> &InsertStep::tutorialRows()
{
    static const QList<TutorialRow> rows{{1, QStringLiteral("Logged in")},
                                         {2, QStringLiteral("Viewed dashboard")},
                                         {1, QStringLiteral("Updated profile")},
                                         {3, QStringLiteral("Posted a comment")},
                                         {2, QStringLiteral("Logged out")}};
    return rows;
}

QString InsertStep::title() const
{
    return tr("Insert rows");
}

QString InsertStep::explanation() const
{
    return tr("Rows go in with a plain INSERT; the coordinator hashes each row's user_id and sends it to the shard "
              "that owns that hash range, on whichever worker holds it. Rows of the same user always meet in the "
              "same shard. Here each row is inserted only if it is not there yet, so the step can run again.");
}

void InsertStep::setBulkLoad(qint64 rows, int users)
{
    m_bulkRows = qMax<qint64>(0, rows);
    m_bulkUsers = qMax(1, users);
}

SqlStatement InsertStep::insertStatement(const QString &quotedTable, const QList<TutorialRow> &rows)
{
    SqlStatement statement{QStringLiteral("INSERT INTO %1 (user_id, action_description) VALUES ").arg(quotedTable), {}};
    QStringList tuples;
    for (const TutorialRow &row : rows) {
        statement.params << row.userId << row.action;
        tuples << QStringLiteral("($%1::int, $%2)").arg(statement.params.size() - 1).arg(statement.params.size());
    }
    statement.sql += tuples.join(QStringLiteral(", "));
    return statement;
}

SqlStatement InsertStep::presentStatement(const QString &quotedTable, const QList<TutorialRow> &rows)
{
    SqlStatement statement{
        QStringLiteral("SELECT DISTINCT user_id, action_description FROM %1 WHERE (user_id, action_description) IN (")
            .arg(quotedTable),
        {}};
    QStringList tuples;
    for (const TutorialRow &row : rows) {
        statement.params << row.userId << row.action;
        tuples << QStringLiteral("($%1::int, $%2::text)").arg(statement.params.size() - 1).arg(statement.params.size());
    }
    statement.sql += tuples.join(QStringLiteral(", ")) + QLatin1Char(')');
    return statement;
}

QString InsertStep::quotedTable() const
{
    return connection()->quoteIdentifier(m_table.name);
}

QString InsertStep::sql() const
{
    QString text = insertStatement(quotedTable(), tutorialRows()).sql;
    if (m_bulkRows > 0)
        text += QStringLiteral(";\n") + BulkRows::copySql(quotedTable());
    return text;
}

QVariantList InsertStep::parameters() const
{
    return insertStatement(quotedTable(), tutorialRows()).params;
}

void InsertStep::detect()
{
    m_missing.clear();
    m_bulkPresent = 0;
    m_inserted = 0;
    m_bulkLoaded = 0;
    m_citus = false;
    m_distributed = false;
    m_located = false;
    m_placements.clear();
    m_shards.clear();
    query(existsSql, {quotedTable()}, [this](const StatementRunner::Reply &reply) {
        if (reply.results.value(0).value(0, 0) == QLatin1String("t"))
            return findPresent();
        fail(ErrorDiagnosis::because(ErrorDiagnosis::Problem::TableMissing,
                                     tr("There is no table \"%1\" to insert into yet: create it first.").arg(m_table.name)));
    });
}

void InsertStep::findPresent()
{
    const SqlStatement present = presentStatement(quotedTable(), tutorialRows());
    query(present.sql, present.params, [this](const StatementRunner::Reply &reply) {
        const PgResult &found = reply.results.value(0);
        for (const TutorialRow &row : tutorialRows()) {
            bool there = false;
            for (int r = 0; r < found.rowCount() && !there; ++r)
                there = found.value(r, 0).toInt() == row.userId && found.value(r, 1) == row.action;
            if (!there)
                m_missing << row;
        }
        countBulk();
    });
}

void InsertStep::countBulk()
{
    const auto judge = [this] {
        const bool done = m_missing.isEmpty() && m_bulkPresent >= m_bulkRows;
        if (done)
            locate(true);
        else
            detected(false, describe(false));
    };
    if (m_bulkRows == 0)
        return judge();
    const SqlStatement count = BulkRows::countStatement(quotedTable(), m_bulkRows);
    query(count.sql, count.params, [this, judge](const StatementRunner::Reply &reply) {
        m_bulkPresent = reply.results.value(0).value(0, 0).toLongLong();
        judge();
    });
}

void InsertStep::perform()
{
    insertMissing();
}

void InsertStep::insertMissing()
{
    if (m_missing.isEmpty())
        return loadBulk();
    const SqlStatement insert = insertStatement(quotedTable(), m_missing);
    query(insert.sql, insert.params, [this](const StatementRunner::Reply &reply) {
        m_inserted = reply.results.value(0).rowsAffected();
        loadBulk();
    });
}

void InsertStep::loadBulk()
{
    if (m_bulkPresent >= m_bulkRows)
        return locate(false);
    // Rows 1..m_bulkPresent are there: a load always takes the next rows in order, and a
    // failed COPY leaves none of its own.
    runner()->copyIn(BulkRows::copySql(quotedTable()), BulkRows::source(m_bulkPresent + 1, m_bulkRows, m_bulkUsers),
                     [this](const StatementRunner::Reply &reply) {
                         if (!reply.ok())
                             return fail(ErrorDiagnosis::of(*reply.error));
                         m_bulkLoaded = reply.results.value(0).rowsAffected();
                         locate(false);
                     });
}

void InsertStep::locate(bool asDetected)
{
    query(CitusExtensionState::query(), {}, [this, asDetected](const StatementRunner::Reply &reply) {
        m_citus = CitusExtensionState::fromResult(reply.results.value(0)).isCreated();
        if (!m_citus)
            return finish(asDetected);
        query(distributedSql, {quotedTable()}, [this, asDetected](const StatementRunner::Reply &reply) {
            m_distributed = reply.results.value(0).value(0, 0) == QLatin1String("t");
            if (m_distributed)
                locateRows(asDetected);
            else
                finish(asDetected);
        });
    });
}

void InsertStep::locateRows(bool asDetected)
{
    const SqlStatement users = RowLocator::userShards(quotedTable(), m_traced);
    query(users.sql, users.params, [this, asDetected](const StatementRunner::Reply &reply) {
        m_placements = RowLocator::readUserShards(reply.results.value(0));
        const SqlStatement shards = RowLocator::rowsPerShard(quotedTable());
        query(shards.sql, shards.params, [this, asDetected](const StatementRunner::Reply &reply) {
            m_shards = RowLocator::readRowsPerShard(reply.results.value(0));
            finish(asDetected);
        });
    });
}

void InsertStep::finish(bool asDetected)
{
    m_located = true;
    if (asDetected)
        detected(true, describe(false));
    else
        succeed(describe(true));
}

StepResult InsertStep::describe(bool performed) const
{
    StepResult result;
    const qsizetype total = tutorialRows().size();
    QStringList parts;
    parts << tr("%1 of %2 tutorial rows were there").arg(total - m_missing.size()).arg(total);
    if (performed)
        parts << tr("%1 inserted").arg(m_inserted);
    if (m_bulkRows > 0) {
        parts << tr("%1 of %2 bulk rows were there").arg(number(m_bulkPresent), number(m_bulkRows));
        if (performed)
            parts << tr("%1 loaded").arg(number(m_bulkLoaded));
    }
    result.summary = parts.join(QStringLiteral(", "));

    if (!m_located)
        return result;
    if (!m_distributed) {
        result.notes << tr("The table is not distributed: every row lives on this server.");
        return result;
    }
    ResultTable users{tr("Where the tutorial's users went"), {tr("User"), tr("Shard"), tr("Worker")}, {}};
    for (const UserPlacement &placement : m_placements) {
        users.rows << QStringList{QString::number(placement.userId), QString::number(placement.shardId),
                                  placement.worker.toString()};
    }
    ResultTable workers{tr("Rows per worker"), {tr("Worker"), tr("Shards"), tr("Rows")}, {}};
    for (const WorkerRows &worker : workerRows()) {
        workers.rows << QStringList{worker.worker.toString(), QString::number(worker.shards),
                                    worker.complete ? number(worker.rows) : tr("%1 or more").arg(number(worker.rows))};
    }
    ResultTable shards{tr("Rows per shard"), {tr("Shard"), tr("Worker"), tr("Rows")}, {}};
    for (const ShardRows &shard : m_shards) {
        shards.rows << QStringList{QString::number(shard.shardId), shard.worker.toString(),
                                   shard.rows ? number(*shard.rows) : shard.error};
    }
    result.tables << users << workers << shards;
    return result;
}

} // namespace shardscope
