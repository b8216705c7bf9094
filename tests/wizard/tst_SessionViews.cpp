// The wizard's pages show the cluster session they were given and nothing of an older one:
// the Distribute page's chart goes when the session moves to another cluster, and the
// Explain page lets the tutorial finish after a statement of one's own failed. Against a
// throwaway PostgreSQL: the program needs PostgreSQL's server programs.

#include "ClusterSession.h"
#include "DistributePage.h"
#include "ExplainPage.h"
#include "LanguageManager.h"
#include "StatusLabel.h"
#include "TestServer.h"
#include "TutorialStep.h"
#include "WizardHarness.h"
#include "WorkerBarChart.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QWizard>

using namespace shardscope;

namespace {

// Far more than a statement on a local server takes, and well inside ctest's TIMEOUT.
constexpr int patience = 30000;

} // namespace

class TestSessionViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newClusterClearsTheShardsChart();
    void finishAfterAFailedExplain();

private:
    ConnectionProfile serverProfile() const;

    TestServer m_server;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<WizardHarness> m_harness;
};

void TestSessionViews::initTestCase()
{
    // Looked at in either language (SHARDSCOPE_WIZARD_LANGUAGE=es); the checks compare with
    // the translated texts.
    QVERIFY(LanguageManager::of(qApp)->setLanguage(qEnvironmentVariable("SHARDSCOPE_WIZARD_LANGUAGE", "en")));
    SHARDSCOPE_START_TEST_SERVER(m_server);
}

void TestSessionViews::init()
{
    m_harness = std::make_unique<WizardHarness>(m_settingsDir.filePath(QStringLiteral("settings.ini")), serverProfile());
}

void TestSessionViews::cleanup()
{
    m_harness.reset();
    QFile::remove(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

ConnectionProfile TestSessionViews::serverProfile() const
{
    ConnectionProfile profile;
    profile.dsn = m_server.dsn();
    profile.password = m_server.password();
    return profile;
}

// The chart is what the last cluster's distribution gave; a cluster started anew (here: the
// same address, as Docker's after "Stop and Delete Data") has none of it.
void TestSessionViews::newClusterClearsTheShardsChart()
{
    auto *page = m_harness->page<DistributePage>(SetupWizard::DistributeId);
    m_harness->wizard->setStartId(SetupWizard::DistributeId);
    m_harness->wizard->restart();
    QCOMPARE(m_harness->wizard->currentPage(), page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->step()->isBusy() && page->step()->state() != TutorialStep::State::Unchecked,
                             patience);
    // As the first cluster's distribution left it.
    const WorkerBarChart::Counts first{{*NodeAddress::parse(QStringLiteral("127.0.0.1:9701")), 16},
                                       {*NodeAddress::parse(QStringLiteral("127.0.0.1:9702")), 16}};
    page->chart()->setCounts(first, WorkerPalette());
    page->chart()->show();

    QSignalSpy changed(m_harness->session.get(), &ClusterSession::clusterChanged);
    m_harness->session->useCluster(serverProfile(), LaunchChoice{LaunchChoice::Kind::Docker});
    QCOMPARE(changed.size(), 1);
    QVERIFY(page->chart()->isHidden());
    QVERIFY(page->chart()->counts().isEmpty());
    QVERIFY(page->results()->isHidden());
    // Checked again on the new cluster (a plain PostgreSQL: no table there), no chart comes back.
    page->checkAgain();
    QTRY_VERIFY_WITH_TIMEOUT(!page->step()->isBusy() && page->step()->state() != TutorialStep::State::Unchecked,
                             patience);
    QVERIFY(page->chart()->isHidden());
    m_harness->screenshot(QStringLiteral("5-distribute-new-cluster"));
}

// One statement of one's own that fails leaves the tutorial as finished as it was.
void TestSessionViews::finishAfterAFailedExplain()
{
    auto *page = m_harness->page<ExplainPage>(SetupWizard::ExplainId);
    m_harness->wizard->setStartId(SetupWizard::ExplainId);
    m_harness->wizard->restart();
    QCOMPARE(m_harness->wizard->currentPage(), page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->step()->isBusy() && page->step()->state() != TutorialStep::State::Unchecked,
                             patience);
    page->editor()->setPlainText(QStringLiteral("SELECT * FROM no_such_table_here"));
    page->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->step()->isBusy(), patience);
    QCOMPARE(page->step()->state(), TutorialStep::State::Failed);
    QCOMPARE(page->status()->status(), StatusLabel::Status::Error);
    QVERIFY(page->isComplete());
    QVERIFY(m_harness->wizard->button(QWizard::FinishButton)->isEnabled());
    m_harness->screenshot(QStringLiteral("7-explain-failed"));
}

QTEST_MAIN(TestSessionViews)
#include "tst_SessionViews.moc"
