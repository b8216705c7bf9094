#pragma once

#include "AppSettings.h"
#include "PlanDocument.h"
#include "PlanLook.h"

#include <QWizard>

namespace shardscope {

class ClusterSession;
class ExplainPage;
struct PgError;

// The tutorial as a wizard, one page per step, on the cluster session it is given (which
// keeps the cluster, the connection and the tutorial's steps). It remembers, in the
// settings it is given, the page the user was on and the choices made on the pages, and
// comes back to them when opened again. It keeps its copy of the settings, saving into
// them to the end.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    // Kept in the settings to resume at: new pages go at the end.
    enum PageId { WelcomeId, StartClusterId, VerifyWorkersId, CreateTableId, DistributeId, InsertDataId, ExplainId };

    SetupWizard(ClusterSession *session, const AppSettings &settings, QWidget *parent = nullptr);
    ~SetupWizard() override;

    ClusterSession *session() const { return m_session; }
    // For a projector, as the main window is: larger texts (and a larger window).
    void setPresenterMode(bool on);
    bool isPresenterMode() const { return m_presenter; }
    // How its plans are drawn: the window's theme and the session's workers' colours.
    void setLook(const PlanLook &look);

signals:
    // The user wants a plan the wizard made in the plan viewer.
    void openPlanRequested(shardscope::PlanDocumentPtr document);
    // The user wants to see the shard map, the "What next?" of the last page.
    void shardMapRequested();
    // The user wants a worker more, from the same "What next?".
    void addWorkerRequested();
    // The user wants to lose a worker, from the same "What next?".
    void stopWorkerRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void restore();
    void save();
    // Back where QWizard has none: on a page resumed at, its history begins there.
    void updateBackButton();
    void backToPreviousPage();
    // QWizard initialises a page when Next reaches it, not when Back returns to it: a step
    // page is checked again then, since what it showed may no longer hold.
    void checkAgainOnReturn(int id);
    // Resumed past the cluster page on a cluster that is not there any more (stopped or
    // deleted): back to the page that starts one.
    void resumeAtStartIfGone(const PgError &error);
    // The Start page offers first what the Welcome page found working here.
    void recommendLaunch();

    int m_shownId = -1;
    bool m_resuming = false;
    bool m_presenter = false;

    AppSettings m_settings;
    ClusterSession *m_session;
    ExplainPage *m_explain = nullptr;
};

} // namespace shardscope
