// The tasks a plan does not show, drawn: as many ghost frames as Task Count minus the tasks
// shown on every real Citus plan, clear of the cards and frames; named after the shards and
// workers of the cluster when the look has its shards; outlined with the shard the shard map
// shows, like the task frames; and in a view, a click on a task's title or a named ghost asks
// for its shard in the map, "Show every task" asks for the plan again, and the "?" marks open
// the glossary. Exports carry no button and no "?".

#include "FixtureCluster.h"
#include "DocumentFixture.h"

#include "GhostTasksItem.h"
#include "GlossaryDialog.h"
#include "GlossaryMarkItem.h"
#include "NodeCardItem.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "TaskFrameItem.h"

#include <QFileInfo>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace shardscope;

namespace {

const QString oneTask = QStringLiteral("multishard_count.analyze_verbose_buffers.json");
const QString routerUser1 = QStringLiteral("router_user1.analyze_verbose_buffers.json");

QStringList citusJsonPlans()
{
    QStringList paths;
    for (const QString &path : fixtures::planFiles()) {
        if (path.startsWith(fixtures::citusDir()) && path.endsWith(QLatin1String(".json")))
            paths << path;
    }
    return paths;
}

qsizetype ghostCount(const PlanScene &scene)
{
    qsizetype count = 0;
    for (const GhostTasksItem *ghosts : scene.ghostTasks())
        count += ghosts->ghostTitles().size();
    return count;
}

PlanLook clusterLook()
{
    PlanLook look;
    look.shards = fixtures::clusterShards();
    return look;
}

// The shard the one task shown read: the first (and only) task frame's.
qint64 shownShard(const PlanScene &scene)
{
    return scene.frames().front()->shardId().value_or(0);
}

QPoint viewPoint(const PlanView &view, const QGraphicsItem *item, QPointF local)
{
    return view.mapFromScene(item->mapToScene(local));
}

template<typename Item>
std::vector<Item *> itemsOf(const QGraphicsScene &scene)
{
    std::vector<Item *> found;
    for (QGraphicsItem *item : scene.items()) {
        if (item->type() == Item::Type)
            found.push_back(static_cast<Item *>(item));
    }
    return found;
}

} // namespace

class TestGhostTasks : public QObject
{
    Q_OBJECT

private slots:
    void ghostsAreTaskCountMinusTasksShown_data();
    void ghostsAreTaskCountMinusTasksShown();
    void ghostsNameShardsWithTheClustersShards();
    void shardHighlightOutlinesTaskAndGhost();
    void collapsedJobHidesItsGhosts();
    void clickingATasksTitleAsksForItsShard();
    void draggingFromAGhostPans();
    void showEveryTaskOnlyWhereOffered();
    void glossaryMarksInViewsNotInExports();
    void cleanup();

private:
    PlanView *makeView();
    PlanView *m_view = nullptr;
};

PlanView *TestGhostTasks::makeView()
{
    m_view = new PlanView;
    m_view->resize(1400, 900);
    m_view->show();
    if (!QTest::qWaitForWindowExposed(m_view))
        qFatal("the view was never shown");
    return m_view;
}

void TestGhostTasks::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestGhostTasks::ghostsAreTaskCountMinusTasksShown_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : citusJsonPlans())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestGhostTasks::ghostsAreTaskCountMinusTasksShown()
{
    QFETCH(QString, path);
    const LoadedPlan loaded = loadPlan(path);
    for (const PlanLook &look : {PlanLook(), clusterLook()}) {
        const PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker, {}, {}, look);
        const qint64 taskCount = loaded.analysis.taskCount.value_or(loaded.analysis.tasksShown);
        QCOMPARE(qint64(ghostCount(scene)), taskCount - loaded.analysis.tasksShown);
        // Beside the tasks, never over a card, a frame or another ghost group.
        for (const GhostTasksItem *ghosts : scene.ghostTasks()) {
            QVERIFY(ghosts->isVisible());
            const QRectF area(ghosts->pos(), ghosts->size());
            for (int node = 0; node < scene.cardCount(); ++node)
                QVERIFY2(!area.intersects(QRectF(scene.card(node)->pos(), scene.card(node)->size())),
                         qPrintable(QStringLiteral("ghosts over card %1").arg(node)));
            for (const TaskFrameItem *frame : scene.frames())
                QVERIFY(!area.intersects(frame->sceneBoundingRect().adjusted(1, 1, -1, -1)));
        }
    }
}

void TestGhostTasks::ghostsNameShardsWithTheClustersShards()
{
    const LoadedPlan loaded = loadPlan(fixtures::citus(oneTask));
    const PlanScene unnamed(loaded.plan, loaded.analysis, ColorMode::Worker);
    QCOMPARE(unnamed.ghostTasks().size(), size_t(1));
    for (const QString &title : unnamed.ghostTasks().front()->ghostTitles())
        QVERIFY2(!title.contains(QLatin1String("shard")), qPrintable(title));

    const PlanScene named(loaded.plan, loaded.analysis, ColorMode::Worker, {}, {}, clusterLook());
    const QStringList titles = named.ghostTasks().front()->ghostTitles();
    QCOMPARE(titles.size(), 31);
    // Every shard of activity_log but the one the shown task read, each with its worker.
    const qint64 shown = shownShard(named);
    const ShardPlacements cluster = fixtures::clusterShards();
    const ShardPlacements::Table *table = cluster.tableOf(shown);
    QVERIFY(table);
    QCOMPARE(table->name, QStringLiteral("activity_log"));
    for (const ShardPlacements::Shard &shard : table->shards) {
        const QString expected = QStringLiteral("shard %1 → %2").arg(shard.id).arg(shard.worker.toString());
        const bool drawn = std::any_of(titles.begin(), titles.end(),
                                       [&](const QString &title) { return title.endsWith(expected); });
        QCOMPARE(drawn, shard.id != shown);
    }
}

void TestGhostTasks::shardHighlightOutlinesTaskAndGhost()
{
    const LoadedPlan loaded = loadPlan(fixtures::citus(oneTask));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker, {}, {}, clusterLook());
    const TaskFrameItem *frame = scene.frames().front();
    // The shard psql's text names in the shown task's remote plan.
    const qint64 shown = shownShard(scene);
    QVERIFY(fixtures::read(fixtures::citus(oneTask)).contains("activity_log_" + QByteArray::number(shown)));
    QCOMPARE(scene.highlightShard(shown), 1);
    QVERIFY(frame->isHighlighted());
    QCOMPARE(scene.ghostTasks().front()->highlightedCount(), 0);
    const qint64 ghost = *scene.ghostTasks().front()->group().ghosts.back().shardId;
    QVERIFY(ghost != shown);
    QCOMPARE(scene.highlightShard(ghost), 1);
    QVERIFY(!frame->isHighlighted());
    QCOMPARE(scene.ghostTasks().front()->highlightedCount(), 1);
    QCOMPARE(scene.highlightShard(std::nullopt), 0);
    // A shard of another table is in no task of this plan.
    QCOMPARE(scene.highlightShard(999999), 0);
}

void TestGhostTasks::collapsedJobHidesItsGhosts()
{
    const LoadedPlan loaded = loadPlan(fixtures::citus(oneTask));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const GhostTasksItem *ghosts = scene.ghostTasks().front();
    scene.setCollapsed(ghosts->jobIndex(), true);
    QVERIFY(!ghosts->isVisible());
    scene.setCollapsed(ghosts->jobIndex(), false);
    QVERIFY(ghosts->isVisible());
}

void TestGhostTasks::clickingATasksTitleAsksForItsShard()
{
    PlanView *view = makeView();
    view->setLook(clusterLook());
    view->showDocument(loadDocument(fixtures::citus(oneTask)), ColorMode::Worker);
    view->actualSize();
    QSignalSpy shards(view, &PlanView::shardClicked);
    const TaskFrameItem *frame = view->planScene()->frames().front();
    view->centerOn(frame);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPoint(*view, frame, frame->titleRect().center() - QPointF(frame->titleRect().width() / 4, 0)));
    QCOMPARE(shards.size(), 1);
    QCOMPARE(shards.takeFirst().at(0).toLongLong(), shownShard(*view->planScene()));

    const GhostTasksItem *ghosts = view->planScene()->ghostTasks().front();
    view->centerOn(ghosts);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPoint(*view, ghosts, ghosts->ghostRect(0).center()));
    QCOMPARE(shards.size(), 1);
    QCOMPARE(shards.takeFirst().at(0).toLongLong(), *ghosts->group().ghosts.front().shardId);

    // The map's shard stays outlined in the next drawing (another colour mode).
    QCOMPARE(view->setHighlightedShard(shownShard(*view->planScene())), 1);
    view->setColorMode(ColorMode::ExclusiveTime);
    QVERIFY(view->planScene()->frames().front()->isHighlighted());
}

// The view pans by dragging: a drag that starts on a ghost or a task's title moves the
// drawing and opens no shard; a click there does.
void TestGhostTasks::draggingFromAGhostPans()
{
    PlanView *view = makeView();
    view->setLook(clusterLook());
    view->showDocument(loadDocument(fixtures::citus(oneTask)), ColorMode::Worker);
    view->actualSize();
    for (int step = 0; step < 4; ++step)
        view->zoomIn();
    QSignalSpy shards(view, &PlanView::shardClicked);
    const GhostTasksItem *ghosts = view->planScene()->ghostTasks().front();
    view->centerOn(ghosts);
    QScrollBar *across = view->horizontalScrollBar();
    QVERIFY(across->maximum() > 0);
    const int before = across->value();
    const QPoint from = viewPoint(*view, ghosts, ghosts->ghostRect(0).center());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    for (int x = 10; x <= 120; x += 10)
        QTest::mouseMove(view->viewport(), from + QPoint(x, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + QPoint(120, 0));
    QCOMPARE(shards.size(), 0);
    QVERIFY2(across->value() < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(across->value())));
}

void TestGhostTasks::showEveryTaskOnlyWhereOffered()
{
    PlanView *view = makeView();
    view->showDocument(loadDocument(fixtures::citus(oneTask)), ColorMode::Worker);
    view->actualSize();
    const GhostTasksItem *ghosts = view->planScene()->ghostTasks().front();
    QVERIFY(ghosts->buttonRect().isNull());

    QSignalSpy requests(view, &PlanView::everyTaskRequested);
    view->setEveryTaskOffered(true);
    ghosts = view->planScene()->ghostTasks().front();
    QVERIFY(!ghosts->buttonRect().isNull());
    view->centerOn(ghosts);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPoint(*view, ghosts, ghosts->buttonRect().center()));
    QCOMPARE(requests.size(), 1);
    // Kept for the next drawing; never in an export.
    view->setColorMode(ColorMode::ExclusiveTime);
    QVERIFY(!view->planScene()->ghostTasks().front()->buttonRect().isNull());
    const std::unique_ptr<PlanScene> exported = view->makeScene(ColorMode::Worker, view->look());
    QVERIFY(exported->ghostTasks().front()->buttonRect().isNull());
}

void TestGhostTasks::glossaryMarksInViewsNotInExports()
{
    PlanView *view = makeView();
    view->showDocument(loadDocument(fixtures::citus(oneTask)), ColorMode::Worker);
    view->actualSize();
    const std::vector<GlossaryMarkItem *> marks = itemsOf<GlossaryMarkItem>(*view->planScene());
    QStringList terms;
    for (const GlossaryMarkItem *mark : marks)
        terms << mark->termId();
    terms.sort();
    // The heading's multi-shard query, the legend's workers, the one task's frame.
    QCOMPARE(terms, (QStringList{QStringLiteral("multi-shard-query"), QStringLiteral("task"), QStringLiteral("worker")}));
    for (const GlossaryMarkItem *mark : marks)
        QVERIFY(mark->toolTip().contains(QLatin1String("</b>")));

    const GlossaryMarkItem *task = *std::find_if(marks.begin(), marks.end(), [](const GlossaryMarkItem *mark) {
        return mark->termId() == QLatin1String("task");
    });
    view->centerOn(task);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPoint(*view, task, task->boundingRect().center()));
    const auto *glossary = view->window()->findChild<GlossaryDialog *>();
    QVERIFY(glossary);
    QCOMPARE(glossary->currentTerm(), QStringLiteral("task"));

    const std::unique_ptr<PlanScene> exported = view->makeScene(ColorMode::Worker, view->look());
    QVERIFY(itemsOf<GlossaryMarkItem>(*exported).empty());

    // A router query's heading names it so.
    view->showDocument(loadDocument(fixtures::citus(routerUser1)), ColorMode::Worker);
    terms.clear();
    for (const GlossaryMarkItem *mark : itemsOf<GlossaryMarkItem>(*view->planScene()))
        terms << mark->termId();
    QVERIFY(terms.contains(QStringLiteral("router-query")));
}

QTEST_MAIN(TestGhostTasks)
#include "tst_GhostTasks.moc"
