// The first window's start screen: the tutorial, a plan of one's own and the example plans
// side by side, each doing what it says; and every example plan shipped in the program
// opening in the viewer, read, analysed and drawn, with no cluster at all.

#include "ExampleGallery.h"
#include "ExamplePlans.h"
#include "Fixtures.h"
#include "MainWindow.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "PrerequisiteChecker.h"
#include "SetupWizard.h"
#include "StartScreen.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace shardscope;

namespace {

constexpr int patience = 20000;

} // namespace

class TestStartScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheThreeChoicesSideBySide();
    void tutorialOpensTheWizard();
    void openChoosesAFile();
    void pasteReadsTheClipboard();
    void everyExampleOpensParsedAndDrawn_data();
    void everyExampleOpensParsedAndDrawn();
    void examplesAreInTheFileMenu();

private:
    StartScreen *start() const { return m_window->findChild<StartScreen *>(); }
    bool waitForDocument() const
    {
        return QTest::qWaitFor([this] { return !m_window->isLoading() && m_window->document(); }, patience);
    }

    QTemporaryDir m_settings;
    MainWindow *m_window = nullptr;
};

void TestStartScreen::initTestCase()
{
    // Settings go to a throwaway place, not the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("ShardScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_StartScreen"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestStartScreen::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestStartScreen::cleanup()
{
    delete m_window;
    m_window = nullptr;
    QVERIFY2(QThreadPool::globalInstance()->waitForDone(patience), "a background load did not end");
}

void TestStartScreen::showsTheThreeChoicesSideBySide()
{
    QVERIFY(start());
    QVERIFY(start()->isVisible());
    QPushButton *tutorial = start()->tutorialButton();
    QPushButton *open = start()->openButton();
    QWidget *gallery = start()->gallery();
    for (QWidget *choice : {static_cast<QWidget *>(tutorial), static_cast<QWidget *>(open),
                            static_cast<QWidget *>(start()->pasteButton()), gallery}) {
        QVERIFY(choice->isVisible());
        QVERIFY2(!choice->accessibleName().isEmpty() || choice == gallery, qPrintable(choice->objectName()));
    }
    QCOMPARE(tutorial->text(), StartScreen::tr("Start the &Tutorial"));
    // Side by side: left to right, the columns beginning at the same height.
    const auto frameOf = [this](QWidget *widget) {
        return widget->parentWidget()->geometry();
    };
    QVERIFY(frameOf(tutorial).right() < frameOf(open).left());
    QVERIFY(frameOf(open).right() < frameOf(gallery).left());
    QCOMPARE(frameOf(tutorial).top(), frameOf(open).top());
    QCOMPARE(frameOf(open).top(), frameOf(gallery).top());
    // One button per example, each with its title and what it teaches, in the window.
    const QList<QCommandLinkButton *> examples = gallery->findChildren<QCommandLinkButton *>();
    QCOMPARE(examples.size(), ExamplePlans::all().size());
    for (QCommandLinkButton *button : examples) {
        QVERIFY(button->isVisible());
        QVERIFY(!button->text().isEmpty());
        QVERIFY(!button->description().isEmpty());
        QVERIFY2(m_window->rect().contains(button->mapTo(m_window, button->rect().bottomRight())),
                 qPrintable(button->text()));
    }
}

void TestStartScreen::tutorialOpensTheWizard()
{
    QVERIFY(!m_window->findChild<SetupWizard *>());
    start()->tutorialButton()->click();
    auto *wizard = m_window->findChild<SetupWizard *>();
    QVERIFY(wizard);
    // The first page checks the machine; its programs are left to end before the window does.
    QSignalSpy checked(qobject_cast<WelcomePage *>(wizard->page(SetupWizard::WelcomeId))->checker(),
                       &PrerequisiteChecker::done);
    QTRY_VERIFY(wizard->isVisible());
    QVERIFY(wizard->isWindow());
    QVERIFY(checked.size() > 0 || checked.wait(60000));
}

void TestStartScreen::openChoosesAFile()
{
    const QString path = fixtures::citus(QStringLiteral("router_user2.analyze_verbose_buffers.json"));
    bool dialogShown = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogShown = true;
        dialog->selectFile(path);
        dialog->accept();
    });
    start()->openButton()->click();
    QVERIFY(dialogShown);
    QVERIFY(waitForDocument());
    QCOMPARE(m_window->document()->path, path);
}

void TestStartScreen::pasteReadsTheClipboard()
{
    QFile file(fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QApplication::clipboard()->setText(QString::fromUtf8(file.readAll()));
    start()->pasteButton()->click();
    QVERIFY(waitForDocument());
    QCOMPARE(m_window->document()->name, MainWindow::tr("Pasted plan"));
    QCOMPARE(m_window->document()->plan.nodes.empty(), false);
}

void TestStartScreen::everyExampleOpensParsedAndDrawn_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("workers");
    // The workers each plan ran on, as the fixtures' EXPLAIN output names them
    // (tests/data/citus/README.md): users 1 and 2 live on different workers; every task of
    // the count and the subplan's job cover both; the repartition join shows no task; the
    // INSERT … SELECT shows one of its 32 tasks.
    const QString w9701 = QStringLiteral("127.0.0.1:9701");
    const QString w9702 = QStringLiteral("127.0.0.1:9702");
    QTest::newRow("router_user1") << QStringLiteral("router_user1") << QStringList{w9702};
    QTest::newRow("router_user2") << QStringLiteral("router_user2") << QStringList{w9701};
    QTest::newRow("multishard_all_tasks") << QStringLiteral("multishard_all_tasks") << QStringList{w9701, w9702};
    QTest::newRow("cte_subplan") << QStringLiteral("cte_subplan") << QStringList{w9701, w9702};
    QTest::newRow("repartition_join") << QStringLiteral("repartition_join") << QStringList{};
    QTest::newRow("insert_select") << QStringLiteral("insert_select") << QStringList{w9701};
}

void TestStartScreen::everyExampleOpensParsedAndDrawn()
{
    QFETCH(QString, id);
    QFETCH(QStringList, workers);
    const std::optional<ExamplePlan> example = ExamplePlans::find(id);
    QVERIFY(example);
    QVERIFY(!ExamplePlans::text(*example).isEmpty());

    auto *button = start()->gallery()->findChild<QCommandLinkButton *>(QStringLiteral("example_") + id);
    QVERIFY(button);
    QCOMPARE(button->text(), example->title);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(waitForDocument());

    const PlanDocumentPtr document = m_window->document();
    QCOMPARE(document->name, example->title);
    QVERIFY(document->path.isEmpty()); // not a file: nothing for the recent files
    QVERIFY(document->plan.isDistributed());
    QStringList ran;
    for (const WorkerTotals &totals : document->analysis.workers)
        ran << totals.worker.toString();
    ran.sort();
    QCOMPARE(ran, workers);

    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("planPage"));
    const PlanScene *scene = m_window->findChild<PlanView *>(QStringLiteral("planView"))->planScene();
    QVERIFY(scene);
    QVERIFY(scene->cardCount() > 0);
    QStringList legend = scene->legendWorkers();
    legend.sort();
    QCOMPARE(legend, workers);
}

void TestStartScreen::examplesAreInTheFileMenu()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuExamples"));
    QVERIFY(menu);
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(menu->menuAction()));
    const QList<ExamplePlan> examples = ExamplePlans::all();
    QCOMPARE(menu->actions().size(), examples.size());
    for (qsizetype i = 0; i < examples.size(); ++i)
        QCOMPARE(menu->actions().at(i)->text(), examples.at(i).title);
    menu->actions().at(2)->trigger();
    QVERIFY(waitForDocument());
    QCOMPARE(m_window->document()->name, examples.at(2).title);
}

QTEST_MAIN(TestStartScreen)
#include "tst_StartScreen.moc"
