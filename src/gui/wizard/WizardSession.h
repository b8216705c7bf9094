#pragma once

#include "ConnectionProfile.h"
#include "DemoTable.h"
#include "PlanLook.h"

#include <QObject>

namespace shardscope {

class PgConnection;
class Tutorial;

// What the wizard's pages share: the one connection to the coordinator and the tutorial
// steps that run on it. The profile's password lives here only, in memory.
class WizardSession : public QObject
{
    Q_OBJECT

public:
    explicit WizardSession(QObject *parent = nullptr);

    PgConnection *connection() const { return m_connection; }
    Tutorial *tutorial() const { return m_tutorial; }
    const ConnectionProfile &profile() const { return m_profile; }
    void setProfile(const ConnectionProfile &profile) { m_profile = profile; }
    bool hasProfile() const;
    bool isConnected() const;

    // Connects with the current profile unless already connected; ends with connected()
    // or connectFailed(), never from inside the call. connected() means free to take a
    // statement: while another one runs it comes once that one has ended.
    void ensureConnected();
    // How the pages draw plans and charts: the window's look, given by the window.
    const PlanLook &look() const { return m_look; }
    void setLook(const PlanLook &look);
    // The cluster's workers in node id order, as the tutorial found them: they get their
    // colours for the whole cluster (WorkerPalette), and the window is told.
    void setClusterWorkers(const QList<NodeAddress> &workers);
    // The cluster was stopped (from the Cluster menu): the pages stop counting on it.
    void announceClusterStopped() { emit clusterStopped(); }

signals:
    void connected();
    void connectFailed(const QString &message);
    void clusterStopped();
    void lookChanged();

private:
    PgConnection *m_connection;
    Tutorial *m_tutorial;
    ConnectionProfile m_profile;
    PlanLook m_look;
    bool m_waitingForIdle = false;
};

} // namespace shardscope
