#include "SetupWizard.h"

#include "ClusterSession.h"
#include "CreateTablePage.h"
#include "DistributePage.h"
#include "ExplainPage.h"
#include "InsertDataPage.h"
#include "PgConnection.h"
#include "PresenterFont.h"
#include "StartClusterPage.h"
#include "StepPage.h"
#include "VerifyWorkersPage.h"
#include "WelcomePage.h"

#include <QAbstractButton>
#include <QEvent>
#include <QTimer>

#include <utility>

namespace shardscope {

namespace {

// The fields the pages register that are worth keeping: what the user chose for the
// tutorial's steps. The cluster itself is the session's, which keeps itself.
const QStringList keptFields{QStringLiteral("ddl"), QStringLiteral("distributionColumn"),
                             QStringLiteral("shardCount"), QStringLiteral("bulkLoad"), QStringLiteral("bulkRows"),
                             QStringLiteral("bulkUsers"), QStringLiteral("explainStatement"),
                             QStringLiteral("explainAllTasks")};

} // namespace

SetupWizard::SetupWizard(ClusterSession *session, const AppSettings &settings, QWidget *parent)
    : QWizard(parent)
    , m_settings(settings)
    , m_session(session)
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, false);
    auto *welcome = new WelcomePage(m_session, this);
    setPage(WelcomeId, welcome);
    setPage(StartClusterId, new StartClusterPage(m_session, this));
    setPage(VerifyWorkersId, new VerifyWorkersPage(m_session, this));
    setPage(CreateTableId, new CreateTablePage(m_session, this));
    setPage(DistributeId, new DistributePage(m_session, this));
    setPage(InsertDataId, new InsertDataPage(m_session, this));
    m_explain = new ExplainPage(m_session, this);
    setPage(ExplainId, m_explain);
    connect(m_explain, &ExplainPage::openPlanRequested, this, &SetupWizard::openPlanRequested);
    connect(m_explain, &ExplainPage::shardMapRequested, this, &SetupWizard::shardMapRequested);
    connect(m_explain, &ExplainPage::addWorkerRequested, this, &SetupWizard::addWorkerRequested);
    connect(m_explain, &ExplainPage::stopWorkerRequested, this, &SetupWizard::stopWorkerRequested);
    connect(welcome->checker(), &PrerequisiteChecker::done, this, &SetupWizard::recommendLaunch);
    retranslateUi();
    restore();
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::save);
    connect(this, &QWizard::finished, this, &SetupWizard::save);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::updateBackButton);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::checkAgainOnReturn);
    connect(m_session, &ClusterSession::connected, this, [this] { m_resuming = false; });
    connect(m_session->connection(), &PgConnection::failed, this, &SetupWizard::resumeAtStartIfGone);
    connect(button(CustomButton1), &QAbstractButton::clicked, this, &SetupWizard::backToPreviousPage);
}

SetupWizard::~SetupWizard()
{
    // What was typed on the page shown last counts too, not only what was left behind.
    save();
}

void SetupWizard::retranslateUi()
{
    setWindowTitle(tr("Citus sharding tutorial"));
    // QWizard puts its buttons' texts in place when a page shows, not when the language
    // changes: put them there again, as they read in Qt's translation now. Set on the
    // buttons, not with setButtonText(), which would pin them in this language.
    for (WizardButton which : {BackButton, NextButton, CommitButton, FinishButton, CancelButton}) {
        if (QAbstractButton *standard = button(which))
            standard->setText(buttonText(which));
    }
    // The Back standing in for Qt's says what Qt's says: QWizard's own text, in Qt's translation.
    setButtonText(CustomButton1, buttonText(BackButton));
}

void SetupWizard::setPresenterMode(bool on)
{
    m_presenter = on;
    setFont(PresenterFont::of(on));
}

void SetupWizard::setLook(const PlanLook &look)
{
    m_explain->setLook(look);
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void SetupWizard::restore()
{
    for (const QString &name : keptFields) {
        if (const QVariant value = m_settings.wizardField(name); value.isValid())
            setField(name, value);
    }
    const int page = m_settings.wizardPage().value_or(WelcomeId);
    if (pageIds().contains(page))
        setStartId(page);
    // Resuming past the cluster page: the pages connect again with the session's cluster.
    m_resuming = page > StartClusterId;
}

void SetupWizard::recommendLaunch()
{
    const auto *welcome = static_cast<WelcomePage *>(page(WelcomeId));
    static_cast<StartClusterPage *>(page(StartClusterId))->setRecommended(welcome->workingLaunch());
}

void SetupWizard::updateBackButton()
{
    // Between two pages, in restart(): the next one decides.
    if (currentId() < 0)
        return;
    // QWizard's Back goes through the pages visited in this run only: resumed on a later page,
    // there are none before it. Ours stands in for it there.
    const bool resumed = visitedIds().size() == 1 && currentId() != pageIds().constFirst();
    // Ours is shown exactly when it is in the layout. Set again only when that changes: setting
    // it hides every button for a moment, which can take the focus away.
    if (button(CustomButton1)->isHidden() != resumed)
        return;
    // QWizard's default layout with our options, with one Back or the other.
    setButtonLayout({Stretch, resumed ? CustomButton1 : BackButton, NextButton, CommitButton, FinishButton,
                     CancelButton});
}

void SetupWizard::backToPreviousPage()
{
    // The page before in the tutorial's order, as if the user had come from there. restart()
    // leaves the current page as Back does, through its cleanupPage() (a running step or
    // launch is stopped, the fields stay), and initialises the page before as on any first
    // visit: in this run it was never shown.
    const QList<int> ids = pageIds();
    setStartId(ids.at(ids.indexOf(currentId()) - 1));
    restart();
}

void SetupWizard::checkAgainOnReturn(int id)
{
    if (id >= 0 && id < m_shownId) {
        if (auto *step = qobject_cast<StepPage *>(page(id)))
            step->checkAgain();
    }
    m_shownId = id;
}

void SetupWizard::resumeAtStartIfGone(const PgError &error)
{
    // Nothing answers there: stopped, or deleted. A cluster that answers but wants the
    // password again is still there, and the page resumed at says to go back for it.
    const bool gone = error.kind == PgError::Kind::ConnectionRefused || error.kind == PgError::Kind::ConnectTimeout;
    if (!std::exchange(m_resuming, false) || !gone || currentId() <= StartClusterId)
        return;
    // Not from inside the session's signal, which the page left behind is handling too.
    QTimer::singleShot(0, this, [this] {
        setStartId(StartClusterId);
        restart();
    });
}

void SetupWizard::save()
{
    if (currentId() >= 0)
        m_settings.setWizardPage(currentId());
    for (const QString &name : keptFields)
        m_settings.setWizardField(name, field(name));
    m_settings.sync();
}

} // namespace shardscope
