#include "ClusterPanel.h"

#include "ClusterLauncher.h"
#include "ClusterSession.h"
#include "ErrorDiagnosis.h"
#include "GlossaryButton.h"
#include "PgError.h"
#include "SqlRecordModel.h"
#include "Tutorial.h"
#include "WorkerPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <utility>

namespace shardscope {

namespace {

enum Query { ExtensionQuery, SessionQuery, WorkersQuery, ShardsQuery, RowsQuery };
enum WorkersTabColumn { NodeIdColumn, WorkerColumn, ActiveColumn, ShardCountColumn, AnswersColumn, ProblemColumn };
enum ShardsTabColumn { ShardWorkerColumn = 2, SizeColumn };
enum RowsTabColumn { RowsWorkerColumn, RowCountColumn = 2 };

// How long the coordinator waits for each worker, in milliseconds.
constexpr int workerTimeoutMs = 3000;

QList<SqlSnapshot::Query> queriesFor(const DemoTable &table)
{
    return {
        {QStringLiteral("SELECT extversion FROM pg_extension WHERE extname = 'citus'"), {}},
        // A stopped worker refuses at once, an unplugged one only after this.
        {QStringLiteral("SELECT set_config('citus.node_connection_timeout', ?, false)"),
         {QString::number(workerTimeoutMs)}},
        // Citus keeps a stopped worker active: the coordinator is asked to reach each one,
        // and warns why it cannot (the problem column is filled from that).
        {QStringLiteral("SELECT n.nodeid, n.nodename || ':' || n.nodeport AS worker, n.isactive,"
                        " (SELECT count(*) FROM pg_dist_placement p WHERE p.groupid = n.groupid) AS shards,"
                        " citus_check_connection_to_node(n.nodename, n.nodeport) AS answers, ''::text AS problem"
                        " FROM pg_dist_node n WHERE n.groupid <> 0 ORDER BY n.nodeid"),
         {}},
        {QStringLiteral("SELECT table_name::text, shardid, nodename || ':' || nodeport AS worker,"
                        " pg_size_pretty(shard_size) AS size FROM citus_shards ORDER BY 1, 2"),
         {}},
        // The table name is a value here: run_command_on_shards quotes it as a regclass. A
        // worker that does not answer keeps its row, without a count.
        {QStringLiteral("SELECT s.nodename || ':' || s.nodeport AS worker, count(*) AS shards,"
                        " CASE WHEN bool_and(r.success) THEN sum(CASE WHEN r.success THEN r.result::bigint END) END"
                        " AS row_count"
                        " FROM run_command_on_shards(?::text::regclass, 'SELECT count(*) FROM %s') r"
                        " JOIN pg_dist_shard_placement s ON s.shardid = r.shardid GROUP BY 1 ORDER BY 1"),
         {table.name}},
    };
}

// Marks what a worker that does not answer leaves unknown in a table's rows.
// The worker a row names (nodename || ':' || nodeport); empty when it names none.
NodeAddress workerOf(const QSqlRecord &row, int workerColumn)
{
    return NodeAddress::parse(row.value(workerColumn).toString()).value_or(NodeAddress{});
}

void markUnreachable(QList<QSqlRecord> &rows, int workerColumn, int valueColumn, const QSet<NodeAddress> &unreachable,
                     const QString &text)
{
    for (QSqlRecord &row : rows) {
        if (unreachable.contains(workerOf(row, workerColumn)))
            row.setValue(valueColumn, text);
    }
}

QByteArray parameter(const ConnectionProfile::Parameters &parameters, const QByteArray &key)
{
    for (const auto &[name, value] : parameters) {
        if (name == key)
            return value;
    }
    return {};
}

// "connection to the remote node postgres@127.0.0.1:9702 failed with the following error:
// Connection refused": what the coordinator warned of that worker, or the bare fact.
QString problemOf(const NodeAddress &worker, const QStringList &notices)
{
    for (const QString &notice : notices) {
        if (ErrorDiagnosis::workerIn(notice) == worker)
            return notice.simplified();
    }
    return ClusterPanel::tr("the coordinator cannot connect to it");
}

} // namespace

ClusterPanel::ClusterPanel(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
    , m_status(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_forget(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_timer->setInterval(defaultRefreshIntervalMs);
    // The status on a row of its own: a wrapped label beside buttons gets the height of one
    // line, and a long Spanish sentence was cut.
    auto *buttons = new QHBoxLayout;
    for (const char *term : {"coordinator", "worker", "shard"})
        buttons->addWidget(new GlossaryButton(QLatin1String(term), this, true));
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_forget);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    for (Tab tab : {WorkersTab, ShardsTab, RowsTab})
        m_tabs->addTab(addTable(tab), QString());
    const auto workerColor = [this](const QString &worker) {
        return m_palette.color(NodeAddress::parse(worker).value_or(NodeAddress{}));
    };
    m_models[WorkersTab]->setWorkerColumn(WorkerColumn, workerColor);
    m_models[ShardsTab]->setWorkerColumn(ShardWorkerColumn, workerColor);
    m_models[RowsTab]->setWorkerColumn(RowsWorkerColumn, workerColor);
    connect(m_refresh, &QPushButton::clicked, this, &ClusterPanel::refresh);
    connect(m_start, &QPushButton::clicked, this, &ClusterPanel::startCluster);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->forget();
    });
    // Clusters stop and workers go away without telling: read again while someone looks.
    connect(m_timer, &QTimer::timeout, this, &ClusterPanel::refresh);
    connect(&m_watcher, &QFutureWatcher<SqlSnapshot::Result>::finished, this, &ClusterPanel::showSnapshot);
    updateButtons();
    retranslateUi();
}

void ClusterPanel::setSession(ClusterSession *session)
{
    m_session = session;
    connect(session, &ClusterSession::clusterChanged, this, &ClusterPanel::followSession);
    for (auto signal : {&ClusterSession::connected, &ClusterSession::clusterStopped}) {
        connect(session, signal, this, [this] {
            if (isVisible())
                refresh();
        });
    }
    followSession();
}

void ClusterPanel::followSession()
{
    // What was read is of the cluster before: cleared, not left to pass for this one's.
    for (SqlRecordModel *model : m_models)
        model->setRecords({});
    m_unreachable.clear();
    m_rowsError.clear();
    m_notRunning = false;
    m_startError.clear();
    m_citus = false;
    updateButtons();
    setTable(m_session->tutorial()->table());
    setProfile(m_session->hasProfile() ? m_session->profile() : ConnectionProfile{});
    if (isVisible())
        refresh();
}

void ClusterPanel::setRefreshInterval(int msecs)
{
    m_timer->setInterval(msecs);
}

bool ClusterPanel::isRefreshingPeriodically() const
{
    return m_timer->isActive();
}

void ClusterPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
    refresh();
}

void ClusterPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void ClusterPanel::updateButtons()
{
    m_start->setVisible(m_notRunning && m_session && m_session->launchChoice().startsCluster());
    m_start->setEnabled(!m_launcher);
    m_forget->setVisible(m_notRunning && m_session);
    m_forget->setEnabled(!m_launcher);
}

// Starts the session's cluster again as it was started, off the UI thread as launchers
// run; once ready the session connects to it anew.
void ClusterPanel::startCluster()
{
    if (m_launcher || !m_session)
        return;
    m_launcher = m_session->makeLauncher().release();
    if (!m_launcher)
        return;
    m_launcher->setParent(this);
    m_startError.clear();
    const LaunchChoice choice = m_session->launchChoice();
    connect(m_launcher, &ClusterLauncher::progress, this,
            [this](int, int, const QString &label) { m_status->setText(label); });
    connect(m_launcher, &ClusterLauncher::ready, this, [this, choice](const ClusterEndpoint &endpoint) {
        std::exchange(m_launcher, nullptr)->deleteLater();
        ConnectionProfile profile;
        profile.dsn = endpoint.dsn;
        profile.password = endpoint.password;
        m_session->useCluster(profile, choice);
        updateButtons();
    });
    connect(m_launcher, &ClusterLauncher::failed, this, &ClusterPanel::onStartFailed);
    updateButtons();
    m_status->setText(tr("Starting the cluster…"));
    m_launcher->up(choice.workers, choice.port);
}

void ClusterPanel::onStartFailed(const LaunchError &error)
{
    std::exchange(m_launcher, nullptr)->deleteLater();
    m_startError = error.cause.isEmpty() ? error.message : tr("%1 (%2)").arg(error.message, error.cause);
    updateButtons();
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
    // Without a cluster libpq would try its defaults, a server the user never chose.
    if (m_watcher.isRunning() || connectionName().isEmpty())
        return;
    m_refresh->setEnabled(false);
    m_error.clear();
    m_rowsError.clear();
    m_unreachable.clear();
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
    m_notRunning = !m_error.isEmpty()
        && PgError::fromConnectionMessage(m_error).kind == PgError::Kind::ConnectionRefused;
    updateButtons();
    m_citus = !result.tables.isEmpty() && !result.tables.at(ExtensionQuery).rows.isEmpty();
    for (SqlRecordModel *model : m_models)
        model->setRecords({});
    if (m_error.isEmpty() && m_citus) {
        QSet<NodeAddress> unreachable;
        QList<NodeAddress> addresses; // in node id order, as read
        QList<QSqlRecord> workers = result.tables.at(WorkersQuery).rows;
        for (QSqlRecord &worker : workers) {
            const QString name = worker.value(WorkerColumn).toString();
            const NodeAddress address = workerOf(worker, WorkerColumn);
            addresses << address;
            if (!worker.isNull(AnswersColumn) && !worker.value(AnswersColumn).toBool()) {
                unreachable.insert(address);
                const QString problem = problemOf(address, result.tables.at(WorkersQuery).notices);
                worker.setValue(ProblemColumn, problem);
                m_unreachable << UnreachableWorker{name, problem};
            }
        }
        QList<QSqlRecord> shards = result.tables.at(ShardsQuery).rows;
        QList<QSqlRecord> rows = result.tables.at(RowsQuery).rows;
        // Their sizes and counts are on the worker that does not answer: unknown, and why.
        const QString unknown = tr("unknown: the worker does not answer");
        markUnreachable(shards, ShardWorkerColumn, SizeColumn, unreachable, unknown);
        markUnreachable(rows, RowsWorkerColumn, RowCountColumn, unreachable, unknown);
        // Before the tables take the rows: they colour each worker as they are given it.
        m_palette = WorkerPalette(addresses);
        m_models[WorkersTab]->setRecords(workers);
        m_models[ShardsTab]->setRecords(shards);
        m_models[RowsTab]->setRecords(rows);
        m_rowsError = result.tables.at(RowsQuery).error;
    }
    retranslateUi();
    if (m_error.isEmpty() && m_citus)
        emit clusterWorkersRead(m_palette.clusterWorkers());
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

QStringList ClusterPanel::unreachableWorkers() const
{
    QStringList names;
    for (const UnreachableWorker &worker : m_unreachable)
        names << worker.name;
    return names;
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
    m_start->setText(tr("&Start"));
    m_start->setToolTip(tr("Start this cluster again, as the tutorial wizard started it"));
    m_forget->setText(tr("&Forget"));
    m_forget->setToolTip(tr("Forget this cluster: the tutorial wizard starts or chooses another"));
    m_refresh->setToolTip(tr("Read the cluster's tables again (%1)")
                              .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_tabs->setTabText(WorkersTab, tr("Workers"));
    m_tabs->setTabText(ShardsTab, tr("Shards"));
    m_tabs->setTabText(RowsTab, tr("Rows per worker"));
    m_tabs->setAccessibleName(tr("Cluster tables"));
    m_models[WorkersTab]->setHeaders(
        {tr("Node id"), tr("Worker"), tr("Active"), tr("Shards"), tr("Answers"), tr("Why it does not answer")});
    m_models[ShardsTab]->setHeaders({tr("Table"), tr("Shard"), tr("Worker"), tr("Size")});
    m_models[RowsTab]->setHeaders({tr("Worker"), tr("Shards"), tr("Rows of %1").arg(m_table.name)});

    const QString where = connectionName();
    if (where.isEmpty())
        m_status->setText(tr("Not connected. Start or choose a cluster in the tutorial wizard."));
    else if (m_launcher)
        return; // the launcher's progress says it
    else if (!m_startError.isEmpty())
        m_status->setText(tr("The cluster did not start: %1").arg(m_startError));
    else if (m_watcher.isRunning() && !m_notRunning)
        m_status->setText(tr("Reading the cluster's tables from %1…").arg(where));
    else if (m_notRunning)
        m_status->setText(tr("This cluster is not running: nothing answers at %1.").arg(where));
    else if (!m_error.isEmpty())
        m_status->setText(tr("Cannot read the cluster: %1").arg(m_error));
    else if (!m_citus && m_read)
        m_status->setText(
            tr("%1 is not a Citus cluster: the citus extension is not installed in this database.").arg(where));
    else if (!m_unreachable.isEmpty())
        m_status->setText(unreachableText(where));
    else if (!m_rowsError.isEmpty())
        m_status->setText(tr("%1: no rows per worker for %2 (%3)").arg(where, m_table.name, m_rowsError));
    else
        m_status->setText(where);
}

// Citus still lists such a worker as active: this line is where the panel says otherwise.
QString ClusterPanel::unreachableText(const QString &where) const
{
    QStringList workers;
    for (const UnreachableWorker &worker : m_unreachable) {
        workers << (worker.problem.isEmpty() ? worker.name : tr("%1 (%2)").arg(worker.name, worker.problem));
    }
    return tr("%1: %n worker(s) do not answer, so the shards there cannot be read or queried: %2", nullptr,
              int(m_unreachable.size()))
        .arg(where, workers.join(QStringLiteral("; ")));
}

} // namespace shardscope
