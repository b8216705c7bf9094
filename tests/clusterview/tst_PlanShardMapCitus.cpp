// The plan and the shard map of the main window together, on a real Citus cluster
// (SHARDSCOPE_TEST_CITUS_DSN; skips without it): a multi-shard query explained with
// citus.explain_all_tasks off, opened from the wizard, draws Task Count - 1 ghost tasks named
// after the shards of the map read from the cluster; user 1 followed in the map outlines the
// task (or ghost) of its shard in the plan; a click on the shown task's title opens its shard
// in the map; "Show every task" explains it again and every task is drawn, no ghost left.
// In either language (SHARDSCOPE_WIZARD_LANGUAGE=es); with SHARDSCOPE_GHOST_SCREENSHOTS
// naming a directory, the window goes there as ghost_tasks_<language>.png, and in presenter
// mode as ghost_tasks_presenter_<language>.png.

#include "CitusTestTable.h"
#include "ClusterSession.h"
#include "ExplainStep.h"
#include "GhostTasksItem.h"
#include "MainWindow.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "SetupWizard.h"
#include "ShardMapBar.h"
#include "ShardMapPanel.h"
#include "TaskFrameItem.h"
#include "WindowTestSettings.h"

#include <QDockWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

namespace {

constexpr int patience = 60000;

int ghosts(const PlanScene &scene)
{
    int count = 0;
    for (const GhostTasksItem *item : scene.ghostTasks())
        count += int(item->group().ghosts.size());
    return count;
}

} // namespace

class TestPlanShardMapCitus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void planAndMapShowTheSameShards();

private:
    QString language() const { return windowTestLanguage(); }
    PlanDocumentPtr explainOneTask(const QString &statement);

    QTemporaryDir m_settings;
    CitusTestTable m_table{QStringLiteral("tst_plan_shard_map_log")};
};

void TestPlanShardMapCitus::initTestCase()
{
    QVERIFY(useWindowTestSettings(m_settings, QStringLiteral("tst_PlanShardMapCitus")));
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    // The pictures are of the tutorial's table alone: a distributed table of the test's own
    // would show in the map as colocated with it.
    const bool pictures = !qEnvironmentVariableIsEmpty("SHARDSCOPE_GHOST_SCREENSHOTS");
    QVERIFY2(m_table.prepare(pictures ? CitusTestTable::Created : CitusTestTable::Inserted), qPrintable(m_table.error()));
}

// As the wizard's Explain page makes it with "Show every task" unticked.
PlanDocumentPtr TestPlanShardMapCitus::explainOneTask(const QString &statement)
{
    ExplainStep step(m_table.connection());
    step.setStatement(statement);
    step.setAllTasks(false);
    if (!step.runBlocking())
        return nullptr;
    auto document = std::make_shared<PlanDocument>();
    document->plan = *step.plan();
    document->analysis = step.analysis();
    document->statement = statement;
    document->name = QStringLiteral("count(*)");
    return document;
}

void TestPlanShardMapCitus::planAndMapShowTheSameShards()
{
    // The screenshots show the tutorial's own table when there is one.
    const QString screenshots = qEnvironmentVariable("SHARDSCOPE_GHOST_SCREENSHOTS");
    const QString table = screenshots.isEmpty() ? m_table.table().name : QStringLiteral("activity_log");
    const QString statement =
        QStringLiteral("SELECT count(*) FROM %1").arg(m_table.connection()->quoteIdentifier(table));
    for (const bool presenter : {false, true}) {
        MainWindow window;
        window.setPresenterModeForThisRun(presenter);
        window.resize(presenter ? 1600 : 1400, presenter ? 1000 : 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.clusterSession()->useCluster(m_table.profile(), LaunchChoice(LaunchChoice::Kind::Existing));
        ShardMapPanel *map = window.shardMap();
        QSignalSpy shown(map, &ShardMapPanel::mapShown);
        window.showShardMap();
        QVERIFY2(shown.wait(patience), qPrintable(map->statusText()));

        const PlanDocumentPtr document = explainOneTask(statement);
        QVERIFY(document);
        window.showTutorialWizard();
        auto *wizard = window.findChild<SetupWizard *>();
        QVERIFY(wizard);
        emit wizard->openPlanRequested(document);
        wizard->hide();
        auto *view = window.findChild<PlanView *>(QStringLiteral("planView"));
        QCOMPARE(view->document(), document);
        const qint64 taskCount = *document->analysis.taskCount;
        QCOMPARE(taskCount, map->map().table(table)->shards.size());
        QCOMPARE(ghosts(*view->planScene()), int(taskCount) - document->analysis.tasksShown);
        QVERIFY(view->planScene()->ghostTasks().front()->group().named());

        // User 1 in the map: its shard outlined in the plan, on the task or on a ghost.
        QSignalSpy located(map, &ShardMapPanel::located);
        map->setCurrentTable(table);
        map->locate(QStringLiteral("1"));
        QVERIFY2(located.wait(patience), qPrintable(map->statusText()));
        QCOMPARE(view->highlightedShard(), map->bar()->highlightedShard());
        QCOMPARE(view->planScene()->highlightShard(view->highlightedShard()), 1);

        if (!screenshots.isEmpty()) {
            view->fitToWindow();
            // Presenter mode's fit stops where texts still read: the task and its ghosts in sight.
            if (presenter) {
                view->centerOn(view->planScene()->frames().front()->sceneBoundingRect().united(
                    view->planScene()->ghostTasks().front()->sceneBoundingRect()).center());
            }
            QTest::qWait(200);
            const QString name = presenter ? QStringLiteral("ghost_tasks_presenter_%1.png")
                                           : QStringLiteral("ghost_tasks_%1.png");
            QVERIFY(window.grab().save(screenshots + QLatin1Char('/') + name.arg(language())));
        }

        // The shown task's title, clicked: its shard in the map.
        const TaskFrameItem *frame = view->planScene()->frames().front();
        view->actualSize();
        view->centerOn(frame);
        const QPointF title = frame->mapToScene(QPointF(frame->titleRect().width() / 4, frame->titleRect().center().y()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(title));
        QCOMPARE(map->bar()->highlightedShard(), frame->shardId());
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("shardMapDock"))->isVisible());

        // Show every task: the same statement again, every task drawn, no ghost left.
        if (!presenter) {
            const GhostTasksItem *ghost = view->planScene()->ghostTasks().front();
            view->centerOn(ghost);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->mapFromScene(ghost->mapToScene(ghost->buttonRect().center())));
            // The scene is also drawn again when the map, read anew, names the ghosts' shards:
            // wait for the plan with every task, not for any new scene.
            QVERIFY(QTest::qWaitFor([&] { return view->document()->analysis.tasksShown == int(taskCount); },
                                    patience));
            QCOMPARE(view->document()->statement, statement);
            QVERIFY(view->planScene()->ghostTasks().empty());
        }
        wizard->close();
    }
}

QTEST_MAIN(TestPlanShardMapCitus)
#include "tst_PlanShardMapCitus.moc"
