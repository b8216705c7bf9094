#pragma once

#include "PlanDocument.h"
#include "PlanLook.h"
#include "StepPage.h"

#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Ui {
class ExplainPage;
}

namespace shardscope {

class ExplainStep;
class PlanComparisonWidget;
class PlanView;

// EXPLAIN ANALYZE of a query the user writes or picks from the tutorial's two, drawn as
// a tree coloured by worker; the tutorial's queries for user 1 and user 2 side by side;
// and the plan handed to the plan viewer. Says when the statement's changes were rolled
// back, when Citus refused ANALYZE, and when the plan is not distributed at all.
class ExplainPage : public StepPage
{
    Q_OBJECT

public:
    explicit ExplainPage(ClusterSession *session, QWidget *parent = nullptr);
    ~ExplainPage() override;
    // Its plans are drawn in the window's theme with the session's workers' colours.
    void setLook(const PlanLook &look);

    QPlainTextEdit *editor() const;
    PlanView *planView() const { return m_planView; }
    PlanComparisonWidget *comparison() const { return m_comparison; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *openButton() const { return m_open; }
    // "What next?": opens the shard map.
    QPushButton *shardMapButton() const { return m_shardMap; }
    // "What next?": scales the cluster out (Cluster > Add a Worker).
    QPushButton *addWorkerButton() const { return m_addWorker; }
    QPushButton *stopWorkerButton() const { return m_stopWorker; }
    // Shows the plans in a window of their own, as large as the screen, and back.
    QPushButton *showLargeButton() const { return m_large; }
    // Where the plans show on the page: the tabs, when they are not shown large.
    QWidget *planArea() const { return m_planArea; }
    PlanDocumentPtr document() const { return m_document; }

    // The tutorial's query for one user, as the editor shows it.
    QString tutorialQuery(int userId) const;
    // Explains the tutorial's queries for users 1 and 2, one after the other, and shows
    // the two plans side by side.
    void compareUsers();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

signals:
    void openPlanRequested(shardscope::PlanDocumentPtr document);
    // From "What next?": the shard map, where every row of the table lives.
    void shardMapRequested();
    // From "What next?": a worker more, and shards moved onto it.
    void addWorkerRequested();
    // From "What next?": a worker lost, and which users' queries fail.
    void stopWorkerRequested();

protected:
    void retranslateUi() override;
    void prepareRun() override;
    bool canRun() const override;
    QString toDoText() const override;
    void showResult() override;
    void showDoneStatus() override;
    void clearResult() override;

private:
    ExplainStep *explain() const;
    // The notice, the step and the panel follow the statement and the switch as they change.
    void followChoices();
    void runNextUser();
    void updateButtons();
    void clearPlans();
    // What the plan viewer and the comparison call the plan of the statement in the
    // editor, in the language of the moment.
    std::function<QString()> documentName() const;

    std::unique_ptr<Ui::ExplainPage> m_ui;
    QWidget *m_form;
    QPushButton *m_compare;
    QPushButton *m_open;
    QPushButton *m_large;
    // Holds the tabs alone, so that they have a place to come back to from LargeView.
    QWidget *m_planArea;
    QTabWidget *m_tabs;
    PlanView *m_planView;
    PlanComparisonWidget *m_comparison;
    // "What next?": where the tutorial goes from here.
    QLabel *m_whatNext;
    QPushButton *m_shardMap;
    QPushButton *m_addWorker;
    QPushButton *m_stopWorker;
    PlanDocumentPtr m_document;
    // Of a comparison under way: the users still to explain, the plans already made.
    QList<int> m_pendingUsers;
    QList<PlanDocumentPtr> m_pair;
};

} // namespace shardscope
