#include "ClusterSession.h"

#include "ClusterCheckStep.h"
#include "ClusterLauncher.h"
#include "LauncherFactory.h"
#include "PgConnection.h"
#include "Tutorial.h"

#include <QTimer>

#include <utility>

namespace shardscope {

namespace {

// The keys the wizard kept these in before the session had a home of its own: settings
// stored by an earlier version still load.
const QString modeKey = QStringLiteral("mode");
const QString workersKey = QStringLiteral("workers");
const QString portKey = QStringLiteral("port");
const QString directoryKey = QStringLiteral("localDirectory");
const QString citusReleaseKey = QStringLiteral("citusRelease");

} // namespace

ClusterSession::ClusterSession(const AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
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
            QTimer::singleShot(0, this, &ClusterSession::ensureConnected);
        else if (state == PgConnection::State::Disconnected)
            m_waitingForIdle = false;
    });
    restore();
}

void ClusterSession::restore()
{
    // A DSN naming a pass file needs nothing more to connect again; otherwise ~/.pgpass,
    // PGPASSWORD or the user, going back to the cluster page, give the password.
    m_profile = m_settings.clusterProfile();
    const int kind = m_settings.wizardField(modeKey).toInt();
    if (kind >= int(LaunchChoice::Kind::Docker) && kind <= int(LaunchChoice::Kind::Existing))
        m_choice.kind = LaunchChoice::Kind(kind);
    if (const QVariant workers = m_settings.wizardField(workersKey); workers.isValid())
        m_choice.workers = workers.toInt();
    m_choice.port = m_settings.wizardField(portKey).toInt();
    m_choice.localDirectory = m_settings.wizardField(directoryKey).toString();
    m_choice.citusRelease = m_settings.wizardField(citusReleaseKey).toString();
}

void ClusterSession::save()
{
    m_settings.setClusterProfile(m_profile);
    m_settings.setWizardField(modeKey, int(m_choice.kind));
    m_settings.setWizardField(workersKey, m_choice.workers);
    m_settings.setWizardField(portKey, m_choice.port);
    m_settings.setWizardField(directoryKey, m_choice.localDirectory);
    m_settings.setWizardField(citusReleaseKey, m_choice.citusRelease);
    m_settings.sync();
}

bool ClusterSession::hasProfile() const
{
    return !m_profile.dsn.isEmpty() || !m_profile.host.isEmpty();
}

bool ClusterSession::isConnected() const
{
    const auto state = m_connection->state();
    return state == PgConnection::State::Ready || state == PgConnection::State::Busy;
}

void ClusterSession::useCluster(const ConnectionProfile &profile, const LaunchChoice &choice)
{
    m_connection->disconnectFromServer();
    m_waitingForIdle = false;
    m_profile = profile;
    m_choice = choice;
    save();
    emit clusterChanged();
    setWorkers({});
}

void ClusterSession::setWorkers(const QList<NodeAddress> &workers)
{
    if (workers == m_workers)
        return;
    m_workers = workers;
    emit workersChanged();
}

void ClusterSession::forget()
{
    useCluster({}, LaunchChoice{});
}

std::unique_ptr<ClusterLauncher> ClusterSession::makeLauncher() const
{
    return hasProfile() ? LauncherFactory::create(m_choice) : nullptr;
}

void ClusterSession::ensureConnected()
{
    // A page left with Next may still be checking (the wizard checks a page again when Back
    // returns to it): the next page's statements wait for the connection to be free.
    if (m_connection->state() == PgConnection::State::Busy) {
        m_waitingForIdle = true;
        return;
    }
    if (isConnected()) {
        QTimer::singleShot(0, this, &ClusterSession::connected);
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
