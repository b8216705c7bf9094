// The Start page against the real Docker engine (DockerProject.h), Compose v1 or v2
// (whichever the application finds): a taken coordinator port is found before anything
// starts; a cancelled start says what it left and removes it on request; the fields stay
// as they were while a start runs; the commands shown are those of the Compose found.

#include "ComposeProject.h"
#include "DockerProject.h"
#include "LanguageManager.h"
#include "LoopbackPorts.h"
#include "PortSquatter.h"
#include "SqlPanel.h"
#include "StartPageDriver.h"
#include "StatusLabel.h"

#include <QPlainTextEdit>
#include <QAbstractButton>
#include <QPushButton>

#include <optional>

using namespace shardscope;

namespace {

// Long enough for a slow engine; only there so that a hang fails instead of stalling.
constexpr int patience = 240000;

QString statusOf(const StartClusterPage *page)
{
    return page->status()->text() + QLatin1Char('\n') + page->status()->hint();
}

} // namespace

class TestDockerStartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void portInUseStartsNothing();
    void cancelSaysWhatIsLeftAndRemovesIt();
    void commandsAreThoseOfTheComposeFound();
    void wizardButtonsFollowTheLanguage();

private:
    std::optional<DockerProject> m_project;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<WizardHarness> m_harness;
};

void TestDockerStartPage::initTestCase()
{
    SHARDSCOPE_REQUIRE_DOCKER(m_project);
    QVERIFY(LanguageManager::of(qApp)->setLanguage(qEnvironmentVariable("SHARDSCOPE_WIZARD_LANGUAGE", "en")));
}

void TestDockerStartPage::init()
{
    m_project->removeAll();
    m_harness = std::make_unique<WizardHarness>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestDockerStartPage::cleanup()
{
    m_harness.reset();
    QFile::remove(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    m_project->removeAll();
    QVERIFY2(m_project->resources().isEmpty(), qPrintable(m_project->resources().join(QLatin1Char('\n'))));
}

// Docker itself finds the port taken only when it starts the coordinator, the workers
// already running: the page looks first, and nothing starts.
void TestDockerStartPage::portInUseStartsNothing()
{
    const PortSquatter squatter;
    QVERIFY(squatter.port() > 0);
    StartClusterPage *page = openDockerStartPage(*m_harness, 3, squatter.port());
    QVERIFY(page);
    page->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), patience);
    QCOMPARE(page->status()->status(), StatusLabel::Status::Error);
    QCOMPARE(page->status()->text(), StartClusterPage::tr("The coordinator's port is in use"));
    QVERIFY2(page->status()->hint().contains(QString::number(squatter.port())), qPrintable(statusOf(page)));
    QVERIFY2(!page->status()->hint().contains(QLatin1String("userland proxy")), qPrintable(statusOf(page)));
    QVERIFY2(m_project->resources().isEmpty(), qPrintable(m_project->resources().join(QLatin1Char('\n'))));
    QVERIFY(!page->cleanUpButton()->isVisible());
    QVERIFY(page->startButton()->isEnabled());
    m_harness->screenshot(QStringLiteral("docker-port-in-use-") + LanguageManager::of(qApp)->language());
}

void TestDockerStartPage::cancelSaysWhatIsLeftAndRemovesIt()
{
    const int port = LoopbackPorts::free();
    StartClusterPage *page = openDockerStartPage(*m_harness, 3, port);
    QVERIFY(page);
    QSpinBox *workers = spinBox(page, StartClusterPage::tr("Number of workers"));
    QSpinBox *coordinatorPort = spinBox(page, StartClusterPage::tr("Coordinator port"));
    page->startButton()->click();
    QVERIFY(page->isBusy());
    // What a start runs with cannot change under it.
    QVERIFY(!workers->isEnabled());
    QVERIFY(!coordinatorPort->isEnabled());
    m_harness->screenshot(QStringLiteral("docker-starting-") + LanguageManager::of(qApp)->language());

    // Cancelled once Compose has started containers: they are what is left.
    QTRY_VERIFY_WITH_TIMEOUT(m_project->resources().filter(QStringLiteral(" running")).size() >= 2, patience);
    QVERIFY(page->cancelButton()->isEnabled());
    page->cancelButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), patience);
    QVERIFY(workers->isEnabled());
    QVERIFY(coordinatorPort->isEnabled());
    QCOMPARE(page->status()->status(), StatusLabel::Status::Warning);
    QCOMPARE(page->status()->text(), StartClusterPage::tr("Cancelled"));
    const QStringList left = m_project->resources();
    QVERIFY2(!left.isEmpty(), "the start was cancelled before it made anything");
    QVERIFY2(page->status()->hint().contains(QLatin1String("worker1")), qPrintable(statusOf(page)));
    QVERIFY(page->cleanUpButton()->isVisible());
    QVERIFY(page->cleanUpButton()->isEnabled());
    m_harness->screenshot(QStringLiteral("docker-cancelled-") + LanguageManager::of(qApp)->language());

    page->cleanUpButton()->click();
    QVERIFY(page->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), patience);
    QCOMPARE(page->status()->status(), StatusLabel::Status::Ok);
    QVERIFY2(m_project->resources().isEmpty(), qPrintable(m_project->resources().join(QLatin1Char('\n'))));
    QVERIFY(!page->cleanUpButton()->isVisible());
    m_harness->screenshot(QStringLiteral("docker-cleaned-up-") + LanguageManager::of(qApp)->language());
}

void TestDockerStartPage::commandsAreThoseOfTheComposeFound()
{
    StartClusterPage *page = openDockerStartPage(*m_harness, 2, 9750);
    QVERIFY(page);
    SqlPanel *panel = page->panel();
    const QString compose = DockerProject::composeName();
    QTRY_VERIFY_WITH_TIMEOUT(panel->statement().contains(QLatin1Char(' ') + compose + QLatin1Char(' ')), patience);
    const QString statement = panel->statement();
    // The commands name the Citus image the page's version list chose, then the port.
    QVERIFY2(statement.startsWith(QStringLiteral("CITUS_IMAGE=citusdata/citus:")), qPrintable(statement));
    QVERIFY2(statement.contains(QStringLiteral(" COORDINATOR_PORT=9750 %1 ").arg(compose)), qPrintable(statement));
    QVERIFY2(statement.contains(QStringLiteral(" -f %1/docker-compose.yml ").arg(m_project->directory())),
             qPrintable(statement));
    QVERIFY2(statement.contains(QStringLiteral(" -p %1 --profile workers-2 up -d").arg(m_project->name())),
             qPrintable(statement));
    QVERIFY2(!statement.contains(QLatin1String("--wait")), qPrintable(statement));
    const QString equivalent = panel->equivalent();
    QVERIFY2(equivalent.startsWith(compose + QLatin1Char(' ')), qPrintable(equivalent));
    QVERIFY2(equivalent.contains(QStringLiteral(" -p %1 exec coordinator psql -U postgres").arg(m_project->name())),
             qPrintable(equivalent));
    QCOMPARE(panel->statementCaption(), SqlPanel::tr("Run on this machine:"));
    panel->setExpanded(true);
    m_harness->screenshot(QStringLiteral("docker-commands-") + LanguageManager::of(qApp)->language());
}

// F8 and back, with the Start page shown: QWizard's own buttons speak the new language.
void TestDockerStartPage::wizardButtonsFollowTheLanguage()
{
    StartClusterPage *page = openDockerStartPage(*m_harness, 2, 9750);
    QVERIFY(page);
    LanguageManager *languages = LanguageManager::of(qApp);
    const QString original = languages->language();
    for (const QString &language : {QStringLiteral("es"), QStringLiteral("en"), original}) {
        QVERIFY(languages->setLanguage(language));
        QCoreApplication::processEvents();
        QCOMPARE(m_harness->wizard->button(QWizard::NextButton)->text(), QWizard::tr("&Next >"));
        QCOMPARE(m_harness->wizard->button(QWizard::CancelButton)->text(), QWizard::tr("Cancel"));
        QCOMPARE(m_harness->wizard->button(QWizard::BackButton)->text(), QWizard::tr("< &Back"));
        if (language == QLatin1String("es"))
            QVERIFY(m_harness->wizard->button(QWizard::NextButton)->text() != QLatin1String("&Next >"));
    }
    QCOMPARE(page->cancelButton()->text(), StartClusterPage::tr("Cancel"));
}

QTEST_MAIN(TestDockerStartPage)
#include "tst_DockerStartPage.moc"
