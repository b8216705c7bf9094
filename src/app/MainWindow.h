#pragma once

#include "AppSettings.h"
#include "ColorMode.h"
#include "PlanDocument.h"
#include "PlanLook.h"
#include "PlanParseError.h"
#include "SidePanels.h"

#include <QMainWindow>

class QDockWidget;

#include <array>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;

namespace shardscope {

namespace Ui {
class MainWindow;
}

class PlanLoader;
class PlanSearch;
class PlanView;
class RecentFiles;
class ClusterControl;
class ClusterPanel;
class ClusterScaleControl;
class ClusterSession;
class EveryTaskExplainer;
class SetupWizard;
class ShardMapPanel;
class WorkerOutageControl;
class WizardSize;

// The plan viewer: a plan drawn as a tree in the middle, the selected node's details and
// the work per worker beside it, a comparison of two plans on demand. Plans come from
// files, the clipboard or drops, and are read off the UI thread; a plan that cannot be
// read leaves the one shown untouched and says why in a banner.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    void openText(const QByteArray &text, const QString &name);
    // One of the plans shipped with the program (ExamplePlans), by its id.
    void openExample(const QString &id);
    // Compares the plan shown (A) with the plan in path (B).
    void compareWithFile(const QString &path);
    bool exportTo(const QString &path, QString *error) const;

    PlanDocumentPtr document() const { return m_document; }
    PlanDocumentPtr comparedDocument() const { return m_compared; }
    bool isLoading() const;
    ColorMode colorMode() const { return m_mode; }
    bool isPresenterMode() const;
    // How plans, charts and panels are drawn on screen: the theme, and the workers' colours
    // (those of the session's cluster once the Cluster Tables dock or the wizard has read it).
    const PlanLook &look() const { return m_look; }
    // Presenter mode for this run only (--presenter): the setting kept for the next
    // launch stays as it was.
    void setPresenterModeForThisRun(bool on);
    // The one cluster the wizard, the Cluster Tables dock and the Cluster menu work with.
    ClusterSession *clusterSession() const { return m_session; }
    // Stop cluster and reset demo, for the Cluster menu, on the session.
    ClusterControl *clusterControl() const { return m_clusterControl; }
    // Where each row of the session's cluster lives (Cluster > Shard Map).
    ShardMapPanel *shardMap() const { return m_shardMap; }
    // Stop a worker and start it again, for the Cluster menu, on the session.
    WorkerOutageControl *outageControl() const { return m_outageControl; }
    // Add a worker, rebalance, remove a worker, for the Cluster menu, on the session.
    ClusterScaleControl *scaleControl() const { return m_scaleControl; }

public slots:
    void pastePlan();
    void setColorMode(shardscope::ColorMode mode);
    // The tutorial wizard, beside this window: one at a time, brought back to the front
    // when open already. Plans it makes open here.
    void showTutorialWizard();
    // For the front of a classroom: larger texts and plan, strong contrast, thick edges,
    // the workers' legend pinned in sight, the side panels put away (a key brings them
    // back). Kept in the settings.
    void setPresenterMode(bool on);
    // The shard map, in sight and read anew.
    void showShardMap();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpActions();
    void setUpToolBar();
    void setUpStatusBar();
    void setUpDocks();
    void setUpClusterDock();
    void setUpShardMapDock();
    void setUpOutageActions();
    // The plans and the shard map show the same shards: see linkPlansWithShardMap().
    void linkPlansWithShardMap();
    void setUpScaleActions();
    // The shard map's dock tall enough for the whole map.
    void fitShardMap();
    // The tutorial wizard, made on first use.
    SetupWizard *wizard();
    void scaleWelcomeFonts();
    void setUpWelcomePage();
    // File > Open Example Plan, one entry per example.
    void setUpExampleMenu();
    void nameExampleActions();
    void connectLoaders();
    void setUpLanguageMenu();
    void retranslateUi();
    // Second keys where platforms or keyboards differ; the form gives each action one.
    void setAlternativeShortcuts();
    // The dock actions say what they show, not the docks' titles they would copy.
    void nameDockActions();
    // The theme: the presenter's, or the dark or light one of the palette.
    void applyTheme();
    // The cluster's workers in node id order: each keeps its colour in every plan of it.
    void setClusterWorkers(const WorkerPalette &workers);
    // Hands the look to every view, panel and chart, and to the wizard.
    void applyLook();
    void applyPresenterMode(bool on);
    // A status bar message written again in the new language when the language changes.
    void showStatus(std::function<QString()> text, int timeout = 0);
    void showSidePanels(bool shown);
    // Nothing, or in presenter mode the key that brings the side panels back.
    void showIdleStatus();
    void updateZoom();

    void showDocument(PlanDocumentPtr document);
    void showComparison(PlanDocumentPtr document);
    // In the language of the moment, like the banner that shows it.
    void showLoadError(std::function<QString()> what);
    // The worker chart follows the plan last touched in a comparison.
    void showWorkersOf(PlanDocumentPtr document);
    void closeCurrent();
    void chooseFile();
    void chooseComparison();
    void exportDrawing();
    void about();
    void updateRecentFiles();
    void updateActions();
    void updateTitle();
    void updateSummary();
    void updateLoading();
    void showMatches(int current, int count);
    // The views the View menu acts on: the plan's, or both plans' of a comparison.
    QList<PlanView *> activeViews() const;
    QList<PlanView *> allViews() const;
    bool isComparing() const;
    // In the order of colorModes.
    std::array<QAction *, 3> colorActions() const;
    QString openDirectory() const;

    std::unique_ptr<Ui::MainWindow> ui;
    AppSettings m_settings;
    PlanLoader *m_loader;
    PlanLoader *m_comparisonLoader;
    PlanSearch *m_search;
    RecentFiles *m_recent;
    PlanDocumentPtr m_document;
    PlanDocumentPtr m_compared;
    ColorMode m_mode = ColorMode::Worker;
    // Held here until the cluster session holds the workers' colours.
    PlanLook m_look;
    // The second of two files dropped together, compared once the first is open.
    QString m_pendingComparison;

    QComboBox *m_colorBy = nullptr;
    QLabel *m_colorLabel = nullptr;
    QLineEdit *m_searchField = nullptr;
    QLabel *m_matches = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_zoom = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    SetupWizard *m_wizard = nullptr;
    WizardSize *m_wizardSize = nullptr; // made with the wizard
    ClusterSession *m_session;
    // Workers, shards and rows of the session's cluster.
    QDockWidget *m_clusterDock;
    ClusterPanel *m_clusterPanel;
    QDockWidget *m_shardMapDock;
    ShardMapPanel *m_shardMap;
    QAction *m_resetDemo;
    QAction *m_stopCluster;
    QAction *m_stopWorker;
    QAction *m_startWorker;
    QAction *m_sidePanelsAction;
    SidePanels m_sidePanels;
    std::function<QString()> m_statusText;
    int m_statusTimeout = 0;
    QString m_statusShown; // what m_statusText said last
    ClusterControl *m_clusterControl;
    WorkerOutageControl *m_outageControl;
    EveryTaskExplainer *m_everyTask;
    ClusterScaleControl *m_scaleControl;
    QAction *m_addWorker;
    QAction *m_rebalance;
    QAction *m_removeWorker;
    bool m_shardMapStale = false; // shards moved while the map was being read
};

} // namespace shardscope
