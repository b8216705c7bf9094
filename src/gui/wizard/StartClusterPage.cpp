#include "StartClusterPage.h"

#include "CitusVersions.h"
#include "ClusterCheckStep.h"
#include "ClusterSession.h"
#include "ComposeLauncher.h"
#include "ComposeProject.h"
#include "ComposeToolFinder.h"
#include "KeychainPasswords.h"
#include "LauncherFactory.h"
#include "PgConnection.h"
#include "ShellCommand.h"
#include "SqlPanel.h"
#include "StatusLabel.h"
#include "Tutorial.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>

#include <utility>

namespace shardscope {

StartClusterPage::StartClusterPage(ClusterSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_toolFinder(new ComposeToolFinder(this))
    , m_mode(new QComboBox(this))
    , m_citus(new QComboBox(this))
    , m_workers(new QSpinBox(this))
    , m_port(new QSpinBox(this))
    , m_directory(new QLineEdit(this))
    , m_dsn(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_noKeychain(new QLabel(this))
    , m_keychain(new KeychainPasswords(this))
    , m_start(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_cleanUp(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_details(new QToolButton(this))
    , m_log(new QPlainTextEdit(this))
    , m_status(new StatusLabel(this))
    , m_panel(new SqlPanel(this))
{
    for (Mode mode : {Mode::Docker, Mode::Local, Mode::Existing})
        m_mode->addItem(QString(), int(mode));
    for (const CitusVersions::Entry &entry : CitusVersions::all())
        m_citus->addItem(QString(), entry.release);
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
    m_noKeychain->setWordWrap(true);
    m_noKeychain->setTextFormat(Qt::PlainText);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(5000);
    // The tools' own words are for the curious: the status says what happened.
    m_details->setCheckable(true);
    m_details->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_details->setAutoRaise(true);
    m_log->setVisible(false);
    m_details->setVisible(false);
    m_cleanUp->setVisible(false);

    m_form = new QFormLayout;
    for (QWidget *field : std::initializer_list<QWidget *>{m_mode, m_citus, m_workers, m_port, m_directory, m_dsn, m_password}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_form->addRow(QString(), m_remember);
    m_form->addRow(QString(), m_noKeychain);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_cleanUp, 0, Qt::AlignLeft);
    layout->addWidget(m_details, 0, Qt::AlignLeft);
    layout->addWidget(m_log, 1);
    layout->addStretch();
    layout->addWidget(m_panel);

    showSession();

    connect(m_mode, &QComboBox::currentIndexChanged, this, &StartClusterPage::onModeChanged);
    connect(m_citus, &QComboBox::currentIndexChanged, this, &StartClusterPage::updateForm);
    connect(m_workers, &QSpinBox::valueChanged, this, &StartClusterPage::updateForm);
    connect(m_start, &QPushButton::clicked, this, &StartClusterPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &StartClusterPage::cancel);
    connect(m_cleanUp, &QPushButton::clicked, this, &StartClusterPage::cleanUp);
    connect(m_details, &QToolButton::toggled, this, [this](bool shown) {
        m_details->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_log->setVisible(shown);
    });
    m_details->setArrowType(Qt::RightArrow);
    // Details of nothing would only be a button that opens an empty box.
    connect(m_log, &QPlainTextEdit::textChanged, this,
            [this] { m_details->setVisible(!m_log->document()->isEmpty()); });
    connect(m_port, &QSpinBox::valueChanged, this, &StartClusterPage::updateForm);
    connect(m_toolFinder, &ComposeToolFinder::found, this, [this](const ComposeTool &tool) {
        m_tool = tool;
        updateForm();
    });
    connect(m_toolFinder, &ComposeToolFinder::failed, this, [this] {
        m_tool.reset();
        updateForm();
    });
    connect(m_session, &ClusterSession::clusterStopped, this, &StartClusterPage::onClusterStopped);
    // Another view moved the session on (the Cluster Tables dock forgot or started it): what
    // the page said is of the cluster before.
    connect(m_session, &ClusterSession::clusterChanged, this, [this] {
        if (isBusy())
            return;
        clearOutcome();
        showSession();
        emit completeChanged();
    });
    connect(m_session, &ClusterSession::connected, this, &StartClusterPage::onConnected);
    connect(m_session, &ClusterSession::connectFailed, this, [this](const QString &message) {
        if (!m_connecting)
            return;
        m_connecting = false;
        setBusy(false);
        // Said with the error: the password libpq went without, and why.
        QString hint = message;
        if (m_keychainLookup && !m_keychainLookup->ok())
            hint += QLatin1String("\n\n") + m_keychainLookup->message();
        m_status->setStatus(StatusLabel::Status::Error, tr("Cannot connect to the coordinator"), hint);
    });
    connect(m_keychain, &KeychainPasswords::keyringChecked, this, [this](const KeychainResult &result) {
        m_keychainCheck = result;
        if (!result.ok())
            m_remember->setChecked(false);
        m_remember->setEnabled(!isBusy() && keychainUsable());
        retranslateUi();
    });
    connect(m_keychain, &KeychainPasswords::found, this, [this](const QString &, const KeychainResult &result) {
        m_lookingUpPassword = false;
        m_keychainLookup = result;
        ConnectionProfile profile;
        profile.dsn = m_dsn->text().trimmed();
        profile.password = result.password;
        connectWith(profile);
    });
    connect(m_keychain, &KeychainPasswords::stored, this,
            [this](const QString &, const KeychainResult &result) { onPasswordStored(result); });
    setBusy(false);
    retranslateUi();
}

void StartClusterPage::retranslateUi()
{
    setTitle(tr("Start a Citus cluster"));
    setSubTitle(tr("A coordinator, which you query, and workers, which hold the shards."));
    for (Mode mode : {Mode::Docker, Mode::Local, Mode::Existing}) {
        QString text;
        switch (mode) {
        case Mode::Docker:
            text = tr("Docker Compose");
            break;
        case Mode::Local:
            text = tr("Local PostgreSQL servers");
            break;
        case Mode::Existing:
            text = tr("An existing cluster");
            break;
        }
        m_mode->setItemText(int(mode), mode == m_recommended ? tr("%1 (recommended)").arg(text) : text);
    }
    const QList<CitusVersions::Entry> &versions = CitusVersions::all();
    for (int i = 0; i < versions.size(); ++i) {
        const QString text = tr("Citus %1 on PostgreSQL %2").arg(versions.at(i).version(), versions.at(i).postgres);
        m_citus->setItemText(i, i == 0 ? tr("%1 (newest)").arg(text) : text);
        m_citus->setItemData(i, versions.at(i).image, Qt::ToolTipRole);
    }
    m_password->setPlaceholderText(keychainUsable() ? tr("Empty: from the desktop keychain, ~/.pgpass or PGPASSWORD")
                                                    : tr("Not stored; empty to use ~/.pgpass or PGPASSWORD"));
    m_remember->setText(tr("&Remember the password in the desktop keychain"));
    m_remember->setToolTip(tr("Kept by the keychain (Secret Service), never in ShardScope's settings."));
    m_noKeychain->setText(keychainUsable() ? QString() : m_keychainCheck->message());
    m_cancel->setText(tr("Cancel"));
    m_cleanUp->setText(tr("&Remove What Was Left"));
    m_cleanUp->setToolTip(tr("Removes the containers, network and volumes this start made; data of an earlier "
                             "cluster is kept."));
    m_details->setText(tr("Details"));

    const auto label = [this](QWidget *field, const QString &text) {
        static_cast<QLabel *>(m_form->labelForField(field))->setText(text);
    };
    label(m_mode, tr("&Cluster:"));
    label(m_citus, tr("C&itus:"));
    label(m_workers, tr("&Workers:"));
    label(m_port, tr("Coordinator &port:"));
    label(m_directory, tr("&Directory:"));
    label(m_dsn, tr("Connection &string:"));
    label(m_password, tr("Pass&word:"));

    m_mode->setAccessibleName(tr("How to get a cluster"));
    m_citus->setAccessibleName(tr("Citus and PostgreSQL version of the containers"));
    m_workers->setAccessibleName(tr("Number of workers"));
    m_port->setAccessibleName(tr("Coordinator port"));
    m_directory->setAccessibleName(tr("Directory of the local servers"));
    m_dsn->setAccessibleName(tr("Connection string of the coordinator"));
    m_password->setAccessibleName(tr("Password"));
    m_start->setAccessibleName(tr("Start or connect"));
    m_cancel->setAccessibleName(tr("Cancel starting"));
    m_cleanUp->setAccessibleName(tr("Remove what the start left"));
    m_details->setAccessibleName(tr("Show the output of the tools"));
    m_progress->setAccessibleName(tr("Progress"));
    m_log->setAccessibleName(tr("Output of the tools"));
    // The Start button and the explanation depend on the choices.
    updateForm();
}

StartClusterPage::Mode StartClusterPage::mode() const
{
    return static_cast<Mode>(m_mode->currentIndex());
}

LaunchChoice StartClusterPage::choice() const
{
    LaunchChoice choice;
    choice.kind = mode();
    choice.workers = m_workers->value();
    choice.port = m_port->value();
    choice.localDirectory = QDir::cleanPath(m_directory->text());
    choice.citusRelease = m_citus->currentData().toString();
    return choice;
}

void StartClusterPage::showSession()
{
    const LaunchChoice &choice = m_session->launchChoice();
    m_mode->setCurrentIndex(int(choice.kind));
    m_citus->setCurrentIndex(m_citus->findData(CitusVersions::forRelease(choice.citusRelease).release));
    m_workers->setValue(choice.workers);
    if (choice.port > 0)
        m_port->setValue(choice.port);
    if (!choice.localDirectory.isEmpty())
        m_directory->setText(choice.localDirectory);
    m_dsn->setText(m_session->profile().dsn);
}

void StartClusterPage::setRecommended(std::optional<Mode> mode)
{
    m_recommended = mode;
    // A cluster the session has is the user's choice already, and so is what the page
    // shows once the user sees it: only chosen beforehand.
    if (mode && !m_session->hasProfile() && !isVisible())
        m_mode->setCurrentIndex(int(*mode));
    retranslateUi();
}

void StartClusterPage::onModeChanged()
{
    if (m_outcomeMode != mode())
        clearOutcome();
    if (!isBusy() && m_session->isConnected() && m_session->launchChoice().kind == mode())
        showConnected();
    updateForm();
    emit completeChanged();
}

void StartClusterPage::clearOutcome()
{
    m_outcomeMode.reset();
    m_status->setStatus(StatusLabel::Status::Idle, QString());
    m_log->clear();
    m_details->setChecked(false);
    m_cleanUp->setVisible(false);
}

void StartClusterPage::showConnected()
{
    m_outcomeMode = mode();
    m_status->setStatus(StatusLabel::Status::Ok, tr("Connected to the coordinator. Go on with Next."));
}

// The Docker commands shown are those of the Compose found here, v1 or v2; the keychain
// offered only if there is one.
void StartClusterPage::initializePage()
{
    m_toolFinder->find(QProcessEnvironment::systemEnvironment());
    m_keychain->checkKeyring();
}

bool StartClusterPage::isBusy() const
{
    return m_launcher || m_connecting || m_lookingUpPassword || m_storingPassword;
}

bool StartClusterPage::isComplete() const
{
    // Connected to a cluster got another way than the one chosen now, Next would go on
    // with a cluster the page no longer shows.
    return !isBusy() && m_session->isConnected() && m_session->launchChoice().kind == mode();
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
    show(m_citus, current == Mode::Docker);
    show(m_workers, launching);
    show(m_port, launching);
    show(m_directory, current == Mode::Local);
    show(m_dsn, !launching);
    show(m_password, !launching);
    show(m_remember, !launching);
    show(m_noKeychain, !launching && !keychainUsable());
    m_start->setText(launching ? tr("&Start cluster") : tr("C&onnect"));

    switch (current) {
    case Mode::Docker:
        showDockerCommands();
        break;
    case Mode::Local:
        m_panel->setContent(
            {QStringLiteral("initdb -D <dir>/coordinator\npg_ctl -D <dir>/coordinator -o '-p PORT -c "
                            "shared_preload_libraries=citus' start\nCREATE EXTENSION citus;\n"
                            "SELECT citus_add_node('127.0.0.1', WORKER_PORT);"),
             {},
             tr("Each node is an ordinary PostgreSQL server on this machine that loads Citus at start. The "
                "coordinator learns its workers with citus_add_node; shards will live on the workers."),
             QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/installation/multi_node.html")),
             SqlPanel::Runs::OnThisMachine});
        break;
    case Mode::Existing:
        m_panel->setContent({QStringLiteral("SELECT 1;"), QStringLiteral("psql \"$DSN\""),
                             tr("Any Citus coordinator will do: the following pages check its workers before "
                                "creating anything. The password is kept in memory only, never saved."),
                             QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/get_started/what_is_citus.html"))});
        break;
    }
}

// As ComposeLauncher runs them: the tool found, the project's file, name and profile, the
// image and the port in the environment. Before a tool is found, Compose v2's.
void StartClusterPage::showDockerCommands()
{
    ComposeProject project(ComposeProject::defaultDirectory());
    project.setCitusImage(CitusVersions::forRelease(m_citus->currentData().toString()).image);
    const ComposeTool tool = m_tool.value_or(ComposeTool{QStringLiteral("docker"), {QStringLiteral("compose")}, {}});
    const auto command = [&tool](const QStringList &arguments) {
        return ShellCommand::join(QStringList{QFileInfo(tool.program).fileName()} + arguments);
    };
    m_panel->setContent(
        {QStringLiteral("CITUS_IMAGE=%1 COORDINATOR_PORT=%2 ").arg(project.citusImage()).arg(m_port->value())
             + command(project.upArguments(tool, m_workers->value())),
         command(project.execArguments(tool, {QStringLiteral("psql"), QStringLiteral("-U"), QStringLiteral("postgres"),
                                              QStringLiteral("-c"),
                                              QStringLiteral("SELECT * FROM citus_get_active_worker_nodes();")})),
         tr("Compose starts one container for the coordinator and one per worker from the Citus image, on a "
            "private network where they know each other by name (worker1, worker2…). The coordinator "
            "then registers each worker with citus_add_node, so it can place shards there."),
         QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/installation/single_node_docker.html")),
         SqlPanel::Runs::OnThisMachine});
}

void StartClusterPage::start()
{
    if (isBusy())
        return;
    // Starting again takes over, or replaces, what an earlier start left.
    if (m_leftBehind)
        m_leftBehind->deleteLater();
    clearOutcome();
    m_outcomeMode = mode();
    m_progress->setRange(0, 0);
    m_launching = choice();
    if (std::unique_ptr<ClusterLauncher> launcher = LauncherFactory::create(m_launching)) {
        launcher->setParent(this);
        launch(launcher.release());
    } else {
        connectExisting();
    }
}

// An empty password field means the keychain's password for this connection when it has
// one, else whatever libpq finds itself (~/.pgpass, PGPASSWORD).
void StartClusterPage::connectExisting()
{
    ConnectionProfile profile;
    profile.dsn = m_dsn->text().trimmed();
    profile.password = m_password->text();
    m_keychainLookup.reset();
    if (!keychainUsable() && profile.password.isEmpty())
        m_keychainLookup = m_keychainCheck;
    if (!profile.password.isEmpty() || !keychainUsable() || profile.conninfo().isEmpty()) {
        connectWith(profile);
        return;
    }
    m_lookingUpPassword = true;
    setBusy(true);
    m_status->setStatus(StatusLabel::Status::Busy, tr("Looking for the password in the desktop keychain…"));
    m_keychain->lookup(profile.conninfo());
}

void StartClusterPage::connectWith(const ConnectionProfile &profile)
{
    m_connecting = true; // the session's cluster changes for this page, not under it
    m_session->useCluster(profile, m_launching);
    m_session->tutorial()->clusterCheck()->setExpectedWorkers({});
    connectSession();
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
    connect(launcher, &ClusterLauncher::stopped, this, &StartClusterPage::onCleanedUp);
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
    m_connecting = true; // the session's cluster changes for this page, not under it
    m_session->useCluster(profile, m_launching);
    QList<NodeAddress> workers;
    for (const WorkerNode &worker : endpoint.workers)
        workers.append({worker.host, worker.port});
    m_session->tutorial()->clusterCheck()->setExpectedWorkers(workers);
    m_dsn->setText(endpoint.dsn);
    connectSession();
}

void StartClusterPage::onFailed(const LaunchError &error)
{
    ClusterLauncher *launcher = std::exchange(m_launcher, nullptr);
    const bool cleaningUp = std::exchange(m_cleaningUp, false);
    setBusy(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    if (!error.log.isEmpty() && m_log->document()->isEmpty())
        m_log->appendPlainText(error.log);
    if (cleaningUp) {
        m_leftBehind = launcher;
        m_cleanUp->setVisible(true);
        m_status->setStatus(StatusLabel::Status::Error, tr("What the start left could not be removed"),
                            error.message);
        return;
    }
    // Kept to remove what it left, if the user wants that.
    if (error.leftovers.isEmpty())
        launcher->deleteLater();
    else
        m_leftBehind = launcher;
    m_cleanUp->setVisible(!error.leftovers.isEmpty());
    QString title;
    switch (error.kind) {
    case LaunchError::Kind::DockerMissing:
        title = tr("Docker is not installed");
        break;
    case LaunchError::Kind::DaemonNotRunning:
        title = tr("The Docker daemon is not running");
        break;
    case LaunchError::Kind::DockerPermissionDenied:
        title = tr("No permission to use Docker");
        break;
    case LaunchError::Kind::PortInUse:
        title = tr("The coordinator's port is in use");
        break;
    case LaunchError::Kind::ImagePullFailed:
        title = tr("The Citus image could not be downloaded");
        break;
    case LaunchError::Kind::PostgresMissing:
        title = tr("PostgreSQL is not installed");
        break;
    case LaunchError::Kind::CitusMissing:
        title = tr("Citus is not installed");
        break;
    case LaunchError::Kind::Timeout:
        title = tr("Starting the cluster took too long");
        break;
    case LaunchError::Kind::Cancelled:
        title = tr("Cancelled");
        break;
    case LaunchError::Kind::Failed:
    case LaunchError::Kind::InvalidSettings:
    case LaunchError::Kind::WorkersNotReady:
        title = tr("The cluster did not start");
        break;
    }
    const bool cancelled = error.kind == LaunchError::Kind::Cancelled;
    QString hint = cancelled ? QString() : error.message;
    // The one line of the tools' output that says why; all of it is under Details.
    if (!cancelled && !error.cause.isEmpty() && !hint.contains(error.cause))
        hint += QLatin1Char('\n') + tr("The tools said: %1").arg(error.cause);
    if (!error.leftovers.isEmpty()) {
        if (!hint.isEmpty())
            hint += QLatin1String("\n\n");
        hint += tr("Still in Docker: %1. Remove them, or start again to use them.").arg(error.leftovers);
    }
    m_status->setStatus(cancelled ? StatusLabel::Status::Warning : StatusLabel::Status::Error, title, hint);
}

void StartClusterPage::cleanUp()
{
    if (isBusy() || !m_leftBehind)
        return;
    m_launcher = m_leftBehind;
    m_leftBehind = nullptr;
    m_cleaningUp = true;
    m_cleanUp->setVisible(false);
    m_status->setStatus(StatusLabel::Status::Busy, tr("Removing what the start left…"));
    setBusy(true);
    m_launcher->cleanUp();
}

void StartClusterPage::onCleanedUp()
{
    std::exchange(m_launcher, nullptr)->deleteLater();
    m_cleaningUp = false;
    setBusy(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setStatus(StatusLabel::Status::Ok, tr("Removed what the start left"),
                        tr("Nothing of it is left in Docker. Start again when ready."));
}

// The cluster went away under the page: it says so rather than "connected".
void StartClusterPage::onClusterStopped()
{
    if (isBusy())
        return;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setStatus(StatusLabel::Status::Warning, tr("The cluster was stopped"),
                        tr("It was stopped from the Cluster menu. Start it again, or choose another cluster."));
    emit completeChanged();
}

void StartClusterPage::connectSession()
{
    m_connecting = true;
    setBusy(true);
    m_status->setStatus(StatusLabel::Status::Busy, tr("Connecting to the coordinator…"));
    m_session->connection()->disconnectFromServer();
    m_session->ensureConnected();
}

// A typed password is remembered once it proved right, if asked; the page stays busy
// until the keychain answers, so that a password being stored is not left half done.
void StartClusterPage::onConnected()
{
    if (!m_connecting)
        return;
    m_connecting = false;
    if (mode() == Mode::Existing && m_remember->isChecked() && !m_password->text().isEmpty()) {
        m_storingPassword = true;
        m_status->setStatus(StatusLabel::Status::Busy, tr("Connected. Remembering the password in the desktop keychain…"));
        m_keychain->store(m_session->profile().conninfo(), m_password->text());
        return;
    }
    setBusy(false);
    showConnected();
}

void StartClusterPage::onPasswordStored(const KeychainResult &result)
{
    m_storingPassword = false;
    setBusy(false);
    if (result.ok())
        m_status->setStatus(StatusLabel::Status::Ok, tr("Connected to the coordinator. Go on with Next."),
                            tr("The password is remembered in the desktop keychain."));
    else
        m_status->setStatus(StatusLabel::Status::Warning,
                            tr("Connected to the coordinator, but the password was not remembered"),
                            result.message());
}

void StartClusterPage::cancel()
{
    if (m_launcher) {
        m_launcher->cancel();
    } else if (m_connecting) {
        m_connecting = false;
        m_session->connection()->disconnectFromServer();
        m_status->setStatus(StatusLabel::Status::Warning, tr("Cancelled"));
        setBusy(false);
    }
}

void StartClusterPage::setBusy(bool busy)
{
    m_start->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    // What a start runs with is fixed once it runs.
    for (QWidget *field : std::initializer_list<QWidget *>{m_mode, m_citus, m_workers, m_port, m_directory, m_dsn,
                                                           m_password, m_remember, m_cleanUp})
        field->setEnabled(!busy);
    m_remember->setEnabled(!busy && keychainUsable());
    if (!busy && m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    emit completeChanged();
}

void StartClusterPage::changeEvent(QEvent *event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace shardscope
