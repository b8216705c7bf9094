// The chart of work per worker: one bar set per worker, in the worker's colour (the one
// the tree and its legend use), with tasks, rows or time; a sentence when there are no
// workers to chart.

#include "DocumentFixture.h"

#include "LegendItem.h"
#include "PlanScene.h"
#include "WorkerChart.h"
#include "WorkerPalette.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QTest>

using namespace shardscope;

Q_DECLARE_METATYPE(shardscope::WorkerChart::Measure)

namespace {

// The value of each bar set, which is non-zero in its worker's row only.
QList<qreal> barValues(const QAbstractBarSeries *series)
{
    QList<qreal> values;
    for (QBarSet *set : series->barSets()) {
        qreal sum = 0;
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
        values << sum;
    }
    return values;
}

} // namespace

class TestWorkerChart : public QObject
{
    Q_OBJECT

private slots:
    void oneBarSetPerWorker_data();
    void oneBarSetPerWorker();
    void coloursMatchTheTreesLegend();
    void measures_data();
    void measures();
    void sentenceWhenThereIsNothingToChart_data();
    void sentenceWhenThereIsNothingToChart();
};

void TestWorkerChart::oneBarSetPerWorker_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : fixtures::planFiles()) {
        if (path.startsWith(fixtures::citusDir()) && path.endsWith(QLatin1String(".json")))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
}

void TestWorkerChart::oneBarSetPerWorker()
{
    QFETCH(QString, path);
    const PlanDocumentPtr document = loadDocument(path);
    WorkerChart chart;
    chart.showDocument(document);
    const std::vector<WorkerTotals> &workers = document->analysis.workers;
    if (workers.empty()) {
        QCOMPARE(chart.series(), nullptr);
        QVERIFY(!chart.emptyText().isEmpty());
        return;
    }
    QAbstractBarSeries *series = chart.series();
    QVERIFY(series);
    QCOMPARE(series->count(), int(workers.size()));
    const QList<qreal> values = barValues(series);
    for (size_t i = 0; i < workers.size(); ++i) {
        QBarSet *set = series->barSets().at(qsizetype(i));
        QCOMPARE(set->label(), workers[i].worker.toString());
        QCOMPARE(set->color(), WorkerPalette().forPlan(document->analysis).color(workers[i].worker));
        QCOMPARE(values.at(qsizetype(i)), qreal(workers[i].tasks));
        // One bar per worker row: its own.
        int nonZero = 0;
        for (int row = 0; row < set->count(); ++row)
            nonZero += set->at(row) != 0 ? 1 : 0;
        QCOMPARE(nonZero, 1);
    }
}

void TestWorkerChart::coloursMatchTheTreesLegend()
{
    const PlanDocumentPtr document
        = loadDocument(fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")));
    const PlanScene scene(document->plan, document->analysis, ColorMode::Worker);
    WorkerChart chart;
    chart.showDocument(document);
    const auto &legend = scene.legend()->workers();
    QCOMPARE(chart.series()->count(), int(legend.size()));
    QCOMPARE(legend.size(), size_t(2));
    for (size_t i = 0; i < legend.size(); ++i) {
        QCOMPARE(chart.series()->barSets().at(qsizetype(i))->label(), legend[i].name);
        QCOMPARE(chart.series()->barSets().at(qsizetype(i))->color(), legend[i].color);
    }
}

void TestWorkerChart::measures_data()
{
    QTest::addColumn<WorkerChart::Measure>("measure");
    QTest::newRow("tasks") << WorkerChart::Measure::Tasks;
    QTest::newRow("rows") << WorkerChart::Measure::Rows;
    QTest::newRow("time") << WorkerChart::Measure::Time;
}

void TestWorkerChart::measures()
{
    QFETCH(WorkerChart::Measure, measure);
    const PlanDocumentPtr document
        = loadDocument(fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")));
    WorkerChart chart;
    chart.showDocument(document);
    chart.setMeasure(measure);
    QCOMPARE(chart.measure(), measure);
    const QList<qreal> values = barValues(chart.series());
    for (size_t i = 0; i < document->analysis.workers.size(); ++i) {
        const WorkerTotals &worker = document->analysis.workers[i];
        const double expected = measure == WorkerChart::Measure::Tasks ? worker.tasks
            : measure == WorkerChart::Measure::Rows                    ? *worker.rows
                                                                       : *worker.timeMs;
        QCOMPARE(values.at(qsizetype(i)), expected);
    }
}

void TestWorkerChart::sentenceWhenThereIsNothingToChart_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<WorkerChart::Measure>("measure");
    QTest::addColumn<QString>("says");
    QTest::newRow("local") << fixtures::citus(QStringLiteral("local_table_on_coordinator.analyze_verbose_buffers.json"))
                           << WorkerChart::Measure::Tasks << QStringLiteral("PostgreSQL alone");
    QTest::newRow("10k local") << fixtures::postgres(QStringLiteral("pwj_10k.analyze_buffers.json"))
                               << WorkerChart::Measure::Tasks << QStringLiteral("PostgreSQL alone");
    QTest::newRow("tasks not shown")
        << fixtures::citus(QStringLiteral("repartition_join_dual.analyze_verbose_buffers.json"))
        << WorkerChart::Measure::Tasks << QStringLiteral("does not show the tasks");
    QTest::newRow("no times without ANALYZE") << fixtures::citus(QStringLiteral("router_user1.plan_only.json"))
                                              << WorkerChart::Measure::Time << QStringLiteral("without ANALYZE");
    QTest::newRow("no rows without ANALYZE") << fixtures::citus(QStringLiteral("router_user1.plan_only.json"))
                                             << WorkerChart::Measure::Rows << QStringLiteral("without ANALYZE");
}

void TestWorkerChart::sentenceWhenThereIsNothingToChart()
{
    QFETCH(QString, path);
    QFETCH(WorkerChart::Measure, measure);
    QFETCH(QString, says);
    WorkerChart chart;
    QVERIFY(!chart.emptyText().isEmpty());
    chart.showDocument(loadDocument(path));
    chart.setMeasure(measure);
    QCOMPARE(chart.series(), nullptr);
    QVERIFY2(chart.emptyText().contains(says), qPrintable(chart.emptyText()));
}

QTEST_MAIN(TestWorkerChart)
#include "tst_WorkerChart.moc"
