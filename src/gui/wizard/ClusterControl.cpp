#include "ClusterControl.h"

#include "ClusterLauncher.h"
#include "ClusterSession.h"
#include "PgConnection.h"
#include "ResetDemoStep.h"
#include "Tutorial.h"

#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace shardscope {

ClusterControl::ClusterControl(ClusterSession *session, QWidget *dialogParent)
    : QObject(session)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_stopQuestion([this] { return askStop(); })
    , m_resetQuestion([this](const QString &table) { return askReset(table); })
{
    connect(m_session->tutorial()->reset(), &TutorialStep::finished, this, &ClusterControl::onResetFinished);
    connect(m_session, &ClusterSession::connected, this, [this] {
        if (std::exchange(m_connectingForReset, false))
            confirmReset();
    });
    connect(m_session, &ClusterSession::connectFailed, this, [this](const QString &why) {
        if (!std::exchange(m_connectingForReset, false))
            return;
        emit message(tr("The demo was not reset: %1").arg(why));
        emit finished(false);
    });
}

void ClusterControl::setQuestions(StopQuestion stop, ResetQuestion reset)
{
    m_stopQuestion = std::move(stop);
    m_resetQuestion = std::move(reset);
}

ClusterControl::StopChoice ClusterControl::askStop() const
{
    QMessageBox box(QMessageBox::Question, tr("Stop the Cluster"),
                    tr("Stop the coordinator and the workers? Stopped, the cluster keeps its tables and "
                       "starts again with them; deleting its data starts the next one empty."),
                    QMessageBox::Cancel, m_dialogParent);
    QPushButton *stop = box.addButton(tr("&Stop"), QMessageBox::AcceptRole);
    QPushButton *erase = box.addButton(tr("Stop and &Delete Data"), QMessageBox::DestructiveRole);
    box.setDefaultButton(stop);
    box.exec();
    if (box.clickedButton() == stop)
        return StopChoice::Stop;
    return box.clickedButton() == erase ? StopChoice::StopAndDeleteData : StopChoice::Cancel;
}

bool ClusterControl::askReset(const QString &table) const
{
    return QMessageBox::question(m_dialogParent, tr("Reset the Demo"),
                                 tr("Drop the table %1 with all its shards and rows, so that the tutorial can "
                                    "start over?")
                                     .arg(table),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void ClusterControl::stopCluster()
{
    if (isBusy())
        return;
    m_launcher = m_session->makeLauncher().release();
    if (!m_launcher) {
        emit message(tr("ShardScope did not start this cluster: stop it where it runs."));
        emit finished(false);
        return;
    }
    m_launcher->setParent(this);
    const StopChoice choice = m_stopQuestion();
    if (choice == StopChoice::Cancel) {
        m_launcher->deleteLater();
        m_launcher = nullptr;
        return;
    }
    const bool deleteData = choice == StopChoice::StopAndDeleteData;
    m_launcher->setEnvironment(m_environment);
    connect(m_launcher, &ClusterLauncher::progress, this,
            [this](int, int, const QString &label) { emit message(label); });
    connect(m_launcher, &ClusterLauncher::stopped, this, [this, deleteData] { onStopped(deleteData); });
    connect(m_launcher, &ClusterLauncher::failed, this, &ClusterControl::onStopFailed);
    // The session would only see its server vanish: it ends first, on purpose.
    m_session->connection()->disconnectFromServer();
    emit message(tr("Stopping the cluster…"));
    m_launcher->down(deleteData);
}

void ClusterControl::onStopped(bool dataDeleted)
{
    m_launcher->deleteLater();
    m_launcher = nullptr;
    m_session->announceClusterStopped();
    emit message(dataDeleted ? tr("Cluster stopped and its data deleted.") : tr("Cluster stopped."));
    emit finished(true);
}

void ClusterControl::onStopFailed(const LaunchError &error)
{
    m_launcher->deleteLater();
    m_launcher = nullptr;
    emit message(tr("The cluster did not stop: %1").arg(error.message));
    emit finished(false);
}

void ClusterControl::resetDemo()
{
    if (isBusy() || m_session->tutorial()->reset()->isBusy())
        return;
    if (!m_session->hasProfile()) {
        emit message(tr("No cluster yet: start or choose one in the tutorial wizard."));
        emit finished(false);
        return;
    }
    if (!m_session->isConnected()) {
        m_connectingForReset = true;
        emit message(tr("Connecting to the cluster…"));
        m_session->ensureConnected();
        return;
    }
    confirmReset();
}

void ClusterControl::confirmReset()
{
    ResetDemoStep *reset = m_session->tutorial()->reset();
    reset->setTable(m_session->tutorial()->table());
    if (!m_resetQuestion(reset->table().name))
        return;
    m_resetting = true;
    emit message(tr("Dropping %1…").arg(reset->table().name));
    reset->run();
}

void ClusterControl::onResetFinished()
{
    if (!m_resetting)
        return;
    m_resetting = false;
    const ResetDemoStep *reset = m_session->tutorial()->reset();
    if (const auto &error = reset->error()) {
        emit message(tr("The demo was not reset: %1")
                         .arg(error->explanation.isEmpty() ? error->error.message : error->explanation));
        emit finished(false);
        return;
    }
    emit message(tr("Table %1 dropped: the tutorial can start over.").arg(reset->table().name));
    emit finished(true);
}

} // namespace shardscope
