#include "WorkerChart.h"

#include "ColorScale.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QStackedWidget>
#include <QTabBar>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace shardscope {

namespace {

enum Page { ChartPage, EmptyPage };
// Room right of the longest bar for its label.
constexpr double axisHeadroom = 1.15;
constexpr int axisSteps = 4;

// 1, 2 or 5 times a power of ten, the first one at least raw; whole numbers when
// counting (tasks, rows), so that no axis reads "0 0 1 1".
double niceStep(double raw, bool whole)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * power;
        if (step >= raw)
            break;
    }
    return whole ? std::max(1.0, std::round(step)) : step;
}

std::optional<double> valueOf(const WorkerTotals &worker, WorkerChart::Measure measure)
{
    switch (measure) {
    case WorkerChart::Measure::Tasks:
        return worker.tasks;
    case WorkerChart::Measure::Rows:
        return worker.rows;
    case WorkerChart::Measure::Time:
        return worker.timeMs;
    }
    return std::nullopt;
}

} // namespace

WorkerChart::WorkerChart(QWidget *parent)
    : QWidget(parent), m_measures(new QTabBar(this)), m_pages(new QStackedWidget(this)),
      m_chartView(new QChartView(this)), m_empty(new QLabel(this))
{
    for (int measure = 0; measure < 3; ++measure)
        m_measures->addTab(QString());
    m_measures->setDrawBase(false);
    m_measures->setExpanding(false);
    connect(m_measures, &QTabBar::currentChanged, this, [this](int index) { setMeasure(Measure(index)); });

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(16);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_chartView);
    m_pages->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(2);
    layout->addWidget(m_measures);
    layout->addWidget(m_pages, 1);
    retranslateUi();
}

void WorkerChart::retranslateUi()
{
    m_measures->setTabText(int(Measure::Tasks), tr("Tasks"));
    m_measures->setTabText(int(Measure::Rows), tr("Rows"));
    m_measures->setTabText(int(Measure::Time), tr("Time"));
    m_measures->setTabToolTip(int(Measure::Tasks), tr("Tasks each worker ran"));
    m_measures->setTabToolTip(int(Measure::Rows), tr("Rows each worker sent to the coordinator"));
    m_measures->setTabToolTip(int(Measure::Time), tr("Execution time of each worker's tasks, added up"));
    m_measures->setAccessibleName(tr("What the worker chart shows"));
    m_chartView->setAccessibleName(tr("Work per worker"));
    // Axes and the empty page say their texts when built.
    rebuild();
}

void WorkerChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void WorkerChart::showDocument(PlanDocumentPtr document)
{
    m_document = std::move(document);
    rebuild();
}

void WorkerChart::setWorkerPalette(const WorkerPalette &palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    rebuild();
}

void WorkerChart::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    m_measures->setCurrentIndex(int(measure));
    rebuild();
}

QString WorkerChart::emptyText() const
{
    return m_pages->currentIndex() == EmptyPage ? m_empty->text() : QString();
}

void WorkerChart::showEmpty(const QString &text)
{
    m_series = nullptr;
    m_measures->setEnabled(m_document && !m_document->analysis.workers.empty());
    m_empty->setText(text);
    m_pages->setCurrentIndex(EmptyPage);
}

void WorkerChart::rebuild()
{
    if (!m_document)
        return showEmpty(tr("Open a distributed plan to see how its work was spread over the Citus workers."));
    if (!m_document->plan.isDistributed())
        return showEmpty(tr("This plan ran on PostgreSQL alone: no Citus worker took part."));
    const std::vector<WorkerTotals> &workers = m_document->analysis.workers;
    if (workers.empty())
        return showEmpty(tr("EXPLAIN does not show the tasks of this plan, so the workers that ran them are unknown."));
    std::vector<double> values;
    for (const WorkerTotals &worker : workers) {
        const std::optional<double> value = valueOf(worker, m_measure);
        if (!value) {
            return showEmpty(m_measure == Measure::Time
                                 ? tr("No times: the plan was explained without ANALYZE.")
                                 : tr("No row counts: the plan was explained without ANALYZE."));
        }
        values.push_back(*value);
    }

    // One bar set per worker, non-zero only in the worker's own row, so that stacking
    // gives one bar per row in that worker's colour. Rows go top-down in host:port order;
    // a horizontal bar axis counts from the bottom.
    auto *series = new QHorizontalStackedBarSeries;
    const WorkerPalette colors = m_palette.forPlan(m_document->analysis);
    const qsizetype count = qsizetype(workers.size());
    QStringList rows;
    for (qsizetype i = 0; i < count; ++i) {
        const NodeAddress &worker = workers[size_t(i)].worker;
        rows.prepend(worker.toString());
        auto *set = new QBarSet(worker.toString());
        QList<qreal> row(count, 0);
        row[count - 1 - i] = values[size_t(i)];
        set->append(row);
        const QColor color = colors.color(worker);
        set->setColor(color);
        set->setBorderColor(color);
        set->setLabelColor(ColorScale::textOn(color));
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(m_measure == Measure::Time ? tr("@value ms") : QStringLiteral("@value"));
    series->setBarWidth(0.6);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->hide();
    chart->addSeries(series);
    auto *workerAxis = new QBarCategoryAxis;
    workerAxis->append(rows);
    workerAxis->setGridLineVisible(false);
    // "127.0.0.1:9702" is the whole point of the row: Qt Charts would cut it to "127.0...",
    // so the bars give up the room instead.
    workerAxis->setTruncateLabels(false);
    chart->addAxis(workerAxis, Qt::AlignLeft);
    series->attachAxis(workerAxis);
    const bool whole = m_measure != Measure::Time;
    const double top = std::max(*std::max_element(values.begin(), values.end()) * axisHeadroom, whole ? 1.0 : 1e-3);
    const double step = niceStep(top / axisSteps, whole);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::ceil(top / step) * step);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(whole ? QStringLiteral("%d") : QStringLiteral("%g"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    // Qt Charts' default theme is for light backgrounds; the chart has none of its own, so
    // its texts and lines take the window's colours (dark palettes, presenter mode).
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette().color(QPalette::WindowText));
        axis->setLinePenColor(palette().color(QPalette::Mid));
        axis->setGridLineColor(palette().color(QPalette::Midlight));
    }

    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old; // the view gives the previous chart back to us
    m_series = series;
    m_measures->setEnabled(true);
    m_pages->setCurrentIndex(ChartPage);
}

} // namespace shardscope
