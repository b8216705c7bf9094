#pragma once

#include "PlanDocument.h"
#include "WorkerPalette.h"

#include <QWidget>

class QAbstractBarSeries;
class QChartView;
class QLabel;
class QStackedWidget;
class QTabBar;

namespace shardscope {

// How the work of a distributed plan was spread over the Citus workers: tasks, rows or
// time per worker as horizontal bars, each in the worker's colour from the WorkerPalette it
// is given so
// that a bar, the frames of the tree and the legend agree. Plans without workers show a
// sentence instead of an empty chart.
class WorkerChart : public QWidget
{
    Q_OBJECT

public:
    enum class Measure { Tasks, Rows, Time };

    explicit WorkerChart(QWidget *parent = nullptr);

    void showDocument(PlanDocumentPtr document);
    PlanDocumentPtr document() const { return m_document; }
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    // The workers' colours of the window's look: the bars are coloured again.
    void setWorkerPalette(const WorkerPalette &palette);
    // The bars shown, one bar set per worker; nullptr when the empty text is shown.
    QAbstractBarSeries *series() const { return m_series; }
    QString emptyText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void showEmpty(const QString &text);

    PlanDocumentPtr m_document;
    Measure m_measure = Measure::Tasks;
    WorkerPalette m_palette;
    QAbstractBarSeries *m_series = nullptr;

    QTabBar *m_measures;
    QStackedWidget *m_pages;
    QChartView *m_chartView;
    QLabel *m_empty;
};

} // namespace shardscope
