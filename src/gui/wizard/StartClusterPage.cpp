#include "StartClusterPage.h"

#include "ClusterCheckStep.h"
#include "ComposeLauncher.h"
#include "LocalLauncher.h"
#include "PgConnection.h"
#include "SqlPanel.h"
#include "StatusLabel.h"
#include "Tutorial.h"
#include "WizardSession.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace shardscope {

StartClusterPage::StartClusterPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_mode(new QComboBox(this))
    , m_workers(new QSpinBox(this))
    , m_port(new QSpinBox(this))
    , m_directory(new QLineEdit(this))
    , m_dsn(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_start(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
    , m_status(new StatusLabel(this))
    , m_panel(new SqlPanel(this))
{
    setTitle(tr("Start a Citus cluster"));
    setSubTitle(tr("A coordinator, which you query, and workers, which hold the shards."));

    m_mode->addItem(tr("Docker Compose (recommended)"));
    m_mode->addItem(tr("Local PostgreSQL servers"));
    m_mode->addItem(tr("An existing cluster"));
    m_workers->setRange(ClusterLauncher::minWorkers, ClusterLauncher::maxWorkers);
    m_workers->setValue(2);
    m_port->setRange(1, 65535);
    m_port->setValue(ComposeLauncher::defaultPort);
    for (QSpinBox *spin : {m_workers, m_port})
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_directory->setText(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                         + QStringLiteral("/local-cluster"));
    m_dsn->setPlaceholderText(QStringLiteral("host=… port=5432 dbname=postgres user=postgres"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Not stored; empty to use ~/.pgpass or PGPASSWORD"));

    m_mode->setAccessibleName(tr("How to get a cluster"));
    m_workers->setAccessibleName(tr("Number of workers"));
    m_port->setAccessibleName(tr("Coordinator port"));
    m_directory->setAccessibleName(tr("Directory of the local servers"));
    m_dsn->setAccessibleName(tr("Connection string of the coordinator"));
    m_password->setAccessibleName(tr("Password"));
    m_start->setAccessibleName(tr("Start or connect"));
    m_cancel->setAccessibleName(tr("Cancel starting"));
    m_progress->setAccessibleName(tr("Progress"));
    m_log->setAccessibleName(tr("Output of the tools"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(5000);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Cluster:"), m_mode);
    m_form->addRow(tr("&Workers:"), m_workers);
    m_form->addRow(tr("Coordinator &port:"), m_port);
    m_form->addRow(tr("&Directory:"), m_directory);
    m_form->addRow(tr("Connection &string:"), m_dsn);
    m_form->addRow(tr("Pass&word:"), m_password);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_panel);

    registerField(QStringLiteral("mode"), m_mode);
    registerField(QStringLiteral("workers"), m_workers);
    registerField(QStringLiteral("port"), m_port);
    registerField(QStringLiteral("localDirectory"), m_directory);
    registerField(QStringLiteral("dsn"), m_dsn);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &StartClusterPage::updateForm);
    connect(m_workers, &QSpinBox::valueChanged, this, &StartClusterPage::updateForm);
    connect(m_start, &QPushButton::clicked, this, &StartClusterPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &StartClusterPage::cancel);
    connect(m_session, &WizardSession::connected, this, [this] {
        if (!m_connecting)
            return;
        m_connecting = false;
        setBusy(false);
        m_status->setStatus(StatusLabel::Status::Ok, tr("Connected to the coordinator. Go on with Next."));
        emit completeChanged();
    });
    connect(m_session, &WizardSession::connectFailed, this, [this](const QString &message) {
        if (!m_connecting)
            return;
        m_connecting = false;
        setBusy(false);
        m_status->setStatus(StatusLabel::Status::Error, tr("Cannot connect to the coordinator"), message);
    });
    setBusy(false);
    updateForm();
}

StartClusterPage::Mode StartClusterPage::mode() const
{
    return static_cast<Mode>(m_mode->currentIndex());
}

bool StartClusterPage::isBusy() const
{
    return m_launcher || m_connecting;
}

bool StartClusterPage::isComplete() const
{
    return !isBusy() && m_session->isConnected();
}

void StartClusterPage::cleanupPage()
{
    // Going back must not leave tools running behind the user's back; the fields stay.
    cancel();
}

void StartClusterPage::updateForm()
{
    const Mode current = mode();
    const bool launching = current != Mode::Existing;
    const auto show = [this](QWidget *field, bool visible) { m_form->setRowVisible(field, visible); };
    show(m_workers, launching);
    show(m_port, launching);
    show(m_directory, current == Mode::Local);
    show(m_dsn, !launching);
    show(m_password, !launching);
    m_start->setText(launching ? tr("&Start cluster") : tr("C&onnect"));

    const int workers = m_workers->value();
    switch (current) {
    case Mode::Docker:
        m_panel->setContent(
            {QStringLiteral("docker compose -p postgres_sharding --profile %1 up -d --wait")
                 .arg(ComposeProject::workerProfile(workers)),
             QStringLiteral("docker compose -p postgres_sharding exec coordinator psql -U postgres -c "
                            "'SELECT * FROM citus_get_active_worker_nodes();'"),
             tr("Compose starts one container for the coordinator and one per worker from the Citus image, on a "
                "private network where they know each other by name (worker1, worker2…). The coordinator "
                "then registers each worker with citus_add_node, so it can place shards there."),
             QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/installation/single_node_docker.html"))});
        break;
    case Mode::Local:
        m_panel->setContent(
            {QStringLiteral("initdb -D <dir>/coordinator\npg_ctl -D <dir>/coordinator -o '-p PORT -c "
                            "shared_preload_libraries=citus' start\nCREATE EXTENSION citus;\n"
                            "SELECT citus_add_node('127.0.0.1', WORKER_PORT);"),
             {},
             tr("Each node is an ordinary PostgreSQL server on this machine that loads Citus at start. The "
                "coordinator learns its workers with citus_add_node; shards will live on the workers."),
             QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/installation/multi_node.html"))});
        break;
    case Mode::Existing:
        m_panel->setContent({QStringLiteral("SELECT 1;"), QStringLiteral("psql \"$DSN\""),
                             tr("Any Citus coordinator will do: the following pages check its workers before "
                                "creating anything. The password is kept in memory only, never saved."),
                             QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/get_started/what_is_citus.html"))});
        break;
    }
}

void StartClusterPage::start()
{
    if (isBusy())
        return;
    m_log->clear();
    m_progress->setRange(0, 0);
    switch (mode()) {
    case Mode::Docker:
        launch(new ComposeLauncher(ComposeProject(ComposeProject::defaultDirectory()), this));
        break;
    case Mode::Local:
        launch(new LocalLauncher(QDir::cleanPath(m_directory->text()), this));
        break;
    case Mode::Existing: {
        ConnectionProfile profile;
        profile.dsn = m_dsn->text().trimmed();
        profile.password = m_password->text();
        m_session->setProfile(profile);
        m_session->tutorial()->clusterCheck()->setExpectedWorkers({});
        connectSession();
        break;
    }
    }
}

void StartClusterPage::launch(ClusterLauncher *launcher)
{
    m_launcher = launcher;
    connect(launcher, &ClusterLauncher::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(launcher, &ClusterLauncher::progress, this, [this](int step, int total, const QString &label) {
        m_progress->setRange(0, total);
        m_progress->setValue(step);
        m_status->setStatus(StatusLabel::Status::Busy, label);
    });
    connect(launcher, &ClusterLauncher::ready, this, &StartClusterPage::onReady);
    connect(launcher, &ClusterLauncher::failed, this, &StartClusterPage::onFailed);
    m_status->setStatus(StatusLabel::Status::Busy, tr("Starting…"));
    setBusy(true);
    launcher->up(m_workers->value(), m_port->value());
}

void StartClusterPage::onReady(const ClusterEndpoint &endpoint)
{
    m_launcher->deleteLater();
    m_launcher = nullptr;
    ConnectionProfile profile;
    profile.dsn = endpoint.dsn;
    profile.password = endpoint.password;
    m_session->setProfile(profile);
    QList<NodeAddress> workers;
    for (const WorkerNode &worker : endpoint.workers)
        workers.append({worker.host, worker.port});
    m_session->tutorial()->clusterCheck()->setExpectedWorkers(workers);
    m_dsn->setText(endpoint.dsn);
    connectSession();
}

void StartClusterPage::onFailed(const LaunchError &error)
{
    m_launcher->deleteLater();
    m_launcher = nullptr;
    setBusy(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    QString title;
    switch (error.kind) {
    case LaunchError::Kind::DockerMissing:
        title = tr("Docker is not installed");
        break;
    case LaunchError::Kind::DaemonNotRunning:
        title = tr("The Docker daemon is not running");
        break;
    case LaunchError::Kind::Canceled:
        title = tr("Canceled");
        break;
    default:
        title = tr("The cluster did not start");
        break;
    }
    m_status->setStatus(error.kind == LaunchError::Kind::Canceled ? StatusLabel::Status::Warning
                                                                   : StatusLabel::Status::Error,
                        title, error.message);
    if (!error.log.isEmpty() && m_log->document()->isEmpty())
        m_log->appendPlainText(error.log);
}

void StartClusterPage::connectSession()
{
    m_connecting = true;
    setBusy(true);
    m_status->setStatus(StatusLabel::Status::Busy, tr("Connecting to the coordinator…"));
    m_session->connection()->disconnectFromServer();
    m_session->ensureConnected();
}

void StartClusterPage::cancel()
{
    if (m_launcher) {
        m_launcher->cancel();
    } else if (m_connecting) {
        m_connecting = false;
        m_session->connection()->disconnectFromServer();
        m_status->setStatus(StatusLabel::Status::Warning, tr("Canceled"));
        setBusy(false);
    }
}

void StartClusterPage::setBusy(bool busy)
{
    m_start->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_mode->setEnabled(!busy);
    if (!busy && m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    emit completeChanged();
}

} // namespace shardscope
