#pragma once

#include "ErrorDiagnosis.h"
#include "ShardMap.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace shardscope {

class PgConnection;
class StatementRunner;

// Reads the shard map of a Citus cluster from its coordinator, without blocking the thread
// it lives in: every Citus table (or one), its shards' hash ranges (pg_dist_shard), the
// workers holding them (pg_dist_placement), then the rows of each shard, counted on the
// workers one table at a time (run_command_on_shards: a count(*) per shard, cheap for a
// classroom table). And where values of a table's distribution column go: worker_hash() of
// the value as the column's type, and get_shard_id_for_distribution_column(), Citus' own
// routing.
//
// One request at a time, on a connection it may share (StatementRunner waits its turn).
// read() ends with mapRead() or failed(); locate() with located() or failed().
class ShardMapReader : public QObject
{
    Q_OBJECT

public:
    explicit ShardMapReader(PgConnection *connection, QObject *parent = nullptr);

    // table empty: every Citus table. countRows false leaves every shard's rows unknown.
    void read(const QString &table = {}, bool countRows = true);
    // Values as typed, read as the table's distribution column type; the map must hold the
    // table (read() first).
    void locate(const QString &table, const QStringList &values);
    bool isBusy() const { return m_busy; }
    // Stops the read or location running: it fails with Problem::Canceled.
    bool cancel();

    const ShardMap &map() const { return m_map; }
    const QList<ValueLocation> &locations() const { return m_locations; }

    // For the command line and tests only: spin a local event loop.
    bool readBlocking(const QString &table, bool countRows, ErrorDiagnosis *error = nullptr);
    bool locateBlocking(const QString &table, const QStringList &values, ErrorDiagnosis *error = nullptr);

    // The statements, for showing and testing: $1 the table name or '' for all.
    static QString shardsSql();
    // $1 the table, $2 the values as a text[]; the column's type as format_type() gave it.
    static QString locateSql(const QString &columnType);
    // A text[] literal holding values, each quoted.
    static QString textArray(const QStringList &values);

signals:
    void mapRead();
    void located();
    // Tables whose rows are counted so far, of total.
    void progress(int done, int total);
    void failed(const shardscope::ErrorDiagnosis &error);

private:
    void readShards(const QString &table, bool countRows);
    void countNext(int index);
    void fail(const ErrorDiagnosis &error);
    bool waitFor(void (ShardMapReader::*done)(), const std::function<void()> &start, ErrorDiagnosis *error);

    StatementRunner *m_runner;
    bool m_busy = false;
    ShardMap m_map;
    QList<ValueLocation> m_locations;
};

} // namespace shardscope
