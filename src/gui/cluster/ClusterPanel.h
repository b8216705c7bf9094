#pragma once

#include "ConnectionProfile.h"
#include "DemoTable.h"
#include "SqlSnapshot.h"
#include "WorkerPalette.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace shardscope {

class ClusterLauncher;
class ClusterSession;
class SqlRecordModel;
struct LaunchError;

// What a running cluster holds, as three read-only tables: its workers (with the shards
// placed on each), every shard of every distributed table, and the demo table's rows per
// worker. Read on a pool thread; Refresh reads again, and so does the panel by itself
// every little while when shown. Given a session, it shows that session's cluster, drops
// what it read of the one before when the session moves on, and when nothing answers at
// the cluster's address says it is not running, offering to start it again (when
// ShardScope started it) or to forget it.
class ClusterPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab { WorkersTab, ShardsTab, RowsTab };

    // Between two reads while shown.
    static constexpr int defaultRefreshIntervalMs = 10000;

    explicit ClusterPanel(QWidget *parent = nullptr);

    // The cluster shown from now on is the session's.
    void setSession(ClusterSession *session);
    void setProfile(const ConnectionProfile &profile);
    void setTable(const DemoTable &table) { m_table = table; }
    bool isLoading() const { return m_watcher.isRunning(); }
    SqlRecordModel *model(Tab tab) const { return m_models[tab]; }
    QString statusText() const;
    // Whether the last read found the citus extension.
    bool isCitus() const { return m_citus; }
    // Workers the last read found registered but not answering.
    QStringList unreachableWorkers() const;
    // Nothing answered at the cluster's address at the last read.
    bool isNotRunning() const { return m_notRunning; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *forgetButton() const { return m_forget; }
    void setRefreshInterval(int msecs);
    bool isRefreshingPeriodically() const;

public slots:
    void refresh();

signals:
    // The cluster's workers in node id order, from a read that found them: the window's
    // worker colours follow them.
    void clusterWorkersRead(const QList<shardscope::NodeAddress> &workers);
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void followSession();
    void startCluster();
    void onStartFailed(const LaunchError &error);
    void updateButtons();
    void showSnapshot();
    QString connectionName() const;
    QTableView *addTable(Tab tab);
    QString unreachableText(const QString &where) const;

    // A worker the coordinator could not reach, and what the attempt said.
    struct UnreachableWorker {
        QString name;
        QString problem;
    };

    ConnectionProfile m_profile;
    DemoTable m_table;
    bool m_read = false; // a read has finished
    bool m_citus = false;
    QString m_error;
    QString m_rowsError;
    QList<UnreachableWorker> m_unreachable;
    WorkerPalette m_palette; // the workers of the last read
    bool m_notRunning = false;
    QString m_startError; // why starting the cluster again failed
    QFutureWatcher<SqlSnapshot::Result> m_watcher;
    ClusterSession *m_session = nullptr;
    ClusterLauncher *m_launcher = nullptr; // starting the session's cluster again
    QTimer *m_timer;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_forget;
    QPushButton *m_refresh;
    QTabWidget *m_tabs;
    SqlRecordModel *m_models[3];
};

} // namespace shardscope
