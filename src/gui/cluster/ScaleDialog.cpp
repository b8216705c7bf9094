#include "ScaleDialog.h"

#include "ClusterScaler.h"
#include "TaskMoveText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace shardscope {

namespace {

enum TaskColumn { UserColumn, BeforeColumn, AfterColumn, TaskColumnCount };

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

ScaleDialog::ScaleDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_steps(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_tasksHeading(new QLabel(this))
    , m_tasks(new QTableWidget(0, TaskColumnCount, this))
    , m_taskWords(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_blockWrites(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_tasksHeading->setFont(bold);
    m_heading->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_taskWords->setWordWrap(true);
    // Server messages are untrusted text.
    m_problem->setTextFormat(Qt::PlainText);
    m_taskWords->setTextFormat(Qt::PlainText);
    m_steps->setWordWrap(true);
    // A window of its own that takes the main window's font all the same (presenter mode).
    setAttribute(Qt::WA_WindowPropagation);
    m_tasks->verticalHeader()->hide();
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasks->setSelectionMode(QAbstractItemView::NoSelection);
    m_tasks->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tasks->horizontalHeader()->setSectionResizeMode(UserColumn, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_blockWrites, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    connect(m_cancel, &QPushButton::clicked, this, &ScaleDialog::cancelRequested);
    connect(m_blockWrites, &QPushButton::clicked, this, &ScaleDialog::blockWritesRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_steps, 2);
    layout->addWidget(m_problem);
    layout->addWidget(m_tasksHeading);
    layout->addWidget(m_tasks, 1);
    layout->addWidget(m_taskWords);
    layout->addWidget(buttons);
    resize(560, 420);
    retranslateUi();
    end();
}

void ScaleDialog::begin(Operation operation)
{
    m_operation = operation;
    m_lastDone = -1;
    m_total = 0;
    m_done = 0;
    m_before.clear();
    m_after.clear();
    m_steps->clear();
    m_tasksHeading->hide();
    m_tasks->hide();
    m_taskWords->hide();
    retranslateUi();
    resume();
}

void ScaleDialog::resume()
{
    m_offersBlockWrites = false;
    m_problem->clear();
    m_problem->hide();
    m_blockWrites->hide();
    // Unknown until the rebalancer has planned its moves: a busy bar meanwhile.
    m_progress->setRange(0, 0);
    setRunning(true);
}

void ScaleDialog::setRunning(bool running)
{
    m_running = running;
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_close->setVisible(!running);
    m_close->setDefault(!running);
}

void ScaleDialog::follow(ClusterScaler *scaler)
{
    connect(scaler, &ClusterScaler::note, this, &ScaleDialog::addNote);
    connect(scaler, &ClusterScaler::moveProgress, this, &ScaleDialog::onMoveProgress);
    connect(scaler, &ClusterScaler::finished, this, [this] {
        m_done = m_total;
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        showProgressText();
        addNote(tr("Done."));
    });
    connect(scaler, &ClusterScaler::cancelled, this,
            [this] { addNote(tr("Cancelled: the shards moved so far stay where they went.")); });
    connect(scaler, &ClusterScaler::failed, this, &ScaleDialog::onFailed);
}

void ScaleDialog::addNote(const QString &text)
{
    m_steps->addItem(text);
    m_steps->scrollToBottom();
}

void ScaleDialog::onMoveProgress(int done, int total, const NodeAddress &source, const NodeAddress &target)
{
    m_total = total;
    m_done = done;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    showProgressText();
    if (!source.isEmpty()) {
        auto *item = new QListWidgetItem(swatch(m_palette.color(target)),
                                         tr("Moving a shard from %1 to %2 (%3 of %n done)", nullptr, total)
                                             .arg(source.toString(), target.toString())
                                             .arg(done));
        m_steps->addItem(item);
        m_steps->scrollToBottom();
    }
    if (done > m_lastDone && m_lastDone >= 0)
        emit shardsMoved();
    m_lastDone = done;
}

void ScaleDialog::onFailed(const ErrorDiagnosis &diagnosis)
{
    m_offersBlockWrites = ErrorDiagnosis::needsBlockingTransfer(diagnosis.problem);
    showFailure(diagnosis);
}

void ScaleDialog::showFailure(const ErrorDiagnosis &diagnosis)
{
    m_problem->setText(diagnosis.explanation.isEmpty() ? diagnosis.error.message : diagnosis.explanation);
    m_problem->show();
    m_blockWrites->setVisible(m_offersBlockWrites);
}

void ScaleDialog::showTaskMoves(const QList<UserTask> &before, const QList<UserTask> &after)
{
    m_before = before;
    m_after = after;
    const int rows = int(std::min(before.size(), after.size()));
    m_tasks->setRowCount(rows);
    QStringList words;
    for (int row = 0; row < rows; ++row) {
        const UserTask &was = before.at(row);
        const UserTask &is = after.at(row);
        m_tasks->setItem(row, UserColumn, new QTableWidgetItem(QString::number(is.userId)));
        const auto workerItem = [this](const UserTask &task) {
            auto *item = new QTableWidgetItem(TaskMoveText::workerText(task));
            if (task.worker)
                item->setIcon(swatch(m_palette.color(*task.worker)));
            return item;
        };
        m_tasks->setItem(row, BeforeColumn, workerItem(was));
        m_tasks->setItem(row, AfterColumn, workerItem(is));
        words << TaskMoveText::describe(was, is);
    }
    m_taskWords->setText(words.join(QLatin1Char('\n')));
    m_tasksHeading->show();
    m_tasks->show();
    m_taskWords->show();
}

void ScaleDialog::end()
{
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    setRunning(false);
}

QString ScaleDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString ScaleDialog::taskMovesText() const
{
    return m_taskWords->text();
}

void ScaleDialog::reject()
{
    // Escape or the window's close while shards move asks to stop them: the dialog stays
    // until the rebalance has stopped.
    if (m_running) {
        m_cancel->setEnabled(false);
        emit cancelRequested();
        return;
    }
    QDialog::reject();
}

void ScaleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ScaleDialog::showProgressText()
{
    m_progress->setFormat(tr("%1 of %n shard move(s) done", nullptr, m_total).arg(m_done));
}

QString ScaleDialog::heading() const
{
    switch (m_operation) {
    case Operation::AddWorker:
        return tr("Adding a worker, then moving shards onto it");
    case Operation::RemoveWorker:
        return tr("Moving every shard off a worker, then removing it");
    case Operation::Rebalance:
        break;
    }
    return tr("Moving shards so that every worker holds about as many");
}

void ScaleDialog::retranslateUi()
{
    setWindowTitle(tr("Scale the Cluster"));
    m_heading->setText(heading());
    showProgressText();
    m_tasksHeading->setText(tr("The tutorial's query, before and after"));
    m_tasks->setHorizontalHeaderLabels({tr("User"), tr("Task ran on (before)"), tr("Task runs on (now)")});
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Stop the rebalance; the shards moved so far stay where they went"));
    m_blockWrites->setText(tr("Move with &Writes Blocked"));
    m_blockWrites->setToolTip(tr("Run it again, copying each shard while writes to it wait "
                                 "(shard_transfer_mode => 'block_writes')"));
    m_close->setText(tr("C&lose"));
    if (!m_before.isEmpty())
        showTaskMoves(m_before, m_after);
}

} // namespace shardscope
