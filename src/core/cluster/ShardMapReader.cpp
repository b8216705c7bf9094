#include "ShardMapReader.h"

#include "CitusExtensionState.h"
#include "ClusterInfo.h"
#include "PgConnection.h"
#include "RowLocator.h"
#include "StatementRunner.h"

#include <QEventLoop>

namespace shardscope {

namespace {

ErrorDiagnosis problem(const QString &why)
{
    return ErrorDiagnosis::because(ErrorDiagnosis::Problem::Other, why);
}

} // namespace

ShardMapReader::ShardMapReader(PgConnection *connection, QObject *parent)
    : QObject(parent)
    , m_runner(new StatementRunner(connection, this))
{
}

QString ShardMapReader::shardsSql()
{
    // One row per placement; a shard without any (never, but a left join costs nothing)
    // keeps its row. The distribution column's type is what its values are read as.
    return QStringLiteral("SELECT p.logicalrelid::regclass::text, ") + DistributedTableInfo::typeSql()
        + QStringLiteral(", coalesce(column_to_column_name(p.logicalrelid, p.partkey), ''),"
                         " coalesce(format_type(a.atttypid, a.atttypmod), ''), p.colocationid,"
                         " s.shardid, s.shardminvalue, s.shardmaxvalue, n.nodename, n.nodeport"
                         " FROM pg_dist_partition p"
                         " JOIN pg_dist_shard s ON s.logicalrelid = p.logicalrelid"
                         " LEFT JOIN pg_attribute a ON a.attrelid = p.logicalrelid"
                         " AND a.attname = column_to_column_name(p.logicalrelid, p.partkey)"
                         " LEFT JOIN pg_dist_placement pl ON pl.shardid = s.shardid"
                         " LEFT JOIN pg_dist_node n ON n.groupid = pl.groupid AND n.noderole = 'primary'"
                         " WHERE $1::text = '' OR p.logicalrelid = to_regclass($1::text)"
                         " ORDER BY 1, s.shardid, n.nodeid");
}

QString ShardMapReader::locateSql(const QString &columnType)
{
    // The type is the server's own format_type() of a column, not the user's text: each
    // value is cast to it so that worker_hash() uses the hash function Citus routes with.
    return QStringLiteral("SELECT worker_hash(u.v::%1), get_shard_id_for_distribution_column($1::regclass, u.v)"
                          " FROM unnest($2::text[]) WITH ORDINALITY AS u(v, i) ORDER BY u.i")
        .arg(columnType);
}

QString ShardMapReader::textArray(const QStringList &values)
{
    QStringList quoted;
    for (QString value : values) {
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + value + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

void ShardMapReader::read(const QString &table, bool countRows)
{
    if (m_busy)
        return;
    m_busy = true;
    m_map = ShardMap();
    // Plain PostgreSQL, or Citus not ready, said in words rather than "pg_dist_partition does
    // not exist".
    m_runner->run(CitusExtensionState::query(), {}, [this, table, countRows](const StatementRunner::Reply &reply) {
        if (!reply.ok())
            return fail(ErrorDiagnosis::of(*reply.error));
        if (const auto problem = CitusExtensionState::fromResult(reply.results.value(0)).problem())
            return fail(*problem);
        readShards(table, countRows);
    });
}

void ShardMapReader::readShards(const QString &table, bool countRows)
{
    m_runner->run(shardsSql(), {table}, [this, table, countRows](const StatementRunner::Reply &reply) {
        if (!reply.ok())
            return fail(ErrorDiagnosis::of(*reply.error));
        const PgResult &result = reply.results.value(0);
        QList<QStringList> rows;
        for (int row = 0; row < result.rowCount(); ++row)
            rows << result.row(row);
        m_map = ShardMap::fromRows(rows);
        if (m_map.tables.isEmpty()) {
            return fail(table.isEmpty() ? problem(tr("the cluster has no Citus tables yet"))
                                        : problem(tr("%1 is not a Citus table").arg(table)));
        }
        if (!countRows) {
            m_busy = false;
            return emit mapRead();
        }
        countNext(0);
    });
}

void ShardMapReader::countNext(int index)
{
    emit progress(index, int(m_map.tables.size()));
    if (index == m_map.tables.size()) {
        m_busy = false;
        return emit mapRead();
    }
    // regclass prints the name quoted as needed, as rowsPerShard() wants it.
    const SqlStatement count = RowLocator::rowsPerShard(m_map.tables.at(index).name);
    m_runner->run(count.sql, count.params, [this, index](const StatementRunner::Reply &reply) {
        if (!reply.ok())
            return fail(ErrorDiagnosis::of(*reply.error));
        ShardMapTable &table = m_map.tables[index];
        // One row per placement: every copy of a shard reports the same count.
        for (const ShardRows &counted : RowLocator::readRowsPerShard(reply.results.value(0))) {
            for (ShardSegment &shard : table.shards) {
                if (shard.shardId == counted.shardId) {
                    shard.rows = counted.rows;
                    shard.rowsError = counted.error;
                }
            }
        }
        countNext(index + 1);
    });
}

void ShardMapReader::locate(const QString &table, const QStringList &values)
{
    if (m_busy)
        return;
    m_locations.clear();
    m_busy = true;
    const ShardMapTable *known = m_map.table(table);
    if (!known) {
        // Later, as every answer comes: never from inside the call.
        const ErrorDiagnosis error = problem(tr("%1 is not in the shard map: read it first").arg(table));
        QMetaObject::invokeMethod(this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    if (!known->isHashDistributed()) {
        // One shard holds every row, whatever the value.
        const ShardSegment &only = known->shards.first();
        for (const QString &value : values)
            m_locations << ValueLocation{value, std::nullopt, only.shardId, only.placements};
        QMetaObject::invokeMethod(this, [this] {
            m_busy = false;
            emit located();
        }, Qt::QueuedConnection);
        return;
    }
    m_runner->run(locateSql(known->columnType), {table, textArray(values)},
                  [this, table, values](const StatementRunner::Reply &reply) {
                      if (!reply.ok())
                          return fail(ErrorDiagnosis::of(*reply.error));
                      const PgResult &result = reply.results.value(0);
                      const ShardMapTable *known = m_map.table(table);
                      for (int row = 0; row < result.rowCount() && row < values.size(); ++row) {
                          const qint64 shardId = result.value(row, 1).toLongLong();
                          const ShardSegment *shard = known ? known->shard(shardId) : nullptr;
                          m_locations << ValueLocation{values.at(row), result.value(row, 0).toInt(), shardId,
                                                       shard ? shard->placements : QList<NodeAddress>{}};
                      }
                      m_busy = false;
                      emit located();
                  });
}

bool ShardMapReader::cancel()
{
    if (!m_busy)
        return false;
    if (!m_runner->cancel())
        fail(ErrorDiagnosis::of(PgError::client(PgError::Kind::QueryCanceled, tr("cancelled"))));
    return true;
}

void ShardMapReader::fail(const ErrorDiagnosis &error)
{
    m_busy = false;
    emit failed(error);
}

bool ShardMapReader::waitFor(void (ShardMapReader::*done)(), const std::function<void()> &start, ErrorDiagnosis *error)
{
    if (m_busy)
        return false;
    QEventLoop loop;
    bool ok = false;
    const auto finished = connect(this, done, &loop, [&] {
        ok = true;
        loop.quit();
    });
    const auto failure = connect(this, &ShardMapReader::failed, &loop, [&](const ErrorDiagnosis &diagnosis) {
        if (error)
            *error = diagnosis;
        loop.quit();
    });
    start();
    loop.exec();
    disconnect(finished);
    disconnect(failure);
    return ok;
}

bool ShardMapReader::readBlocking(const QString &table, bool countRows, ErrorDiagnosis *error)
{
    return waitFor(&ShardMapReader::mapRead, [&] { read(table, countRows); }, error);
}

bool ShardMapReader::locateBlocking(const QString &table, const QStringList &values, ErrorDiagnosis *error)
{
    return waitFor(&ShardMapReader::located, [&] { locate(table, values); }, error);
}

} // namespace shardscope
