#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ClusterControl.h"
#include "ClusterPanel.h"
#include "ClusterScaleControl.h"
#include "ClusterSession.h"
#include "EveryTaskExplainer.h"
#include "ExamplePlans.h"
#include "Glossary.h"
#include "GlossaryDialog.h"
#include "LanguageManager.h"
#include "MessageBanner.h"
#include "PlanComparisonWidget.h"
#include "PlanDetailsPanel.h"
#include "PlanExporter.h"
#include "PlanHeadline.h"
#include "PlanLoader.h"
#include "PlanScene.h"
#include "PlanSearch.h"
#include "PlanView.h"
#include "PresenterFont.h"
#include "RecentFiles.h"
#include "SetupWizard.h"
#include "ShardMapBar.h"
#include "ShardMapPanel.h"
#include "StartScreen.h"
#include "WizardSize.h"
#include "WorkerChart.h"
#include "WorkerOutageControl.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <array>
#include <utility>

namespace shardscope {

namespace {

enum Page { WelcomePage, PlanPage, ComparePage };

// The colour modes in the order of the "Colour by" menu and box.
constexpr std::array<ColorMode, 3> colorModes = {ColorMode::Worker, ColorMode::ExclusiveTime,
                                                 ColorMode::Misestimate};
constexpr int searchFieldWidth = 240;
constexpr int recentRowsShown = 6;

int colorModeIndex(ColorMode mode)
{
    return int(std::find(colorModes.begin(), colorModes.end(), mode) - colorModes.begin());
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    return files;
}

// "Could not read “plan.json” at line 3, column 7: …": where in the text, in words a
// student understands, with the parser's reason.
QString loadErrorText(const QString &name, const PlanParseError &error)
{
    const QString quoted = QLocale().quoteString(name);
    if (error.line <= 0)
        return MainWindow::tr("Could not read %1: %2").arg(quoted, error.message);
    return MainWindow::tr("Could not read %1 at line %2, column %3: %4")
        .arg(quoted, QString::number(error.line), QString::number(error.column), error.message);
}

// "png" from "PNG image (*.png)".
QString suffixOfFilter(const QString &filter)
{
    static const QRegularExpression pattern(QStringLiteral("\\*\\.(\\w+)"));
    return pattern.match(filter).captured(1);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_loader(new PlanLoader(this)),
      m_comparisonLoader(new PlanLoader(this)), m_search(new PlanSearch(this)), m_recent(new RecentFiles(this)),
      m_session(new ClusterSession(m_settings, this)), m_clusterDock(new QDockWidget(this)),
      m_clusterPanel(new ClusterPanel(m_clusterDock)), m_shardMapDock(new QDockWidget(this)),
      m_shardMap(new ShardMapPanel(m_shardMapDock)), m_resetDemo(new QAction(this)),
      m_stopCluster(new QAction(this)), m_stopWorker(new QAction(this)), m_startWorker(new QAction(this)),
      m_sidePanelsAction(new QAction(this)), m_clusterControl(new ClusterControl(m_session, this)),
      m_outageControl(new WorkerOutageControl(m_session, this)), m_everyTask(new EveryTaskExplainer(m_session, this)),
      m_scaleControl(new ClusterScaleControl(m_session, this)), m_addWorker(new QAction(this)),
      m_rebalance(new QAction(this)), m_removeWorker(new QAction(this))
{
    ui->setupUi(this);
    setAcceptDrops(true);
    setUpActions();
    setUpToolBar();
    setUpStatusBar();
    setUpDocks();
    setUpClusterDock();
    setUpShardMapDock();
    linkPlansWithShardMap();
    setUpScaleActions();
    setUpWelcomePage();
    setUpExampleMenu();
    connectLoaders();
    setUpLanguageMenu();
    m_search->setView(ui->planView);
    retranslateUi();

    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    const int mode = m_settings.colorMode();
    setColorMode(colorModes[size_t(mode >= 0 && mode < int(colorModes.size()) ? mode : 0)]);
    applyPresenterMode(m_settings.presenterMode());

    updateRecentFiles();
    updateActions();
    updateTitle();
    updateLoading();
}

MainWindow::~MainWindow()
{
    // The wizard's pages work on the session, a child of this window made before it: the
    // wizard goes first.
    delete m_wizard;
}

void MainWindow::setUpActions()
{
    QStyle *style = this->style();
    ui->actionOpen->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                             style->standardIcon(QStyle::SP_DialogOpenButton)));
    ui->actionPaste->setIcon(QIcon::fromTheme(QStringLiteral("edit-paste"),
                                              style->standardIcon(QStyle::SP_FileDialogContentsView)));
    ui->actionExport->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as"),
                                               style->standardIcon(QStyle::SP_DialogSaveButton)));
    ui->actionCompare->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    ui->actionClose->setIcon(style->standardIcon(QStyle::SP_DialogCloseButton));
    ui->actionZoomIn->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    ui->actionZoomOut->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    ui->actionFitToWindow->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-best")));
    ui->actionActualSize->setIcon(QIcon::fromTheme(QStringLiteral("zoom-original")));
    ui->actionJumpToSlowest->setIcon(style->standardIcon(QStyle::SP_MediaSeekForward));
    ui->actionFindNext->setIcon(style->standardIcon(QStyle::SP_ArrowDown));
    ui->actionFindPrevious->setIcon(style->standardIcon(QStyle::SP_ArrowUp));
    ui->actionCancelLoading->setIcon(style->standardIcon(QStyle::SP_BrowserStop));

    // Not in a menu, so the window must hold it for its shortcut to work.
    addAction(ui->actionCancelLoading);

    connect(ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(ui->actionCompare, &QAction::triggered, this, &MainWindow::chooseComparison);
    connect(ui->actionExport, &QAction::triggered, this, &MainWindow::exportDrawing);
    connect(ui->actionClose, &QAction::triggered, this, &MainWindow::closeCurrent);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionClearRecent, &QAction::triggered, m_recent, &RecentFiles::clear);
    connect(ui->actionPaste, &QAction::triggered, this, &MainWindow::pastePlan);
    connect(ui->actionCopyDetails, &QAction::triggered, ui->detailsPanel, &PlanDetailsPanel::copyAll);
    connect(ui->actionFindNext, &QAction::triggered, m_search, &PlanSearch::next);
    connect(ui->actionFindPrevious, &QAction::triggered, m_search, &PlanSearch::previous);
    connect(ui->actionCancelLoading, &QAction::triggered, this, [this] {
        m_pendingComparison.clear();
        m_loader->cancel();
        m_comparisonLoader->cancel();
    });
    connect(ui->actionFullScreen, &QAction::toggled, this,
            [this](bool on) { setWindowState(on ? windowState() | Qt::WindowFullScreen
                                                : windowState() & ~Qt::WindowFullScreen); });
    connect(ui->actionPresenterMode, &QAction::triggered, this, &MainWindow::setPresenterMode);
    connect(ui->actionGlossary, &QAction::triggered, this,
            [this] { GlossaryDialog::showTerm(this, Glossary::all().constFirst().id); });
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(ui->actionTutorialWizard, &QAction::triggered, this, &MainWindow::showTutorialWizard);

    const auto onViews = [this](QAction *action, void (PlanView::*slot)()) {
        connect(action, &QAction::triggered, this, [this, slot] {
            for (PlanView *view : activeViews())
                (view->*slot)();
        });
    };
    onViews(ui->actionZoomIn, &PlanView::zoomIn);
    onViews(ui->actionZoomOut, &PlanView::zoomOut);
    onViews(ui->actionFitToWindow, &PlanView::fitToWindow);
    onViews(ui->actionActualSize, &PlanView::actualSize);
    onViews(ui->actionJumpToSlowest, &PlanView::jumpToSlowest);
    onViews(ui->actionExpandAll, &PlanView::expandAll);

    auto *colorGroup = new QActionGroup(this);
    const std::array<QAction *, 3> actions = colorActions();
    for (size_t i = 0; i < actions.size(); ++i) {
        colorGroup->addAction(actions[i]);
        connect(actions[i], &QAction::triggered, this, [this, i] { setColorMode(colorModes[i]); });
    }
}

void MainWindow::setUpToolBar()
{
    QToolBar *bar = ui->mainToolBar;
    bar->addSeparator();
    m_colorBy = new QComboBox(bar);
    m_colorBy->setObjectName(QStringLiteral("colorByBox"));
    for (size_t i = 0; i < colorModes.size(); ++i)
        m_colorBy->addItem(QString());
    m_colorLabel = new QLabel(bar);
    m_colorLabel->setBuddy(m_colorBy);
    m_colorLabel->setContentsMargins(6, 0, 4, 0);
    connect(m_colorBy, &QComboBox::activated, this, [this](int index) { setColorMode(colorModes[size_t(index)]); });
    bar->addWidget(m_colorLabel);
    bar->addWidget(m_colorBy);

    auto *stretch = new QWidget(bar);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(stretch);

    m_searchField = new QLineEdit(bar);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setClearButtonEnabled(true);
    // Room for a search when the toolbar has it, less rather than out of sight when not (Spanish).
    m_searchField->setMaximumWidth(searchFieldWidth);
    m_searchField->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_matches = new QLabel(bar);
    m_matches->setObjectName(QStringLiteral("matchesLabel"));
    m_matches->setContentsMargins(6, 0, 2, 0);
    bar->addWidget(m_searchField);
    bar->addWidget(m_matches);
    bar->addAction(ui->actionFindPrevious);
    bar->addAction(ui->actionFindNext);
    for (QAction *action : {ui->actionFindPrevious, ui->actionFindNext}) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    connect(ui->actionFind, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    connect(m_searchField, &QLineEdit::textChanged, m_search, &PlanSearch::setText);
    connect(m_searchField, &QLineEdit::returnPressed, m_search, &PlanSearch::next);
    connect(m_search, &PlanSearch::matchesChanged, this, &MainWindow::showMatches);
}

void MainWindow::setUpStatusBar()
{
    m_summary = new QLabel(statusBar());
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setContentsMargins(4, 0, 4, 0);
    statusBar()->addWidget(m_summary, 1);

    m_progress = new QProgressBar(statusBar());
    m_progress->setObjectName(QStringLiteral("loadingProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(m_summary->fontMetrics().height());
    statusBar()->addPermanentWidget(m_progress);
    m_cancel = new QToolButton(statusBar());
    m_cancel->setDefaultAction(ui->actionCancelLoading);
    m_cancel->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_cancel);

    m_zoom = new QLabel(statusBar());
    m_zoom->setObjectName(QStringLiteral("zoomLabel"));
    m_zoom->setContentsMargins(8, 0, 4, 0);
    statusBar()->addPermanentWidget(m_zoom);
    for (PlanView *view : allViews()) {
        connect(view, &PlanView::zoomChanged, this, [this, view] {
            if (activeViews().contains(view))
                updateZoom();
        });
    }
}

void MainWindow::updateZoom()
{
    const PlanView *view = activeViews().constFirst();
    if (view->document())
        m_zoom->setText(tr("Zoom %1%").arg(qRound(view->zoom() * 100)));
    else
        m_zoom->clear();
}

void MainWindow::setUpDocks()
{
    QAction *showDetails = ui->detailsDock->toggleViewAction();
    showDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *showWorkers = ui->workersDock->toggleViewAction();
    showWorkers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    ui->menuView->insertActions(ui->actionFullScreen, {showDetails, showWorkers});
    ui->menuView->insertSeparator(ui->actionFullScreen);

    m_sidePanels.add(ui->detailsDock);
    m_sidePanels.add(ui->workersDock);
    m_sidePanelsAction->setObjectName(QStringLiteral("actionSidePanels"));
    m_sidePanelsAction->setCheckable(true);
    m_sidePanelsAction->setChecked(true);
    m_sidePanelsAction->setShortcut(QKeySequence(Qt::Key_F9));
    ui->menuView->insertAction(ui->actionFullScreen, m_sidePanelsAction);
    connect(m_sidePanelsAction, &QAction::triggered, this, &MainWindow::showSidePanels);

    splitDockWidget(ui->detailsDock, ui->workersDock, Qt::Vertical);
    resizeDocks({ui->detailsDock}, {400}, Qt::Horizontal);
    resizeDocks({ui->detailsDock, ui->workersDock}, {3, 2}, Qt::Vertical);

    connect(ui->planView, &PlanView::nodeSelected, this,
            [this](int node) { ui->detailsPanel->showNode(m_document, node); });
    connect(ui->comparisonWidget, &PlanComparisonWidget::nodeSelected, this,
            [this](PlanDocumentPtr document, int node) {
                ui->detailsPanel->showNode(document, node);
                showWorkersOf(document);
            });
}

void MainWindow::setUpClusterDock()
{
    m_clusterDock->setObjectName(QStringLiteral("clusterDock"));
    m_clusterDock->setWidget(m_clusterPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_clusterDock);
    m_clusterDock->hide();
    m_sidePanels.add(m_clusterDock);
    // The session's cluster, restored from the last run without its password: a pass file,
    // ~/.pgpass or PGPASSWORD may still open it, before the wizard runs again.
    m_clusterPanel->setSession(m_session);
    // The wizard reached a coordinator: its tables are worth a look from here on.
    connect(m_session, &ClusterSession::connected, m_clusterDock, &QDockWidget::show);
    connect(m_clusterControl, &ClusterControl::message, this,
            [this](const QString &text) { showStatus([text] { return text; }); });
    connect(m_clusterControl, &ClusterControl::finished, m_clusterPanel, [this] {
        if (m_clusterDock->isVisible())
            m_clusterPanel->refresh();
    });
    QAction *showCluster = m_clusterDock->toggleViewAction();
    showCluster->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    ui->menuCluster->addAction(showCluster);
    ui->menuCluster->addSeparator();
    m_resetDemo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_stopCluster->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    ui->menuCluster->addAction(m_resetDemo);
    ui->menuCluster->addAction(m_stopCluster);
    connect(m_resetDemo, &QAction::triggered, m_clusterControl, &ClusterControl::resetDemo);
    connect(m_stopCluster, &QAction::triggered, m_clusterControl, &ClusterControl::stopCluster);
    setUpOutageActions();
    // Whoever read the cluster's workers (this dock or the wizard) tells the session; every
    // view then gives each worker the colour it has in the whole cluster.
    connect(m_clusterPanel, &ClusterPanel::clusterWorkersRead, m_session, &ClusterSession::setWorkers);
    connect(m_session, &ClusterSession::workersChanged, this,
            [this] { setClusterWorkers(WorkerPalette(m_session->workers())); });
}

void MainWindow::setUpOutageActions()
{
    m_stopWorker->setObjectName(QStringLiteral("actionStopWorker"));
    m_startWorker->setObjectName(QStringLiteral("actionStartWorker"));
    m_stopWorker->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_startWorker->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    ui->menuCluster->insertActions(m_stopCluster, {m_stopWorker, m_startWorker});
    connect(m_stopWorker, &QAction::triggered, m_outageControl, &WorkerOutageControl::stopWorker);
    connect(m_startWorker, &QAction::triggered, m_outageControl, &WorkerOutageControl::startAgain);
    connect(m_outageControl, &WorkerOutageControl::message, this,
            [this](const QString &text) { showStatus([text] { return text; }); });
    // The shard map greys the lost worker's shards too, and counts again once it is back.
    connect(m_outageControl, &WorkerOutageControl::lostWorkersChanged, this, [this](const QList<NodeAddress> &lost) {
        m_shardMap->bar()->setLostWorkers(lost);
        if (m_shardMapDock->isVisible())
            m_shardMap->refresh();
    });
}

void MainWindow::setUpShardMapDock()
{
    m_shardMapDock->setObjectName(QStringLiteral("shardMapDock"));
    // Where the window has no room for the whole map (presenter mode's font, a small
    // screen), it scrolls rather than squeezing the bar and cutting its legend off.
    auto *scroll = new QScrollArea(m_shardMapDock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_shardMap);
    m_shardMapDock->setWidget(scroll);
    addDockWidget(Qt::BottomDockWidgetArea, m_shardMapDock);
    m_shardMapDock->hide();
    m_shardMap->setSession(m_session);
    QAction *showMap = m_shardMapDock->toggleViewAction();
    showMap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    // Beside the Cluster Tables, before the actions that change the cluster.
    ui->menuCluster->insertAction(m_resetDemo, showMap);
    ui->menuCluster->insertSeparator(m_resetDemo);
    // Shown by the menu: read at once, not left empty until Refresh.
    connect(showMap, &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        fitShardMap();
        if (m_shardMap->map().tables.isEmpty())
            m_shardMap->refresh();
    });
    // The bar and its legend grow with the map read, the located value's path adds a line:
    // the dock follows, whole.
    connect(m_shardMap, &ShardMapPanel::mapShown, this, &MainWindow::fitShardMap);
    connect(m_shardMap, &ShardMapPanel::located, this, &MainWindow::fitShardMap);
}

// The shard the map outlines is outlined in every plan drawn, and a task's shard clicked in
// a plan opens in the map; once read, the map's shards name the tasks a plan does not show.
// "Show every task" explains a plan ShardScope ran again, with every task.
void MainWindow::linkPlansWithShardMap()
{
    connect(m_shardMap, &ShardMapPanel::highlightChanged, this, [this] {
        for (PlanView *view : allViews())
            view->setHighlightedShard(m_shardMap->bar()->highlightedShard());
    });
    connect(m_shardMap, &ShardMapPanel::mapShown, this, [this] {
        m_look.shards = m_shardMap->map().placements();
        applyLook();
    });
    for (PlanView *view : allViews()) {
        connect(view, &PlanView::shardClicked, this, [this](qint64 shardId) {
            m_shardMapDock->show();
            m_shardMapDock->raise();
            fitShardMap();
            m_shardMap->showShard(shardId);
        });
        connect(view, &PlanView::everyTaskRequested, this, [this, view] {
            showStatus([] { return tr("Explaining the statement again with every task shown…"); });
            m_everyTask->explain(view->document());
        });
    }
    connect(m_everyTask, &EveryTaskExplainer::explained, this, [this](PlanDocumentPtr document) {
        showIdleStatus();
        showDocument(std::move(document));
    });
    connect(m_everyTask, &EveryTaskExplainer::failed, this, [this](const QString &why) {
        showIdleStatus();
        showLoadError([why] { return tr("Every task could not be shown: %1").arg(why); });
    });
}

void MainWindow::setUpScaleActions()
{
    m_addWorker->setObjectName(QStringLiteral("actionAddWorker"));
    m_rebalance->setObjectName(QStringLiteral("actionRebalance"));
    m_removeWorker->setObjectName(QStringLiteral("actionRemoveWorker"));
    m_addWorker->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_rebalance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_removeWorker->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    // Between the map that shows the shards move and the actions that end the demo.
    for (QAction *action : {m_addWorker, m_rebalance, m_removeWorker})
        ui->menuCluster->insertAction(m_resetDemo, action);
    ui->menuCluster->insertSeparator(m_resetDemo);
    // Each shows the shard map first: the class watches the shards take their new colours.
    const auto scaling = [this](QAction *action, void (ClusterScaleControl::*slot)()) {
        connect(action, &QAction::triggered, this, [this, slot] {
            if (m_scaleControl->isBusy()) {
                m_scaleControl->dialog()->raise();
                return;
            }
            showShardMap();
            (m_scaleControl->*slot)();
        });
    };
    scaling(m_addWorker, &ClusterScaleControl::addWorker);
    scaling(m_rebalance, &ClusterScaleControl::rebalance);
    scaling(m_removeWorker, &ClusterScaleControl::removeWorker);
    connect(m_scaleControl, &ClusterScaleControl::message, this,
            [this](const QString &text) { showStatus([text] { return text; }); });
    // Read again after every move; a move done while a read runs waits for its end. The
    // Cluster Tables count the shards per worker: they follow too.
    connect(m_scaleControl, &ClusterScaleControl::shardsMoved, this, [this] {
        if (m_clusterDock->isVisible())
            m_clusterPanel->refresh();
        if (!m_shardMapDock->isVisible())
            return;
        if (m_shardMap->isReading())
            m_shardMapStale = true;
        else
            m_shardMap->refresh();
    });
    connect(m_shardMap, &ShardMapPanel::mapShown, this, [this] {
        if (std::exchange(m_shardMapStale, false))
            QTimer::singleShot(0, m_shardMap, &ShardMapPanel::refresh);
    });
}

void MainWindow::fitShardMap()
{
    if (!m_shardMapDock->isVisible())
        return;
    // At the dock's width, wrapped lines and all, so that it need not scroll. The dock's
    // size counts its title bar too.
    const int needed = m_shardMap->hasHeightForWidth() ? m_shardMap->heightForWidth(m_shardMap->width())
                                                       : m_shardMap->sizeHint().height();
    // Kept that tall, up to half the window: beyond that it scrolls.
    QWidget *area = m_shardMapDock->widget();
    area->setMinimumHeight(qMin(needed, height() / 2));
    if (area->height() < needed)
        resizeDocks({m_shardMapDock}, {needed + m_shardMapDock->height() - area->height()}, Qt::Vertical);
}

void MainWindow::showShardMap()
{
    m_shardMapDock->show();
    m_shardMapDock->raise();
    fitShardMap();
    m_shardMap->refresh();
}

// Relative to the window's font, so that presenter mode enlarges them too.
void MainWindow::scaleWelcomeFonts()
{
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 2.2);
    title.setBold(true);
    ui->welcomeTitle->setFont(title);
    QFont text = font();
    text.setPointSizeF(text.pointSizeF() * 1.25);
    ui->welcomeText->setFont(text);
}

void MainWindow::setUpWelcomePage()
{
    scaleWelcomeFonts();
    ui->welcomeHint->setForegroundRole(QPalette::PlaceholderText);
    StartScreen *start = ui->startScreen;
    start->openButton()->setIcon(ui->actionOpen->icon());
    start->pasteButton()->setIcon(ui->actionPaste->icon());
    connect(start, &StartScreen::tutorialRequested, this, &MainWindow::showTutorialWizard);
    connect(start, &StartScreen::openRequested, this, &MainWindow::chooseFile);
    connect(start, &StartScreen::pasteRequested, this, &MainWindow::pastePlan);
    connect(start, &StartScreen::exampleRequested, this, &MainWindow::openExample);
    connect(ui->recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openFile(item->data(Qt::UserRole).toString()); });
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::updateRecentFiles);
}

void MainWindow::setUpExampleMenu()
{
    for (const ExamplePlan &example : ExamplePlans::all()) {
        QAction *action = ui->menuExamples->addAction(QString());
        action->setObjectName(QStringLiteral("actionExample_") + example.id);
        connect(action, &QAction::triggered, this, [this, id = example.id] { openExample(id); });
    }
}

void MainWindow::nameExampleActions()
{
    const QList<ExamplePlan> examples = ExamplePlans::all();
    const QList<QAction *> actions = ui->menuExamples->actions();
    for (qsizetype i = 0; i < examples.size(); ++i) {
        actions.at(i)->setText(examples.at(i).title);
        actions.at(i)->setStatusTip(examples.at(i).description);
    }
}

void MainWindow::setUpLanguageMenu()
{
    LanguageManager *languages = LanguageManager::of(QCoreApplication::instance());
    auto *group = new QActionGroup(this);
    // Keys that are the same on every keyboard layout, without AltGr.
    Qt::Key key = Qt::Key_F7;
    for (const QString &language : LanguageManager::languages()) {
        // Each language in its own words, so anyone finds theirs whatever the window speaks.
        QAction *action = ui->menuLanguage->addAction(QLatin1Char('&') + LanguageManager::nativeName(language));
        action->setObjectName(QStringLiteral("actionLanguage_") + language);
        action->setCheckable(true);
        action->setChecked(language == languages->language());
        action->setShortcut(QKeySequence(key));
        key = Qt::Key(key + 1);
        group->addAction(action);
        connect(action, &QAction::triggered, languages, [languages, language] {
            languages->setLanguage(language);
            LanguageManager::savePreference(language);
        });
        connect(languages, &LanguageManager::languageChanged, action,
                [action, language](const QString &now) { action->setChecked(now == language); });
    }
}

void MainWindow::retranslateUi()
{
    ui->retranslateUi(this);
    setAlternativeShortcuts();
    m_colorLabel->setText(tr("Colour &by:"));
    m_colorBy->setAccessibleName(tr("Colour nodes by"));
    m_colorBy->setToolTip(tr("What the colours of the nodes show (Alt+1, Alt+2, Alt+3)"));
    const QStringList modeNames{tr("Worker"), tr("Time in node"), tr("Row misestimate")};
    for (int i = 0; i < modeNames.size(); ++i)
        m_colorBy->setItemText(i, modeNames.at(i));
    m_searchField->setPlaceholderText(tr("Find node (Ctrl+F)"));
    m_searchField->setMinimumWidth(
        std::min(searchFieldWidth, m_searchField->fontMetrics().horizontalAdvance(m_searchField->placeholderText()) + 40));
    m_searchField->setAccessibleName(tr("Find node"));
    m_matches->setAccessibleName(tr("Matching nodes"));
    m_matches->setMinimumWidth(m_matches->fontMetrics().horizontalAdvance(tr("No match")) + 8);
    m_summary->setAccessibleName(tr("Plan summary"));
    m_progress->setAccessibleName(tr("Reading the plan"));
    m_zoom->setAccessibleName(tr("Zoom level"));
    ui->detailsDock->setAccessibleName(tr("Node details"));
    ui->workersDock->setAccessibleName(tr("Work per worker"));
    m_clusterDock->setWindowTitle(tr("Cluster"));
    m_clusterDock->setAccessibleName(tr("Workers, shards and rows of the cluster"));
    m_shardMapDock->setWindowTitle(tr("Shard Map"));
    m_shardMapDock->setAccessibleName(tr("Where each row of a Citus table lives: hash, shard, worker"));
    ui->mainToolBar->setAccessibleName(tr("Main toolbar"));
    ui->planView->setAccessibleName(tr("Plan tree"));
    showWorkersOf(ui->workerChart->document());
    nameDockActions();
    nameExampleActions();
    showMatches(m_search->currentMatch(), m_search->matchCount());
    updateZoom();
    updateTitle();
    updateSummary();
    updateRecentFiles();
}

void MainWindow::setAlternativeShortcuts()
{
    // Ctrl+= is Ctrl++ without Shift.
    ui->actionZoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    ui->actionPaste->setShortcuts(QKeySequence::Paste);
    ui->actionFindNext->setShortcuts(QKeySequence::FindNext);
    ui->actionFindPrevious->setShortcuts(QKeySequence::FindPrevious);
}

void MainWindow::nameDockActions()
{
    ui->detailsDock->toggleViewAction()->setText(tr("&Details Panel"));
    ui->workersDock->toggleViewAction()->setText(tr("Wor&kers Chart"));
    m_clusterDock->toggleViewAction()->setText(tr("Cluster &Tables"));
    m_shardMapDock->toggleViewAction()->setText(tr("Shard &Map"));
    m_shardMapDock->toggleViewAction()->setToolTip(tr("See which shard and worker hold each row of a Citus table"));
    m_resetDemo->setText(tr("&Reset Demo…"));
    m_resetDemo->setToolTip(tr("Drop the tutorial's table, with its shards, to start over"));
    m_addWorker->setText(tr("&Add a Worker…"));
    m_addWorker->setToolTip(tr("Start or register one more worker, then move shards onto it"));
    m_rebalance->setText(tr("Re&balance"));
    m_rebalance->setToolTip(tr("Move shards so that every worker holds about as many"));
    m_removeWorker->setText(tr("Re&move a Worker…"));
    m_removeWorker->setToolTip(tr("Move every shard off a worker, then remove it from the cluster"));
    m_stopCluster->setText(tr("&Stop Cluster…"));
    m_stopCluster->setToolTip(tr("Stop the cluster the tutorial wizard started, keeping or deleting its data"));
    m_stopWorker->setText(tr("Stop a &Worker…"));
    m_stopWorker->setToolTip(tr("Stop one worker of the cluster ShardScope started and see which queries fail"));
    m_startWorker->setText(tr("Start It &Again"));
    m_startWorker->setToolTip(tr("Start the stopped worker again and check that no row was lost"));
    m_sidePanelsAction->setText(tr("Side &Panels"));
    m_sidePanelsAction->setToolTip(tr("Show or put away the details, workers and cluster panels (%1)")
                                       .arg(m_sidePanelsAction->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // A message still shown is said again in the new language.
        if (m_statusText && !m_statusShown.isEmpty() && statusBar()->currentMessage() == m_statusShown)
            showStatus(m_statusText, m_statusTimeout);
    } else if (event->type() == QEvent::PaletteChange && !isPresenterMode()) {
        applyTheme();
    }
}

// QStatusBar puts its plain widgets away for a message only when they are visible: a message
// shown before the window was (presenting from the start) would be drawn over the plan
// summary. Shown again now, it puts the summary away.
void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_statusText && !m_statusShown.isEmpty() && statusBar()->currentMessage() == m_statusShown) {
        statusBar()->clearMessage();
        showStatus(m_statusText, m_statusTimeout);
    }
}

bool MainWindow::isPresenterMode() const
{
    return ui->actionPresenterMode->isChecked();
}

void MainWindow::setPresenterMode(bool on)
{
    applyPresenterMode(on);
    m_settings.setPresenterMode(on);
}

void MainWindow::setPresenterModeForThisRun(bool on)
{
    applyPresenterMode(on);
}

void MainWindow::applyPresenterMode(bool on)
{
    ui->actionPresenterMode->setChecked(on);
    setFont(PresenterFont::of(on));
    scaleWelcomeFonts();
    applyTheme();
    if (m_wizard)
        m_wizard->setPresenterMode(on);
    for (PlanView *view : allViews())
        view->setPresenterMode(on);
    // The map's larger font needs a taller dock, once its layout has taken the font in.
    QTimer::singleShot(0, this, &MainWindow::fitShardMap);
    // The plan gets the whole window; the docks come back with a key, or when presenting ends.
    showSidePanels(!on);
}

void MainWindow::showSidePanels(bool shown)
{
    if (shown)
        m_sidePanels.bringBack();
    else
        m_sidePanels.putAway();
    m_sidePanelsAction->setChecked(shown);
    showIdleStatus();
}

void MainWindow::showIdleStatus()
{
    if (isPresenterMode() && m_sidePanels.areAway()) {
        showStatus([this] {
            return tr("Presenter mode: the side panels are put away, %1 brings them back.")
                .arg(m_sidePanelsAction->shortcut().toString(QKeySequence::NativeText));
        });
    } else {
        m_statusText = nullptr;
        m_statusShown.clear();
        statusBar()->clearMessage();
    }
}

void MainWindow::showStatus(std::function<QString()> text, int timeout)
{
    m_statusText = std::move(text);
    m_statusTimeout = timeout;
    m_statusShown = m_statusText();
    statusBar()->showMessage(m_statusShown, timeout);
}

void MainWindow::applyTheme()
{
    if (isPresenterMode())
        m_look.theme = PlanTheme(PlanTheme::Kind::Presenter);
    else if (palette().color(QPalette::Window).lightness() < 128)
        m_look.theme = PlanTheme(PlanTheme::Kind::Dark);
    else
        m_look.theme = PlanTheme(PlanTheme::Kind::Light);
    applyLook();
}

void MainWindow::setClusterWorkers(const WorkerPalette &workers)
{
    m_look.workers = workers;
    applyLook();
}

void MainWindow::applyLook()
{
    for (PlanView *view : allViews())
        view->setLook(m_look);
    ui->detailsPanel->setWorkerPalette(m_look.workers);
    ui->workerChart->setWorkerPalette(m_look.workers);
    m_shardMap->setWorkerPalette(m_look.workers);
    m_outageControl->setWorkerPalette(m_look.workers);
    if (m_wizard)
        m_wizard->setLook(m_look);
}

void MainWindow::connectLoaders()
{
    connect(m_loader, &PlanLoader::loaded, this, &MainWindow::showDocument);
    connect(m_loader, &PlanLoader::failed, this, [this](const QString &name, const PlanParseError &error) {
        m_pendingComparison.clear();
        showLoadError([name, error] { return loadErrorText(name, error); });
    });
    connect(m_comparisonLoader, &PlanLoader::loaded, this, &MainWindow::showComparison);
    connect(m_comparisonLoader, &PlanLoader::failed, this,
            [this](const QString &name, const PlanParseError &error) {
                showLoadError([name, error] { return loadErrorText(name, error); });
            });
    for (PlanLoader *loader : {m_loader, m_comparisonLoader})
        connect(loader, &PlanLoader::busyChanged, this, &MainWindow::updateLoading);
}

void MainWindow::openFile(const QString &path)
{
    showStatus([name = QFileInfo(path).fileName()] { return tr("Reading %1…").arg(name); });
    m_loader->loadFile(path);
}

void MainWindow::openText(const QByteArray &text, const QString &name)
{
    showStatus([name] { return tr("Reading %1…").arg(name); });
    m_loader->loadText(text, name);
}

void MainWindow::openExample(const QString &id)
{
    if (const std::optional<ExamplePlan> example = ExamplePlans::find(id))
        openText(ExamplePlans::text(*example), example->title);
}

void MainWindow::compareWithFile(const QString &path)
{
    if (!m_document) {
        openFile(path);
        return;
    }
    showStatus([name = QFileInfo(path).fileName()] { return tr("Reading %1…").arg(name); });
    m_comparisonLoader->loadFile(path);
}

SetupWizard *MainWindow::wizard()
{
    if (!m_wizard) {
        // Modeless, in a window of its own: the plans it opens here stay usable beside it.
        m_wizard = new SetupWizard(m_session, m_settings, this);
        m_wizard->setWindowFlags(Qt::Window);
        m_wizardSize = new WizardSize(m_wizard, m_settings);
        m_wizard->setPresenterMode(isPresenterMode());
        m_wizard->setLook(m_look);
        connect(m_wizard, &SetupWizard::shardMapRequested, this, [this] {
            showShardMap();
            raise();
            activateWindow();
        });
        for (const auto &[request, action] : {std::pair{&SetupWizard::addWorkerRequested, m_addWorker},
                                              std::pair{&SetupWizard::stopWorkerRequested, m_stopWorker}}) {
            connect(m_wizard, request, this, [this, action = action] {
                raise();
                activateWindow();
                action->trigger();
            });
        }
        connect(m_wizard, &SetupWizard::openPlanRequested, this, [this](PlanDocumentPtr document) {
            showDocument(std::move(document));
            raise();
            activateWindow();
        });
    }
    return m_wizard;
}

void MainWindow::showTutorialWizard()
{
    if (!wizard()->isVisible())
        m_wizardSize->fit(isPresenterMode() ? PresenterFont::scale : 1.0);
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

void MainWindow::pastePlan()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    // Files copied in a file manager arrive as URLs.
    if (const QMimeData *mime = clipboard->mimeData(); mime && !localFiles(mime).isEmpty()) {
        openFile(localFiles(mime).first());
        return;
    }
    const QString text = clipboard->text();
    if (text.trimmed().isEmpty()) {
        showLoadError([] {
            return tr("The clipboard holds no text to read a plan from. Copy the output of EXPLAIN in psql "
                      "and paste again.");
        });
        return;
    }
    openText(text.toUtf8(), tr("Pasted plan"));
}

bool MainWindow::isLoading() const
{
    return m_loader->isBusy() || m_comparisonLoader->isBusy();
}

bool MainWindow::isComparing() const
{
    return ui->pages->currentIndex() == ComparePage;
}

QList<PlanView *> MainWindow::activeViews() const
{
    if (isComparing())
        return {ui->comparisonWidget->viewA(), ui->comparisonWidget->viewB()};
    return {ui->planView};
}

QList<PlanView *> MainWindow::allViews() const
{
    return {ui->planView, ui->comparisonWidget->viewA(), ui->comparisonWidget->viewB()};
}

void MainWindow::showDocument(PlanDocumentPtr document)
{
    ui->banner->hide();
    if (!document->path.isEmpty())
        m_recent->add(document->path);
    m_document = document;
    m_compared.reset();
    ui->comparisonWidget->clear();
    ui->pages->setCurrentIndex(PlanPage);
    ui->planView->setEveryTaskOffered(EveryTaskExplainer::canExplain(document));
    ui->planView->showDocument(document, m_mode);
    showWorkersOf(document);
    ui->detailsPanel->showNode(document, -1);
    updateTitle();
    updateSummary();
    updateActions();
    // Pasted text is read even with a prompt or a NOTICE around the plan: say what was left out.
    if (!document->skipped.isEmpty())
        showStatus([skipped = document->skipped] { return skipped; });
    ui->planView->setFocus();
    if (!m_pendingComparison.isEmpty())
        compareWithFile(std::exchange(m_pendingComparison, QString()));
}

void MainWindow::showComparison(PlanDocumentPtr document)
{
    ui->banner->hide();
    if (!document->path.isEmpty())
        m_recent->add(document->path);
    m_compared = document;
    ui->pages->setCurrentIndex(ComparePage);
    ui->comparisonWidget->showDocuments(m_document, document, m_mode);
    ui->detailsPanel->showNode(nullptr, -1);
    showWorkersOf(m_document);
    updateTitle();
    updateSummary();
    updateActions();
    ui->comparisonWidget->viewA()->setFocus();
}

void MainWindow::showLoadError(std::function<QString()> what)
{
    ui->banner->showError(std::move(what));
}

void MainWindow::showWorkersOf(PlanDocumentPtr document)
{
    if (!isComparing())
        ui->workersDock->setWindowTitle(tr("Workers"));
    else if (document == m_compared)
        ui->workersDock->setWindowTitle(tr("Workers · Plan B"));
    else
        ui->workersDock->setWindowTitle(tr("Workers · Plan A"));
    nameDockActions();
    if (ui->workerChart->document() != document)
        ui->workerChart->showDocument(std::move(document));
}

void MainWindow::closeCurrent()
{
    if (isComparing()) {
        m_compared.reset();
        ui->comparisonWidget->clear();
        ui->pages->setCurrentIndex(PlanPage);
        ui->detailsPanel->showNode(m_document, ui->planView->selectedNode());
        showWorkersOf(m_document);
        ui->planView->setFocus();
    } else {
        m_document.reset();
        ui->planView->clear();
        showWorkersOf(nullptr);
        ui->detailsPanel->showNode(nullptr, -1);
        ui->pages->setCurrentIndex(WelcomePage);
        updateZoom();
    }
    updateTitle();
    updateSummary();
    updateActions();
}

void MainWindow::setColorMode(ColorMode mode)
{
    m_mode = mode;
    const int index = colorModeIndex(mode);
    m_colorBy->setCurrentIndex(index);
    colorActions()[size_t(index)]->setChecked(true);
    ui->planView->setColorMode(mode);
    ui->comparisonWidget->setColorMode(mode);
    m_settings.setColorMode(index);
}

std::array<QAction *, 3> MainWindow::colorActions() const
{
    return {ui->actionColorByWorker, ui->actionColorByTime, ui->actionColorByMisestimate};
}

QString MainWindow::openDirectory() const
{
    return m_settings.openDirectory();
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), openDirectory(),
                                                      tr("EXPLAIN plans (*.json *.txt *.yaml *.yml *.xml);;"
                                                         "All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setOpenDirectory(QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::chooseComparison()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare With Plan"), openDirectory(),
                                                      tr("EXPLAIN plans (*.json *.txt *.yaml *.yml *.xml);;"
                                                         "All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setOpenDirectory(QFileInfo(path).absolutePath());
    compareWithFile(path);
}

void MainWindow::exportDrawing()
{
    if (!m_document)
        return;
    const QString base = m_document->path.isEmpty() ? tr("plan") : QFileInfo(m_document->path).completeBaseName();
    QFileDialog dialog(this, tr("Export Drawing"), openDirectory(),
                       tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("png"));
    dialog.selectFile(base + QStringLiteral(".png"));
    connect(&dialog, &QFileDialog::filterSelected, &dialog,
            [&dialog](const QString &filter) { dialog.setDefaultSuffix(suffixOfFilter(filter)); });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("Could not export the drawing to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    showStatus([where = QDir::toNativeSeparators(path)] { return tr("Drawing saved to %1").arg(where); }, 5000);
}

bool MainWindow::exportTo(const QString &path, QString *error) const
{
    const std::optional<PlanExporter::Format> format = PlanExporter::formatFor(path);
    if (!format) {
        *error = tr("unknown image format: use .png, .svg or .pdf");
        return false;
    }
    // For paper and slides, whatever the screen shows.
    const std::unique_ptr<PlanScene> scene =
        ui->planView->makeScene(m_mode, m_look.inTheme(PlanTheme(PlanTheme::Kind::Light)));
    if (!scene) {
        *error = tr("no plan is open");
        return false;
    }
    return PlanExporter::write(*scene, path, *format, PlanExporter::Options{}, error);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About ShardScope"),
                       tr("<h3>ShardScope %1</h3>"
                          "<p>See and teach PostgreSQL sharding with Citus: EXPLAIN ANALYZE plans drawn as a tree "
                          "coloured by the worker that ran each part.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or (at your option) any "
                          "later version: GPL-3.0-or-later.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::updateRecentFiles()
{
    const QStringList files = m_recent->files();
    ui->menuRecent->clear();
    ui->recentList->clear();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QFileInfo info(path);
        // &1 … &9: keys to pick one once the menu is open.
        const QString text = i < 9 ? tr("&%1 %2").arg(i + 1).arg(info.fileName()) : info.fileName();
        QAction *action = ui->menuRecent->addAction(text, this, [this, path] { openFile(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
        auto *item = new QListWidgetItem(tr("%1   —   %2").arg(info.fileName(), QDir::toNativeSeparators(info.path())),
                                         ui->recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    ui->menuRecent->addSeparator();
    ui->menuRecent->addAction(ui->actionClearRecent);
    ui->menuRecent->menuAction()->setEnabled(!files.isEmpty());
    ui->recentLabel->setVisible(!files.isEmpty());
    ui->recentList->setVisible(!files.isEmpty());
    if (!files.isEmpty()) {
        const int rows = std::min(int(files.size()), recentRowsShown);
        ui->recentList->setFixedHeight(rows * ui->recentList->sizeHintForRow(0) + 2 * ui->recentList->frameWidth());
        ui->recentList->setCurrentRow(0);
    }
}

void MainWindow::updateActions()
{
    const bool hasPlan = m_document != nullptr;
    for (QAction *action : {ui->actionCompare, ui->actionExport, ui->actionClose, ui->actionZoomIn, ui->actionZoomOut,
                            ui->actionFitToWindow, ui->actionActualSize, ui->actionExpandAll,
                            ui->actionCopyDetails})
        action->setEnabled(hasPlan);
    ui->actionJumpToSlowest->setEnabled(hasPlan && m_document->analysis.slowestNode >= 0);
    // The search runs over the plan of the single view.
    const bool canSearch = hasPlan && !isComparing();
    for (QAction *action : {ui->actionFind, ui->actionFindNext, ui->actionFindPrevious})
        action->setEnabled(canSearch);
    m_searchField->setEnabled(canSearch);
}

void MainWindow::updateSummary()
{
    if (m_document && m_compared) {
        m_summary->setText(tr("Plan A: %1 · plan B: %2")
                               .arg(PlanHeadline::heading(m_document->analysis.kind),
                                    PlanHeadline::heading(m_compared->analysis.kind)));
    } else if (m_document) {
        m_summary->setText(tr("%1 — %2").arg(PlanHeadline::heading(m_document->analysis.kind,
                                                                   m_document->sections.size()),
                                            PlanHeadline::figures(m_document->plan, m_document->analysis)));
    } else {
        m_summary->clear();
    }
}

void MainWindow::updateTitle()
{
    if (m_document && m_compared)
        setWindowTitle(tr("%1 vs %2 — ShardScope").arg(m_document->title(), m_compared->title()));
    else if (m_document)
        setWindowTitle(tr("%1 — ShardScope").arg(m_document->title()));
    else
        setWindowTitle(tr("ShardScope"));
}

void MainWindow::updateLoading()
{
    const bool busy = isLoading();
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    ui->actionCancelLoading->setEnabled(busy);
    if (!busy)
        showIdleStatus();
}

void MainWindow::showMatches(int current, int count)
{
    if (m_search->text().isEmpty())
        m_matches->clear();
    else if (count == 0)
        m_matches->setText(tr("No match"));
    else if (current < 0)
        m_matches->setText(tr("%n found", nullptr, count));
    else
        m_matches->setText(tr("%1 of %2").arg(current + 1).arg(count));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Put away for presenting only: the next launch shows them as the user left them.
    m_sidePanels.bringBack();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!localFiles(mime).isEmpty() || mime->hasText())
        event->acceptProposedAction();
}

// One file opens; two open the first and compare it with the second; text is read as a plan.
void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QStringList files = localFiles(mime);
    if (!files.isEmpty()) {
        m_pendingComparison = files.size() > 1 ? files.at(1) : QString();
        openFile(files.first());
    } else if (mime->hasText()) {
        openText(mime->text().toUtf8(), tr("Dropped text"));
    } else {
        return;
    }
    event->acceptProposedAction();
}

} // namespace shardscope
