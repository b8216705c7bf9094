#pragma once

#include "StepPage.h"

class QComboBox;
class QLabel;
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
    explicit DistributePage(ClusterSession *session, QWidget *parent = nullptr);

    QComboBox *column() const { return m_column; }
    WorkerBarChart *chart() const { return m_chart; }

protected:
    void retranslateUi() override;
    void prepareRun() override;
    QString toDoText() const override;
    void showResult() override;
    void clearResult() override;

private:
    DistributeStep *distribute() const;
    void loadColumns();
    void updateOptions();

    StatementRunner *m_runner;
    QLabel *m_columnLabel;
    QComboBox *m_column;
    QLabel *m_shardsLabel;
    QSpinBox *m_shards;
    WorkerBarChart *m_chart;
};

} // namespace shardscope
