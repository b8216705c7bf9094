// The first window's start screen: the tutorial, a plan of one's own and the example plans
// side by side, each doing what it says; and every example plan shipped in the program
// opening in the viewer, read, analysed and drawn, with no cluster at all. With
// $SHARDSCOPE_SCREENSHOTS naming a directory, grabs of the start screen and the gallery in
// English and Spanish, plain and in presenter mode, go there (`ninja start_screenshots`
// makes docs/images/start_screen_*.png and example_gallery_*.png so).

#include "ExampleGallery.h"
#include "ExamplePlans.h"
#include "Fixtures.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "PrerequisiteChecker.h"
#include "SetupWizard.h"
#include "StartScreen.h"
#include "WelcomePage.h"
#include "WindowTestSettings.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
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
    void speaksSpanish();

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
    useTestSettings(m_settings, QStringLiteral("tst_StartScreen"));
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
    const auto frameOf = [](QWidget *widget) {
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
        // The title, on one line, whole; the description, wrapped, whole.
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        QVERIFY2(button->height() >= button->heightForWidth(button->width()), qPrintable(button->text()));
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
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), protected there
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
    // the count covers both; the subplan and the job reading it show one of their 32 tasks
    // each, both on 9702; the repartition join shows no task; the INSERT … SELECT one of its
    // 32, on 9701.
    const QString w9701 = QStringLiteral("127.0.0.1:9701");
    const QString w9702 = QStringLiteral("127.0.0.1:9702");
    QTest::newRow("router_user1") << QStringLiteral("router_user1") << QStringList{w9702};
    QTest::newRow("router_user2") << QStringLiteral("router_user2") << QStringList{w9701};
    QTest::newRow("multishard_all_tasks") << QStringLiteral("multishard_all_tasks") << QStringList{w9701, w9702};
    QTest::newRow("cte_subplan") << QStringLiteral("cte_subplan") << QStringList{w9702};
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

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SHARDSCOPE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Layouts nested in the scroll area settle in turns, one posted request each.
    QTest::qWait(100);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

// Every text the start screen shows, in the language it speaks now.
QStringList textsOf(const StartScreen *start)
{
    QStringList texts;
    for (const QLabel *label : start->findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : start->findChildren<QAbstractButton *>()) {
        texts << button->text() << button->accessibleName();
        if (const auto *link = qobject_cast<const QCommandLinkButton *>(button))
            texts << link->description();
    }
    return texts;
}

} // namespace

// Switched to Spanish, no text of the start screen stays in English; the size it takes is
// looked at in both languages, and in presenter mode.
void TestStartScreen::speaksSpanish()
{
    LanguageManager *languages = LanguageManager::of(qApp);
    const auto shoot = [this](const QString &language) {
        screenshot(m_window, QStringLiteral("start_screen_") + language);
        screenshot(start()->gallery()->parentWidget(), QStringLiteral("example_gallery_") + language);
        m_window->setPresenterMode(true);
        screenshot(m_window, QStringLiteral("start_screen_presenter_") + language);
        m_window->setPresenterMode(false);
    };
    m_window->resize(1280, 900);
    QVERIFY(languages->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    const QStringList english = textsOf(start());
    const QString tutorial = start()->tutorialButton()->text();
    shoot(QStringLiteral("en"));

    QVERIFY(languages->setLanguage(QStringLiteral("es")));
    // The widgets hear of it through posted events.
    QTRY_VERIFY(start()->tutorialButton()->text() != tutorial);
    const QStringList spanish = textsOf(start());
    QCOMPARE(spanish.size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i)
        QVERIFY2(spanish.at(i) != english.at(i), qPrintable(english.at(i)));
    shoot(QStringLiteral("es"));
    QVERIFY(languages->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(textsOf(start()), english);
}

QTEST_MAIN(TestStartScreen)
#include "tst_StartScreen.moc"
