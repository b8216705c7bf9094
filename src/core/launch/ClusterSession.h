#pragma once

#include "AppSettings.h"
#include "ConnectionProfile.h"
#include "LaunchChoice.h"
#include "NodeAddress.h"

#include <QList>
#include <QObject>

#include <memory>

namespace shardscope {

class ClusterLauncher;
class PgConnection;
class Tutorial;

// The one cluster the application works with: where it is (the connection profile), how
// it was got (the launch choice), the one connection to its coordinator and the tutorial
// steps that run on it. The main window owns it and hands it to the wizard, the Cluster
// Tables dock and the Cluster menu; each shows this session and clears, on
// clusterChanged(), what it showed of the cluster before.
//
// It keeps itself in the settings it is given, the profile without its password (see
// ConnectionProfile::storableDsn()), and comes back from them when made again. The
// password lives here only, in memory.
//
// It also holds the cluster's workers in node id order once someone has read them: each
// view colours a worker from that list (WorkerPalette), so that every plan, chart and
// export of this cluster gives it the same colour.
class ClusterSession : public QObject
{
    Q_OBJECT

public:
    explicit ClusterSession(const AppSettings &settings, QObject *parent = nullptr);

    PgConnection *connection() const { return m_connection; }
    Tutorial *tutorial() const { return m_tutorial; }
    const ConnectionProfile &profile() const { return m_profile; }
    const LaunchChoice &launchChoice() const { return m_choice; }
    bool hasProfile() const;
    // The cluster's workers in node id order; empty until read.
    const QList<NodeAddress> &workers() const { return m_workers; }
    void setWorkers(const QList<NodeAddress> &workers);
    bool isConnected() const;

    // From now on the session is about this cluster, got this way, even when it is at the
    // same address as the one before (started again with its data deleted, say): the
    // connection to the one before closes, and clusterChanged() tells every view.
    void useCluster(const ConnectionProfile &profile, const LaunchChoice &choice);
    // No cluster any more (the user forgot it): as on a first run.
    void forget();
    // A launcher that stops or checks this session's cluster as it was started; nothing
    // for an existing cluster, which ShardScope did not start.
    std::unique_ptr<ClusterLauncher> makeLauncher() const;

    // Connects with the current profile unless already connected; ends with connected()
    // or connectFailed(), never from inside the call. connected() means free to take a
    // statement: while another one runs it comes once that one has ended.
    void ensureConnected();
    // The cluster was stopped (from the Cluster menu): the views stop counting on it.
    void announceClusterStopped() { emit clusterStopped(); }

signals:
    void connected();
    void connectFailed(const QString &message);
    void clusterStopped();
    // Another cluster (or the same one started anew), or none: what was shown is of the
    // one before.
    void clusterChanged();
    void workersChanged();

private:
    void restore();
    void save();

    AppSettings m_settings;
    PgConnection *m_connection;
    Tutorial *m_tutorial;
    ConnectionProfile m_profile;
    LaunchChoice m_choice;
    QList<NodeAddress> m_workers;
    bool m_waitingForIdle = false;
};

} // namespace shardscope
