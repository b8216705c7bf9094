// Cluster > Tutorial Wizard… of the main window: one modeless wizard, brought back when
// asked again, keeping its place in the application's settings, and the plans it hands
// over opened as the main window's document. The wizard opens at a size its pages fit in
// (larger in presenter mode), within the screen, and comes back at the size it was given.
// With $SHARDSCOPE_SCREENSHOTS naming a directory, its first two pages at that size go there
// as wizard_open_*.png, in English and Spanish, plain and in presenter mode, to look at.

#include "ClusterSession.h"
#include "DocumentFixture.h"
#include "ExplainPage.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SetupWizard.h"
#include "WelcomePage.h"
#include "WindowTestSettings.h"
#include "WizardSize.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

class TestTutorialWizardAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOneModelessWizard();
    void opensLargeAndKeepsItsSize();
    void staysWithinTheScreen_data();
    void staysWithinTheScreen();
    void screenshots();
    void whatNextLosesAWorkerThroughTheClusterMenu();

private:
    QTemporaryDir m_settings;
};

void TestTutorialWizardAction::initTestCase()
{
    // Settings go to a throwaway place, not the user's.
    useTestSettings(m_settings, QStringLiteral("tst_TutorialWizardAction"));
}

void TestTutorialWizardAction::opensOneModelessWizard()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QAction *action = window.findChild<QAction *>(QStringLiteral("actionTutorialWizard"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    bool inMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        inMenu = inMenu || (menu->menu() && menu->menu()->actions().contains(action));
    QVERIFY(inMenu);

    action->trigger();
    auto *wizard = window.findChild<SetupWizard *>();
    QVERIFY(wizard);
    // The first page checks the machine; its programs are left to end before the window does.
    QSignalSpy checked(qobject_cast<WelcomePage *>(wizard->page(SetupWizard::WelcomeId))->checker(),
                       &PrerequisiteChecker::done);
    QTRY_VERIFY(wizard->isVisible());
    QVERIFY(!wizard->isModal());
    QVERIFY(wizard->isWindow());

    // Again: the same wizard, not a second one.
    wizard->hide();
    action->trigger();
    QCOMPARE(window.findChildren<SetupWizard *>().size(), 1);
    QTRY_VERIFY(wizard->isVisible());

    // Its place is kept in the application's settings.
    wizard->next();
    QCOMPARE(QSettings().value(QStringLiteral("wizard/page")).toInt(), int(SetupWizard::StartClusterId));

    const PlanDocumentPtr plan = loadDocument(fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.json")));
    emit wizard->openPlanRequested(plan);
    QCOMPARE(window.document(), plan);
    QVERIFY(checked.size() > 0 || checked.wait(60000));
}

namespace {

// Shows the wizard as the Cluster menu does, and waits for it; the first page's check of
// the machine is left to end before the window goes.
SetupWizard *showWizard(MainWindow &window)
{
    window.findChild<QAction *>(QStringLiteral("actionTutorialWizard"))->trigger();
    auto *wizard = window.findChild<SetupWizard *>();
    if (wizard && !QTest::qWaitForWindowExposed(wizard))
        return nullptr;
    return wizard;
}

void waitForTheChecks(SetupWizard *wizard)
{
    auto *checker = qobject_cast<WelcomePage *>(wizard->page(SetupWizard::WelcomeId))->checker();
    QSignalSpy checked(checker, &PrerequisiteChecker::done);
    if (checker->isBusy())
        checked.wait(60000);
}

} // namespace

void TestTutorialWizardAction::opensLargeAndKeepsItsSize()
{
    QSettings().clear();
    // The screen of data/large_screen.json (main() below): room for any size tried here.
    QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().width() >= 1600);
    const QSize comfortable(1000, 700); // what the pages are laid out for
    const QSize chosen(1150, 780);
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SetupWizard *wizard = showWizard(window);
        QVERIFY(wizard);
        QVERIFY2(wizard->width() >= comfortable.width() && wizard->height() >= comfortable.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(wizard->width()).arg(wizard->height())));
        wizard->resize(chosen);
        QCOMPARE(wizard->size(), chosen);
        waitForTheChecks(wizard);
    }
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SetupWizard *wizard = showWizard(window);
        QVERIFY(wizard);
        QCOMPARE(wizard->size(), chosen);

        // Presenter mode: larger, in proportion to its larger text.
        wizard->hide();
        window.setPresenterMode(true);
        wizard = showWizard(window);
        QVERIFY(wizard->width() >= chosen.width() * 5 / 4);
        QVERIFY(wizard->height() >= chosen.height() * 5 / 4);
        waitForTheChecks(wizard);
    }
}

void TestTutorialWizardAction::staysWithinTheScreen_data()
{
    QTest::addColumn<QSize>("saved");
    QTest::addColumn<double>("textScale");
    QTest::addColumn<QSize>("minimum");
    QTest::addColumn<QSize>("available");
    QTest::addColumn<QSize>("expected");
    const QSize none;
    const QSize small(500, 372);
    QTest::newRow("full HD") << none << 1.0 << small << QSize(1920, 1040) << QSize(1000, 700);
    QTest::newRow("full HD, presenter") << none << 1.3 << small << QSize(1920, 1040) << QSize(1300, 910);
    // A classroom projector: as large as it allows, the frame left in sight.
    QTest::newRow("1024x768 projector") << none << 1.0 << small << QSize(1024, 740) << QSize(1000, 692);
    QTest::newRow("1366x768, presenter") << none << 1.3 << small << QSize(1366, 740) << QSize(1300, 692);
    QTest::newRow("saved") << QSize(1200, 800) << 1.0 << small << QSize(1920, 1040) << QSize(1200, 800);
    QTest::newRow("saved, presenter") << QSize(1200, 760) << 1.25 << small << QSize(1920, 1040) << QSize(1500, 950);
    QTest::newRow("pages need more") << none << 1.0 << QSize(1080, 720) << QSize(1920, 1040) << QSize(1080, 720);
}

void TestTutorialWizardAction::staysWithinTheScreen()
{
    QFETCH(QSize, saved);
    QFETCH(double, textScale);
    QFETCH(QSize, minimum);
    QFETCH(QSize, available);
    QFETCH(QSize, expected);
    QCOMPARE(WizardSize::sizeFor(saved, textScale, minimum, available), expected);
}

void TestTutorialWizardAction::screenshots()
{
    const QString dir = qEnvironmentVariable("SHARDSCOPE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("SHARDSCOPE_SCREENSHOTS names no directory to put them in");
    QDir().mkpath(dir);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        QVERIFY(LanguageManager::of(qApp)->setLanguage(language));
        for (const bool presenter : {false, true}) {
            QSettings().clear();
            MainWindow window;
            window.setPresenterMode(presenter);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            SetupWizard *wizard = showWizard(window);
            QVERIFY(wizard);
            const QString name = QStringLiteral("wizard_open_") + (presenter ? QStringLiteral("presenter_") : QString())
                + language;
            waitForTheChecks(wizard);
            QTest::qWait(100);
            QVERIFY(wizard->grab().save(QDir(dir).filePath(name + QStringLiteral("_1.png"))));
            wizard->next();
            QTest::qWait(100);
            QVERIFY(wizard->grab().save(QDir(dir).filePath(name + QStringLiteral("_2.png"))));
        }
    }
    QVERIFY(LanguageManager::of(qApp)->setLanguage(QStringLiteral("en")));
}

// "What next?" on the last page stops a worker as Cluster > Stop a Worker does: with no
// cluster ShardScope started, the window says where to stop it instead.
void TestTutorialWizardAction::whatNextLosesAWorkerThroughTheClusterMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A cluster the user runs: its workers are stopped where they run, not from here.
    window.clusterSession()->useCluster(ConnectionProfile(), LaunchChoice(LaunchChoice::Kind::Existing));
    QAction *stopWorker = window.findChild<QAction *>(QStringLiteral("actionStopWorker"));
    QVERIFY(stopWorker);
    QSignalSpy triggered(stopWorker, &QAction::triggered);
    SetupWizard *wizard = showWizard(window);
    QVERIFY(wizard);
    auto *page = qobject_cast<ExplainPage *>(wizard->page(SetupWizard::ExplainId));
    QVERIFY(page);
    QVERIFY(!page->stopWorkerButton()->text().isEmpty());
    page->stopWorkerButton()->click();
    QCOMPARE(triggered.size(), 1);
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("ShardScope did not start this cluster")),
             qPrintable(window.statusBar()->currentMessage()));
    waitForTheChecks(wizard);
}

// On a full HD screen rather than the offscreen platform's 800x600, where no wizard of a
// comfortable size would fit.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen"))
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" SHARDSCOPE_TEST_DATA_DIR "/large_screen.json");
    QApplication app(argc, argv);
    TestTutorialWizardAction test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_TutorialWizardAction.moc"
