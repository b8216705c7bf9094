#include "ResetDemoStep.h"

#include "PgConnection.h"

namespace shardscope {

ResetDemoStep::ResetDemoStep(PgConnection *connection, const DemoTable &table, QObject *parent)
    : TutorialStep(connection, parent)
    , m_table(table)
{
}

QString ResetDemoStep::title() const
{
    return tr("Reset demo");
}

QString ResetDemoStep::explanation() const
{
    return tr("Drops the table %1 and all its rows; on Citus its shards on the workers go with it. The tutorial "
              "then starts over from an empty database.")
        .arg(m_table.name);
}

QString ResetDemoStep::sql() const
{
    return QStringLiteral("DROP TABLE IF EXISTS %1").arg(connection()->quoteIdentifier(m_table.name));
}

void ResetDemoStep::detect()
{
    query(QStringLiteral("SELECT to_regclass($1) IS NULL"), {connection()->quoteIdentifier(m_table.name)},
          [this](const StatementRunner::Reply &reply) {
              const bool gone = reply.results.value(0).value(0, 0) == QLatin1String("t");
              detected(gone, StepResult{tr("no table %1").arg(m_table.name), {}, {}});
          });
}

void ResetDemoStep::perform()
{
    query(sql(), {}, [this](const StatementRunner::Reply &) {
        succeed(StepResult{tr("dropped table %1").arg(m_table.name), {}, {}});
    });
}

} // namespace shardscope
