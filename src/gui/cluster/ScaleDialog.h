#pragma once

#include "ErrorDiagnosis.h"
#include "NodeAddress.h"
#include "TaskWorkerReader.h"
#include "WorkerPalette.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace shardscope {

class ClusterScaler;

// A change of the cluster's workers as it happens: what runs, the shard moves one by one
// with their progress, Cancel while they run; when the rebalancer's preconditions fail,
// why, with the offer to move the shards with writes blocked; at the end, side by side,
// the worker the tutorial's query of each user ran on before and after, and in words
// whether it moved. It only shows: the one who runs the change (ClusterScaleControl) acts
// on its requests.
class ScaleDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Operation { AddWorker, Rebalance, RemoveWorker };

    explicit ScaleDialog(QWidget *parent = nullptr);

    void setWorkerPalette(const WorkerPalette &palette) { m_palette = palette; }
    // A new run: the list and the outcome of the one before are cleared.
    void begin(Operation operation);
    // Shows what the scaler does until it ends.
    void follow(ClusterScaler *scaler);
    // A step of its own (starting a worker, reading the plans), in words.
    void addNote(const QString &text);
    // The run failed before or outside the scaler.
    void showFailure(const ErrorDiagnosis &diagnosis);
    // Where each user's task ran before and after.
    void showTaskMoves(const QList<UserTask> &before, const QList<UserTask> &after);
    // Running again after a failure (with writes blocked), the steps so far kept.
    void resume();
    // Over: only Close is left.
    void end();

    bool isRunning() const { return m_running; }
    QProgressBar *progressBar() const { return m_progress; }
    QListWidget *stepList() const { return m_steps; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *blockWritesButton() const { return m_blockWrites; }
    QTableWidget *taskTable() const { return m_tasks; }
    QString problemText() const;
    QString taskMovesText() const;

public slots:
    // While running, asks to cancel instead of closing (Escape, the window's close button).
    void reject() override;

signals:
    void cancelRequested();
    // Again, the shards copied while writes to each wait.
    void blockWritesRequested();
    // A shard moved: what shows where shards live may read them again.
    void shardsMoved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setRunning(bool running);
    void onMoveProgress(int done, int total, const NodeAddress &source, const NodeAddress &target);
    void onFailed(const ErrorDiagnosis &diagnosis);
    void showProgressText();
    QString heading() const;

    Operation m_operation = Operation::Rebalance;
    WorkerPalette m_palette;
    bool m_running = false;
    int m_lastDone = -1;
    int m_total = 0; // shard moves the rebalancer planned
    int m_done = 0;
    QList<UserTask> m_before;
    QList<UserTask> m_after;
    bool m_offersBlockWrites = false;
    QLabel *m_heading;
    QProgressBar *m_progress;
    QListWidget *m_steps;
    QLabel *m_problem;
    QLabel *m_tasksHeading;
    QTableWidget *m_tasks;
    QLabel *m_taskWords;
    QPushButton *m_cancel;
    QPushButton *m_blockWrites;
    QPushButton *m_close;
};

} // namespace shardscope
