#pragma once

#include "StepPage.h"

#include <memory>

class QTimer;

namespace Ui {
class InsertDataPage;
}

namespace shardscope {

class InsertStep;
class WorkerBarChart;

// The tutorial's rows, and optionally many more through COPY with progress and Cancel;
// then where they went: each tutorial user's shard and worker, and the rows per worker
// as a chart. On a server without Citus the rows still go in, and the page says that
// they all live on that one server.
class InsertDataPage : public StepPage
{
    Q_OBJECT

public:
    explicit InsertDataPage(ClusterSession *session, QWidget *parent = nullptr);
    ~InsertDataPage() override;

    WorkerBarChart *chart() const { return m_chart; }
    void setBulkLoad(bool enabled, int rows, int users);

    void initializePage() override;

protected:
    void retranslateUi() override;
    void prepareRun() override;
    bool canRun() const override;
    QString toDoText() const override;
    void showResult() override;
    void showDoneStatus() override;

private:
    InsertStep *insert() const;
    void applyBulkLoad();
    // Whose rows the bulk load makes, beside the number of users.
    void describeBulkUsers();

    std::unique_ptr<Ui::InsertDataPage> m_ui;
    QWidget *m_form;
    WorkerBarChart *m_chart;
    QTimer *m_recheck;
};

} // namespace shardscope
