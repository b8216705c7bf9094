// Cluster > Shard Map of the main window on a real Citus cluster (SHARDSCOPE_TEST_CITUS_DSN;
// skips without it), through the window's one cluster session: the map read off the UI
// thread, user 1 followed to the shard Citus routes it to and outlined there (also when
// asked for while the map is being read again), the dock tall
// enough for the whole bar and its legend, presenter mode's too; and the
// wizard's last page ("What next?") opening it. In either language
// (SHARDSCOPE_WIZARD_LANGUAGE=es); with SHARDSCOPE_SHARDMAP_SCREENSHOTS naming a directory,
// the map with user 1 highlighted goes there as shard_map_<language>.png, and in presenter
// mode as shard_map_presenter_<language>.png.

#include "CitusTestTable.h"
#include "ClusterSession.h"
#include "ExplainPage.h"
#include "MainWindow.h"
#include "SetupWizard.h"
#include "ShardMapBar.h"
#include "ShardMapPanel.h"
#include "Tutorial.h"
#include "WindowTestSettings.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

namespace {

constexpr int patience = 60000;

} // namespace

class TestShardMapWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void userOneFollowedToItsShard();
    void whatNextOpensTheMap();

private:
    void useTheCluster(MainWindow &window);
    QString language() const { return windowTestLanguage(); }

    QTemporaryDir m_settings;
    void followUserOne(ShardMapPanel *panel, const QString &table);

    CitusTestTable m_table{QStringLiteral("tst_shardmap_window_log")};
};

void TestShardMapWindow::initTestCase()
{
    QVERIFY(useWindowTestSettings(m_settings, QStringLiteral("tst_ShardMapWindow")));
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    QVERIFY2(m_table.prepare(CitusTestTable::Inserted), qPrintable(m_table.error()));
}

void TestShardMapWindow::useTheCluster(MainWindow &window)
{
    window.clusterSession()->useCluster(m_table.profile(), LaunchChoice(LaunchChoice::Kind::Existing));
}

void TestShardMapWindow::userOneFollowedToItsShard()
{
    for (const bool presenter : {false, true}) {
        MainWindow window;
        window.setPresenterModeForThisRun(presenter);
        window.resize(presenter ? 1400 : 1100, presenter ? 900 : 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        useTheCluster(window);

        // In the Cluster menu.
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("shardMapDock"));
        QVERIFY(dock);
        QVERIFY(window.menuBar()->findChild<QMenu *>(QStringLiteral("menuCluster"))->actions().contains(
            dock->toggleViewAction()));
        ShardMapPanel *panel = window.shardMap();
        QSignalSpy shown(panel, &ShardMapPanel::mapShown);
        dock->toggleViewAction()->trigger();
        QVERIFY(dock->isVisible());
        // Read without waiting: the window is still responsive while the read runs.
        QVERIFY(panel->isReading());
        QVERIFY2(shown.wait(patience) || !shown.isEmpty(), qPrintable(panel->statusText()));
        // The tutorial's table first, when there is one.
        const QString tutorial = window.clusterSession()->tutorial()->table().name;
        if (panel->map().table(tutorial))
            QCOMPARE(panel->currentTable(), tutorial);

        followUserOne(panel, m_table.table().name);
        QVERIFY(!QTest::currentTestFailed());
        if (!presenter) {
            // Asked for while the map is read again: followed once the read is over.
            panel->refresh();
            QVERIFY(panel->isReading());
            followUserOne(panel, m_table.table().name);
            QVERIFY(!QTest::currentTestFailed());
        }
        // The dock grew for the path's line too: the bar keeps its height, legend and all.
        QTRY_VERIFY2(panel->bar()->height() >= panel->bar()->sizeHint().height(),
                     qPrintable(QStringLiteral("bar %1 of %2 px").arg(panel->bar()->height()).arg(panel->bar()->sizeHint().height())));

        if (const QString dir = qEnvironmentVariable("SHARDSCOPE_SHARDMAP_SCREENSHOTS"); !dir.isEmpty()) {
            // The tutorial's table, as a class sees it.
            QVERIFY2(panel->map().table(tutorial), "the pictures show the tutorial's table: run `shardscope tutorial`");
            followUserOne(panel, tutorial);
            QVERIFY(!QTest::currentTestFailed());
            QTest::qWait(200);
            const QString name = presenter ? QStringLiteral("shard_map_presenter_%1.png") : QStringLiteral("shard_map_%1.png");
            QVERIFY(dock->grab().save(dir + QLatin1Char('/') + name.arg(language())));
        }
        if (!presenter) {
            // Presenting from here on: the larger font needs a taller dock, and gets it.
            window.setPresenterModeForThisRun(true);
            QTRY_VERIFY2(panel->bar()->height() >= panel->bar()->sizeHint().height(),
                         qPrintable(QStringLiteral("bar %1 of %2 px in presenter mode")
                                        .arg(panel->bar()->height())
                                        .arg(panel->bar()->sizeHint().height())));
            window.setPresenterModeForThisRun(false);
        }
    }
}

void TestShardMapWindow::followUserOne(ShardMapPanel *panel, const QString &table)
{
    QSignalSpy located(panel, &ShardMapPanel::located);
    panel->setCurrentTable(table);
    panel->locate(QStringLiteral("1"));
    QVERIFY2(located.wait(patience), qPrintable(panel->statusText()));
    const PgResult citus = m_table.connection()
                               ->runBlocking(QStringLiteral("SELECT s.shardid, n.nodename || ':' || n.nodeport"
                                                            " FROM (SELECT get_shard_id_for_distribution_column($1, 1)"
                                                            " AS shardid) s JOIN citus_shards n USING (shardid)"),
                                             {table})
                               .results.value(0);
    QCOMPARE(citus.rowCount(), 1);
    QCOMPARE(panel->bar()->highlightedShard(), std::optional<qint64>(citus.value(0, 0).toLongLong()));
    QVERIFY2(panel->locationText().contains(citus.value(0, 0)), qPrintable(panel->locationText()));
    QVERIFY2(panel->locationText().contains(citus.value(0, 1)), qPrintable(panel->locationText()));
}

void TestShardMapWindow::whatNextOpensTheMap()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    useTheCluster(window);
    window.showTutorialWizard();
    auto *wizard = window.findChild<SetupWizard *>();
    QVERIFY(wizard);
    auto *page = qobject_cast<ExplainPage *>(wizard->page(SetupWizard::ExplainId));
    QVERIFY(page);
    QVERIFY(!page->shardMapButton()->text().isEmpty());
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("shardMapDock"));
    QVERIFY(!dock->isVisible());
    QSignalSpy shown(window.shardMap(), &ShardMapPanel::mapShown);
    page->shardMapButton()->click();
    QVERIFY(dock->isVisible());
    QVERIFY2(shown.wait(patience), qPrintable(window.shardMap()->statusText()));
    QVERIFY(!window.shardMap()->map().tables.isEmpty());
    wizard->close();
}

QTEST_MAIN(TestShardMapWindow)
#include "tst_ShardMapWindow.moc"
