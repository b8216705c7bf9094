// Presenter mode for the front of a classroom: a larger, high-contrast drawing with thick
// edges and the workers' legend pinned in sight; otherwise the drawing follows the dark or
// light palette of the desktop. Exports stay drawn for paper. Presenting puts the side
// panels away (a key brings them back), Fit keeps the card texts readable from afar, and
// --presenter lasts for its run only.

#include "Fixtures.h"

#include "EdgeLayerItem.h"
#include "LanguageManager.h"
#include "LegendItem.h"
#include "NodeCardItem.h"
#include "MainWindow.h"
#include "PlanExporter.h"
#include "PlanHeader.h"
#include "PlanScene.h"
#include "PlanStyle.h"
#include "PlanTitleItem.h"
#include "PlanView.h"
#include "SetupWizard.h"
#include "WelcomePage.h"
#include "WindowTestSettings.h"
#include "WorkerChart.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace shardscope;

namespace {

// Far more than the work takes, and well inside ctest's 60 s TIMEOUT: a hang fails with
// what did not happen instead of being killed without a word.
constexpr int patience = 20000;

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Base, QColor(0x18, 0x1A, 0x1E));
    palette.setColor(QPalette::Text, Qt::white);
    return palette;
}

// Whether the image has this colour somewhere, exactly (solid fills and strokes).
bool hasPixel(const QImage &picture, QRgb color)
{
    const QImage image = picture.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((line[x] & 0xFFFFFF) == (color & 0xFFFFFF))
                return true;
        }
    }
    return false;
}

} // namespace

class TestPresenterMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void presenterModeEnlargesAndPinsTheLegend();
    void presenterModeIsRemembered();
    void presenterFlagIsForThisRunOnly();
    void presentingFromTheStartShowsOneStatus();
    void sidePanelsArePutAwayAndComeBack();
    void fitKeepsCardTextsReadable_data();
    void fitKeepsCardTextsReadable();
    void headingFiguresInPresenterMode_data();
    void headingFiguresInPresenterMode();
    void wizardPresentsToo();
    void darkPaletteDarkensTheDrawing();
    void exportsAreDrawnForPaper_data();
    void exportsAreDrawnForPaper();

private:
    PlanView *view() const { return m_window->findChild<PlanView *>(QStringLiteral("planView")); }
    QDockWidget *dock(const char *name) const { return m_window->findChild<QDockWidget *>(QLatin1String(name)); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    QTemporaryDir m_settings;
    MainWindow *m_window = nullptr;
};

void TestPresenterMode::initTestCase()
{
    useTestSettings(m_settings, QStringLiteral("tst_PresenterMode"));
}

void TestPresenterMode::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->openFile(fixtures::citus(QStringLiteral("router_user1.analyze.json")));
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading() && m_window->document(); }, patience));
}

void TestPresenterMode::cleanup()
{
    delete m_window;
    m_window = nullptr;
    // English again for the next test, after one that ran in another language.
    LanguageManager::of(qApp)->setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
    QVERIFY2(QThreadPool::globalInstance()->waitForDone(patience), "a background load did not end");
}

void TestPresenterMode::presenterModeEnlargesAndPinsTheLegend()
{
    const double normalFont = m_window->font().pointSizeF();
    const double normalEdge = view()->planScene()->edges()->edges().at(0).width;
    QVERIFY(view()->planScene()->legend()->isVisible());

    m_window->findChild<QAction *>(QStringLiteral("actionPresenterMode"))->trigger();
    QVERIFY(m_window->isPresenterMode());
    QCOMPARE(m_window->look().theme, PlanTheme(PlanTheme::Kind::Presenter));
    QCOMPARE(view()->planScene()->look().theme, PlanTheme(PlanTheme::Kind::Presenter));
    QVERIFY(view()->isPresenterMode());
    QVERIFY(m_window->font().pointSizeF() > normalFont);
    // 1:1 is larger: what reads at a desk must read from the back of the room.
    view()->actualSize();
    QCOMPARE(view()->zoom(), PlanView::presenterMagnification);
    QVERIFY(view()->planScene()->edges()->edges().at(0).width > normalEdge);
    QCOMPARE(view()->planScene()->look().theme.text(), QColor(Qt::black));
    // Pinned over the view instead of scrolling away with the drawing.
    QVERIFY(!view()->planScene()->legend()->isVisible());
    const QImage shown = view()->viewport()->grab().toImage();
    const QSizeF legend = view()->planScene()->legend()->boundingRect().size();
    int dark = 0;
    for (int y = 20; y < 20 + int(legend.height()); ++y) {
        for (int x = shown.width() - 20 - int(legend.width()); x < shown.width() - 20; ++x)
            dark += shown.pixelColor(x, y).lightness() < 80 ? 1 : 0;
    }
    QVERIFY2(dark > 100, qPrintable(QString::number(dark)));

    m_window->setPresenterMode(false);
    QCOMPARE(view()->planScene()->look().theme, PlanTheme(PlanTheme::Kind::Light));
    QVERIFY(view()->planScene()->legend()->isVisible());
    QCOMPARE(m_window->font().pointSizeF(), normalFont);
    view()->actualSize();
    QCOMPARE(view()->zoom(), 1.0);
}

void TestPresenterMode::presenterModeIsRemembered()
{
    m_window->setPresenterMode(true);
    delete m_window;
    m_window = new MainWindow;
    QVERIFY(m_window->isPresenterMode());
    m_window->setPresenterMode(false);
}

// `shardscope --presenter` presents for that run; the next plain launch is as before,
// with its side panels.
void TestPresenterMode::presenterFlagIsForThisRunOnly()
{
    m_window->setPresenterModeForThisRun(true);
    QVERIFY(m_window->isPresenterMode());
    QVERIFY(m_window->close());
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(!m_window->isPresenterMode());
    QVERIFY(dock("detailsDock")->isVisible());
    QVERIFY(dock("workersDock")->isVisible());
}

// Presenting from the start, the way back is said in the status bar, in place of the plan
// summary rather than over it; the summary is back with the side panels.
void TestPresenterMode::presentingFromTheStartShowsOneStatus()
{
    delete m_window;
    m_window = new MainWindow;
    m_window->setPresenterModeForThisRun(true);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const auto *summary = m_window->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    QVERIFY(!summary->isVisible());
    m_window->openFile(fixtures::citus(QStringLiteral("router_user1.analyze.json")));
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading() && m_window->document(); }, patience));
    QVERIFY(!summary->text().isEmpty());
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    QVERIFY(!summary->isVisible());

    action("actionSidePanels")->trigger();
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    QVERIFY(summary->isVisible());
}

void TestPresenterMode::sidePanelsArePutAwayAndComeBack()
{
    QDockWidget *details = dock("detailsDock");
    QDockWidget *workers = dock("workersDock");
    QDockWidget *cluster = dock("clusterDock");
    QVERIFY(details->isVisible() && workers->isVisible());
    QVERIFY(cluster->isHidden());
    const int planWidth = view()->width();

    action("actionPresenterMode")->trigger();
    QVERIFY(details->isHidden() && workers->isHidden() && cluster->isHidden());
    QTRY_VERIFY(view()->width() > planWidth);
    // The way back is said where a presenter looks.
    QAction *panels = action("actionSidePanels");
    const QString key = panels->shortcut().toString(QKeySequence::NativeText);
    QVERIFY(!key.isEmpty());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(key),
             qPrintable(m_window->statusBar()->currentMessage()));

    panels->trigger();
    QVERIFY(details->isVisible() && workers->isVisible());
    // Only the panels that were shown come back.
    QVERIFY(cluster->isHidden());
    panels->trigger();
    QVERIFY(details->isHidden() && workers->isHidden());

    action("actionPresenterMode")->trigger();
    QVERIFY(!m_window->isPresenterMode());
    QVERIFY(details->isVisible() && workers->isVisible());
    QVERIFY(cluster->isHidden());

    // A panel the user closed stays closed after presenting.
    workers->close();
    action("actionPresenterMode")->trigger();
    action("actionPresenterMode")->trigger();
    QVERIFY(details->isVisible());
    QVERIFY(workers->isHidden());
}

void TestPresenterMode::fitKeepsCardTextsReadable_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("es") << QStringLiteral("es");
}

// Fit shows a large plan at a size its card texts read at from the back of the room, and
// the rest scrolls; a fitted thumbnail would be unreadable. In both languages, for the
// pictures of the README (SHARDSCOPE_PRESENTER_SCREENSHOT_DIR).
void TestPresenterMode::fitKeepsCardTextsReadable()
{
    QFETCH(QString, language);
    QVERIFY(LanguageManager::of(qApp)->setLanguage(language));
    QCoreApplication::sendPostedEvents();
    m_window->openFile(fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")));
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading() && m_window->document()
                                         && m_window->document()->analysis.tasksShown == 32; },
                            patience));
    m_window->setPresenterMode(true);
    // The room the side panels left, once the window has laid itself out again.
    QTRY_VERIFY(view()->width() > m_window->width() * 9 / 10);
    view()->fitToWindow();
    const double textHeight = view()->mapFromScene(QRectF(0, 0, 1, PlanStyle::bodyFont().pixelSize()))
                                  .boundingRect()
                                  .height();
    QVERIFY2(textHeight >= PlanView::presenterMinimumTextPixels, qPrintable(QString::number(textHeight)));
    QVERIFY(PlanView::presenterMinimumTextPixels >= 16);
    // Too large to fit at that size: it scrolls.
    QVERIFY(view()->verticalScrollBar()->maximum() > 0 || view()->horizontalScrollBar()->maximum() > 0);

    if (const QString dir = qEnvironmentVariable("SHARDSCOPE_PRESENTER_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/window_presenter_%1.png").arg(language));

    m_window->setPresenterMode(false);
}

void TestPresenterMode::headingFiguresInPresenterMode_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("planning");
    QTest::addColumn<QString>("serialization");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Planning: buffers hit 6 · memory 6 kB used of 8 kB allocated")
                        << QStringLiteral("Serialization: 25.5 ms · 30.5 MB sent as text · buffers hit 200");
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringLiteral("Planificación: búferes (aciertos 6) · memoria: 6 kB usados de 8 kB reservados")
                        << QStringLiteral("Serialización: 25,5 ms · 30,5 MB enviados como text · búferes (aciertos 200)");
}

// The figures PostgreSQL 17 and 18 print about the statement (planning memory, what
// EXPLAIN SERIALIZE measured) read in the heading of a presented plan, in the audience's
// language, above the drawing and clear of its first card. Pictures for the README with
// SHARDSCOPE_PRESENTER_SCREENSHOT_DIR.
void TestPresenterMode::headingFiguresInPresenterMode()
{
    QFETCH(QString, language);
    QFETCH(QString, planning);
    QFETCH(QString, serialization);
    QVERIFY(LanguageManager::of(qApp)->setLanguage(language));
    QCoreApplication::sendPostedEvents();
    m_window->openFile(QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres-fields/pev2__serialization-and-planning.json.txt"));
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading() && m_window->document()
                                         && PlanHeader::of(m_window->document()->plan).serialized; },
                            patience));
    m_window->setPresenterMode(true);
    QTRY_VERIFY(view()->width() > m_window->width() * 9 / 10);
    view()->fitToWindow();
    const PlanScene *scene = view()->planScene();
    const QStringList lines = scene->titleItem()->lines();
    QVERIFY2(lines.contains(planning), qPrintable(lines.join(QLatin1String(" | "))));
    QVERIFY2(lines.contains(serialization), qPrintable(lines.join(QLatin1String(" | "))));
    const QRectF heading = scene->titleItem()->sceneBoundingRect();
    const QRectF root = scene->card(m_window->document()->plan.root)->sceneBoundingRect();
    QVERIFY2(heading.bottom() < root.top(), "the heading runs into the plan's first card");
    // In sight where the view starts, at a size read from afar.
    QVERIFY(view()->mapFromScene(heading).boundingRect().intersects(view()->viewport()->rect()));
    const double textHeight = view()->mapFromScene(QRectF(0, 0, 1, PlanStyle::subtitleFont().pixelSize()))
                                  .boundingRect()
                                  .height();
    QVERIFY2(textHeight >= PlanView::presenterMinimumTextPixels, qPrintable(QString::number(textHeight)));

    if (const QString dir = qEnvironmentVariable("SHARDSCOPE_PRESENTER_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/heading_presenter_%1.png").arg(language));
    m_window->setPresenterMode(false);
}

void TestPresenterMode::wizardPresentsToo()
{
    m_window->setPresenterMode(true);
    action("actionTutorialWizard")->trigger();
    auto *wizard = m_window->findChild<SetupWizard *>();
    QVERIFY(wizard);
    // The first page checks the machine; its programs are left to end before the window does.
    QSignalSpy checked(qobject_cast<WelcomePage *>(wizard->page(SetupWizard::WelcomeId))->checker(),
                       &PrerequisiteChecker::done);
    QVERIFY(wizard->isPresenterMode());
    QCOMPARE(wizard->font().pointSizeF(), m_window->font().pointSizeF());
    m_window->setPresenterMode(false);
    QVERIFY(!wizard->isPresenterMode());
    QVERIFY(checked.size() > 0 || checked.wait(60000));
}

void TestPresenterMode::darkPaletteDarkensTheDrawing()
{
    m_window->setPalette(darkPalette());
    const PlanTheme dark = view()->planScene()->look().theme;
    QCOMPARE(dark, PlanTheme(PlanTheme::Kind::Dark));
    QVERIFY(dark.background().lightness() < 64);
    QVERIFY(dark.text().lightness() > 192);
    QCOMPARE(view()->backgroundBrush().color(), dark.background());
    // The worker chart's axes are written in the palette's text colour, readable on dark.
    const auto *chartView = m_window->findChild<WorkerChart *>()->findChild<QChartView *>();
    QVERIFY(chartView && !chartView->chart()->axes().isEmpty());
    for (const QAbstractAxis *axis : chartView->chart()->axes())
        QVERIFY(axis->labelsColor().lightness() > 160);
    if (const QString shot = qEnvironmentVariable("SHARDSCOPE_DARK_SCREENSHOT"); !shot.isEmpty())
        m_window->grab().save(shot);
    m_window->setPalette(QPalette());
    QCOMPARE(view()->planScene()->look().theme, PlanTheme(PlanTheme::Kind::Light));
}

void TestPresenterMode::exportsAreDrawnForPaper_data()
{
    QTest::addColumn<bool>("presenter");
    // A colour of the screen's theme that the light one never paints: presenter mode draws
    // text and edges pure black, the dark theme fills cards with its own grey.
    QTest::addColumn<QRgb>("screenOnly");
    QTest::newRow("presenter") << true << PlanTheme(PlanTheme::Kind::Presenter).text().rgb();
    QTest::newRow("dark") << false << PlanTheme(PlanTheme::Kind::Dark).cardBody().rgb();
}

// The export is drawn in the light theme, and what the screen shows is not touched: the
// window's look, the view's, and the very scene on screen stay as they were.
void TestPresenterMode::exportsAreDrawnForPaper()
{
    QFETCH(bool, presenter);
    QFETCH(QRgb, screenOnly);
    if (presenter)
        m_window->setPresenterMode(true);
    else
        m_window->setPalette(darkPalette());
    const PlanLook onScreen = m_window->look();
    QVERIFY(onScreen.theme != PlanTheme(PlanTheme::Kind::Light));
    PlanScene *shown = view()->planScene();
    QVERIFY(hasPixel(PlanExporter::toImage(*shown, {}), screenOnly));

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("plan.png"));
    QString error;
    QVERIFY2(m_window->exportTo(path, &error), qPrintable(error));
    QVERIFY(!hasPixel(QImage(path), screenOnly));
    QCOMPARE(m_window->look(), onScreen);
    QCOMPARE(view()->look(), onScreen);
    QCOMPARE(view()->planScene(), shown);
    QCOMPARE(shown->look().theme, onScreen.theme);
    QCOMPARE(view()->backgroundBrush().color(), onScreen.theme.background());
}

QTEST_MAIN(TestPresenterMode)
#include "tst_PresenterMode.moc"
