#pragma once

#include "StepPage.h"

class QComboBox;
class QSpinBox;

namespace shardscope {

class DistributeStep;
class StatementRunner;
class WorkerBarChart;

// create_distributed_table: which column decides a row's shard, how many shards, and
// afterwards how many shards each worker got.
class DistributePage : public StepPage
{
    Q_OBJECT

public:
    explicit DistributePage(WizardSession *session, QWidget *parent = nullptr);

    QComboBox *column() const { return m_column; }
    WorkerBarChart *chart() const { return m_chart; }

protected:
    void prepareRun() override;
    QString toDoText() const override;
    void showResult() override;

private:
    DistributeStep *distribute() const;
    void loadColumns();

    StatementRunner *m_runner;
    QComboBox *m_column;
    QSpinBox *m_shards;
    WorkerBarChart *m_chart;
};

} // namespace shardscope
