// Cluster > Tutorial Wizard… of the main window: one modeless wizard, brought back when
// asked again, keeping its place in the application's settings, and the plans it hands
// over opened as the main window's document.

#include "DocumentFixture.h"
#include "MainWindow.h"
#include "SetupWizard.h"
#include "WelcomePage.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

class TestTutorialWizardAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOneModelessWizard();

private:
    QTemporaryDir m_settings;
};

void TestTutorialWizardAction::initTestCase()
{
    // Settings go to a throwaway place, not the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("ShardScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_TutorialWizardAction"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
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

QTEST_MAIN(TestTutorialWizardAction)
#include "tst_TutorialWizardAction.moc"
