// Two plans side by side under the sentences that compare them.

#include "DocumentFixture.h"

#include "PlanComparison.h"
#include "PlanComparisonWidget.h"
#include "PlanScene.h"
#include "PlanView.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace shardscope;

class TestPlanComparisonWidget : public QObject
{
    Q_OBJECT

private slots:
    void user1AgainstUser2();
    void selectionNamesItsPlan();
    void colourModeReachesBothSides();
};

void TestPlanComparisonWidget::user1AgainstUser2()
{
    const PlanDocumentPtr a = loadDocument(fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.json")));
    const PlanDocumentPtr b = loadDocument(fixtures::citus(QStringLiteral("router_user2.analyze_verbose_buffers.json")));
    PlanComparisonWidget widget;
    widget.resize(1200, 800);
    widget.show();
    widget.showDocuments(a, b, ColorMode::Worker);

    const QStringList expected = PlanComparison::sentences({a->plan, a->analysis}, {b->plan, b->analysis});
    QCOMPARE(widget.sentences(), expected);
    QVERIFY(expected.first().contains(QStringLiteral("127.0.0.1:9702 (shard 102009)")));
    const QString summary = widget.findChild<QLabel *>(QStringLiteral("comparisonSummary"))->text();
    for (const QString &sentence : expected)
        QVERIFY2(summary.contains(sentence.toHtmlEscaped()), qPrintable(sentence));

    QCOMPARE(widget.viewA()->document(), a);
    QCOMPARE(widget.viewB()->document(), b);
    QCOMPARE(widget.viewA()->planScene()->cardCount(), int(a->plan.nodes.size()));
    QCOMPARE(widget.viewB()->planScene()->cardCount(), int(b->plan.nodes.size()));
    // Side by side: A on the left.
    QVERIFY(widget.viewA()->mapTo(&widget, QPoint()).x() < widget.viewB()->mapTo(&widget, QPoint()).x());

    widget.clear();
    QVERIFY(widget.sentences().isEmpty());
    QCOMPARE(widget.viewA()->planScene(), nullptr);
}

void TestPlanComparisonWidget::selectionNamesItsPlan()
{
    const PlanDocumentPtr a = loadDocument(fixtures::citus(QStringLiteral("router_user1.analyze.json")));
    const PlanDocumentPtr b = loadDocument(fixtures::citus(QStringLiteral("router_user2.analyze.json")));
    PlanComparisonWidget widget;
    widget.showDocuments(a, b, ColorMode::Worker);
    QSignalSpy selected(&widget, &PlanComparisonWidget::nodeSelected);
    widget.viewB()->selectNode(b->plan.root);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.last().at(0).value<PlanDocumentPtr>(), b);
    QCOMPARE(selected.last().at(1).toInt(), b->plan.root);
    widget.viewA()->selectNode(a->plan.root);
    QCOMPARE(selected.last().at(0).value<PlanDocumentPtr>(), a);
}

void TestPlanComparisonWidget::colourModeReachesBothSides()
{
    PlanComparisonWidget widget;
    widget.showDocuments(loadDocument(fixtures::citus(QStringLiteral("router_user1.analyze.json"))),
                         loadDocument(fixtures::citus(QStringLiteral("router_user2.analyze.json"))),
                         ColorMode::Worker);
    widget.setColorMode(ColorMode::Misestimate);
    QCOMPARE(widget.viewA()->planScene()->colorMode(), ColorMode::Misestimate);
    QCOMPARE(widget.viewB()->planScene()->colorMode(), ColorMode::Misestimate);
}

QTEST_MAIN(TestPlanComparisonWidget)
#include "tst_PlanComparisonWidget.moc"
