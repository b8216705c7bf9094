#include "Tutorial.h"

#include "ClusterCheckStep.h"
#include "CreateTableStep.h"
#include "DistributeStep.h"
#include "ExplainStep.h"
#include "InsertStep.h"
#include "PgConnection.h"
#include "ResetDemoStep.h"

namespace shardscope {

Tutorial::Tutorial(PgConnection *connection, const DemoTable &table, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_table(table)
    , m_clusterCheck(new ClusterCheckStep(connection, this))
    , m_createTable(new CreateTableStep(connection, table, this))
    , m_distribute(new DistributeStep(connection, table, this))
    , m_insert(new InsertStep(connection, table, this))
    , m_explain(new ExplainStep(connection, this))
    , m_reset(new ResetDemoStep(connection, table, this))
{
}

void Tutorial::setTable(const DemoTable &table)
{
    m_table = table;
    m_createTable->setTable(table);
    m_distribute->setTable(table);
    m_insert->setTable(table);
    m_reset->setTable(table);
}

QList<TutorialStep *> Tutorial::steps() const
{
    return {m_clusterCheck, m_createTable, m_distribute, m_insert, m_explain};
}

void Tutorial::explainUser(int userId)
{
    m_explain->setStatement(ExplainStep::tutorialStatement(m_connection->quoteIdentifier(m_table.name), userId));
}

} // namespace shardscope
