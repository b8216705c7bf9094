#pragma once

#include "DemoTable.h"

#include <QList>
#include <QObject>

namespace shardscope {

class ClusterCheckStep;
class CreateTableStep;
class DistributeStep;
class ExplainStep;
class InsertStep;
class PgConnection;
class ResetDemoStep;
class TutorialStep;

// The tutorial's five steps, in order, and the reset, all on one connection and one demo
// table: what the wizard's pages and `shardscope tutorial` drive.
class Tutorial : public QObject
{
    Q_OBJECT

public:
    explicit Tutorial(PgConnection *connection, const DemoTable &table = {}, QObject *parent = nullptr);

    const DemoTable &table() const { return m_table; }
    // For every step; a CREATE TABLE the user edited stays as edited.
    void setTable(const DemoTable &table);

    ClusterCheckStep *clusterCheck() const { return m_clusterCheck; }
    CreateTableStep *createTable() const { return m_createTable; }
    DistributeStep *distribute() const { return m_distribute; }
    InsertStep *insert() const { return m_insert; }
    ExplainStep *explain() const { return m_explain; }
    ResetDemoStep *reset() const { return m_reset; }
    // The five, in order (the reset is not one of them).
    QList<TutorialStep *> steps() const;

    // Points the explain step at the tutorial's query for one user (needs the connection
    // connected, to quote the table's name).
    void explainUser(int userId);

private:
    PgConnection *m_connection;
    DemoTable m_table;
    ClusterCheckStep *m_clusterCheck;
    CreateTableStep *m_createTable;
    DistributeStep *m_distribute;
    InsertStep *m_insert;
    ExplainStep *m_explain;
    ResetDemoStep *m_reset;
};

} // namespace shardscope
