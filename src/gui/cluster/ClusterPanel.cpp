#include "ClusterPanel.h"

#include "SqlRecordModel.h"
#include "WorkerPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace shardscope {

namespace {

enum Query { ExtensionQuery, WorkersQuery, ShardsQuery, RowsQuery };

QList<SqlSnapshot::Query> queriesFor(const DemoTable &table)
{
    return {
        {QStringLiteral("SELECT extversion FROM pg_extension WHERE extname = 'citus'"), {}},
        {QStringLiteral("SELECT n.nodeid, n.nodename || ':' || n.nodeport AS worker, n.isactive,"
                        " (SELECT count(*) FROM pg_dist_placement p WHERE p.groupid = n.groupid) AS shards"
                        " FROM pg_dist_node n WHERE n.groupid <> 0 ORDER BY n.nodeid"),
         {}},
        {QStringLiteral("SELECT table_name::text, shardid, nodename || ':' || nodeport AS worker,"
                        " pg_size_pretty(shard_size) AS size FROM citus_shards ORDER BY 1, 2"),
         {}},
        // The table name is a value here: run_command_on_shards quotes it as a regclass.
        {QStringLiteral("SELECT s.nodename || ':' || s.nodeport AS worker, count(*) AS shards,"
                        " sum(r.result::bigint) AS row_count"
                        " FROM run_command_on_shards(?::text::regclass, 'SELECT count(*) FROM %s') r"
                        " JOIN citus_shards s ON s.shardid = r.shardid WHERE r.success GROUP BY 1 ORDER BY 1"),
         {table.name}},
    };
}

QColor workerColor(const QString &worker)
{
    return WorkerPalette::session().color(worker);
}

QByteArray parameter(const ConnectionProfile::Parameters &parameters, const QByteArray &key)
{
    for (const auto &[name, value] : parameters) {
        if (name == key)
            return value;
    }
    return {};
}

} // namespace

ClusterPanel::ClusterPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setShortcut(QKeySequence::Refresh);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    for (Tab tab : {WorkersTab, ShardsTab, RowsTab})
        m_tabs->addTab(addTable(tab), QString());
    m_models[WorkersTab]->setWorkerColumn(1, workerColor);
    m_models[ShardsTab]->setWorkerColumn(2, workerColor);
    m_models[RowsTab]->setWorkerColumn(0, workerColor);
    connect(m_refresh, &QPushButton::clicked, this, &ClusterPanel::refresh);
    connect(&m_watcher, &QFutureWatcher<SqlSnapshot::Result>::finished, this, &ClusterPanel::showSnapshot);
    retranslateUi();
}

QTableView *ClusterPanel::addTable(Tab tab)
{
    m_models[tab] = new SqlRecordModel(this);
    auto *view = new QTableView(this);
    view->setModel(m_models[tab]);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

void ClusterPanel::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_read = false;
    m_error.clear();
    retranslateUi();
}

void ClusterPanel::refresh()
{
    if (m_watcher.isRunning())
        return;
    m_refresh->setEnabled(false);
    m_error.clear();
    m_rowsError.clear();
    const ConnectionProfile profile = m_profile;
    const auto queries = queriesFor(m_table);
    m_watcher.setFuture(QtConcurrent::run([profile, queries] { return SqlSnapshot::read(profile, queries); }));
    retranslateUi();
}

void ClusterPanel::showSnapshot()
{
    const SqlSnapshot::Result result = m_watcher.result();
    m_refresh->setEnabled(true);
    m_read = true;
    m_error = result.connectError;
    m_citus = !result.tables.isEmpty() && !result.tables.at(ExtensionQuery).rows.isEmpty();
    for (SqlRecordModel *model : m_models)
        model->setRecords({});
    if (m_error.isEmpty() && m_citus) {
        for (const QSqlRecord &worker : result.tables.at(WorkersQuery).rows)
            WorkerPalette::session().assign(worker.value(1).toString(), worker.value(0).toInt());
        m_models[WorkersTab]->setRecords(result.tables.at(WorkersQuery).rows);
        m_models[ShardsTab]->setRecords(result.tables.at(ShardsQuery).rows);
        m_models[RowsTab]->setRecords(result.tables.at(RowsQuery).rows);
        m_rowsError = result.tables.at(RowsQuery).error;
    }
    retranslateUi();
    emit refreshed();
}

// "127.0.0.1:9700, database postgres, user postgres": what a teacher reads out, without
// libpq's quoting.
QString ClusterPanel::connectionName() const
{
    if (m_profile.dsn.isEmpty() && m_profile.host.isEmpty())
        return {};
    const auto parameters = m_profile.parameters();
    if (!parameters)
        return {};
    const QString host = QString::fromUtf8(parameter(*parameters, "host"));
    const QString port = QString::fromUtf8(parameter(*parameters, "port"));
    return tr("%1:%2, database %3, user %4")
        .arg(host.isEmpty() ? tr("local socket") : host, port.isEmpty() ? QStringLiteral("5432") : port,
             QString::fromUtf8(parameter(*parameters, "dbname")), QString::fromUtf8(parameter(*parameters, "user")));
}

QString ClusterPanel::statusText() const
{
    return m_status->text();
}

void ClusterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClusterPanel::retranslateUi()
{
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the cluster's tables again (%1)")
                              .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_tabs->setTabText(WorkersTab, tr("Workers"));
    m_tabs->setTabText(ShardsTab, tr("Shards"));
    m_tabs->setTabText(RowsTab, tr("Rows per worker"));
    m_tabs->setAccessibleName(tr("Cluster tables"));
    m_models[WorkersTab]->setHeaders({tr("Node id"), tr("Worker"), tr("Active"), tr("Shards")});
    m_models[ShardsTab]->setHeaders({tr("Table"), tr("Shard"), tr("Worker"), tr("Size")});
    m_models[RowsTab]->setHeaders({tr("Worker"), tr("Shards"), tr("Rows of %1").arg(m_table.name)});

    const QString where = connectionName();
    if (where.isEmpty())
        m_status->setText(tr("Not connected. Start or choose a cluster in the tutorial wizard."));
    else if (m_watcher.isRunning())
        m_status->setText(tr("Reading the cluster's tables from %1…").arg(where));
    else if (!m_error.isEmpty())
        m_status->setText(tr("Cannot read the cluster: %1").arg(m_error));
    else if (!m_citus && m_read)
        m_status->setText(
            tr("%1 is not a Citus cluster: the citus extension is not installed in this database.").arg(where));
    else if (!m_rowsError.isEmpty())
        m_status->setText(tr("%1: no rows per worker for %2 (%3)").arg(where, m_table.name, m_rowsError));
    else
        m_status->setText(where);
}

} // namespace shardscope
