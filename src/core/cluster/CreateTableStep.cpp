#include "CreateTableStep.h"

#include "PgConnection.h"

namespace shardscope {

namespace {

// One row per primary key column in key order, or a single row with a NULL column when
// there is no primary key; no row at all when the table does not exist. $1: the quoted
// name, which to_regclass parses like SQL would.
const QString lookUpSql = QStringLiteral(
    "SELECT a.attname FROM (SELECT to_regclass($1) AS oid) t"
    " LEFT JOIN pg_index i ON i.indrelid = t.oid AND i.indisprimary"
    " LEFT JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord) ON true"
    " LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
    " WHERE t.oid IS NOT NULL ORDER BY k.ord");

} // namespace

CreateTableStep::CreateTableStep(PgConnection *connection, const DemoTable &table, QObject *parent)
    : TutorialStep(connection, parent)
    , m_table(table)
{
}

QString CreateTableStep::title() const
{
    return tr("Create the table");
}

QString CreateTableStep::explanation() const
{
    return tr("The table is created like any PostgreSQL table; Citus comes in at the next step. Its primary key is "
              "(user_id, log_id), not just log_id: once distributed by user_id, each worker can only check "
              "uniqueness among the rows of its own shards, so Citus requires the distribution column in every "
              "primary key and unique constraint. log_id alone would need a look at every shard for each insert.");
}

QString CreateTableStep::tutorialSql(const QString &quotedTable)
{
    return QStringLiteral("CREATE TABLE %1 (\n"
                          "    log_id BIGSERIAL,\n"
                          "    user_id INT NOT NULL,\n"
                          "    action_description VARCHAR(255),\n"
                          "    log_timestamp TIMESTAMPTZ DEFAULT NOW(),\n"
                          "    PRIMARY KEY (user_id, log_id)\n"
                          ")")
        .arg(quotedTable);
}

QString CreateTableStep::sql() const
{
    return m_editedSql.value_or(tutorialSql(connection()->quoteIdentifier(m_table.name)));
}

void CreateTableStep::lookUp(std::function<void(bool)> then)
{
    query(lookUpSql, {connection()->quoteIdentifier(m_table.name)},
          [this, then = std::move(then)](const StatementRunner::Reply &reply) {
              const PgResult &rows = reply.results.value(0);
              m_primaryKey.clear();
              for (int row = 0; row < rows.rowCount(); ++row) {
                  if (!rows.isNull(row, 0))
                      m_primaryKey << rows.value(row, 0);
              }
              then(rows.rowCount() > 0);
          });
}

void CreateTableStep::detect()
{
    lookUp([this](bool exists) { detected(exists, exists ? describe() : StepResult()); });
}

void CreateTableStep::perform()
{
    query(sql(), {}, [this](const StatementRunner::Reply &) {
        lookUp([this](bool exists) {
            if (exists)
                return succeed(describe());
            fail(ErrorDiagnosis::because(ErrorDiagnosis::Problem::TableMissing,
                                         tr("The statement ran, but there is still no table \"%1\": the "
                                            "tutorial's next steps use that name.")
                                             .arg(m_table.name)));
        });
    });
}

StepResult CreateTableStep::describe() const
{
    StepResult result;
    if (m_primaryKey.isEmpty()) {
        result.summary = tr("table %1 ready, without a primary key").arg(m_table.name);
        return result;
    }
    result.summary = tr("table %1 ready, primary key (%2)").arg(m_table.name, m_primaryKey.join(QStringLiteral(", ")));
    if (!m_primaryKey.contains(m_table.distributionColumn))
        result.notes << tr("The primary key does not include %1: Citus will refuse to distribute the table by it.")
                            .arg(m_table.distributionColumn);
    return result;
}

} // namespace shardscope
