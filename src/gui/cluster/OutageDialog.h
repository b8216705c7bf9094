#pragma once

#include "OutageReport.h"
#include "ShardRowCounts.h"
#include "WorkerPalette.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace shardscope {

class ShardMapBar;

// What a lost worker does to the cluster, shown to a class: the workers (Citus still lists
// a stopped one as active; ShardScope's own check says it does not answer), the table's
// shards with the lost worker's greyed, the tutorial's query for each user (the failing
// ones with their error explained) and, once the worker is back, the rows of each shard
// compared with those before it stopped. Not modal: the window stays usable beside it.
class OutageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutageDialog(QWidget *parent = nullptr);

    void setWorkerPalette(const WorkerPalette &palette);
    // Something runs (stopping, starting, checking): said in words, the buttons wait.
    void showBusy(const QString &what);
    void showReport(const OutageReport &report, const std::optional<ShardRowCounts::Comparison> &comparison);
    void showError(const QString &why);

    ShardMapBar *bar() const { return m_bar; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *startButton() const { return m_start; }
    QString headline() const;
    QString details() const;
    QSize sizeHint() const override;

signals:
    void checkRequested();
    void startRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void scaleHeadline();
    void setBusy(bool busy);

    QLabel *m_headline;
    ShardMapBar *m_bar;
    QLabel *m_details;
    QPushButton *m_check;
    QPushButton *m_start;
    QPushButton *m_close;
    std::optional<OutageReport> m_report;
    std::optional<ShardRowCounts::Comparison> m_comparison;
};

} // namespace shardscope
