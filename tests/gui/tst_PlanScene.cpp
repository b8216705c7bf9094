// The plan scene: one card per node, worker colours, frames, legend, links, no overlaps.

#include "CitusValueText.h"
#include "PlanFixture.h"

#include "ColorScale.h"
#include "EdgeLayerItem.h"
#include "GhostTasksItem.h"
#include "LabelItem.h"
#include "LegendItem.h"
#include "NodeCardItem.h"
#include "PlanScene.h"
#include "PlanStyle.h"
#include "PlanSummary.h"
#include "PlanTitleItem.h"
#include "ResultLinkItem.h"
#include "TaskFrameItem.h"
#include "WorkerPalette.h"
#include "WrapBoxItem.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace shardscope;

namespace {

QStringList citusJsonPlans()
{
    QStringList names;
    for (const QString &path : fixtures::planFiles()) {
        if (path.startsWith(fixtures::citusDir()) && path.endsWith(QLatin1String(".json")))
            names << QFileInfo(path).fileName();
    }
    return names;
}

QRectF cardRect(const NodeCardItem *card)
{
    return QRectF(card->pos(), card->size());
}

// Pairs of rectangles that overlap, found by sweeping them sorted by their left side.
int overlaps(std::vector<QRectF> rects)
{
    std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    int found = 0;
    for (size_t i = 0; i < rects.size(); ++i) {
        for (size_t j = i + 1; j < rects.size() && rects[j].left() < rects[i].right(); ++j) {
            if (rects[i].intersects(rects[j]))
                ++found;
        }
    }
    return found;
}

// The colour of each worker's task frames in a scene.
QMap<QString, QColor> frameColours(const PlanScene &scene, const Plan &plan)
{
    QMap<QString, QColor> colours;
    for (const TaskFrameItem *frame : scene.frames())
        colours.insert(plan.nodes[size_t(frame->taskIndex())].citus.worker.toString(), frame->color());
    return colours;
}

// Workers of the plan's tasks, counted straight from the plan.
QMap<QString, int> tasksPerWorker(const Plan &plan)
{
    QMap<QString, int> tasks;
    for (const PlanNode &node : plan.nodes) {
        if (node.kind == NodeKind::Task && !node.citus.worker.isEmpty())
            ++tasks[node.citus.worker.toString()];
    }
    return tasks;
}

// Plan nodes of the plan's tasks on each worker, counted straight from the plan.
QMap<QString, int> planNodesPerWorker(const Plan &plan)
{
    QMap<QString, int> nodes;
    for (const PlanNode &node : plan.nodes) {
        if (node.isPlanNode() && !node.citus.worker.isEmpty())
            ++nodes[node.citus.worker.toString()];
    }
    return nodes;
}

// The number after "plan nodes: " in a text, or -1.
int planNodesIn(const QString &text)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("plan nodes: (\\d+)")).match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Whether a text drawn cut short (with "…") is all in the tooltip: every piece of it.
bool wholeIn(const QString &shown, const QString &toolTip)
{
    const QStringList pieces = shown.split(QChar(0x2026), Qt::SkipEmptyParts);
    return std::all_of(pieces.begin(), pieces.end(), [&](const QString &piece) { return toolTip.contains(piece); });
}

} // namespace

class TestPlanScene : public QObject
{
    Q_OBJECT

private slots:
    void oneCardPerNode_data();
    void oneCardPerNode();
    void nodesUnderATaskHaveItsWorkersColour_data();
    void nodesUnderATaskHaveItsWorkersColour();
    void legendListsExactlyThePlansWorkers_data();
    void legendListsExactlyThePlansWorkers();
    void headingAndLegendCountTheSamePlanNodes_data();
    void headingAndLegendCountTheSamePlanNodes();
    void labelsCoverNothing_data();
    void labelsCoverNothing();
    void textCutShortIsWholeInTheTooltip_data();
    void textCutShortIsWholeInTheTooltip();
    void longTextsWrapOnceThenCut();
    void routerQueriesOfTwoUsersRunOnDifferentWorkers();
    void workerColoursDoNotDependOnWhatWasOpenedBefore_data();
    void workerColoursDoNotDependOnWhatWasOpenedBefore();
    void allTasksShowBothWorkersWithSixteenTasksEach();
    void cardsDoNotOverlap_data();
    void cardsDoNotOverlap();
    void manyChildrenGoInRows();
    void cardTexts();
    void neverExecutedNodesAreMarked();
    void subplanIsLinkedToWhereItsResultIsRead();
    void repartitionEdgesAreDashed();
    void edgesWidenWithRows();
    void timeColoursHeatTheSlowestNode();
    void misestimateColoursAndMarkers();
    void noMarkerOnCitusFixedEstimates_data();
    void noMarkerOnCitusFixedEstimates();
    void collapseHidesTheSubtree();
    void searchHighlightsMatchingCards();
    void selection();
    void tenThousandNodePlan();
};

void TestPlanScene::oneCardPerNode_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name : citusJsonPlans())
        QTest::newRow(qPrintable(name)) << fixtures::citus(name);
    QTest::newRow("pwj_25 text") << fixtures::postgres(QStringLiteral("pwj_25.analyze_buffers.txt"));
    QTest::newRow("router_user1 text") << fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.txt"));
}

// Cards: exactly Plan::nodes, the synthetic Citus nodes (job, task, subplan,
// MapMergeJob) included; each task also has one frame.
void TestPlanScene::oneCardPerNode()
{
    QFETCH(QString, path);
    const LoadedPlan loaded = loadPlan(path);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    QCOMPARE(scene.cardCount(), int(loaded.plan.nodes.size()));
    int tasks = 0;
    for (size_t i = 0; i < loaded.plan.nodes.size(); ++i) {
        const NodeCardItem *card = scene.card(int(i));
        QVERIFY(card);
        QCOMPARE(card->nodeIndex(), int(i));
        QVERIFY(card->isVisible());
        QCOMPARE(card->scene(), &scene);
        const bool task = loaded.plan.nodes[i].kind == NodeKind::Task;
        tasks += task ? 1 : 0;
        QCOMPARE(scene.frame(int(i)) != nullptr, task);
    }
    QCOMPARE(int(scene.frames().size()), tasks);
    QCOMPARE(scene.card(-1), nullptr);
    QCOMPARE(scene.card(scene.cardCount()), nullptr);
}

void TestPlanScene::nodesUnderATaskHaveItsWorkersColour_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name : citusJsonPlans())
        QTest::newRow(qPrintable(name)) << fixtures::citus(name);
}

void TestPlanScene::nodesUnderATaskHaveItsWorkersColour()
{
    QFETCH(QString, path);
    const LoadedPlan loaded = loadPlan(path);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const Plan &plan = loaded.plan;
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        const int task = plan.nodes[i].kind == NodeKind::Task ? int(i) : plan.ancestorOfKind(int(i), NodeKind::Task);
        const NodeCardItem *card = scene.card(int(i));
        if (task < 0) {
            QCOMPARE(card->color(), WorkerPalette::coordinator());
            continue;
        }
        const NodeAddress worker = plan.nodes[size_t(task)].citus.worker;
        QVERIFY(!worker.isEmpty());
        const QColor color = WorkerPalette().forPlan(loaded.analysis).color(worker);
        QVERIFY(color != WorkerPalette::coordinator());
        QCOMPARE(card->color(), color);
        QCOMPARE(card->accent(), color);
        QCOMPARE(scene.frame(task)->color(), color);
    }
}

void TestPlanScene::legendListsExactlyThePlansWorkers_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name : citusJsonPlans())
        QTest::newRow(qPrintable(name)) << fixtures::citus(name);
    QTest::newRow("pwj_25") << fixtures::postgres(QStringLiteral("pwj_25.analyze_buffers.json"));
}

void TestPlanScene::legendListsExactlyThePlansWorkers()
{
    QFETCH(QString, path);
    const LoadedPlan loaded = loadPlan(path);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const QMap<QString, int> tasks = tasksPerWorker(loaded.plan);
    const QMap<QString, int> nodes = planNodesPerWorker(loaded.plan);
    QCOMPARE(scene.legendWorkers(), tasks.keys());
    for (const LegendItem::Entry &entry : scene.legend()->workers()) {
        QCOMPARE(entry.color, WorkerPalette().forPlan(loaded.analysis).color(*NodeAddress::parse(entry.name)));
        QCOMPARE(entry.detail, QStringLiteral("tasks: %1 · plan nodes: %2")
                                   .arg(tasks.value(entry.name))
                                   .arg(nodes.value(entry.name)));
    }
}

void TestPlanScene::headingAndLegendCountTheSamePlanNodes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("planNodes"); // counted by hand in the EXPLAIN output; -1: not counted
    // Aggregate and Custom Scan: the MapMergeJobs are Citus' structures, not plan nodes.
    for (const char *name : {"repartition_join_dual.analyze_verbose_buffers.json",
                             "repartition_join_dual.analyze_verbose_buffers.txt"})
        QTest::newRow(name) << fixtures::citus(QLatin1String(name)) << 2;
    // Sort, Custom Scan, and the subplan's Limit, Sort, Custom Scan on the coordinator; the
    // two tasks' four nodes each on 127.0.0.1:9702.
    for (const char *name : {"cte_subplan_top_users.analyze_verbose_buffers.json",
                             "cte_subplan_top_users.analyze_verbose_buffers.txt"})
        QTest::newRow(name) << fixtures::citus(QLatin1String(name)) << 13;
    for (const QString &name : citusJsonPlans())
        QTest::newRow(qPrintable(name + QStringLiteral(" (any)"))) << fixtures::citus(name) << -1;
}

// One count of plan nodes: the heading's is the sum of the legend's, and the legend says
// what is counted.
void TestPlanScene::headingAndLegendCountTheSamePlanNodes()
{
    QFETCH(QString, path);
    QFETCH(int, planNodes);
    const LoadedPlan loaded = loadPlan(path);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const int heading = planNodesIn(scene.titleItem()->lines().value(0));
    if (planNodes >= 0)
        QCOMPARE(heading, planNodes);
    QCOMPARE(heading, loaded.plan.planNodeCount());
    int legend = planNodesIn(scene.legend()->coordinator().detail);
    QVERIFY(legend >= 0);
    for (const LegendItem::Entry &entry : scene.legend()->workers())
        legend += planNodesIn(entry.detail);
    QCOMPARE(legend, heading);
    QVERIFY(!PlanSummary::planNodesMeaning().isEmpty());
    QCOMPARE(scene.legend()->toolTip(), PlanSummary::planNodesMeaning());
}

void TestPlanScene::labelsCoverNothing_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : fixtures::planFiles()) {
        if (path.startsWith(fixtures::citusDir()))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
}

// No label covers another label, a card, a task's frame or a heading, whatever the zoom:
// the drawing scales as a whole.
void TestPlanScene::labelsCoverNothing()
{
    QFETCH(QString, path);
    const LoadedPlan loaded = loadPlan(path);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    std::vector<QRectF> labels;
    for (const LabelItem *label : scene.labels()) {
        if (label->isVisible())
            labels.push_back(label->sceneBoundingRect());
    }
    QCOMPARE(overlaps(labels), 0);
    std::vector<QRectF> others;
    for (int i = 0; i < scene.cardCount(); ++i) {
        if (scene.card(i)->isVisible())
            others.push_back(cardRect(scene.card(i)));
    }
    for (const TaskFrameItem *frame : scene.frames())
        others.push_back(frame->sceneBoundingRect());
    others.push_back(scene.titleItem()->sceneBoundingRect());
    others.push_back(scene.legend()->sceneBoundingRect());
    for (const QRectF &label : labels) {
        for (const QRectF &other : others)
            QVERIFY2(!label.intersects(other), qPrintable(QStringLiteral("label at %1,%2 covers %3,%4")
                                                               .arg(label.x()).arg(label.y())
                                                               .arg(other.x()).arg(other.y())));
    }
    if (loaded.analysis.kind == PlanKind::Repartition) {
        const std::vector<LabelItem *> all = scene.labels();
        QVERIFY(std::any_of(all.begin(), all.end(), [](const LabelItem *label) {
            return label->isVisible() && label->text() == QLatin1String("repartitioned rows");
        }));
    }
}

void TestPlanScene::textCutShortIsWholeInTheTooltip_data()
{
    labelsCoverNothing_data();
}

// A card or frame that cuts a text short holds all of it in its tooltip; one that shows
// it all needs none.
void TestPlanScene::textCutShortIsWholeInTheTooltip()
{
    QFETCH(QString, path);
    const LoadedPlan loaded = loadPlan(path);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    for (int i = 0; i < scene.cardCount(); ++i) {
        const NodeCardItem *card = scene.card(i);
        const NodeCardText &text = card->text();
        // Titles and lines are cut at their end, names in their middle; "cost 0 … 250" is whole.
        QStringList shown{text.title};
        shown.append(QStringList(text.lines.begin(), text.lines.end()));
        QStringList cut;
        std::copy_if(shown.begin(), shown.end(), std::back_inserter(cut),
                     [](const QString &line) { return line.endsWith(QChar(0x2026)); });
        if (text.object.contains(QChar(0x2026)))
            cut.append(text.object);
        QCOMPARE(card->toolTip().isEmpty(), cut.isEmpty());
        for (const QString &line : cut)
            QVERIFY2(wholeIn(line, card->toolTip()), qPrintable(line));
        // What Citus says of the tasks shown, whole.
        const PlanNode &node = loaded.plan.nodes[size_t(i)];
        if (!cut.isEmpty() && node.kind == NodeKind::Job)
            QVERIFY2(card->toolTip().contains(node.citus.tasksShown), qPrintable(card->toolTip()));
    }
    for (const TaskFrameItem *frame : scene.frames())
        QCOMPARE(frame->toolTip(), frame->shownTitle() == frame->title() ? QString() : frame->title());
    // "shown: None, not supported for r…" was cut with no way to read the rest.
    if (path.contains(QLatin1String("repartition_join"))) {
        const int job = int(std::find_if(loaded.plan.nodes.begin(), loaded.plan.nodes.end(),
                                         [](const PlanNode &node) { return node.kind == NodeKind::Job; })
                            - loaded.plan.nodes.begin());
        QVERIFY(job < scene.cardCount());
        const NodeCardItem *card = scene.card(job);
        const QString shown = QStringList(card->text().lines.begin(), card->text().lines.end()).join(QLatin1Char(' '));
        // As the card says it (CitusValueText), whole.
        const QString citus = CitusValueText::tasksShown(QStringLiteral("None, not supported for re-partition queries"));
        QVERIFY2(shown.contains(citus) || card->toolTip().contains(citus), qPrintable(shown));
    }
}

void TestPlanScene::routerQueriesOfTwoUsersRunOnDifferentWorkers()
{
    const LoadedPlan user1 = loadPlan(fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.json")));
    const LoadedPlan user2 = loadPlan(fixtures::citus(QStringLiteral("router_user2.analyze_verbose_buffers.json")));
    PlanScene scene1(user1.plan, user1.analysis, ColorMode::Worker);
    PlanScene scene2(user2.plan, user2.analysis, ColorMode::Worker);
    QCOMPARE(scene1.legendWorkers(), QStringList{QStringLiteral("127.0.0.1:9702")});
    QCOMPARE(scene2.legendWorkers(), QStringList{QStringLiteral("127.0.0.1:9701")});
    QCOMPARE(scene1.frames().size(), size_t(1));
    QCOMPARE(scene2.frames().size(), size_t(1));
    QVERIFY(scene1.frames().front()->color() != scene2.frames().front()->color());
    QCOMPARE(scene1.frames().front()->title(), QStringLiteral("Task → worker 127.0.0.1:9702 · shard 102009"));
    QCOMPARE(scene2.frames().front()->title(), QStringLiteral("Task → worker 127.0.0.1:9701 · shard 102032"));
    QCOMPARE(scene1.titleItem()->heading(), QStringLiteral("Router query"));
}

void TestPlanScene::workerColoursDoNotDependOnWhatWasOpenedBefore_data()
{
    QTest::addColumn<QList<NodeAddress>>("cluster");
    QTest::newRow("cluster unknown") << QList<NodeAddress>{};
    // As pg_dist_node lists the tutorial's cluster; here 9702 has the lower node id.
    QTest::newRow("cluster known")
        << QList<NodeAddress>{NodeAddress{QStringLiteral("127.0.0.1"), 9702}, NodeAddress{QStringLiteral("127.0.0.1"), 9701}};
}

// Two sessions open the router plans of users 1 and 2 in opposite orders, each plan holding
// one worker: each worker has one colour in both, the one it has in the plan of every task.
void TestPlanScene::workerColoursDoNotDependOnWhatWasOpenedBefore()
{
    QFETCH(QList<NodeAddress>, cluster);
    const LoadedPlan user1 = loadPlan(fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.json")));
    const LoadedPlan user2 = loadPlan(fixtures::citus(QStringLiteral("router_user2.analyze_verbose_buffers.json")));
    const LoadedPlan all =
        loadPlan(fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")));
    const QString w9701 = QStringLiteral("127.0.0.1:9701");
    const QString w9702 = QStringLiteral("127.0.0.1:9702");

    const PlanLook first{PlanTheme(), WorkerPalette(cluster), {}};
    const PlanScene firstUser1(user1.plan, user1.analysis, ColorMode::Worker, {}, {}, first);
    const PlanScene firstUser2(user2.plan, user2.analysis, ColorMode::Worker, {}, {}, first);
    const PlanLook second{PlanTheme(PlanTheme::Kind::Dark), WorkerPalette(cluster), {}};
    const PlanScene secondUser2(user2.plan, user2.analysis, ColorMode::Worker, {}, {}, second);
    const PlanScene secondUser1(user1.plan, user1.analysis, ColorMode::Worker, {}, {}, second);
    const PlanScene allTasks(all.plan, all.analysis, ColorMode::Worker, {}, {}, PlanLook{PlanTheme(), WorkerPalette(cluster), {}});

    const QMap<QString, QColor> reference = frameColours(allTasks, all.plan);
    QCOMPARE(reference.keys(), (QStringList{w9701, w9702}));
    QVERIFY(reference.value(w9701) != reference.value(w9702));
    QCOMPARE(frameColours(firstUser1, user1.plan), (QMap<QString, QColor>{{w9702, reference.value(w9702)}}));
    QCOMPARE(frameColours(secondUser1, user1.plan), (QMap<QString, QColor>{{w9702, reference.value(w9702)}}));
    QCOMPARE(frameColours(firstUser2, user2.plan), (QMap<QString, QColor>{{w9701, reference.value(w9701)}}));
    QCOMPARE(frameColours(secondUser2, user2.plan), (QMap<QString, QColor>{{w9701, reference.value(w9701)}}));
    // The legend says the same.
    QCOMPARE(firstUser1.legend()->workers().front().color, reference.value(w9702));
    QCOMPARE(secondUser2.legend()->workers().front().color, reference.value(w9701));
}

void TestPlanScene::allTasksShowBothWorkersWithSixteenTasksEach()
{
    const LoadedPlan loaded =
        loadPlan(fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    QCOMPARE(scene.legendWorkers(), (QStringList{QStringLiteral("127.0.0.1:9701"), QStringLiteral("127.0.0.1:9702")}));
    for (const LegendItem::Entry &entry : scene.legend()->workers())
        QCOMPARE(entry.detail, QStringLiteral("tasks: 16 · plan nodes: 32"));
    QMap<QRgb, int> framesPerColour;
    for (const TaskFrameItem *frame : scene.frames())
        ++framesPerColour[frame->color().rgb()];
    QCOMPARE(framesPerColour.size(), 2);
    QCOMPARE(framesPerColour.first(), 16);
    QCOMPARE(framesPerColour.last(), 16);
    QCOMPARE(scene.titleItem()->heading(), QStringLiteral("Multi-shard query"));
}

void TestPlanScene::cardsDoNotOverlap_data()
{
    QTest::addColumn<QString>("path");
    for (const char *name : {"router_user1.analyze_verbose_buffers.json", "multishard_count_all_tasks.analyze_verbose_buffers.json",
                             "cte_subplan_top_users.analyze_verbose_buffers.json", "repartition_join_dual.analyze_verbose_buffers.json",
                             "colocated_join_users.analyze_verbose_buffers.json", "insert_select_repartition.plan_verbose.json",
                             "delete_multishard.analyze_verbose_buffers.txt"})
        QTest::newRow(name) << fixtures::citus(QLatin1String(name));
    QTest::newRow("pwj_250") << fixtures::postgres(QStringLiteral("pwj_250.analyze_buffers.json"));
    QTest::newRow("pwj_10k") << fixtures::postgres(QStringLiteral("pwj_10k.analyze_buffers.json"));
    // Two plans in one Plan, a root each, drawn without titles: a tree each all the same.
    QTest::newRow("two plans, text") << QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres-rules/rule_delete_analyze_text.txt");
    QTest::newRow("two plans, xml") << QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres-rules/rule_delete_xml.txt");
}

// Cards, frames, the heading and the legend: nothing covers anything else, except a
// frame around its own task's cards.
void TestPlanScene::cardsDoNotOverlap()
{
    QFETCH(QString, path);
    const LoadedPlan loaded = loadPlan(path);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const Plan &plan = loaded.plan;
    std::vector<QRectF> rects;
    for (int i = 0; i < scene.cardCount(); ++i)
        rects.push_back(cardRect(scene.card(i)));
    rects.push_back(scene.legend()->sceneBoundingRect());
    rects.push_back(scene.titleItem()->sceneBoundingRect());
    QCOMPARE(overlaps(rects), 0);

    for (const TaskFrameItem *frame : scene.frames()) {
        const QRectF box = frame->sceneBoundingRect().adjusted(1, 1, -1, -1);
        for (int i = 0; i < scene.cardCount(); ++i) {
            const bool inside = i == frame->taskIndex() || plan.ancestorOfKind(i, NodeKind::Task) == frame->taskIndex();
            QCOMPARE(box.contains(cardRect(scene.card(i))), inside);
            if (!inside)
                QVERIFY(!box.intersects(cardRect(scene.card(i))));
        }
        for (const TaskFrameItem *other : scene.frames()) {
            if (other != frame)
                QVERIFY(!box.intersects(other->sceneBoundingRect().adjusted(1, 1, -1, -1)));
        }
    }
    for (int node = 0; node < scene.cardCount(); ++node) {
        const WrapBoxItem *wrap = scene.wrapBox(node);
        QCOMPARE(wrap != nullptr, plan.nodes[size_t(node)].children.size() > size_t(PlanScene::maxChildrenInLine));
        if (!wrap)
            continue;
        const QRectF box = wrap->sceneBoundingRect().adjusted(1, 1, -1, -1);
        for (int i = 0; i < scene.cardCount(); ++i) {
            bool below = false;
            for (int at = plan.nodes[size_t(i)].parent; at >= 0 && !below; at = plan.nodes[size_t(at)].parent)
                below = at == node;
            QCOMPARE(box.contains(cardRect(scene.card(i))), below);
            if (!below)
                QVERIFY(!box.intersects(cardRect(scene.card(i))));
        }
    }
    QVERIFY(scene.sceneRect().contains(scene.itemsBoundingRect()));
}

// 32 tasks, or 2,500 partitions, sit in rows inside a box instead of one endless line;
// the edge to them goes to the box.
// A task's error wraps onto a second line, then is cut, and a name longer than a card is
// cut in its middle: the card's tooltip holds them whole.
void TestPlanScene::longTextsWrapOnceThenCut()
{
    Plan plan;
    PlanNode task;
    task.kind = NodeKind::Task;
    task.nodeType = QStringLiteral("Task");
    task.citus.error = QStringLiteral("could not connect to the server on 127.0.0.1 port 9702, which refused the "
                                      "connection because it is shutting down after a fast shutdown request, "
                                      "so every query sent to it fails until it is started again");
    const int taskIndex = plan.addNode(task, -1);
    PlanNode scan;
    scan.nodeType = QStringLiteral("Seq Scan");
    scan.relationName = QStringLiteral("a_table_whose_name_is_much_longer_than_any_card_of_the_drawing_could_show");
    scan.planRows = 10;
    plan.addNode(scan, taskIndex);
    const PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
    PlanScene scene(plan, analysis, ColorMode::Worker);

    const NodeCardItem *taskCard = scene.card(taskIndex);
    const std::vector<QString> &lines = taskCard->text().lines;
    QCOMPARE(lines.size(), size_t(2));
    QVERIFY2(lines[0].startsWith(QLatin1String("error: could not connect")) && !lines[0].endsWith(QChar(0x2026)),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].endsWith(QChar(0x2026)), qPrintable(lines[1]));
    QVERIFY2(taskCard->toolTip().contains(task.citus.error), qPrintable(taskCard->toolTip()));

    const NodeCardItem *scanCard = scene.card(taskIndex + 1);
    QVERIFY2(scanCard->text().object.contains(QChar(0x2026)), qPrintable(scanCard->text().object));
    QVERIFY2(scanCard->toolTip().contains(scan.relationName), qPrintable(scanCard->toolTip()));
    QCOMPARE(scanCard->toolTip().split(QLatin1Char('\n')).first(), QStringLiteral("Seq Scan"));
}

void TestPlanScene::manyChildrenGoInRows()
{
    const LoadedPlan loaded =
        loadPlan(fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const auto job = std::find_if(loaded.plan.nodes.begin(), loaded.plan.nodes.end(),
                                  [](const PlanNode &n) { return n.kind == NodeKind::Job; });
    const int jobIndex = int(job - loaded.plan.nodes.begin());
    const WrapBoxItem *box = scene.wrapBox(jobIndex);
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->caption(), QStringLiteral("tasks: 32"));
    QSet<double> rowTops;
    for (const TaskFrameItem *frame : scene.frames()) {
        QVERIFY(box->sceneBoundingRect().contains(frame->sceneBoundingRect()));
        rowTops.insert(frame->pos().y());
    }
    QVERIFY(rowTops.size() >= 3 && rowTops.size() <= 6);
    // Edges: one into the box for all 32 tasks, none to the tasks themselves.
    const QPointF boxTop(box->sceneBoundingRect().center().x(), box->pos().y());
    int intoBox = 0;
    for (const EdgeLayerItem::Edge &edge : scene.edges()->edges()) {
        intoBox += edge.to == boxTop ? 1 : 0;
        for (const TaskFrameItem *frame : scene.frames())
            QVERIFY(edge.to.y() != frame->pos().y() || !frame->sceneBoundingRect().contains(edge.to));
    }
    QCOMPARE(intoBox, 1);
    QCOMPARE(int(scene.edges()->edges().size()), scene.cardCount() - 1 - 32 + 1);
    // Drawn this way the plan is about as tall as wide, not 20 times wider.
    QVERIFY(scene.sceneRect().width() < 2.5 * scene.sceneRect().height());

    const LoadedPlan partitions = loadPlan(fixtures::postgres(QStringLiteral("pwj_250.analyze_buffers.json")));
    PlanScene partitionScene(partitions.plan, partitions.analysis, ColorMode::Worker);
    const auto appendNode = std::find_if(partitions.plan.nodes.begin(), partitions.plan.nodes.end(),
                                         [](const PlanNode &n) { return n.nodeType == QLatin1String("Append"); });
    const WrapBoxItem *append = partitionScene.wrapBox(int(appendNode - partitions.plan.nodes.begin()));
    QVERIFY(append);
    QCOMPARE(append->caption(), QStringLiteral("inputs: 250"));
    QVERIFY(partitionScene.sceneRect().width() < 4 * partitionScene.sceneRect().height());
}

void TestPlanScene::cardTexts()
{
    const LoadedPlan loaded = loadPlan(fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const Plan &plan = loaded.plan;
    QCOMPARE(scene.card(plan.root)->text().title, QStringLiteral("Citus Adaptive"));
    int scans = 0;
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        if (plan.nodes[i].nodeType != QLatin1String("Index Scan"))
            continue;
        ++scans;
        const NodeCardText &text = scene.card(int(i))->text();
        QCOMPARE(text.title, QStringLiteral("Index Scan"));
        QCOMPARE(text.object, QStringLiteral("activity_log"));
        QCOMPARE(text.badge, QStringLiteral("shard 102009"));
        QCOMPARE(text.lines.at(0), QStringLiteral("using activity_log_pkey"));
        QCOMPARE(text.lines.at(1), QStringLiteral("rows: 2 · est. 1"));
        QVERIFY(text.lines.at(2).startsWith(QLatin1String("self ")));
        QVERIFY(text.marker.isEmpty()); // 2x off is no news
    }
    QCOMPARE(scans, 1);
    const auto task = std::find_if(plan.nodes.begin(), plan.nodes.end(),
                                   [](const PlanNode &n) { return n.kind == NodeKind::Task; });
    const NodeCardText &taskText = scene.card(int(task - plan.nodes.begin()))->text();
    QCOMPARE(taskText.title, QStringLiteral("Task"));
    QCOMPARE(taskText.badge, QStringLiteral("shard 102009"));
    QVERIFY(taskText.lines.size() >= 1);
    // Within the style's bounds, and tall enough for its lines in the body font, whichever
    // font this machine resolves that to.
    const double lineSpacing = PlanStyle::bodyWidth().metrics().lineSpacing();
    for (int i = 0; i < scene.cardCount(); ++i) {
        const QSizeF size = scene.card(i)->size();
        QVERIFY(size.width() >= PlanStyle::minCardWidth && size.width() <= PlanStyle::maxCardWidth);
        QVERIFY(size.height() >= PlanStyle::headerHeight + double(scene.card(i)->text().lines.size()) * lineSpacing);
    }
}

void TestPlanScene::neverExecutedNodesAreMarked()
{
    const LoadedPlan loaded = loadPlan(fixtures::citus(QStringLiteral("cte_subplan_top_users.analyze_verbose_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    int never = 0;
    for (size_t i = 0; i < loaded.plan.nodes.size(); ++i) {
        const NodeCardText &text = scene.card(int(i))->text();
        QCOMPARE(text.neverExecuted, loaded.plan.nodes[i].neverExecuted);
        if (text.neverExecuted) {
            ++never;
            QVERIFY(std::find(text.lines.begin(), text.lines.end(), QStringLiteral("never executed")) != text.lines.end());
        }
    }
    QVERIFY(never > 0);
}

void TestPlanScene::subplanIsLinkedToWhereItsResultIsRead()
{
    const LoadedPlan loaded = loadPlan(fixtures::citus(QStringLiteral("cte_subplan_top_users.analyze_verbose_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const Plan &plan = loaded.plan;
    QCOMPARE(scene.resultLinks().size(), size_t(1));
    const ResultLinkItem *link = scene.resultLinks().front();
    // JSON does not name the subplan: it is the first (and only) one of its query.
    QCOMPARE(plan.nodes[size_t(link->fromNode())].kind, NodeKind::DistributedSubplan);
    const PlanNode &reader = plan.nodes[size_t(link->toNode())];
    QCOMPARE(reader.nodeType, QStringLiteral("Function Scan"));
    QCOMPARE(reader.functionName, QStringLiteral("read_intermediate_result"));
    QVERIFY(plan.ancestorOfKind(link->toNode(), NodeKind::Task) >= 0);
    QCOMPARE(link->label(), QStringLiteral("intermediate result"));
    QVERIFY(link->isVisible());
    QVERIFY(link->sceneBoundingRect().intersects(cardRect(scene.card(link->toNode())).adjusted(-3, -3, 3, 3)));
    QCOMPARE(scene.titleItem()->heading(), QStringLiteral("Query with distributed subplans"));

    // TEXT names the subplan "2_1", as the reading call does.
    const LoadedPlan plain = loadPlan(fixtures::citus(QStringLiteral("cte_subplan_top_users.analyze_verbose_buffers.txt")));
    PlanScene textScene(plain.plan, plain.analysis, ColorMode::Worker);
    QCOMPARE(textScene.resultLinks().size(), size_t(1));
    const ResultLinkItem *textLink = textScene.resultLinks().front();
    QCOMPARE(plain.plan.nodes[size_t(textLink->fromNode())].citus.subplanId, QStringLiteral("2_1"));
    QCOMPARE(plain.plan.nodes[size_t(textLink->toNode())].nodeType, QStringLiteral("Function Scan"));
}

void TestPlanScene::repartitionEdgesAreDashed()
{
    const LoadedPlan loaded = loadPlan(fixtures::citus(QStringLiteral("repartition_join_dual.analyze_verbose_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    int mapMergeJobs = 0;
    for (const PlanNode &node : loaded.plan.nodes)
        mapMergeJobs += node.kind == NodeKind::MapMergeJob ? 1 : 0;
    QCOMPARE(mapMergeJobs, 2);
    int dashed = 0;
    for (const EdgeLayerItem::Edge &edge : scene.edges()->edges())
        dashed += edge.dashed ? 1 : 0;
    QCOMPARE(dashed, mapMergeJobs);
    QStringList labels;
    for (const LabelItem *label : scene.labels()) {
        if (label->isVisible())
            labels << label->text();
    }
    QCOMPARE(labels, QStringList(mapMergeJobs, QStringLiteral("repartitioned rows")));
    // One into every card but the root, and one to the ghosts of the tasks the job does not
    // show ("Tasks Shown: None, not supported for re-partition queries").
    QCOMPARE(scene.ghostTasks().size(), size_t(1));
    QCOMPARE(int(scene.edges()->edges().size()), scene.cardCount() - 1 + 1);
}

void TestPlanScene::edgesWidenWithRows()
{
    QVERIFY(EdgeLayerItem::widthForRows(0) < EdgeLayerItem::widthForRows(10));
    QVERIFY(EdgeLayerItem::widthForRows(10) < EdgeLayerItem::widthForRows(100000));
    QVERIFY(EdgeLayerItem::widthForRows(1e12) <= 10);
    // Log scale: every tenfold adds the same width, until the cap.
    const double step = EdgeLayerItem::widthForRows(999) - EdgeLayerItem::widthForRows(99);
    QVERIFY(qAbs(EdgeLayerItem::widthForRows(9999) - EdgeLayerItem::widthForRows(999) - step) < 1e-9);
}

void TestPlanScene::timeColoursHeatTheSlowestNode()
{
    const LoadedPlan loaded =
        loadPlan(fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::ExclusiveTime);
    QVERIFY(loaded.analysis.slowestNode >= 0);
    QCOMPARE(scene.card(loaded.analysis.slowestNode)->color(), ColorScale::heat(1));
    // The worker still shows, on the frame and the card border.
    for (const TaskFrameItem *frame : scene.frames()) {
        const QColor worker =
            WorkerPalette().forPlan(loaded.analysis).color(loaded.plan.nodes[size_t(frame->taskIndex())].citus.worker);
        QCOMPARE(frame->color(), worker);
        QCOMPARE(scene.card(frame->taskIndex())->accent(), worker);
    }
    QVERIFY(scene.legend()->boundingRect().height() > 0);
}

void TestPlanScene::misestimateColoursAndMarkers()
{
    const LoadedPlan loaded = loadPlan(fixtures::citus(QStringLiteral("cte_subplan_top_users.analyze_verbose_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Misestimate);
    int markers = 0;
    for (size_t i = 0; i < loaded.plan.nodes.size(); ++i) {
        const NodeMetrics &metrics = loaded.analysis.nodes[i];
        const NodeCardItem *card = scene.card(int(i));
        if (!metrics.misestimateFactor || !loaded.plan.nodes[i].isPlanNode()) {
            QCOMPARE(card->color(), ColorScale::missing());
            continue;
        }
        QCOMPARE(card->color(), ColorScale::misestimate(metrics.misestimate, *metrics.misestimateFactor));
        if (metrics.misestimate == Misestimate::Under && *metrics.misestimateFactor > 10)
            QVERIFY(card->color().red() > card->color().blue());
        if (metrics.misestimate == Misestimate::Over && *metrics.misestimateFactor > 10)
            QVERIFY(card->color().blue() > card->color().red());
        const bool marked = *metrics.misestimateFactor >= NodeCardText::markerFactor
            && metrics.misestimate != Misestimate::None && !loaded.plan.nodes[i].neverExecuted;
        QCOMPARE(!card->text().marker.isEmpty(), marked);
        if (marked) {
            ++markers;
            QVERIFY(card->text().marker.startsWith(metrics.misestimate == Misestimate::Under ? QStringLiteral("↑")
                                                                                         : QStringLiteral("↓")));
            QVERIFY(card->text().marker.endsWith(QStringLiteral("×")));
        }
    }
    QVERIFY(markers > 0);
}

void TestPlanScene::noMarkerOnCitusFixedEstimates_data()
{
    labelsCoverNothing_data();
}

// Citus' Custom Scan always tells the planner 100,000 rows (count(*) over 32 shards was
// marked "↓ 3125×"): no marker, no misestimate colour, on any Citus plan.
void TestPlanScene::noMarkerOnCitusFixedEstimates()
{
    QFETCH(QString, path);
    const LoadedPlan loaded = loadPlan(path);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Misestimate);
    for (size_t i = 0; i < loaded.plan.nodes.size(); ++i) {
        const PlanNode &node = loaded.plan.nodes[i];
        if (node.nodeType != QLatin1String("Custom Scan") || !node.customPlanProvider.startsWith(QLatin1String("Citus")))
            continue;
        QVERIFY2(scene.card(int(i))->text().marker.isEmpty(), qPrintable(scene.card(int(i))->text().marker));
        QCOMPARE(scene.card(int(i))->color(), ColorScale::missing());
    }
    // A plain PostgreSQL node's misestimate is still marked: the worker's Nested Loop
    // expected 14,500 rows (17,505 in the text run) and made 100 (101).
    if (QFileInfo(path).fileName().startsWith(QLatin1String("cte_subplan_top_users."))) {
        const auto loop = std::find_if(loaded.plan.nodes.begin(), loaded.plan.nodes.end(),
                                       [](const PlanNode &node) { return node.nodeType == QLatin1String("Nested Loop"); });
        QVERIFY(loop != loaded.plan.nodes.end());
        const QString marker = scene.card(int(loop - loaded.plan.nodes.begin()))->text().marker;
        QVERIFY2(marker == QStringLiteral("↓ 145×") || marker == QStringLiteral("↓ 173×"), qPrintable(marker));
    }
}

void TestPlanScene::collapseHidesTheSubtree()
{
    const LoadedPlan loaded =
        loadPlan(fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const auto job = std::find_if(loaded.plan.nodes.begin(), loaded.plan.nodes.end(),
                                  [](const PlanNode &n) { return n.kind == NodeKind::Job; });
    const int jobIndex = int(job - loaded.plan.nodes.begin());
    const QRectF before = scene.sceneRect();
    scene.setCollapsed(jobIndex, true);
    QVERIFY(scene.isCollapsed(jobIndex));
    QCOMPARE(scene.card(jobIndex)->hiddenBelow(), int(loaded.plan.nodes.size()) - 1 - jobIndex);
    for (int i = jobIndex + 1; i < scene.cardCount(); ++i)
        QVERIFY(!scene.card(i)->isVisible());
    for (const TaskFrameItem *frame : scene.frames())
        QVERIFY(!frame->isVisible());
    const auto area = [](const QRectF &r) { return r.width() * r.height(); };
    QVERIFY(area(scene.sceneRect()) < area(before) / 4);
    QVERIFY(!scene.wrapBox(jobIndex)->isVisible());
    scene.setCollapsed(jobIndex, false);
    QCOMPARE(scene.card(jobIndex)->hiddenBelow(), 0);
    QCOMPARE(scene.sceneRect(), before);
    for (int i = 0; i < scene.cardCount(); ++i)
        QVERIFY(scene.card(i)->isVisible());
}

void TestPlanScene::searchHighlightsMatchingCards()
{
    const LoadedPlan loaded =
        loadPlan(fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const std::vector<int> scans = scene.highlightMatches(QStringLiteral("SEQ SCAN"));
    QCOMPARE(scans.size(), size_t(32));
    for (int node : scans)
        QVERIFY(scene.card(node)->isHighlighted());
    QCOMPARE(scene.highlightMatches(QStringLiteral("shard 102017")).size(), size_t(2)); // task and its scan
    QVERIFY(scene.highlightMatches(QString()).empty());
    for (int i = 0; i < scene.cardCount(); ++i)
        QVERIFY(!scene.card(i)->isHighlighted());
}

void TestPlanScene::selection()
{
    const LoadedPlan loaded = loadPlan(fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    QCOMPARE(scene.selectedNode(), -1);
    scene.selectNode(2);
    QCOMPARE(scene.selectedNode(), 2);
    scene.selectNode(0);
    QCOMPARE(scene.selectedNode(), 0);
    QCOMPARE(scene.selectedItems().size(), 1);
}

void TestPlanScene::tenThousandNodePlan()
{
    const LoadedPlan loaded = loadPlan(fixtures::postgres(QStringLiteral("pwj_10k.analyze_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    QCOMPARE(scene.cardCount(), 10004);
    QVERIFY(scene.legendWorkers().isEmpty());
    QCOMPARE(scene.titleItem()->heading(), QStringLiteral("PostgreSQL plan (no Citus)"));
}

QTEST_MAIN(TestPlanScene)
#include "tst_PlanScene.moc"
