#include "WizardSession.h"

#include "ClusterCheckStep.h"
#include "PgConnection.h"
#include "Tutorial.h"

#include <QTimer>

#include <utility>

namespace shardscope {

WizardSession::WizardSession(QObject *parent)
    : QObject(parent)
    , m_connection(new PgConnection(this))
    , m_tutorial(new Tutorial(m_connection, DemoTable{}, this))
{
    connect(m_connection, &PgConnection::connected, this, [this] {
        m_tutorial->clusterCheck()->setCredentials(m_profile);
        emit connected();
    });
    connect(m_connection, &PgConnection::failed, this,
            [this](const PgError &error) { emit connectFailed(error.toString()); });
    connect(m_connection, &PgConnection::stateChanged, this, [this](PgConnection::State state) {
        // Asked again, later: another statement may have taken the connection meanwhile.
        if (state == PgConnection::State::Ready && std::exchange(m_waitingForIdle, false))
            QTimer::singleShot(0, this, &WizardSession::ensureConnected);
        else if (state == PgConnection::State::Disconnected)
            m_waitingForIdle = false;
    });
}

void WizardSession::setLook(const PlanLook &look)
{
    if (look == m_look)
        return;
    m_look = look;
    emit lookChanged();
}

void WizardSession::setClusterWorkers(const QList<NodeAddress> &workers)
{
    setLook(PlanLook{m_look.theme, WorkerPalette(workers)});
}

bool WizardSession::hasProfile() const
{
    return !m_profile.dsn.isEmpty() || !m_profile.host.isEmpty();
}

bool WizardSession::isConnected() const
{
    const auto state = m_connection->state();
    return state == PgConnection::State::Ready || state == PgConnection::State::Busy;
}

void WizardSession::ensureConnected()
{
    // A page left with Next may still be checking (the wizard checks a page again when Back
    // returns to it): the next page's statements wait for the connection to be free.
    if (m_connection->state() == PgConnection::State::Busy) {
        m_waitingForIdle = true;
        return;
    }
    if (isConnected()) {
        QTimer::singleShot(0, this, &WizardSession::connected);
        return;
    }
    if (m_connection->state() == PgConnection::State::Connecting)
        return;
    if (!hasProfile()) {
        QTimer::singleShot(0, this, [this] {
            emit connectFailed(tr("No cluster chosen yet: go back to the page that starts or picks the cluster."));
        });
        return;
    }
    m_connection->connectToServer(m_profile);
}

} // namespace shardscope
