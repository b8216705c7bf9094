#include "SetupWizard.h"

#include "CreateTablePage.h"
#include "DistributePage.h"
#include "StartClusterPage.h"
#include "VerifyWorkersPage.h"
#include "WelcomePage.h"
#include "WizardSession.h"

#include <QSettings>

namespace shardscope {

namespace {

const QString group = QStringLiteral("wizard");
const QString pageKey = QStringLiteral("page");
// The fields the pages register that are worth keeping; the password is not one of them.
const QStringList keptFields{QStringLiteral("mode"), QStringLiteral("workers"), QStringLiteral("port"),
                             QStringLiteral("localDirectory"), QStringLiteral("dsn"), QStringLiteral("ddl"),
                             QStringLiteral("distributionColumn"), QStringLiteral("shardCount")};

} // namespace

SetupWizard::SetupWizard(QSettings *settings, QWidget *parent)
    : QWizard(parent)
    , m_settings(settings)
    , m_session(new WizardSession(this))
{
    setWindowTitle(tr("Citus sharding tutorial"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, false);
    setPage(WelcomeId, new WelcomePage(this));
    setPage(StartClusterId, new StartClusterPage(m_session, this));
    setPage(VerifyWorkersId, new VerifyWorkersPage(m_session, this));
    setPage(CreateTableId, new CreateTablePage(m_session, this));
    setPage(DistributeId, new DistributePage(m_session, this));
    restore();
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::save);
    connect(this, &QWizard::finished, this, &SetupWizard::save);
}

void SetupWizard::restore()
{
    m_settings->beginGroup(group);
    for (const QString &name : keptFields) {
        if (m_settings->contains(name))
            setField(name, m_settings->value(name));
    }
    const int page = m_settings->value(pageKey, WelcomeId).toInt();
    m_settings->endGroup();
    if (pageIds().contains(page))
        setStartId(page);
    // Resuming past the cluster page: connect again with what was kept. A DSN naming a
    // pass file needs nothing more; otherwise the page says to go back for the password.
    ConnectionProfile profile;
    profile.dsn = field(QStringLiteral("dsn")).toString();
    m_session->setProfile(profile);
}

void SetupWizard::save()
{
    m_settings->beginGroup(group);
    if (currentId() >= 0)
        m_settings->setValue(pageKey, currentId());
    for (const QString &name : keptFields)
        m_settings->setValue(name, field(name));
    m_settings->endGroup();
    m_settings->sync();
}

} // namespace shardscope
