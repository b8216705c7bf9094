// The plan viewer window, driven offscreen: opening files, pasting psql output, dropping
// files and text, errors that keep the plan shown, comparison, colour switch, search,
// recent files, export, and the 10,000-node plan read without blocking.

#include "DocumentFixture.h"

#include "ClusterControl.h"
#include "ClusterPanel.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "NodeCardItem.h"
#include "PlanComparisonWidget.h"
#include "PlanDetailsPanel.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "SetupWizard.h"
#include "TaskFrameItem.h"
#include "WindowTestSettings.h"
#include "WorkerChart.h"
#include "WorkerPalette.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace shardscope;

namespace {

const QString routerUser1 = QStringLiteral("router_user1.analyze_verbose_buffers.json");
const QString routerUser2 = QStringLiteral("router_user2.analyze_verbose_buffers.json");
const QString allTasks = QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json");
const QString bigPlan = QStringLiteral("pwj_10k.analyze_buffers.json");
// Far more than the work takes, and well inside ctest's 60 s TIMEOUT: a hang fails with
// what did not happen instead of being killed without a word.
constexpr int patience = 20000;

struct Placement {
    QString worker; // host:port
    QString shard;
};

// Where a tutorial user's rows live, from meta_user_shard_map_1_to_5.csv.
Placement placementOfUser(int user)
{
    for (const auto &row : fixtures::csv(QStringLiteral("meta_user_shard_map_1_to_5.csv"))) {
        if (row.value(QStringLiteral("user_id")).toInt() == user)
            return {row.value(QStringLiteral("nodename")) + QLatin1Char(':') + row.value(QStringLiteral("nodeport")),
                    row.value(QStringLiteral("shardid"))};
    }
    qFatal("user %d is not in the shard map", user);
}

QMimeData *filesMime(const QStringList &paths)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime->setUrls(urls);
    return mime;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsOnTheWelcomePage();
    void opensAPlan_data();
    void opensAPlan();
    void selectingANodeFillsTheDetails();
    void arrowKeysWalkTheTree();
    void searchFieldHighlightsAndSteps();
    void colourSwitch();
    void pastesPsqlOutput();
    void statusBarSaysWhatWasSkipped_data();
    void statusBarSaysWhatWasSkipped();
    void malformedPasteKeepsThePlan();
    void emptyClipboard();
    void dropFile();
    void dropTwoFilesToCompare();
    void dropText();
    void compareTwoUsers();
    void workerColoursDoNotDependOnOpeningOrder();
    void recentFiles();
    void exportDrawing_data();
    void exportDrawing();
    void tenThousandNodePlanIsReadInTheBackground();
    void shortcutsReachTheView();
    void everyActionHasAShortcut();
    void controlsHaveAccessibleNames();
    void aboutShowsVersionAndLicence();
    void clusterTablesStartFromTheLastCoordinator();
    void resetDemoNeedsNoWizard();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s in the main window", name);
        return found;
    }
    QAction *action(const char *name) const { return child<QAction>(name); }
    // Drags mime over the window and drops it, as a file manager or editor would.
    void drop(const QMimeData *mime);
    PlanView *view() const { return child<PlanView>("planView"); }
    QWidget *page() const { return child<QStackedWidget>("pages")->currentWidget(); }
    bool open(const QString &path);
    bool waitForLoading();

    QTemporaryDir m_settings;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a throwaway place, not the user's.
    useTestSettings(m_settings, QStringLiteral("tst_MainWindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    QVERIFY2(QThreadPool::globalInstance()->waitForDone(patience), "a background load did not end");
}

void TestMainWindow::drop(const QMimeData *mime)
{
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &dropped);
    QVERIFY(dropped.isAccepted());
}

bool TestMainWindow::waitForLoading()
{
    return QTest::qWaitFor([this] { return !m_window->isLoading(); }, patience);
}

bool TestMainWindow::open(const QString &path)
{
    m_window->openFile(path);
    return waitForLoading() && m_window->document() && m_window->document()->path == path;
}

void TestMainWindow::startsOnTheWelcomePage()
{
    QCOMPARE(page()->objectName(), QStringLiteral("welcomePage"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("ShardScope"));
    QVERIFY(child<QLabel>("welcomeText")->isVisible());
    QVERIFY(child<QWidget>("startScreen")->isVisible());
    QVERIFY(!action("actionExport")->isEnabled());
    QVERIFY(!action("actionZoomIn")->isEnabled());
    QVERIFY(action("actionOpen")->isEnabled());
    QVERIFY(action("actionPaste")->isEnabled());
    QVERIFY(!child<QListWidget>("recentList")->isVisible());
    QVERIFY(!child<MessageBanner>("banner")->isVisible());
}

void TestMainWindow::opensAPlan_data()
{
    QTest::addColumn<QString>("path");
    for (const char *name : {"router_user1.analyze.json", "router_user1.analyze.txt", "router_user1.analyze.yaml",
                             "router_user1.analyze.xml", "multishard_count_all_tasks.analyze_verbose_buffers.json",
                             "tutorial_05_explain_analyze_user1.txt",
                             "local_table_on_coordinator.analyze_verbose_buffers.json"})
        QTest::newRow(name) << fixtures::citus(QString::fromLatin1(name));
}

void TestMainWindow::opensAPlan()
{
    QFETCH(QString, path);
    QVERIFY(open(path));
    const PlanDocumentPtr document = m_window->document();
    const LoadedPlan expected = loadPlan(path);
    QCOMPARE(page()->objectName(), QStringLiteral("planPage"));
    QCOMPARE(view()->document(), document);
    QCOMPARE(view()->planScene()->cardCount(), int(expected.plan.nodes.size()));
    QCOMPARE(m_window->windowTitle(), QFileInfo(path).fileName() + QStringLiteral(" — ShardScope"));
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(QStringLiteral("plan nodes: %1").arg(expected.plan.planNodeCount())));
    QVERIFY(action("actionExport")->isEnabled());
    QVERIFY(!child<QProgressBar>("loadingProgress")->isVisible());

    auto *chart = child<WorkerChart>("workerChart");
    QCOMPARE(chart->document(), document);
    if (expected.analysis.workers.empty()) {
        QCOMPARE(chart->series(), nullptr);
    } else {
        QCOMPARE(chart->series()->count(), int(expected.analysis.workers.size()));
        for (size_t i = 0; i < expected.analysis.workers.size(); ++i)
            QCOMPARE(chart->series()->barSets().at(qsizetype(i))->label(), expected.analysis.workers[i].worker.toString());
    }
}

void TestMainWindow::selectingANodeFillsTheDetails()
{
    QVERIFY(open(fixtures::citus(routerUser1)));
    const Plan &plan = m_window->document()->plan;
    const int task = nodesOfKind(plan, NodeKind::Task).front();
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                      view()->mapFromScene(view()->planScene()->card(task)->sceneBoundingRect().center()));
    auto *details = child<PlanDetailsPanel>("detailsPanel");
    QCOMPARE(details->node(), task);
    const Placement placement = placementOfUser(1);
    QVERIFY(details->text().contains(QStringLiteral("worker %1 · shard %2").arg(placement.worker, placement.shard)));
    auto *query = child<QPlainTextEdit>("detailsQuery");
    QVERIFY(query->isVisible());
    QCOMPARE(query->toPlainText(), plan.nodes[size_t(task)].citus.query);

    action("actionCopyDetails")->trigger();
    QCOMPARE(QApplication::clipboard()->text(), details->text());
}

void TestMainWindow::arrowKeysWalkTheTree()
{
    QVERIFY(open(fixtures::citus(allTasks)));
    const Plan &plan = m_window->document()->plan;
    QVERIFY(view()->hasFocus());
    QTest::keyClick(view(), Qt::Key_Down);
    QCOMPARE(view()->selectedNode(), plan.root);
    QTest::keyClick(view(), Qt::Key_Down);
    const int second = plan.nodes[size_t(plan.root)].children.front();
    QCOMPARE(view()->selectedNode(), second);
    QCOMPARE(child<PlanDetailsPanel>("detailsPanel")->node(), second);
    QTest::keyClick(view(), Qt::Key_Up);
    QCOMPARE(view()->selectedNode(), plan.root);
}

void TestMainWindow::searchFieldHighlightsAndSteps()
{
    QVERIFY(open(fixtures::citus(allTasks)));
    auto *field = child<QLineEdit>("searchField");
    auto *matches = child<QLabel>("matchesLabel");
    QTest::keyClicks(field, QStringLiteral("seq scan"));
    QCOMPARE(matches->text(), QStringLiteral("1 of 32"));
    const int first = view()->selectedNode();
    QVERIFY(view()->planScene()->card(first)->isHighlighted());
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(matches->text(), QStringLiteral("2 of 32"));
    action("actionFindPrevious")->trigger();
    QCOMPARE(matches->text(), QStringLiteral("1 of 32"));
    QCOMPARE(view()->selectedNode(), first);
    field->clear();
    QVERIFY(matches->text().isEmpty());
    QVERIFY(!view()->planScene()->card(first)->isHighlighted());
    QTest::keyClicks(field, QStringLiteral("nothing like this"));
    QCOMPARE(matches->text(), QStringLiteral("No match"));
}

void TestMainWindow::colourSwitch()
{
    QVERIFY(open(fixtures::citus(allTasks)));
    const PlanScene *before = view()->planScene();
    std::vector<QColor> colours;
    for (int node = 0; node < before->cardCount(); ++node)
        colours.push_back(before->card(node)->color());

    action("actionColorByTime")->trigger();
    QCOMPARE(m_window->colorMode(), ColorMode::ExclusiveTime);
    QCOMPARE(view()->planScene()->colorMode(), ColorMode::ExclusiveTime);
    QCOMPARE(child<QComboBox>("colorByBox")->currentIndex(), 1);
    int changed = 0;
    for (int node = 0; node < view()->planScene()->cardCount(); ++node)
        changed += view()->planScene()->card(node)->color() != colours[size_t(node)] ? 1 : 0;
    QVERIFY(changed > 0);

    auto *box = child<QComboBox>("colorByBox");
    box->setCurrentIndex(2);
    emit box->activated(2);
    QCOMPARE(m_window->colorMode(), ColorMode::Misestimate);
    QVERIFY(action("actionColorByMisestimate")->isChecked());

    // Remembered for the next session.
    delete m_window;
    m_window = new MainWindow;
    QCOMPARE(m_window->colorMode(), ColorMode::Misestimate);
    QCOMPARE(child<QComboBox>("colorByBox")->currentIndex(), 2);
}

// The output of the tutorial's psql session, echoed statement and "(13 rows)" included.
void TestMainWindow::pastesPsqlOutput()
{
    QApplication::clipboard()->setText(
        QString::fromUtf8(fixtures::read(fixtures::citus(QStringLiteral("tutorial_05_explain_analyze_user1.txt")))));
    action("actionPaste")->trigger();
    QVERIFY(waitForLoading());
    const PlanDocumentPtr document = m_window->document();
    QVERIFY(document);
    QCOMPARE(document->name, QStringLiteral("Pasted plan"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Pasted plan — ShardScope"));
    QCOMPARE(view()->planScene()->cardCount(), int(document->plan.nodes.size()));
    QCOMPARE(document->analysis.workers.size(), size_t(1));
    QCOMPARE(document->analysis.workers.front().worker.toString(), placementOfUser(1).worker);
    QCOMPARE(child<WorkerChart>("workerChart")->series()->barSets().first()->label(),
             document->analysis.workers.front().worker.toString());
}

void TestMainWindow::statusBarSaysWhatWasSkipped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString session = QString::fromUtf8(
        fixtures::read(QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres-rules/rule_delete_analyze_text.txt")));
    QTest::newRow("BEGIN and ROLLBACK around the result") << session << QStringLiteral("2");
    QTest::newRow("nothing around") << QString::fromUtf8(fixtures::read(fixtures::citus(routerUser1)))
                                    << QString();
}

// A terminal copy with a statement or a prompt around the plan: the plan is read, and the
// status bar says what was left out.
void TestMainWindow::statusBarSaysWhatWasSkipped()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QApplication::clipboard()->setText(text);
    action("actionPaste")->trigger();
    QVERIFY(waitForLoading());
    QVERIFY(m_window->document());
    const QString shown = m_window->statusBar()->currentMessage();
    QCOMPARE(shown.isEmpty(), message.isEmpty());
    QVERIFY2(shown.contains(message), qPrintable(shown));
}

void TestMainWindow::malformedPasteKeepsThePlan()
{
    QVERIFY(open(fixtures::citus(routerUser1)));
    const PlanDocumentPtr before = m_window->document();
    const PlanScene *scene = view()->planScene();
    const QString title = m_window->windowTitle();

    QApplication::clipboard()->setText(QStringLiteral("[{\"Plan\": {\"Node Type\": \"Result\"}"));
    action("actionPaste")->trigger();
    QVERIFY(waitForLoading());
    auto *banner = child<MessageBanner>("banner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("line 1, column 34")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Pasted plan")));
    QCOMPARE(m_window->document(), before);
    QCOMPARE(view()->planScene(), scene);
    QCOMPARE(view()->planScene()->cardCount(), int(before->plan.nodes.size()));
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(page()->objectName(), QStringLiteral("planPage"));

    // The next plan that opens clears the message.
    QVERIFY(open(fixtures::citus(routerUser2)));
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::emptyClipboard()
{
    QApplication::clipboard()->setText(QStringLiteral("  \n"));
    action("actionPaste")->trigger();
    QVERIFY(!m_window->isLoading());
    QVERIFY(child<MessageBanner>("banner")->isVisible());
    QVERIFY(child<MessageBanner>("banner")->text().contains(QStringLiteral("clipboard")));
}

void TestMainWindow::dropFile()
{
    const QString path = fixtures::citus(routerUser2);
    std::unique_ptr<QMimeData> mime(filesMime({path}));
    drop(mime.get());
    QVERIFY(waitForLoading());
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->path, path);

    QMimeData nothing;
    QDragEnterEvent refused(m_window->rect().center(), Qt::CopyAction, &nothing, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::dropTwoFilesToCompare()
{
    std::unique_ptr<QMimeData> mime(filesMime({fixtures::citus(routerUser1), fixtures::citus(routerUser2)}));
    drop(mime.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->comparedDocument() != nullptr, patience);
    QVERIFY(waitForLoading());
    QCOMPARE(m_window->document()->path, fixtures::citus(routerUser1));
    QCOMPARE(m_window->comparedDocument()->path, fixtures::citus(routerUser2));
    QCOMPARE(page()->objectName(), QStringLiteral("comparisonWidget"));
}

void TestMainWindow::dropText()
{
    QMimeData mime;
    mime.setText(QString::fromUtf8(fixtures::read(fixtures::citus(QStringLiteral("router_user2.analyze.txt")))));
    drop(&mime);
    QVERIFY(waitForLoading());
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->name, QStringLiteral("Dropped text"));
    QCOMPARE(m_window->document()->analysis.kind, PlanKind::Router);
}

void TestMainWindow::compareTwoUsers()
{
    QVERIFY(open(fixtures::citus(routerUser1)));
    m_window->compareWithFile(fixtures::citus(routerUser2));
    QVERIFY(waitForLoading());
    QCOMPARE(page()->objectName(), QStringLiteral("comparisonWidget"));
    QCOMPARE(m_window->windowTitle(), routerUser1 + QStringLiteral(" vs ") + routerUser2 + QStringLiteral(" — ShardScope"));
    auto *comparison = child<PlanComparisonWidget>("comparisonWidget");
    const Placement user1 = placementOfUser(1);
    const Placement user2 = placementOfUser(2);
    QCOMPARE(comparison->sentences().value(0),
             QStringLiteral("Each is a router query, sent whole to the one shard holding its rows: plan A ran on "
                            "worker %1 (shard %2), plan B on worker %3 (shard %4).")
                 .arg(user1.worker, user1.shard, user2.worker, user2.shard));
    QCOMPARE(comparison->viewA()->planScene()->cardCount(), int(m_window->document()->plan.nodes.size()));
    QCOMPARE(comparison->viewB()->planScene()->cardCount(), int(m_window->comparedDocument()->plan.nodes.size()));
    // The search runs over a single plan.
    QVERIFY(!child<QLineEdit>("searchField")->isEnabled());

    // Selecting in plan B shows B's node and B's workers.
    const PlanDocumentPtr b = m_window->comparedDocument();
    comparison->viewB()->selectNode(nodesOfKind(b->plan, NodeKind::Task).front());
    QCOMPARE(child<WorkerChart>("workerChart")->document(), b);
    QVERIFY(child<PlanDetailsPanel>("detailsPanel")->text().contains(b->analysis.workers.front().worker.toString()));

    action("actionFitToWindow")->trigger();
    for (PlanView *side : {comparison->viewA(), comparison->viewB()}) {
        const QRectF visible = side->mapToScene(side->viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-1, -1, 1, 1).contains(side->sceneRect()));
    }

    action("actionClose")->trigger();
    QCOMPARE(page()->objectName(), QStringLiteral("planPage"));
    QCOMPARE(m_window->comparedDocument(), nullptr);
    QVERIFY(m_window->document());
    QCOMPARE(child<WorkerChart>("workerChart")->document(), m_window->document());
    action("actionClose")->trigger();
    QCOMPARE(page()->objectName(), QStringLiteral("welcomePage"));
    QCOMPARE(m_window->document(), nullptr);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("ShardScope"));
}

// The colour of each worker in the window's plan view, its worker chart and its details.
QMap<QString, QColor> shownColours(MainWindow *window)
{
    QMap<QString, QColor> colours;
    const PlanView *view = window->findChild<PlanView *>(QStringLiteral("planView"));
    const Plan &plan = window->document()->plan;
    for (const TaskFrameItem *frame : view->planScene()->frames())
        colours.insert(plan.nodes[size_t(frame->taskIndex())].citus.worker.toString(), frame->color());
    const QAbstractBarSeries *bars = window->findChild<WorkerChart *>()->series();
    for (QBarSet *set : bars->barSets()) {
        if (colours.value(set->label()) != set->color())
            colours.insert(set->label(), QColor()); // disagreement: fails any comparison
    }
    return colours;
}

// Two windows, as two sessions, open the router plans of users 1 and 2 in opposite orders:
// each worker keeps the colour it has in the plan of every task, in the tree and the chart.
void TestMainWindow::workerColoursDoNotDependOnOpeningOrder()
{
    const QString w9701 = placementOfUser(2).worker;
    const QString w9702 = placementOfUser(1).worker;
    QVERIFY(open(fixtures::citus(allTasks)));
    const QMap<QString, QColor> reference = shownColours(m_window);
    QCOMPARE(reference.keys(), (QStringList{w9701, w9702}));
    QVERIFY(reference.value(w9701) != reference.value(w9702));

    MainWindow other;
    const std::pair<MainWindow *, QStringList> sessions[] = {{m_window, {routerUser1, routerUser2}},
                                                             {&other, {routerUser2, routerUser1}}};
    for (const auto &[window, plans] : sessions) {
        for (const QString &name : plans) {
            window->openFile(fixtures::citus(name));
            QVERIFY(QTest::qWaitFor([window = window] { return !window->isLoading(); }, patience));
            const QString worker = name == routerUser1 ? w9702 : w9701;
            QCOMPARE(shownColours(window), (QMap<QString, QColor>{{worker, reference.value(worker)}}));
        }
    }
    // The details of a task say where it ran in the same colour: user 2's, on 9701.
    view()->selectNode(nodesOfKind(m_window->document()->plan, NodeKind::Task).front());
    QVERIFY(child<QLabel>("detailsWhere")->text().contains(reference.value(w9701).name()));
}

void TestMainWindow::recentFiles()
{
    const QString first = fixtures::citus(routerUser1);
    const QString second = fixtures::citus(routerUser2);
    QVERIFY(open(first));
    QVERIFY(open(second));
    QVERIFY(open(first));
    auto *list = child<QListWidget>("recentList");
    QCOMPARE(list->count(), 2);
    // Kept as absolute, clean paths.
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QFileInfo(first).absoluteFilePath());
    QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), QFileInfo(second).absoluteFilePath());
    QMenu *menu = child<QMenu>("menuRecent");
    QVERIFY(menu->actions().at(0)->text().endsWith(routerUser1));
    QVERIFY(menu->actions().at(1)->text().endsWith(routerUser2));

    // Remembered for the next session, and opened from the welcome page.
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    list = child<QListWidget>("recentList");
    QCOMPARE(list->count(), 2);
    QVERIFY(list->isVisible());
    emit list->itemActivated(list->item(1));
    QVERIFY(waitForLoading());
    QCOMPARE(m_window->document()->path, QFileInfo(second).absoluteFilePath());

    action("actionClearRecent")->trigger();
    QCOMPARE(list->count(), 0);
    QVERIFY(!child<QMenu>("menuRecent")->menuAction()->isEnabled());
}

void TestMainWindow::exportDrawing_data()
{
    QTest::addColumn<QString>("extension");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TestMainWindow::exportDrawing()
{
    QFETCH(QString, extension);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.") + extension);
    QString error;
    QVERIFY(!m_window->exportTo(path, &error));
    QVERIFY(!error.isEmpty());

    QVERIFY(open(fixtures::citus(allTasks)));
    // Folds carry over to the drawing; selection marks do not matter to it.
    view()->setCollapsed(nodesOfKind(m_window->document()->plan, NodeKind::Job).front(), true);
    view()->selectNode(m_window->document()->plan.root);
    QVERIFY2(m_window->exportTo(path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 0);
    if (extension == QLatin1String("png"))
        QVERIFY(!QImage(path).isNull());
    QVERIFY(!m_window->exportTo(dir.filePath(QStringLiteral("plan.bmp")), &error));
    QVERIFY(error.contains(QStringLiteral(".png")));
}

// Cancelling while the big plan is read shows that the window keeps handling events,
// and keeps the plan shown; read to the end, the big plan opens at a readable zoom.
void TestMainWindow::tenThousandNodePlanIsReadInTheBackground()
{
    QVERIFY(open(fixtures::citus(routerUser1)));
    const PlanDocumentPtr before = m_window->document();
    auto *progress = child<QProgressBar>("loadingProgress");
    m_window->openFile(fixtures::postgres(bigPlan));
    QVERIFY(m_window->isLoading());
    QVERIFY(progress->isVisible());
    QVERIFY(action("actionCancelLoading")->isEnabled());
    action("actionCancelLoading")->trigger();
    QVERIFY(!m_window->isLoading());
    QVERIFY(!progress->isVisible());
    QVERIFY2(QThreadPool::globalInstance()->waitForDone(patience), "a background load did not end");
    QCoreApplication::processEvents();
    QCOMPARE(m_window->document(), before);

    QVERIFY(open(fixtures::postgres(bigPlan)));
    QCOMPARE(view()->planScene()->cardCount(), 10004);
    QCOMPARE(view()->zoom(), PlanView::readableZoom);
    const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
    QVERIFY(visible.intersects(view()->planScene()->card(m_window->document()->plan.root)->sceneBoundingRect()));
}

void TestMainWindow::shortcutsReachTheView()
{
    QVERIFY(open(fixtures::citus(allTasks)));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keySequence(m_window, QKeySequence(QStringLiteral("Ctrl+1")));
    QCOMPARE(view()->zoom(), 1.0);
    QTest::keySequence(m_window, QKeySequence(QStringLiteral("Ctrl++")));
    QCOMPARE(view()->zoom(), 1.25);
    QTest::keySequence(m_window, QKeySequence(QStringLiteral("Ctrl+-")));
    QCOMPARE(view()->zoom(), 1.0);
    QTest::keySequence(m_window, QKeySequence(QStringLiteral("Ctrl+0")));
    QVERIFY(view()->mapToScene(view()->viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1).contains(
        view()->sceneRect()));
    QTest::keySequence(m_window, QKeySequence(QStringLiteral("Ctrl+J")));
    QCOMPARE(view()->selectedNode(), m_window->document()->analysis.slowestNode);
    QTest::keySequence(m_window, QKeySequence(QStringLiteral("Alt+2")));
    QCOMPARE(m_window->colorMode(), ColorMode::ExclusiveTime);
    QTest::keySequence(m_window, QKeySequence(QStringLiteral("Ctrl+F")));
    QVERIFY(child<QLineEdit>("searchField")->hasFocus());
}

// Menus reach every action by its mnemonic too; these are also on one key combination.
void TestMainWindow::everyActionHasAShortcut()
{
    const QStringList menuOnly{QStringLiteral("actionAboutQt"), QStringLiteral("actionClearRecent")};
    QList<QMenu *> menus;
    for (QAction *top : m_window->menuBar()->actions())
        menus << top->menu();
    int checked = 0;
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *entry : menu->actions()) {
            if (entry->menu()) {
                menus << entry->menu();
                continue;
            }
            // The example plans: a click in the menu or on the start screen.
            if (entry->isSeparator() || menuOnly.contains(entry->objectName())
                || entry->objectName().startsWith(QLatin1String("actionExample_")))
                continue;
            QVERIFY2(!entry->shortcut().isEmpty(), qPrintable(entry->text()));
            ++checked;
        }
    }
    QVERIFY(checked > 20);
}

void TestMainWindow::controlsHaveAccessibleNames()
{
    const QList<QWidget *> controls{view(),
                                    child<QLineEdit>("searchField"),
                                    child<QComboBox>("colorByBox"),
                                    child<PlanDetailsPanel>("detailsPanel"),
                                    child<QListWidget>("recentList"),
                                    child<QWidget>("openButton"),
                                    child<QWidget>("pasteButton"),
                                    child<QPlainTextEdit>("detailsQuery"),
                                    child<QWidget>("detailsProperties")};
    for (QWidget *control : controls)
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
}

void TestMainWindow::aboutShowsVersionAndLicence()
{
    QString text;
    QTimer::singleShot(0, this, [&text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        text = box->text();
        box->accept();
    });
    action("actionAbout")->trigger();
    QVERIFY2(text.contains(QStringLiteral("9.8.7")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
}

// The wizard's last coordinator (kept without a password) is where the Cluster Tables dock
// looks after a restart; with none, it says how to get one.
void TestMainWindow::clusterTablesStartFromTheLastCoordinator()
{
    auto *panel = m_window->findChild<ClusterPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->statusText(), ClusterPanel::tr("Not connected. Start or choose a cluster in the tutorial wizard."));
    QSettings().setValue(QStringLiteral("wizard/dsn"), QStringLiteral("host=db.example.org port=6432 user=teacher"));
    MainWindow again;
    panel = again.findChild<ClusterPanel *>();
    QVERIFY2(panel->statusText().startsWith(QStringLiteral("db.example.org:6432")), qPrintable(panel->statusText()));
}

// The Cluster menu works on the window's cluster session: Reset Demo makes no wizard to get
// at it, and the wizard, once opened, is on that same session.
void TestMainWindow::resetDemoNeedsNoWizard()
{
    QAction *reset = nullptr;
    for (QAction *candidate : m_window->findChildren<QAction *>()) {
        if (candidate->text() == MainWindow::tr("&Reset Demo…"))
            reset = candidate;
    }
    QVERIFY(reset);
    reset->trigger();
    QVERIFY(!m_window->findChild<SetupWizard *>());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             ClusterControl::tr("No cluster yet: start or choose one in the tutorial wizard."));
    m_window->showTutorialWizard();
    auto *wizard = m_window->findChild<SetupWizard *>();
    QVERIFY(wizard);
    QCOMPARE(wizard->session(), m_window->clusterSession());
    wizard->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
