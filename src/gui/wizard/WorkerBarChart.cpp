#include "WorkerBarChart.h"

#include "WorkerPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

namespace shardscope {

WorkerBarChart::WorkerBarChart(const QString &title, const QString &axisTitle, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_axisTitle(axisTitle)
{
    chart()->setTitle(title);
    chart()->legend()->setAlignment(Qt::AlignRight);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(title);
    setMinimumHeight(180);
}

void WorkerBarChart::setCounts(const Counts &counts)
{
    m_counts = counts;
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes())
        chart()->removeAxis(axis);
    if (counts.isEmpty())
        return;

    QStringList workers;
    for (const auto &[worker, count] : counts)
        workers << worker;
    WorkerPalette::session().see(workers);
    // A set per worker rather than one set of bars: the legend then names each colour.
    auto *series = new QBarSeries;
    qint64 highest = 0;
    for (const auto &[worker, count] : counts) {
        auto *set = new QBarSet(worker);
        set->append(double(count));
        set->setColor(WorkerPalette::session().color(worker));
        series->append(set);
        highest = std::max(highest, count);
    }
    series->setLabelsVisible(true);
    chart()->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(m_axisTitle);
    auto *values = new QValueAxis;
    values->setRange(0, double(std::max<qint64>(highest, 1)) * 1.15);
    values->setLabelFormat(QStringLiteral("%d"));
    chart()->addAxis(categories, Qt::AlignBottom);
    chart()->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
}

} // namespace shardscope
