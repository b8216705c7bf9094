#pragma once

#include "ErrorDiagnosis.h"
#include "ShardMap.h"
#include "WorkerPalette.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace shardscope {

class ClusterSession;
class ShardMapBar;
class ShardMapReader;

// The shard map of the session's cluster: pick a Citus table and see its hash space as a
// bar of shards coloured by worker, with rows per shard; type a value of its distribution
// column to follow it from hash to segment to shard to worker, highlighted on the bar.
// Reference tables show as one shard on every node, colocated tables are named as sharing
// the segments. Reads on demand (Refresh) through the session's connection, never waiting
// on the UI thread; a slow read shows its progress and can be cancelled.
class ShardMapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ShardMapPanel(QWidget *parent = nullptr);

    void setSession(ClusterSession *session);
    // The workers' colours of the window; the map's workers take theirs from it.
    void setWorkerPalette(const WorkerPalette &palette);

    // Shows a map read elsewhere (or before), keeping the table shown when it has it.
    void showMap(const ShardMap &map);
    const ShardMap &map() const { return m_map; }
    QString currentTable() const;
    void setCurrentTable(const QString &table);
    bool isReading() const;

    ShardMapBar *bar() const { return m_bar; }
    QLineEdit *valueField() const { return m_value; }
    QComboBox *tableBox() const { return m_tables; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString statusText() const;
    // The located value's path, hash → segment → shard → worker; empty when none.
    QString locationText() const;
    QString tableNote() const;

public slots:
    // Reads the map again.
    void refresh();
    // Follows value in the table shown (the field's text when empty).
    void locate(const QString &value = {});
    // Outlines a shard of the table shown, or of the table holding it.
    void showShard(qint64 shardId);

signals:
    void mapShown();
    void located();
    // The bar outlines another shard, or none (bar()->highlightedShard()).
    void highlightChanged();
    void failed(const QString &why);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void followSession();
    void startRead();
    void showTable();
    void showLocation();
    // Follows the value asked for while a read was under way, if any.
    void locatePending();
    void showError(const ErrorDiagnosis &error);
    void setReading(bool reading);
    const ShardMapTable *shownTable() const;

    ClusterSession *m_session = nullptr;
    ShardMapReader *m_reader = nullptr;
    bool m_waitingForConnection = false;
    QString m_pendingValue; // located once the read under way is over
    qint64 m_pendingShard = 0; // shown once the map is read; Citus never numbers one 0
    ShardMap m_map;
    std::optional<ValueLocation> m_location;
    WorkerPalette m_palette;
    QString m_error;
    int m_counted = 0; // tables counted of the read in progress
    QLabel *m_tableLabel;
    QComboBox *m_tables;
    QLabel *m_valueLabel;
    QLineEdit *m_value;
    QPushButton *m_locate;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_note;
    ShardMapBar *m_bar;
    QLabel *m_path;
};

} // namespace shardscope
