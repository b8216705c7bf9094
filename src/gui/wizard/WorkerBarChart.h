#pragma once

#include "NodeAddress.h"
#include "WorkerPalette.h"

#include <QChartView>
#include <QList>
#include <QString>

#include <utility>

namespace shardscope {

// One bar per worker, in the worker's colour from the palette it is given, so that a worker looks
// the same here as in the plan views: shards per worker, rows per worker. The page that
// shows it gives the titles, again when the language changes.
class WorkerBarChart : public QChartView
{
    Q_OBJECT

public:
    using Counts = QList<std::pair<NodeAddress, qint64>>; // worker, count

    explicit WorkerBarChart(QWidget *parent = nullptr);

    void setTitles(const QString &title, const QString &axisTitle);
    void setCounts(const Counts &counts, const WorkerPalette &palette);
    const Counts &counts() const { return m_counts; }

private:
    QString m_axisTitle;
    Counts m_counts;
    WorkerPalette m_palette;
};

} // namespace shardscope
