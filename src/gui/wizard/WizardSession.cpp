#include "WizardSession.h"

#include "ClusterCheckStep.h"
#include "PgConnection.h"
#include "Tutorial.h"

#include <QTimer>

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
