// The first two pages with a stand-in docker on PATH: a cluster started through Compose
// (the coordinator being a throwaway PostgreSQL with Citus's worker functions stubbed), and
// the failures a user meets first, each said plainly on the page. Needs PostgreSQL's
// server programs, and skips as a whole without them.

#include "CitusVersions.h"
#include "ClusterSession.h"
#include "FakeDocker.h"
#include "LanguageManager.h"
#include "StartClusterPage.h"
#include "StatusLabel.h"
#include "StubCitus.h"
#include "TestServer.h"
#include "WelcomePage.h"
#include "WizardHarness.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

using namespace shardscope;

namespace {

// Far more than a step on a local server takes, and well inside ctest's TIMEOUT: a hang
// fails with what did not happen instead of being killed without a word.
constexpr int patience = 30000;

// The launchers and the prerequisite checks take the process's environment when they start.
void useEnvironment(const QProcessEnvironment &environment)
{
    const QProcessEnvironment current = QProcessEnvironment::systemEnvironment();
    for (const QString &key : current.keys()) {
        if (!environment.contains(key))
            qunsetenv(qPrintable(key));
    }
    for (const QString &key : environment.keys())
        qputenv(qPrintable(key), environment.value(key).toLocal8Bit());
}

} // namespace

class TestStartClusterPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomeSaysDockerIsMissing();
    void startWithCompose();
    void failuresAreShownClearly_data();
    void failuresAreShownClearly();
    void cancelWhileStarting();
    void tracebackIsFoldedAndGoesWithItsMode();
    void anotherModeIsNotConnected();
    void recommendsWhatWorks();
    void startsTheCitusChosenAndSaysWhatRuns();

private:
    StartClusterPage *openStartPage(int port);
    // The stub coordinator as the compose file's cluster leaves it: two workers registered.
    bool registerComposeWorkers();

    QProcessEnvironment m_original = QProcessEnvironment::systemEnvironment();
    TestServer m_server;
    QTemporaryDir m_composeDir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<WizardHarness> m_harness;
};

void TestStartClusterPage::initTestCase()
{
    // Looked at in either language (SHARDSCOPE_WIZARD_LANGUAGE=es); the checks compare with
    // the translated texts.
    QVERIFY(LanguageManager::of(qApp)->setLanguage(qEnvironmentVariable("SHARDSCOPE_WIZARD_LANGUAGE", "en")));
    QVERIFY(m_composeDir.isValid());
    QFile env(m_composeDir.filePath(QStringLiteral(".env")));
    QVERIFY(env.open(QIODevice::WriteOnly | QIODevice::Text));
    env.write("POSTGRES_PASSWORD=" + m_server.password().toUtf8() + "\n");
    env.close();
    SHARDSCOPE_START_TEST_SERVER(m_server);
    const QString error = stubcitus::install(m_server);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestStartClusterPage::init()
{
    m_original.insert(QStringLiteral("SHARDSCOPE_COMPOSE_DIR"), m_composeDir.path());
    useEnvironment(m_original);
    m_harness = std::make_unique<WizardHarness>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestStartClusterPage::cleanup()
{
    m_harness.reset();
    QFile::remove(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

bool TestStartClusterPage::registerComposeWorkers()
{
    return stubcitus::run(m_server, QStringLiteral("TRUNCATE pg_dist_node, stub_unreachable; "
                                                   "SELECT citus_set_coordinator_host('coordinator', 5432);"
                                                   "SELECT citus_add_node('worker1', 5432);"
                                                   "SELECT citus_add_node('worker2', 5432);"))
        .isEmpty();
}

StartClusterPage *TestStartClusterPage::openStartPage(int port)
{
    m_harness->wizard->next();
    auto *page = m_harness->page<StartClusterPage>(SetupWizard::StartClusterId);
    if (m_harness->wizard->currentPage() != page)
        return nullptr;
    page->findChild<QComboBox *>()->setCurrentIndex(int(StartClusterPage::Mode::Docker));
    for (QSpinBox *spin : page->findChildren<QSpinBox *>()) {
        if (spin->accessibleName() == StartClusterPage::tr("Coordinator port"))
            spin->setValue(port);
    }
    return page;
}

void TestStartClusterPage::welcomeSaysDockerIsMissing()
{
    FakeDocker nothing(QStringLiteral("success"), 0, false);
    useEnvironment(nothing.environment());
    m_harness = std::make_unique<WizardHarness>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    auto *page = m_harness->page<WelcomePage>(SetupWizard::WelcomeId);
    QCOMPARE(m_harness->wizard->currentPage(), page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->checker()->isBusy(), patience);
    StatusLabel *docker = page->status(PrerequisiteChecker::Item::Docker);
    QCOMPARE(docker->status(), StatusLabel::Status::Error);
    QCOMPARE(docker->text(), PrerequisiteChecker::tr("Docker is not installed"));
    QVERIFY(!docker->hint().isEmpty());
    QCOMPARE(page->status(PrerequisiteChecker::Item::Compose)->status(), StatusLabel::Status::Error);
    // Without Docker the tutorial still goes on, with local servers or an existing cluster.
    QVERIFY(page->isComplete());
    m_harness->screenshot(QStringLiteral("1-welcome-no-docker"));
}

void TestStartClusterPage::startWithCompose()
{
    QVERIFY(registerComposeWorkers());
    FakeDocker docker;
    useEnvironment(docker.environment(m_server.port()));
    StartClusterPage *page = openStartPage(m_server.port());
    QVERIFY(page);
    QVERIFY(!page->isComplete());
    m_harness->screenshot(QStringLiteral("2-start-before"));

    page->startButton()->click();
    QVERIFY(page->isBusy());
    QVERIFY(!page->startButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), patience);
    QVERIFY2(page->isComplete(), qPrintable(page->status()->text() + QLatin1Char('\n') + page->status()->hint()));
    QCOMPARE(page->status()->status(), StatusLabel::Status::Ok);
    QVERIFY(page->log()->toPlainText().contains(QStringLiteral("postgres_sharding-coordinator-1")));
    QVERIFY(m_harness->wizard->session()->isConnected());
    QCOMPARE(docker.composeCalls().filter(QStringLiteral(" up -d")).size(), 1); // started once, not again
    m_harness->screenshot(QStringLiteral("2-start-compose-ready"));
}

// docker-compose v1 with no daemon prints a hundred lines of traceback (the real ones):
// the page says the one line that tells why, keeps the rest under Details, and forgets it
// all once the user picks another way to get a cluster.
void TestStartClusterPage::tracebackIsFoldedAndGoesWithItsMode()
{
    FakeDocker docker(QStringLiteral("daemon-down"), FakeDocker::DockerCompose, false);
    useEnvironment(docker.environment());
    StartClusterPage *page = openStartPage(TestServer::freePort());
    QVERIFY(page);
    page->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), patience);
    QCOMPARE(page->status()->status(), StatusLabel::Status::Error);
    QCOMPARE(page->status()->text(), StartClusterPage::tr("The Docker daemon is not running"));
    const QString hint = page->status()->hint();
    QVERIFY2(hint.contains(QLatin1String("docker.errors.DockerException: Error while fetching server API version")),
             qPrintable(hint));
    QVERIFY2(!hint.contains(QLatin1String("Traceback")) && !hint.contains(QLatin1String("File \"")), qPrintable(hint));
    QVERIFY(page->log()->isHidden());
    QVERIFY(page->log()->toPlainText().contains(QLatin1String("Traceback (most recent call last):")));
    m_harness->screenshot(QStringLiteral("2-start-daemon-down"));

    page->findChild<QComboBox *>()->setCurrentIndex(int(StartClusterPage::Mode::Existing));
    QVERIFY2(page->status()->text().isEmpty(), qPrintable(page->status()->text()));
    QVERIFY(page->status()->hint().isEmpty());
    QVERIFY(page->log()->toPlainText().isEmpty());
    QVERIFY(page->log()->isHidden());
    QVERIFY(!page->isComplete());
    m_harness->screenshot(QStringLiteral("2-start-switched-to-existing"));
}

// Connected to a cluster started with Docker, the page is done only while it shows Docker:
// another way chosen says nothing of that cluster, and Next waits.
void TestStartClusterPage::anotherModeIsNotConnected()
{
    QVERIFY(registerComposeWorkers());
    FakeDocker docker;
    useEnvironment(docker.environment(m_server.port()));
    StartClusterPage *page = openStartPage(m_server.port());
    QVERIFY(page);
    page->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), patience);
    QVERIFY2(page->isComplete(), qPrintable(page->status()->text() + QLatin1Char('\n') + page->status()->hint()));
    const QString connected = page->status()->text();
    auto *mode = page->findChild<QComboBox *>();
    QAbstractButton *next = m_harness->wizard->button(QWizard::NextButton);
    QVERIFY(next->isEnabled());

    mode->setCurrentIndex(int(StartClusterPage::Mode::Local));
    QVERIFY(!page->isComplete());
    QVERIFY(!next->isEnabled());
    QVERIFY2(page->status()->text().isEmpty(), qPrintable(page->status()->text()));
    m_harness->screenshot(QStringLiteral("2-start-local-after-docker"));

    mode->setCurrentIndex(int(StartClusterPage::Mode::Docker));
    QVERIFY(page->isComplete());
    QVERIFY(next->isEnabled());
    QCOMPARE(page->status()->text(), connected);
}

// With the Docker daemon down and Citus installed for the local PostgreSQL, the local
// servers are what works here: recommended and chosen, Docker no longer.
void TestStartClusterPage::recommendsWhatWorks()
{
    // The system's programs too: the local PostgreSQL's, and runuser when run as root.
    FakeDocker docker(QStringLiteral("daemon-down"), FakeDocker::Docker | FakeDocker::DockerCompose);
    QProcessEnvironment environment = docker.environment();
    environment.insert(QStringLiteral("PATH"), environment.value(QStringLiteral("PATH")) + QStringLiteral(":/usr/sbin:/sbin"));
    useEnvironment(environment);
    m_harness = std::make_unique<WizardHarness>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    auto *welcome = m_harness->page<WelcomePage>(SetupWizard::WelcomeId);
    QTRY_VERIFY_WITH_TIMEOUT(!welcome->checker()->isBusy(), patience);
    QCOMPARE(welcome->status(PrerequisiteChecker::Item::Docker)->status(), StatusLabel::Status::Error);
    if (welcome->status(PrerequisiteChecker::Item::Citus)->status() != StatusLabel::Status::Ok)
        QSKIP(qPrintable(QStringLiteral("needs Citus installed for the local PostgreSQL; the Welcome page says: ")
                         + welcome->status(PrerequisiteChecker::Item::Citus)->text()));
    m_harness->wizard->next();
    auto *page = m_harness->page<StartClusterPage>(SetupWizard::StartClusterId);
    QCOMPARE(m_harness->wizard->currentPage(), page);
    QCOMPARE(page->mode(), StartClusterPage::Mode::Local);
    auto *mode = page->findChild<QComboBox *>();
    const QString recommended = StartClusterPage::tr("%1 (recommended)");
    QCOMPARE(mode->itemText(int(StartClusterPage::Mode::Local)),
             recommended.arg(StartClusterPage::tr("Local PostgreSQL servers")));
    QCOMPARE(mode->itemText(int(StartClusterPage::Mode::Docker)), StartClusterPage::tr("Docker Compose"));
    m_harness->screenshot(QStringLiteral("2-start-recommends-local"));
}

void TestStartClusterPage::failuresAreShownClearly_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("tools");
    QTest::addColumn<QString>("title");

    QTest::newRow("docker not installed") << QStringLiteral("success") << 0
                                          << StartClusterPage::tr("Docker is not installed");
    QTest::newRow("daemon down") << QStringLiteral("daemon-down") << int(FakeDocker::Docker)
                                 << StartClusterPage::tr("The Docker daemon is not running");
    QTest::newRow("no permission") << QStringLiteral("permission-denied") << int(FakeDocker::Docker)
                                   << StartClusterPage::tr("No permission to use Docker");
    QTest::newRow("port in use") << QStringLiteral("port-in-use") << int(FakeDocker::Docker)
                                 << StartClusterPage::tr("The coordinator's port is in use");
    QTest::newRow("image pull failed") << QStringLiteral("pull-failure") << int(FakeDocker::Docker)
                                       << StartClusterPage::tr("The Citus image could not be downloaded");
}

// Docker that never answers: Cancel stops it at once, and Start works again.
void TestStartClusterPage::cancelWhileStarting()
{
    FakeDocker docker(QStringLiteral("hang"), FakeDocker::Docker, false);
    useEnvironment(docker.environment());
    StartClusterPage *page = openStartPage(TestServer::freePort());
    QVERIFY(page);
    page->startButton()->click();
    QVERIFY(page->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(page->log()->toPlainText().contains(QLatin1String("Pulling")) || docker.composeCalls().size() >= 2,
                             patience);
    QVERIFY(page->cancelButton()->isEnabled());
    page->cancelButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), patience);
    QCOMPARE(page->status()->status(), StatusLabel::Status::Warning);
    QCOMPARE(page->status()->text(), StartClusterPage::tr("Cancelled"));
    QVERIFY(!page->isComplete());
    QVERIFY(page->startButton()->isEnabled());
}

void TestStartClusterPage::failuresAreShownClearly()
{
    QFETCH(QString, scenario);
    QFETCH(int, tools);
    QFETCH(QString, title);

    FakeDocker docker(scenario, tools, false);
    useEnvironment(docker.environment());
    StartClusterPage *page = openStartPage(TestServer::freePort());
    QVERIFY(page);
    page->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), patience);
    QCOMPARE(page->status()->status(), StatusLabel::Status::Error);
    QCOMPARE(page->status()->text(), title);
    QVERIFY(!page->status()->hint().isEmpty());
    QVERIFY(!page->isComplete());
    // The user can fix the cause and try again.
    QVERIFY(page->startButton()->isEnabled());
    m_harness->screenshot(QStringLiteral("2-start-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
}

// The Citus list: the image reaches Compose, the choice is remembered, and once connected
// the Welcome page says which PostgreSQL and Citus the cluster runs.
void TestStartClusterPage::startsTheCitusChosenAndSaysWhatRuns()
{
    QVERIFY(registerComposeWorkers());
    // Citus' own answer, as the stub has no citus_version().
    QCOMPARE(stubcitus::run(m_server, QStringLiteral("CREATE OR REPLACE FUNCTION citus_version() RETURNS text LANGUAGE sql AS "
                                                     "$$SELECT 'Citus 14.1.0 on x86_64-pc-linux-gnu, 64-bit'$$")),
             QString());
    FakeDocker docker;
    useEnvironment(docker.environment(m_server.port()));
    StartClusterPage *page = openStartPage(m_server.port());
    QVERIFY(page);
    QComboBox *citus = nullptr;
    for (QComboBox *combo : page->findChildren<QComboBox *>()) {
        if (combo->accessibleName() == StartClusterPage::tr("Citus and PostgreSQL version of the containers"))
            citus = combo;
    }
    QVERIFY(citus);
    QVERIFY(citus->isVisible());
    QCOMPARE(citus->count(), CitusVersions::all().size());
    QCOMPARE(citus->currentData().toString(), CitusVersions::defaultEntry().release); // the newest first
    const CitusVersions::Entry classic = *CitusVersions::find(QStringLiteral("13.2"));
    citus->setCurrentIndex(citus->findData(classic.release));
    QCOMPARE(page->choice().citusRelease, classic.release);
    m_harness->screenshot(QStringLiteral("2-start-citus-chosen"));

    page->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), patience);
    QVERIFY2(page->isComplete(), qPrintable(page->status()->text() + QLatin1Char('\n') + page->status()->hint()));
    QCOMPARE(docker.images(), QStringList{classic.image});
    QCOMPARE(m_harness->wizard->session()->launchChoice().citusRelease, classic.release);

    m_harness->wizard->back();
    auto *welcome = m_harness->page<WelcomePage>(SetupWizard::WelcomeId);
    QCOMPARE(m_harness->wizard->currentPage(), welcome);
    QTRY_VERIFY_WITH_TIMEOUT(welcome->clusterVersions()->isVisible(), patience);
    const QString said = welcome->clusterVersions()->text();
    QVERIFY2(said.contains(QStringLiteral("Citus 14.1.0")), qPrintable(said));
    QVERIFY2(said.contains(QRegularExpression(QStringLiteral("PostgreSQL \\d+\\.\\d+ "))), qPrintable(said));
    m_harness->screenshot(QStringLiteral("1-welcome-connected"));
    QCOMPARE(stubcitus::run(m_server, QStringLiteral("DROP FUNCTION citus_version()")), QString());

    // Remembered: the next run's Start page shows it chosen.
    m_harness = std::make_unique<WizardHarness>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    QCOMPARE(m_harness->wizard->session()->launchChoice().citusRelease, classic.release);
    page = m_harness->page<StartClusterPage>(SetupWizard::StartClusterId);
    QCOMPARE(page->choice().citusRelease, classic.release);
}

QTEST_MAIN(TestStartClusterPage)
#include "tst_StartClusterPage.moc"
