#pragma once

#include <QObject>
#include <QProcessEnvironment>

#include <functional>

class QWidget;

namespace shardscope {

class ClusterLauncher;
class ClusterSession;
struct LaunchError;

// Stopping the session's cluster (when ShardScope started it), and resetting the demo on
// it, from the main window's Cluster menu, with no wizard needed. Both destroy something,
// so both ask first (a dialog, or the answers a test gives); both run without blocking and
// say how it went through message().
class ClusterControl : public QObject
{
    Q_OBJECT

public:
    enum class StopChoice { Cancel, Stop, StopAndDeleteData };
    using StopQuestion = std::function<StopChoice()>;
    using ResetQuestion = std::function<bool(const QString &table)>;

    ClusterControl(ClusterSession *session, QWidget *dialogParent);

    void setQuestions(StopQuestion stop, ResetQuestion reset);
    // The environment the tools run in (PATH decides which docker is used).
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    bool isBusy() const { return m_launcher != nullptr || m_resetting || m_connectingForReset; }

public slots:
    void stopCluster();
    void resetDemo();

signals:
    // Progress and outcome, in words, for the status bar.
    void message(const QString &text);
    void finished(bool ok);

private:
    StopChoice askStop() const;
    bool askReset(const QString &table) const;
    // Asks, then drops the demo table: the session is connected.
    void confirmReset();
    void onStopped(bool dataDeleted);
    void onStopFailed(const LaunchError &error);
    void onResetFinished();

    ClusterSession *m_session;
    QWidget *m_dialogParent;
    StopQuestion m_stopQuestion;
    ResetQuestion m_resetQuestion;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    ClusterLauncher *m_launcher = nullptr;
    bool m_resetting = false;
    // Reset Demo connects first when the session is not connected (after a restart).
    bool m_connectingForReset = false;
};

} // namespace shardscope
