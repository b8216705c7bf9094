#include "WelcomePage.h"

#include "SqlPanel.h"
#include "StatusLabel.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shardscope {

using Item = PrerequisiteChecker::Item;

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
    , m_checker(new PrerequisiteChecker(this))
    , m_recheck(new QPushButton(this))
    , m_intro(new QLabel(this))
    , m_box(new QGroupBox(this))
    , m_panel(new SqlPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

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
