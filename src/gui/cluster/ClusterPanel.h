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

namespace shardscope {

class SqlRecordModel;

// What a running cluster holds, as three read-only tables: its workers (with the shards
// placed on each), every shard of every distributed table, and the demo table's rows per
// worker. Read on a pool thread; Refresh reads again.
class ClusterPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab { WorkersTab, ShardsTab, RowsTab };

    explicit ClusterPanel(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    void setTable(const DemoTable &table) { m_table = table; }
    bool isLoading() const { return m_watcher.isRunning(); }
    SqlRecordModel *model(Tab tab) const { return m_models[tab]; }
    QString statusText() const;
    // Whether the last read found the citus extension.
    bool isCitus() const { return m_citus; }
    // Workers the last read found registered but not answering.
    QStringList unreachableWorkers() const;

public slots:
    void refresh();

signals:
    // The cluster's workers in node id order, from a read that found them: the window's
    // worker colours follow them.
    void clusterWorkersRead(const QList<shardscope::NodeAddress> &workers);
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
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
    QFutureWatcher<SqlSnapshot::Result> m_watcher;
    QLabel *m_status;
    QPushButton *m_refresh;
    QTabWidget *m_tabs;
    SqlRecordModel *m_models[3];
};

} // namespace shardscope
