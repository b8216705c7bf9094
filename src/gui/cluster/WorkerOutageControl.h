#pragma once

#include "NodeAddress.h"
#include "OutageReport.h"
#include "ShardRowCounts.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>
#include <optional>

class QWidget;

namespace shardscope {

class ClusterLauncher;
class ClusterSession;
class OutageCheck;
class OutageDialog;
class WorkerPalette;
struct LaunchChoice;
struct LaunchError;

// Cluster > Stop a Worker and Start It Again, for a cluster ShardScope started (Docker:
// the worker's container stopped and started; local: its server, with pg_ctl, through the
// launcher): counts the rows of each shard first, asks which worker, stops it and shows in
// the Lost Worker dialog what that does (OutageCheck); started again, shows everything
// recover and the counts compared with those of before. Nothing here waits on the UI
// thread; progress and outcome also go to message().
class WorkerOutageControl : public QObject
{
    Q_OBJECT

public:
    // Which of these workers to stop; nothing: cancelled.
    using WorkerQuestion = std::function<std::optional<NodeAddress>(const QList<NodeAddress> &workers)>;

    WorkerOutageControl(ClusterSession *session, QWidget *dialogParent);

    void setWorkerQuestion(WorkerQuestion question) { m_question = std::move(question); }
    void setWorkerPalette(const WorkerPalette &palette);
    // The environment the tools run in (PATH decides which docker is used).
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    bool isBusy() const { return m_phase != Phase::Idle; }
    OutageDialog *dialog() const { return m_dialog; }
    // The worker stopped from here and not started again.
    const std::optional<NodeAddress> &stoppedWorker() const { return m_stopped; }

    // The server (Docker: the service) of worker in a cluster started that way: worker<n>.
    static std::optional<int> serverIndex(const LaunchChoice &choice, const NodeAddress &worker);

public slots:
    void stopWorker();
    void startAgain();
    void checkAgain();

signals:
    void message(const QString &text);
    // After each check: the workers that do not answer, for the shard map to grey.
    void lostWorkersChanged(const QList<shardscope::NodeAddress> &workers);
    void reportShown();

private:
    enum class Phase { Idle, Counting, Stopping, Checking, Starting };

    std::optional<NodeAddress> askWorker(const QList<NodeAddress> &workers) const;
    void showDialog();
    // Ends the operation with this said, in the dialog and the status bar.
    void finish(const QString &text);
    void runCheck(Phase phase);
    void onChecked();
    void stopChosen();
    bool makeLauncher();
    void onLaunchFailed(const LaunchError &error);

    ClusterSession *m_session;
    QWidget *m_dialogParent;
    OutageDialog *m_dialog;
    OutageCheck *m_check;
    WorkerQuestion m_question;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QPointer<ClusterLauncher> m_launcher;
    Phase m_phase = Phase::Idle;
    std::optional<NodeAddress> m_stopped;
    std::optional<ShardRowCounts> m_before; // of the last check with every worker answering
};

} // namespace shardscope
