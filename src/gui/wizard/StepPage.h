#pragma once

#include "SqlPanel.h"

#include <QWizardPage>

class QAbstractButton;
class QBoxLayout;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace shardscope {

class StatusLabel;
class TutorialStep;
class ClusterSession;

// A page that drives one tutorial step: on entering it checks, read-only, whether the
// step's work is done; the work itself runs only from the Run button, and never while
// the step is busy. Complete when the step is done. Pages add their own widgets to
// contentLayout().
class StepPage : public QWizardPage
{
    Q_OBJECT

public:
    StepPage(ClusterSession *session, TutorialStep *step, const QUrl &documentation, QWidget *parent = nullptr);

    TutorialStep *step() const { return m_step; }
    StatusLabel *status() const { return m_status; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Shown while a long load runs.
    QProgressBar *progress() const { return m_progress; }
    QTabWidget *results() const { return m_results; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Checks again, as on a first visit: what a page showed may no longer hold (a worker
    // stopped, the cluster went away). The wizard calls it when Back returns to the page.
    void checkAgain();

protected:
    QVBoxLayout *contentLayout() const { return m_content; }
    // A widget the page shows and hides itself, in the results row beside the tables.
    void addResultWidget(QWidget *widget, int stretch = 1);
    // A button of the page's own, after Run and Cancel.
    void addButton(QAbstractButton *button);
    ClusterSession *session() const { return m_session; }
    // Every text the page sets, again in the current language. Overrides call this first.
    virtual void retranslateUi();
    void changeEvent(QEvent *event) override;
    // Hands what the user edited to the step, just before run().
    virtual void prepareRun() {}
    // Whether there is work for Run once checked.
    virtual bool canRun() const;
    // What the status says when the check found work to do.
    virtual QString toDoText() const = 0;
    // After a check or a run, with the step's result.
    virtual void showResult() {}
    // What the status says once the step is done: by default the step's summary and notes.
    virtual void showDoneStatus();
    // A step's summary at the start of a line, where it begins with a capital.
    static QString lineStart(const QString &summary);
    void refreshPanel();
    // True when connected; otherwise connects again (checking the step once connected) and
    // the status says how that went, so that no action of a page does nothing unseen.
    bool requireConnection();
    // The connection closed under what the page shows, which is from before now.
    virtual void connectionGone() {}
    // The session moved to another cluster: the page's own widgets drop what they showed.
    virtual void clearResult() {}
    // Runs the step with what the user chose (prepareRun()), unless it is busy.
    void run();
    // Status, buttons and completeness after the step's state changed.
    void showState();

private:
    // Why the page cannot act on the cluster, shown instead of the step's state until a
    // connection is made again.
    enum class ConnectionProblem { None, Closed, ConnectFailed };

    void startCheck();
    // What the page showed is of the session's cluster before: gone, until checked again.
    void forgetCluster();
    void onConnectionStateChanged();
    void showConnectionProblem();
    void showStepStatus();
    void showTables();
    void showProgress(qint64 done, qint64 total);
    // The results row takes the room left when it shows something; otherwise the stretch
    // below it does, so that the rest stays together at the top.
    void updateResultArea();
    static QString problemTitle(const class ErrorDiagnosis &error);

    ClusterSession *m_session;
    TutorialStep *m_step;
    QUrl m_documentation;
    bool m_waitingForConnection = false;
    ConnectionProblem m_connectionProblem = ConnectionProblem::None;
    QString m_connectError; // libpq's words, when ConnectFailed
    QVBoxLayout *m_layout;
    QVBoxLayout *m_content;
    QBoxLayout *m_resultRow;
    QBoxLayout *m_buttons;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    StatusLabel *m_status;
    QTabWidget *m_results;
    SqlPanel *m_panel;
};

} // namespace shardscope
