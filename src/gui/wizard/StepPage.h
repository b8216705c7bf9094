#pragma once

#include "SqlPanel.h"

#include <QWizardPage>

class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace shardscope {

class StatusLabel;
class TutorialStep;
class WizardSession;

// A page that drives one tutorial step: on entering it checks, read-only, whether the
// step's work is done; the work itself runs only from the Run button, and never while
// the step is busy. Complete when the step is done. Pages add their own widgets to
// contentLayout().
class StepPage : public QWizardPage
{
    Q_OBJECT

public:
    StepPage(WizardSession *session, TutorialStep *step, const QUrl &documentation, QWidget *parent = nullptr);

    TutorialStep *step() const { return m_step; }
    StatusLabel *status() const { return m_status; }
    QPushButton *runButton() const { return m_run; }
    QTabWidget *results() const { return m_results; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    QVBoxLayout *contentLayout() const { return m_content; }
    WizardSession *session() const { return m_session; }
    // Hands what the user edited to the step, just before run().
    virtual void prepareRun() {}
    // Whether there is work for Run once checked.
    virtual bool canRun() const;
    // What the status says when the check found work to do.
    virtual QString toDoText() const = 0;
    // After a check or a run, with the step's result.
    virtual void showResult() {}
    void refreshPanel();

private:
    void startCheck();
    void run();
    void update();
    void showTables();
    static QString problemTitle(const class ErrorDiagnosis &error);

    WizardSession *m_session;
    TutorialStep *m_step;
    QUrl m_documentation;
    bool m_waitingForConnection = false;
    QVBoxLayout *m_layout;
    QVBoxLayout *m_content;
    QPushButton *m_run;
    QPushButton *m_cancel;
    StatusLabel *m_status;
    QTabWidget *m_results;
    SqlPanel *m_panel;
};

} // namespace shardscope
