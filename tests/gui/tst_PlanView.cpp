// The interactive plan view: zoom, selection, keyboard walking, folding, colour switch
// and search, offscreen.

#include "DocumentFixture.h"
#include "LegendItem.h"

#include "NodeCardItem.h"
#include "PlanLoader.h"
#include "PlanScene.h"
#include "PlanTitleItem.h"
#include "PlanSearch.h"
#include "PlanStyle.h"
#include "PlanSummary.h"
#include "PlanView.h"

#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace shardscope;

namespace {

const QString routerUser1 = QStringLiteral("router_user1.analyze_verbose_buffers.json");
const QString allTasks = QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json");

QRectF visibleArea(const PlanView &view)
{
    return view.mapToScene(view.viewport()->rect()).boundingRect();
}

QRectF cardRect(const PlanView &view, int node)
{
    const NodeCardItem *card = view.planScene()->card(node);
    return QRectF(card->pos(), card->size());
}

QPoint cardCentre(const PlanView &view, int node)
{
    return view.mapFromScene(cardRect(view, node).center());
}

int descendants(const Plan &plan, int node)
{
    int count = 0;
    for (const PlanNode &candidate : plan.nodes) {
        for (int parent = candidate.parent; parent >= 0; parent = plan.nodes[size_t(parent)].parent) {
            if (parent == node) {
                ++count;
                break;
            }
        }
    }
    return count;
}

// The first node, in tree order, with at least count children.
int nodeWithChildren(const Plan &plan, size_t count)
{
    for (int node : plan.preorder()) {
        if (plan.nodes[size_t(node)].children.size() >= count)
            return node;
    }
    return -1;
}

} // namespace

class TestPlanView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneCardPerNode();
    void smallPlanOpensFitted();
    void pinnedLegendExplainsItsCounts();
    void hugePlanOpensReadableAtTheRoot();
    void zoomActions();
    void wheelZoomsAroundTheCursor();
    void clickSelectsACard();
    void arrowsWalkTheTree();
    void firstArrowSelectsTheRoot();
    void selectionIsScrolledIntoView();
    void enterAndDoubleClickFold();
    void foldingKeepsTheCardInPlace();
    void jumpToSlowestNode();
    void colourSwitchKeepsWhatTheUserDid();
    void searchHighlightsAndSteps();
    void searchUnfoldsHiddenMatches();
    void searchSurvivesColourSwitch();
    void zoomedOutCardsShowColourAndMarks();
    void showsEveryPlanOfOneOutput_data();
    void showsEveryPlanOfOneOutput();

private:
    PlanView *m_view = nullptr;
};

void TestPlanView::init()
{
    m_view = new PlanView;
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestPlanView::cleanup()
{
    delete m_view;
}

void TestPlanView::oneCardPerNode()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(allTasks));
    QSignalSpy replaced(m_view, &PlanView::sceneReplaced);
    m_view->showDocument(document, ColorMode::Worker);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(m_view->planScene()->cardCount(), int(document->plan.nodes.size()));
    QCOMPARE(m_view->scene(), m_view->planScene());
    QVERIFY(m_view->renderHints().testFlag(QPainter::Antialiasing));
    QCOMPARE(m_view->dragMode(), QGraphicsView::ScrollHandDrag);
    m_view->clear();
    QCOMPARE(m_view->planScene(), nullptr);
    QCOMPARE(m_view->selectedNode(), -1);
}

// Pinned over the view (comparison panes, presenter mode), the legend still says what its
// plan nodes are when the pointer rests on it.
void TestPlanView::pinnedLegendExplainsItsCounts()
{
    m_view->setLegendPinned(true);
    m_view->showDocument(loadDocument(fixtures::citus(routerUser1)), ColorMode::Worker);
    const QSizeF legend = m_view->planScene()->legend()->boundingRect().size();
    const QPoint onLegend(m_view->viewport()->width() - 30, 30 + int(legend.height() / 2));
    QHelpEvent help(QEvent::ToolTip, onLegend, m_view->viewport()->mapToGlobal(onLegend));
    QCoreApplication::sendEvent(m_view->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), PlanSummary::planNodesMeaning());
    QToolTip::hideText();
}

void TestPlanView::smallPlanOpensFitted()
{
    m_view->showDocument(loadDocument(fixtures::citus(routerUser1)), ColorMode::Worker);
    const QRectF visible = visibleArea(*m_view);
    QVERIFY2(visible.adjusted(-1, -1, 1, 1).contains(m_view->sceneRect()), "the whole plan is in view");
    QVERIFY(m_view->zoom() >= PlanView::minFitZoom);
}

void TestPlanView::hugePlanOpensReadableAtTheRoot()
{
    const PlanDocumentPtr document = loadDocument(fixtures::postgres(QStringLiteral("pwj_10k.analyze_buffers.json")));
    m_view->showDocument(document, ColorMode::Worker);
    QCOMPARE(m_view->zoom(), PlanView::readableZoom);
    QVERIFY(visibleArea(*m_view).contains(cardRect(*m_view, document->plan.root)));
}

void TestPlanView::zoomActions()
{
    m_view->showDocument(loadDocument(fixtures::citus(allTasks)), ColorMode::Worker);
    QSignalSpy zoomed(m_view, &PlanView::zoomChanged);
    m_view->actualSize();
    QCOMPARE(m_view->zoom(), 1.0);
    m_view->zoomIn();
    QCOMPARE(m_view->zoom(), 1.25);
    m_view->zoomOut();
    m_view->zoomOut();
    QCOMPARE(m_view->zoom(), 0.8);
    for (int i = 0; i < 100; ++i)
        m_view->zoomIn();
    QCOMPARE(m_view->zoom(), PlanView::maxZoom);
    m_view->fitToWindow();
    QVERIFY(visibleArea(*m_view).adjusted(-1, -1, 1, 1).contains(m_view->sceneRect()));
    QCOMPARE(zoomed.last().first().toDouble(), m_view->zoom());
}

void TestPlanView::wheelZoomsAroundTheCursor()
{
    m_view->showDocument(loadDocument(fixtures::postgres(QStringLiteral("pwj_10k.analyze_buffers.json"))),
                         ColorMode::Worker);
    const QPoint cursor(300, 250);
    const QPointF before = m_view->mapToScene(cursor);
    const double zoom = m_view->zoom();
    QWheelEvent wheel(cursor, m_view->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->zoom() > zoom);
    const QPointF after = m_view->mapToScene(cursor);
    // Scroll bars move by whole pixels.
    QVERIFY2(QLineF(before, after).length() * m_view->zoom() < 2,
             qPrintable(QStringLiteral("%1,%2 moved to %3,%4").arg(before.x()).arg(before.y()).arg(after.x()).arg(after.y())));

    QWheelEvent back(cursor, m_view->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, -120), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &back);
    QVERIFY(qAbs(m_view->zoom() - zoom) < 1e-9);
}

void TestPlanView::clickSelectsACard()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(routerUser1));
    m_view->showDocument(document, ColorMode::Worker);
    QSignalSpy selected(m_view, &PlanView::nodeSelected);
    const int task = nodesOfKind(document->plan, NodeKind::Task).front();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cardCentre(*m_view, task));
    QCOMPARE(m_view->selectedNode(), task);
    QVERIFY(m_view->planScene()->card(task)->isSelected());
    QCOMPARE(selected.last().first().toInt(), task);
}

void TestPlanView::arrowsWalkTheTree()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(allTasks));
    const Plan &plan = document->plan;
    m_view->showDocument(document, ColorMode::Worker);
    const int job = nodesOfKind(plan, NodeKind::Job).front();
    const std::vector<int> &tasks = plan.nodes[size_t(job)].children;
    QVERIFY(tasks.size() > 2);

    m_view->selectNode(job);
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_view->selectedNode(), tasks[0]);
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->selectedNode(), tasks[1]);
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->selectedNode(), tasks[2]);
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(m_view->selectedNode(), tasks[1]);
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_view->selectedNode(), plan.nodes[size_t(tasks[1])].children.front());
    QTest::keyClick(m_view, Qt::Key_Up);
    QCOMPARE(m_view->selectedNode(), tasks[1]);
    QTest::keyClick(m_view, Qt::Key_Up);
    QCOMPARE(m_view->selectedNode(), job);

    // No way further: the selection stays.
    m_view->selectNode(tasks.back());
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->selectedNode(), tasks.back());
    m_view->selectNode(tasks.front());
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(m_view->selectedNode(), tasks.front());
    m_view->selectNode(plan.root);
    QTest::keyClick(m_view, Qt::Key_Up);
    QCOMPARE(m_view->selectedNode(), plan.root);
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(m_view->selectedNode(), plan.root);
}

void TestPlanView::firstArrowSelectsTheRoot()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(routerUser1));
    m_view->showDocument(document, ColorMode::Worker);
    QCOMPARE(m_view->selectedNode(), -1);
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_view->selectedNode(), document->plan.root);
}

void TestPlanView::selectionIsScrolledIntoView()
{
    const PlanDocumentPtr document = loadDocument(fixtures::postgres(QStringLiteral("pwj_10k.analyze_buffers.json")));
    const Plan &plan = document->plan;
    m_view->showDocument(document, ColorMode::Worker);
    const int parent = nodeWithChildren(plan, 100);
    QVERIFY(parent >= 0);
    m_view->selectNode(parent);
    QTest::keyClick(m_view, Qt::Key_Down);
    for (int i = 0; i < 60; ++i)
        QTest::keyClick(m_view, Qt::Key_Right);
    const int selected = plan.nodes[size_t(parent)].children[60];
    QCOMPARE(m_view->selectedNode(), selected);
    QVERIFY(visibleArea(*m_view).contains(cardRect(*m_view, selected)));
}

void TestPlanView::enterAndDoubleClickFold()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(allTasks));
    m_view->showDocument(document, ColorMode::Worker);
    PlanScene *scene = m_view->planScene();
    const int job = nodesOfKind(document->plan, NodeKind::Job).front();
    const int firstTask = document->plan.nodes[size_t(job)].children.front();

    m_view->selectNode(job);
    QTest::keyClick(m_view, Qt::Key_Return);
    QVERIFY(scene->isCollapsed(job));
    QVERIFY(!scene->card(firstTask)->isVisible());
    QCOMPARE(scene->card(job)->hiddenBelow(), descendants(document->plan, job));
    // Nothing to walk down to while folded.
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_view->selectedNode(), job);
    QTest::keyClick(m_view, Qt::Key_Enter);
    QVERIFY(!scene->isCollapsed(job));
    QVERIFY(scene->card(firstTask)->isVisible());

    m_view->actualSize();
    m_view->selectNode(job);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, cardCentre(*m_view, job));
    QVERIFY(scene->isCollapsed(job));
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, cardCentre(*m_view, job));
    QVERIFY(!scene->isCollapsed(job));

    // A leaf has nothing to fold.
    const int aggregate = document->plan.nodes[size_t(firstTask)].children.front();
    const int leaf = document->plan.nodes[size_t(aggregate)].children.front();
    QVERIFY(document->plan.nodes[size_t(leaf)].children.empty());
    m_view->selectNode(leaf);
    QTest::keyClick(m_view, Qt::Key_Return);
    QVERIFY(!scene->isCollapsed(leaf));
}

void TestPlanView::foldingKeepsTheCardInPlace()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(allTasks));
    m_view->showDocument(document, ColorMode::Worker);
    m_view->actualSize();
    const int task = document->plan.nodes[size_t(nodesOfKind(document->plan, NodeKind::Job).front())].children[3];
    m_view->selectNode(task);
    const QPoint before = cardCentre(*m_view, task);
    m_view->setCollapsed(task, true);
    QVERIFY(m_view->planScene()->isCollapsed(task));
    QVERIFY((cardCentre(*m_view, task) - before).manhattanLength() <= 2);
    m_view->expandAll();
    QVERIFY(!m_view->planScene()->isCollapsed(task));
}

void TestPlanView::jumpToSlowestNode()
{
    const PlanDocumentPtr document = loadDocument(fixtures::postgres(QStringLiteral("pwj_10k.analyze_buffers.json")));
    m_view->showDocument(document, ColorMode::Worker);
    m_view->fitToWindow();
    const int slowest = document->analysis.slowestNode;
    QVERIFY(slowest >= 0);
    m_view->jumpToSlowest();
    QCOMPARE(m_view->selectedNode(), slowest);
    QVERIFY(m_view->zoom() >= PlanView::readableZoom);
    QVERIFY(visibleArea(*m_view).contains(cardRect(*m_view, slowest)));
}

void TestPlanView::colourSwitchKeepsWhatTheUserDid()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(allTasks));
    m_view->showDocument(document, ColorMode::Worker);
    const int job = nodesOfKind(document->plan, NodeKind::Job).front();
    const int task = document->plan.nodes[size_t(job)].children[5];
    m_view->setCollapsed(task, true);
    m_view->selectNode(job);
    m_view->zoomIn();
    const double zoom = m_view->zoom();
    std::vector<QColor> workerColours;
    for (int node = 0; node < m_view->planScene()->cardCount(); ++node)
        workerColours.push_back(m_view->planScene()->card(node)->color());

    QSignalSpy replaced(m_view, &PlanView::sceneReplaced);
    m_view->setColorMode(ColorMode::ExclusiveTime);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(m_view->colorMode(), ColorMode::ExclusiveTime);
    QCOMPARE(m_view->planScene()->colorMode(), ColorMode::ExclusiveTime);
    int recoloured = 0;
    for (int node = 0; node < m_view->planScene()->cardCount(); ++node)
        recoloured += m_view->planScene()->card(node)->color() != workerColours[size_t(node)] ? 1 : 0;
    QVERIFY(recoloured > 0);
    QCOMPARE(m_view->selectedNode(), job);
    QVERIFY(m_view->planScene()->isCollapsed(task));
    QCOMPARE(m_view->zoom(), zoom);

    m_view->setColorMode(ColorMode::ExclusiveTime);
    QCOMPARE(replaced.count(), 1);
}

void TestPlanView::searchHighlightsAndSteps()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(allTasks));
    m_view->showDocument(document, ColorMode::Worker);
    PlanSearch search;
    search.setView(m_view);
    QSignalSpy changed(&search, &PlanSearch::matchesChanged);

    search.setText(QStringLiteral("seq scan"));
    const std::vector<int> scans = [&] {
        std::vector<int> nodes;
        for (int node : document->plan.preorder()) {
            if (document->plan.nodes[size_t(node)].nodeType == QLatin1String("Seq Scan"))
                nodes.push_back(node);
        }
        return nodes;
    }();
    QCOMPARE(search.matchCount(), int(scans.size()));
    QCOMPARE(search.matchCount(), 32);
    for (int node : scans)
        QVERIFY(m_view->planScene()->card(node)->isHighlighted());
    QVERIFY(!m_view->planScene()->card(document->plan.root)->isHighlighted());
    QCOMPARE(search.currentMatch(), 0);
    QCOMPARE(m_view->selectedNode(), scans[0]);
    QVERIFY(visibleArea(*m_view).contains(cardRect(*m_view, scans[0])));

    search.next();
    QCOMPARE(m_view->selectedNode(), scans[1]);
    search.previous();
    search.previous();
    QCOMPARE(search.currentMatch(), 31);
    QCOMPARE(m_view->selectedNode(), scans.back());
    QCOMPARE(changed.last().at(0).toInt(), 31);
    QCOMPARE(changed.last().at(1).toInt(), 32);

    search.setText(QString());
    QCOMPARE(search.matchCount(), 0);
    for (int node : scans)
        QVERIFY(!m_view->planScene()->card(node)->isHighlighted());
    search.setText(QStringLiteral("no such node"));
    QCOMPARE(search.matchCount(), 0);
    QCOMPARE(search.currentMatch(), -1);
}

void TestPlanView::searchUnfoldsHiddenMatches()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(allTasks));
    m_view->showDocument(document, ColorMode::Worker);
    const int job = nodesOfKind(document->plan, NodeKind::Job).front();
    m_view->setCollapsed(job, true);
    PlanSearch search;
    search.setView(m_view);
    search.setText(QStringLiteral("Seq Scan"));
    QVERIFY(!m_view->planScene()->isCollapsed(job));
    QVERIFY(m_view->planScene()->card(m_view->selectedNode())->isVisible());
}

void TestPlanView::searchSurvivesColourSwitch()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(allTasks));
    m_view->showDocument(document, ColorMode::Worker);
    PlanSearch search;
    search.setView(m_view);
    search.setText(QStringLiteral("Seq Scan"));
    search.next();
    m_view->setColorMode(ColorMode::Misestimate);
    QCOMPARE(search.matchCount(), 32);
    QCOMPARE(search.currentMatch(), 1);
    QVERIFY(m_view->planScene()->card(m_view->selectedNode())->isHighlighted());

    m_view->showDocument(loadDocument(fixtures::citus(routerUser1)), ColorMode::Worker);
    QCOMPARE(search.matchCount(), 0);
    QCOMPARE(search.currentMatch(), -1);
}

// Too small to read, a card is a box of its colour, drawn directly rather than from a
// pixmap cached per card (which would make a zoom step over a large plan draw thousands of
// them); a search still marks the boxes of the matches at once.
void TestPlanView::zoomedOutCardsShowColourAndMarks()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(allTasks));
    m_view->showDocument(document, ColorMode::Worker);
    PlanScene *scene = m_view->planScene();
    m_view->actualSize();
    QCOMPARE(scene->card(document->plan.root)->cacheMode(), QGraphicsItem::DeviceCoordinateCache);
    while (m_view->zoom() >= PlanStyle::detailThreshold)
        m_view->zoomOut();
    for (int node = 0; node < scene->cardCount(); ++node)
        QCOMPARE(scene->card(node)->cacheMode(), QGraphicsItem::NoCache);

    // Pixels well inside a card's box: its upper part, and its lower part where marks go.
    const auto pixel = [this](const QImage &image, const NodeCardItem *card, double down) {
        const QPoint at = m_view->mapFromScene(card->pos() + QPointF(card->size().width() / 2, card->size().height() * down));
        return image.pixelColor(at * image.devicePixelRatio()).rgb();
    };
    const std::vector<int> scans = scene->highlightMatches(QStringLiteral("seq scan"));
    QVERIFY(!scans.empty());
    const QImage image = m_view->viewport()->grab().toImage();
    const QRectF visible = visibleArea(*m_view);
    int checked = 0;
    for (int node : document->plan.preorder()) {
        const NodeCardItem *card = scene->card(node);
        if (!visible.contains(cardRect(*m_view, node)) || card->text().neverExecuted)
            continue;
        QCOMPARE(QColor(pixel(image, card, 0.35)), card->color());
        const bool match = std::find(scans.begin(), scans.end(), node) != scans.end();
        QCOMPARE(QColor(pixel(image, card, 0.85)), match ? scene->look().theme.highlight() : card->color());
        ++checked;
    }
    QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));

    m_view->actualSize();
    QCOMPARE(scene->card(document->plan.root)->cacheMode(), QGraphicsItem::DeviceCoordinateCache);
}

void TestPlanView::showsEveryPlanOfOneOutput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<int>>("nodes");
    QTest::newRow("pg18 text") << QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres-modern/pg18__foreign_key__001.txt")
                               << QList<int>{4, 2};
    QTest::newRow("pg15 json") << QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres-rules/rule_delete_json.txt")
                               << QList<int>{5, 2};
}

// A statement a rule rewrote: each plan its own tree under its own title, one under another.
void TestPlanView::showsEveryPlanOfOneOutput()
{
    QFETCH(QString, path);
    QFETCH(QList<int>, nodes);
    PlanLoader loader;
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    loader.loadFile(path);
    QTRY_COMPARE(loaded.count(), 1);
    const auto document = loaded.first().first().value<PlanDocumentPtr>();
    m_view->showDocument(document, ColorMode::Worker);

    for (const ColorMode mode : {ColorMode::Worker, ColorMode::Misestimate}) {
        m_view->setColorMode(mode);
        const PlanScene *scene = m_view->planScene();
        QCOMPARE(scene->cardCount(), nodes[0] + nodes[1]);
        QVERIFY(scene->titleItem()->heading().contains(QLatin1String("2")));
        const std::vector<PlanTitleItem *> titles = scene->sectionTitles();
        QCOMPARE(titles.size(), size_t(2));
        const std::vector<int> roots = document->plan.roots();
        QCOMPARE(roots, (std::vector<int>{0, nodes[0]}));
        for (size_t i = 0; i < titles.size(); ++i) {
            QVERIFY2(titles[i]->heading().startsWith(QStringLiteral("Plan %1 of 2").arg(i + 1)),
                     qPrintable(titles[i]->heading()));
            const NodeCardItem *root = scene->card(roots[i]);
            QVERIFY(root->isVisible());
            // The title right above its plan's root, below the heading of the whole.
            QVERIFY(titles[i]->sceneBoundingRect().bottom() <= root->pos().y());
            QVERIFY(titles[i]->pos().y() >= scene->titleItem()->sceneBoundingRect().bottom());
        }
        // The second plan starts below every card of the first.
        for (int node = 0; node < nodes[0]; ++node)
            QVERIFY(cardRect(*m_view, node).bottom() < titles[1]->pos().y());
        QVERIFY(scene->sceneRect().contains(titles[1]->sceneBoundingRect()));
        QVERIFY(scene->sceneRect().contains(cardRect(*m_view, roots[1])));
    }
}

QTEST_MAIN(TestPlanView)
#include "tst_PlanView.moc"
