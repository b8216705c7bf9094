#include "WelcomePage.h"

#include "ClusterSession.h"
#include "SqlPanel.h"
#include "StatusLabel.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace shardscope {

using Item = PrerequisiteChecker::Item;

namespace {

// server_version is "15.14 (Debian 15.14-1.pgdg120+1)" on Debian's builds; citus_version()
// "Citus 13.2.2 on x86_64-pc-linux-gnu, compiled by gcc ..., 64-bit", more exact than
// pg_extension's "13.2-1", which is what is left when the function cannot run.
const QList<SqlSnapshot::Query> versionQueries{
    {QStringLiteral("SELECT current_setting('server_version'),"
                    " (SELECT extversion FROM pg_extension WHERE extname = 'citus')"),
     {}},
    {QStringLiteral("SELECT citus_version()"), {}},
};

QString firstValue(const SqlSnapshot::Table &table, int column = 0)
{
    return table.rows.isEmpty() ? QString() : table.rows.constFirst().value(column).toString();
}

} // namespace

WelcomePage::WelcomePage(ClusterSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_checker(new PrerequisiteChecker(this))
    , m_recheck(new QPushButton(this))
    , m_intro(new QLabel(this))
    , m_box(new QGroupBox(this))
    , m_panel(new SqlPanel(this))
    , m_session(session)
    , m_versions(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_versions->setWordWrap(true);
    m_versions->setTextFormat(Qt::PlainText);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versions->setVisible(false);
    layout->addWidget(m_versions);

    auto *boxLayout = new QVBoxLayout(m_box);
    for (Item item : {Item::Docker, Item::Compose, Item::Postgres, Item::Citus}) {
        auto *label = new StatusLabel(m_box);
        m_status.insert(item, label);
        boxLayout->addWidget(label);
    }
    boxLayout->addWidget(m_recheck, 0, Qt::AlignLeft);
    layout->addWidget(m_box);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    retranslateUi();

    connect(m_recheck, &QPushButton::clicked, this, &WelcomePage::recheck);
    connect(m_checker, &PrerequisiteChecker::result, this,
            [this](Item item, StatusLabel::Status status, const QString &text, const QString &hint) {
                m_status[item]->setStatus(status, text, hint);
            });
    connect(m_checker, &PrerequisiteChecker::done, this, [this] { m_recheck->setEnabled(true); });
    connect(m_session, &ClusterSession::connected, this, &WelcomePage::readVersions);
    connect(m_session, &ClusterSession::clusterChanged, this, [this] {
        m_postgresVersion.clear();
        m_citusVersion.clear();
        showVersions();
    });
    connect(&m_versionReader, &QFutureWatcher<SqlSnapshot::Result>::finished, this, [this] {
        const SqlSnapshot::Result result = m_versionReader.result();
        if (!result.connectError.isEmpty() || result.tables.size() != versionQueries.size())
            return;
        m_postgresVersion = firstValue(result.tables.at(0)).section(QLatin1Char(' '), 0, 0);
        const QString citus = firstValue(result.tables.at(1));
        m_citusVersion = citus.startsWith(QLatin1String("Citus ")) ? citus.section(QLatin1Char(' '), 1, 1)
                                                                   : firstValue(result.tables.at(0), 1);
        showVersions();
    });
    if (m_session->isConnected())
        readVersions();
}

void WelcomePage::readVersions()
{
    if (m_versionReader.isRunning())
        return;
    const ConnectionProfile profile = m_session->profile();
    m_versionReader.setFuture(QtConcurrent::run([profile] { return SqlSnapshot::read(profile, versionQueries); }));
}

void WelcomePage::showVersions()
{
    if (m_postgresVersion.isEmpty())
        m_versions->clear();
    else if (m_citusVersion.isEmpty())
        m_versions->setText(tr("Your cluster runs PostgreSQL %1, without the citus extension.").arg(m_postgresVersion));
    else
        m_versions->setText(tr("Your cluster runs PostgreSQL %1 with Citus %2.").arg(m_postgresVersion, m_citusVersion));
    m_versions->setVisible(!m_versions->text().isEmpty());
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Welcome to the Citus sharding tutorial"));
    setSubTitle(tr("Step by step: start a cluster, check its workers, create a table, shard it, fill it and "
                   "see how a query runs across the workers."));
    m_intro->setText(tr("You need a Citus cluster. ShardScope can start one with Docker Compose (easiest), as "
                        "local PostgreSQL servers with Citus installed, or use one you already have. This is "
                        "what this machine offers:"));
    m_box->setTitle(tr("Prerequisites"));
    m_recheck->setText(tr("Check again"));
    showVersions();
    m_status[Item::Docker]->setAccessibleName(tr("Docker"));
    m_status[Item::Compose]->setAccessibleName(tr("Docker Compose"));
    m_status[Item::Postgres]->setAccessibleName(tr("Local PostgreSQL"));
    m_status[Item::Citus]->setAccessibleName(tr("Citus for the local PostgreSQL"));
    m_recheck->setAccessibleName(tr("Check the prerequisites again"));
    m_panel->setContent({QStringLiteral("docker info --format '{{.ServerVersion}}'\n"
                                        "docker compose version || docker-compose version\n"
                                        "pg_config --pkglibdir --sharedir"),
                         {},
                         tr("Citus is a PostgreSQL extension: the coordinator and every worker are ordinary "
                            "PostgreSQL servers with citus in shared_preload_libraries. Docker runs them as "
                            "containers from the Citus image; without Docker, each needs PostgreSQL and the "
                            "Citus package installed on this machine."),
                         QUrl(QStringLiteral("https://docs.citusdata.com/en/stable/installation/single_node.html")),
                         SqlPanel::Runs::OnThisMachine});
    // The checker's findings are sentences too: ask again, in the new words.
    if (m_checked && m_recheck->isEnabled())
        recheck();
}

void WelcomePage::initializePage()
{
    if (!m_checked)
        recheck();
}

void WelcomePage::recheck()
{
    m_checked = true;
    m_recheck->setEnabled(false);
    for (StatusLabel *label : std::as_const(m_status))
        label->setStatus(StatusLabel::Status::Busy, tr("Checking…"));
    m_checker->check();
}

std::optional<LaunchChoice::Kind> WelcomePage::workingLaunch() const
{
    if (!m_checked || m_checker->isBusy())
        return std::nullopt;
    const auto works = [this](Item item) { return m_status.value(item)->status() == StatusLabel::Status::Ok; };
    if (works(Item::Docker) && works(Item::Compose))
        return LaunchChoice::Kind::Docker;
    if (works(Item::Postgres) && works(Item::Citus))
        return LaunchChoice::Kind::Local;
    return LaunchChoice::Kind::Existing;
}

void WelcomePage::changeEvent(QEvent *event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace shardscope
