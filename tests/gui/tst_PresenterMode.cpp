// Presenter mode for the front of a classroom: a larger, high-contrast drawing with thick
// edges and the workers' legend pinned in sight; otherwise the drawing follows the dark or
// light palette of the desktop. Exports stay drawn for paper.

#include "Fixtures.h"

#include "EdgeLayerItem.h"
#include "LegendItem.h"
#include "MainWindow.h"
#include "PlanScene.h"
#include "PlanStyle.h"
#include "PlanView.h"
#include "WorkerChart.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QImage>
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
    void darkPaletteDarkensTheDrawing();
    void exportsAreDrawnForPaper();

private:
    PlanView *view() const { return m_window->findChild<PlanView *>(QStringLiteral("planView")); }

    QTemporaryDir m_settings;
    MainWindow *m_window = nullptr;
};

void TestPresenterMode::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ShardScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_PresenterMode"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
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
    QVERIFY2(QThreadPool::globalInstance()->waitForDone(patience), "a background load did not end");
}

void TestPresenterMode::presenterModeEnlargesAndPinsTheLegend()
{
    const double normalFont = m_window->font().pointSizeF();
    const double normalEdge = view()->planScene()->edges()->edges().at(0).width;
    QVERIFY(view()->planScene()->legend()->isVisible());

    m_window->findChild<QAction *>(QStringLiteral("actionPresenterMode"))->trigger();
    QVERIFY(m_window->isPresenterMode());
    QCOMPARE(PlanStyle::theme(), PlanStyle::Theme::Presenter);
    QVERIFY(view()->isPresenterMode());
    QVERIFY(m_window->font().pointSizeF() > normalFont);
    // 1:1 is larger: what reads at a desk must read from the back of the room.
    view()->actualSize();
    QCOMPARE(view()->zoom(), PlanView::presenterMagnification);
    QVERIFY(view()->planScene()->edges()->edges().at(0).width > normalEdge);
    QCOMPARE(PlanStyle::text(), QColor(Qt::black));
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
    QCOMPARE(PlanStyle::theme(), PlanStyle::Theme::Light);
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

void TestPresenterMode::darkPaletteDarkensTheDrawing()
{
    m_window->setPalette(darkPalette());
    QCOMPARE(PlanStyle::theme(), PlanStyle::Theme::Dark);
    QVERIFY(PlanStyle::background().lightness() < 64);
    QVERIFY(PlanStyle::text().lightness() > 192);
    QCOMPARE(view()->backgroundBrush().color(), PlanStyle::background());
    // The worker chart's axes are written in the palette's text colour, readable on dark.
    const auto *chartView = m_window->findChild<WorkerChart *>()->findChild<QChartView *>();
    QVERIFY(chartView && !chartView->chart()->axes().isEmpty());
    for (const QAbstractAxis *axis : chartView->chart()->axes())
        QVERIFY(axis->labelsColor().lightness() > 160);
    if (const QString shot = qEnvironmentVariable("SHARDSCOPE_DARK_SCREENSHOT"); !shot.isEmpty())
        m_window->grab().save(shot);
    m_window->setPalette(QPalette());
    QCOMPARE(PlanStyle::theme(), PlanStyle::Theme::Light);
}

void TestPresenterMode::exportsAreDrawnForPaper()
{
    m_window->setPresenterMode(true);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("plan.png"));
    QString error;
    QVERIFY2(m_window->exportTo(path, &error), qPrintable(error));
    QCOMPARE(PlanStyle::theme(), PlanStyle::Theme::Presenter);
    m_window->setPresenterMode(false);
}

QTEST_MAIN(TestPresenterMode)
#include "tst_PresenterMode.moc"
