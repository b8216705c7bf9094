#include "WorkerBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

namespace shardscope {

namespace {

constexpr int maxTicks = 5;

// 1, 2 or 5 times a power of ten: the smallest giving at most maxTicks steps up to
// highest, so that the axis reads 0, 5, 10, 15, 20 rather than 0, 4, 9, 13, 18.
qint64 tickStep(qint64 highest)
{
    for (qint64 power = 1;; power *= 10) {
        for (qint64 factor : {1, 2, 5}) {
            if (highest <= power * factor * maxTicks)
                return power * factor;
        }
    }
}

} // namespace

WorkerBarChart::WorkerBarChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    chart()->legend()->setAlignment(Qt::AlignRight);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
}

void WorkerBarChart::setTitles(const QString &title, const QString &axisTitle)
{
    chart()->setTitle(title);
    setAccessibleName(title);
    m_axisTitle = axisTitle;
    // The category axis carries the axis title: drawn again with the new one.
    setCounts(m_counts, m_palette);
}

void WorkerBarChart::setCounts(const Counts &counts, const WorkerPalette &palette)
{
    m_counts = counts;
    m_palette = palette;
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes())
        chart()->removeAxis(axis);
    if (counts.isEmpty())
        return;

    QList<NodeAddress> workers;
    for (const auto &[worker, count] : counts)
        workers << worker;
    const WorkerPalette colors = palette.including(workers);
    // A set per worker rather than one set of bars: the legend then names each colour.
    auto *series = new QBarSeries;
    qint64 highest = 0;
    for (const auto &[worker, count] : counts) {
        auto *set = new QBarSet(worker.toString());
        set->append(double(count));
        set->setColor(colors.color(worker));
        series->append(set);
        highest = std::max(highest, count);
    }
    series->setLabelsVisible(true);
    chart()->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(m_axisTitle);
    const qint64 step = tickStep(std::max<qint64>(highest, 1));
    auto *values = new QValueAxis;
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(double(step));
    values->setRange(0, double((highest / step + 1) * step));
    values->setLabelFormat(QStringLiteral("%d"));
    chart()->addAxis(categories, Qt::AlignBottom);
    chart()->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
}

} // namespace shardscope
