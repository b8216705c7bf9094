// The details of the selected node: where it ran (checked against the cluster metadata),
// its figures, the task's query and every raw property in order; all copyable.

#include "DocumentFixture.h"

#include "NodeLabel.h"
#include "PlanDetailsPanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

using namespace shardscope;

namespace {

const QString routerUser1 = QStringLiteral("router_user1.analyze_verbose_buffers.json");

// "127.0.0.1:9702" and "102009" for user 1, from meta_user_shard_map_1_to_5.csv.
std::pair<QString, QString> placementOfUser(int user)
{
    for (const auto &row : fixtures::csv(QStringLiteral("meta_user_shard_map_1_to_5.csv"))) {
        if (row.value(QStringLiteral("user_id")).toInt() == user)
            return {row.value(QStringLiteral("nodename")) + QLatin1Char(':') + row.value(QStringLiteral("nodeport")),
                    row.value(QStringLiteral("shardid"))};
    }
    qFatal("user %d is not in the shard map", user);
}

} // namespace

class TestPlanDetailsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hintUntilANodeIsSelected();
    void taskShowsWorkerShardAndQuery();
    void nodeInATaskShowsItsWorker();
    void propertiesInTheServersOrder_data();
    void propertiesInTheServersOrder();
    void figuresOfAPlanNode();
    void citusFixedEstimateIsExplained();
    void coordinatorNodes();
    void copyAll();
    void copySelectedProperties();

private:
    QLabel *label(const char *name) const { return m_panel->findChild<QLabel *>(QLatin1String(name)); }
    QPlainTextEdit *query() const { return m_panel->findChild<QPlainTextEdit *>(QStringLiteral("detailsQuery")); }
    QTableWidget *properties() const
    {
        return m_panel->findChild<QTableWidget *>(QStringLiteral("detailsProperties"));
    }
    bool showsDetails() const { return m_panel->findChild<QStackedWidget *>()->currentIndex() == 1; }

    PlanDetailsPanel *m_panel = nullptr;
};

void TestPlanDetailsPanel::init()
{
    m_panel = new PlanDetailsPanel;
    m_panel->resize(420, 700);
    m_panel->show();
}

void TestPlanDetailsPanel::cleanup()
{
    delete m_panel;
}

void TestPlanDetailsPanel::hintUntilANodeIsSelected()
{
    QVERIFY(!showsDetails());
    QCOMPARE(m_panel->node(), -1);
    QVERIFY(m_panel->text().isEmpty());
    const PlanDocumentPtr document = loadDocument(fixtures::citus(routerUser1));
    m_panel->showNode(document, document->plan.root);
    QVERIFY(showsDetails());
    m_panel->showNode(document, -1);
    QVERIFY(!showsDetails());
    m_panel->showNode(document, int(document->plan.nodes.size()));
    QCOMPARE(m_panel->node(), -1);
}

void TestPlanDetailsPanel::taskShowsWorkerShardAndQuery()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(routerUser1));
    const int task = nodesOfKind(document->plan, NodeKind::Task).front();
    const auto [worker, shard] = placementOfUser(1);
    m_panel->showNode(document, task);

    QCOMPARE(label("detailsTitle")->text(), QStringLiteral("Task"));
    const QString where = label("detailsWhere")->text();
    QVERIFY2(where.contains(QStringLiteral("worker %1 · shard %2").arg(worker, shard)), qPrintable(where));
    QVERIFY(query()->isVisibleTo(m_panel));
    QVERIFY(query()->isReadOnly());
    // The system's fixed-width font, as asked for: whether this machine has a monospaced
    // font to resolve it to is not the panel's doing.
    QCOMPARE(query()->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QCOMPARE(query()->toPlainText(), document->plan.nodes[size_t(task)].citus.query);
    QVERIFY(query()->toPlainText().contains(QStringLiteral("activity_log_") + shard));
    const QString figures = label("detailsFigures")->text();
    QVERIFY2(figures.contains(QStringLiteral("Execution time")), qPrintable(figures));
}

void TestPlanDetailsPanel::nodeInATaskShowsItsWorker()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(routerUser1));
    const int task = nodesOfKind(document->plan, NodeKind::Task).front();
    const int scan = document->plan.nodes[size_t(task)].children.front();
    const auto [worker, shard] = placementOfUser(1);
    m_panel->showNode(document, scan);
    QCOMPARE(label("detailsTitle")->text(), QStringLiteral("Index Scan on activity_log"));
    QVERIFY(label("detailsWhere")->text().contains(QStringLiteral("worker %1 · shard %2").arg(worker, shard)));
    QVERIFY(!query()->isVisibleTo(m_panel));
}

void TestPlanDetailsPanel::propertiesInTheServersOrder_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("node");
    for (const QString &name : {routerUser1, QStringLiteral("router_user1.analyze.xml"),
                                QStringLiteral("cte_subplan_top_users.analyze_verbose_buffers.json")}) {
        const PlanDocumentPtr document = loadDocument(fixtures::citus(name));
        for (size_t node = 0; node < document->plan.nodes.size() && node < 6; ++node)
            QTest::addRow("%s #%zu", qPrintable(name), node) << fixtures::citus(name) << int(node);
    }
}

void TestPlanDetailsPanel::propertiesInTheServersOrder()
{
    QFETCH(QString, path);
    QFETCH(int, node);
    const PlanDocumentPtr document = loadDocument(path);
    m_panel->showNode(document, node);
    const std::vector<Property> &expected = document->plan.nodes[size_t(node)].properties;
    QTableWidget *table = properties();
    QCOMPARE(table->rowCount(), int(expected.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 0)->text(), expected[size_t(row)].key);
        QCOMPARE(table->item(row, 1)->text(), expected[size_t(row)].value);
    }
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
}

void TestPlanDetailsPanel::figuresOfAPlanNode()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(routerUser1));
    const int task = nodesOfKind(document->plan, NodeKind::Task).front();
    const int scan = document->plan.nodes[size_t(task)].children.front();
    const PlanNode &node = document->plan.nodes[size_t(scan)];
    m_panel->showNode(document, scan);
    const QString figures = label("detailsFigures")->text();
    QVERIFY2(figures.contains(QStringLiteral("%1 actual, %2 estimated")
                                  .arg(QLocale().toString(*node.actualRows, 'f', 0),
                                       QLocale().toString(*node.planRows, 'f', 0))),
             qPrintable(figures));
    QVERIFY(figures.contains(QStringLiteral("Time in this node")));
    QVERIFY(figures.contains(QLocale().toString(*document->analysis.nodes[size_t(scan)].exclusiveMs, 'f', 3)));
    // 2 rows came where 1 was expected.
    QVERIFY2(figures.contains(QStringLiteral("too low")), qPrintable(figures));
}

// Citus' Custom Scan always tells the planner 100,000 rows: the panel says so instead of
// calling it a misestimate, and still calls a worker's real misestimate one.
void TestPlanDetailsPanel::citusFixedEstimateIsExplained()
{
    const PlanDocumentPtr document
        = loadDocument(fixtures::citus(QStringLiteral("cte_subplan_top_users.analyze_verbose_buffers.json")));
    const Plan &plan = document->plan;
    int scan = -1;
    int loop = -1;
    for (const int index : plan.preorder()) {
        const PlanNode &node = plan.nodes[size_t(index)];
        if (scan < 0 && node.nodeType == QLatin1String("Custom Scan") && !node.neverExecuted)
            scan = index;
        if (loop < 0 && node.nodeType == QLatin1String("Nested Loop"))
            loop = index;
    }
    QVERIFY(scan >= 0 && loop >= 0);
    QCOMPARE(*plan.nodes[size_t(scan)].planRows, 100000.0);

    m_panel->showNode(document, scan);
    QString figures = label("detailsFigures")->text();
    QVERIFY2(figures.contains(QStringLiteral("Citus' fixed figure, not the planner's")), qPrintable(figures));
    QVERIFY2(!figures.contains(QStringLiteral("too high")) && !figures.contains(QStringLiteral("too low")),
             qPrintable(figures));

    // 17,505 rows expected on the worker, 101 made.
    m_panel->showNode(document, loop);
    figures = label("detailsFigures")->text();
    QVERIFY2(figures.contains(QStringLiteral("too high")), qPrintable(figures));
    QVERIFY(!figures.contains(QStringLiteral("fixed figure")));
}

void TestPlanDetailsPanel::coordinatorNodes()
{
    const PlanDocumentPtr distributed = loadDocument(fixtures::citus(routerUser1));
    m_panel->showNode(distributed, distributed->plan.root);
    QCOMPARE(label("detailsTitle")->text(), NodeLabel::describe(distributed->plan.nodes[size_t(distributed->plan.root)]));
    QVERIFY(label("detailsWhere")->text().contains(QStringLiteral("the coordinator")));
    QVERIFY(!query()->isVisibleTo(m_panel));

    const PlanDocumentPtr local
        = loadDocument(fixtures::citus(QStringLiteral("local_table_on_coordinator.analyze_verbose_buffers.json")));
    m_panel->showNode(local, local->plan.root);
    QVERIFY(!label("detailsWhere")->isVisibleTo(m_panel));
}

void TestPlanDetailsPanel::copyAll()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(routerUser1));
    const int task = nodesOfKind(document->plan, NodeKind::Task).front();
    m_panel->showNode(document, task);
    m_panel->copyAll();
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, m_panel->text());
    const auto [worker, shard] = placementOfUser(1);
    QVERIFY(copied.startsWith(QStringLiteral("Task\n")));
    QVERIFY(copied.contains(worker));
    QVERIFY(copied.contains(shard));
    QVERIFY(copied.contains(document->plan.nodes[size_t(task)].citus.query));
    for (const Property &property : document->plan.nodes[size_t(task)].properties)
        QVERIFY(copied.contains(property.key + QStringLiteral(": ") + property.value));
}

void TestPlanDetailsPanel::copySelectedProperties()
{
    const PlanDocumentPtr document = loadDocument(fixtures::citus(routerUser1));
    const PlanNode &root = document->plan.nodes[size_t(document->plan.root)];
    m_panel->showNode(document, document->plan.root);
    QTableWidget *table = properties();
    table->selectRow(2);
    table->setSelectionMode(QAbstractItemView::MultiSelection);
    table->selectRow(0);
    QAction *copy = table->actions().value(0);
    QVERIFY(copy);
    QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
    copy->trigger();
    QCOMPARE(QApplication::clipboard()->text(), root.properties[0].key + QLatin1Char('\t') + root.properties[0].value
                                                    + QLatin1Char('\n') + root.properties[2].key + QLatin1Char('\t')
                                                    + root.properties[2].value);
}

QTEST_MAIN(TestPlanDetailsPanel)
#include "tst_PlanDetailsPanel.moc"
