// Cluster > Stop a Worker and Start It Again in the main window, on a real Citus cluster
// started on this machine with shardscope up --mode local (SHARDSCOPE_TEST_CITUS_DSN; skips
// without it, or when the worker's server is not on this machine), through the launcher as
// a learner does it: the Lost Worker dialog names the stopped worker as listed by Citus yet
// not answering, greys its shards (in the shard map dock too), shows user 1's query failing
// with its shard and the refused connection explained while user 2's works; started again,
// every query works and the rows of each shard are those of before. In either language
// (SHARDSCOPE_WIZARD_LANGUAGE=es); with SHARDSCOPE_OUTAGE_SCREENSHOTS naming a directory,
// the dialog with the worker stopped goes there as stopped_worker_<language>.png, and in
// presenter mode as stopped_worker_presenter_<language>.png. The worker is started again
// however the test ends.

#include "CitusTestTable.h"
#include "ClusterSession.h"
#include "LanguageManager.h"
#include "LocalClusterWorker.h"
#include "MainWindow.h"
#include "OutageDialog.h"
#include "OutageReportText.h"
#include "ShardMapBar.h"
#include "ShardMapPanel.h"
#include "ShardscopeRun.h"
#include "WindowTestSettings.h"
#include "WorkerOutageControl.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

namespace {

constexpr int patience = 120000;

QAction *clusterAction(MainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->findChild<QMenu *>(QStringLiteral("menuCluster"))->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestOutageWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stopAndStartAWorker();

private:
    QTemporaryDir m_settings;
    CitusTestTable m_table{QStringLiteral("tst_outage_window_log")};
};

void TestOutageWindow::initTestCase()
{
    QVERIFY(useWindowTestSettings(m_settings, QStringLiteral("tst_OutageWindow")));
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    QVERIFY2(m_table.prepare(CitusTestTable::Inserted), qPrintable(m_table.error()));
    if (m_table.workerOf(1) == m_table.workerOf(2))
        QSKIP("users 1 and 2 share a worker on this cluster: the test needs them apart (two workers, 32 shards)");
}

void TestOutageWindow::stopAndStartAWorker()
{
    const QString screenshots = qEnvironmentVariable("SHARDSCOPE_OUTAGE_SCREENSHOTS");
    // The pictures show the tutorial's own table, as a class sees it.
    const DemoTable table = screenshots.isEmpty() ? m_table.table() : DemoTable();
    const PgResult user1 = m_table.connection()
                               ->runBlocking(QStringLiteral("SELECT s.shardid, n.nodename, n.nodeport"
                                                            " FROM (SELECT get_shard_id_for_distribution_column($1, 1)"
                                                            " AS shardid) s JOIN citus_shards n USING (shardid)"),
                                             {table.name})
                               .results.value(0);
    QVERIFY2(user1.rowCount() == 1, "the pictures show the tutorial's table: run `shardscope tutorial`");
    const QString shard = user1.value(0, 0);
    const NodeAddress lost{user1.value(0, 1), user1.value(0, 2).toInt()};
    QString why;
    const auto local = LocalClusterWorker::find(m_table.profile(), lost, &why);
    if (!local)
        QSKIP(qPrintable(why));
    // However the test ends, the worker runs again.
    const auto guard = qScopeGuard([&] {
        ShardscopeRun({QStringLiteral("up"), QStringLiteral("--workers"), QString::number(local->workers),
                       QStringLiteral("--mode"), QStringLiteral("local"), QStringLiteral("--data-dir"), local->directory});
    });

    for (const bool presenter : {false, true}) {
        if (presenter && screenshots.isEmpty())
            break;
        MainWindow window;
        window.setPresenterModeForThisRun(presenter);
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LaunchChoice choice(LaunchChoice::Kind::Local);
        choice.localDirectory = local->directory;
        choice.workers = local->workers;
        window.clusterSession()->useCluster(m_table.profile(), choice);
        window.clusterSession()->tutorial()->setTable(table);

        WorkerOutageControl *control = window.outageControl();
        QList<NodeAddress> offered;
        control->setWorkerQuestion([&](const QList<NodeAddress> &workers) {
            offered = workers;
            return std::optional<NodeAddress>(lost);
        });
        QSignalSpy shown(control, &WorkerOutageControl::reportShown);
        QAction *stop = clusterAction(window, MainWindow::tr("Stop a &Worker…"));
        QVERIFY(stop);
        stop->trigger();
        OutageDialog *dialog = control->dialog();
        QVERIFY(dialog->isVisible());
        // The counts before, then the report with the worker stopped.
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, patience);
        QVERIFY(offered.contains(lost));
        QCOMPARE(control->stoppedWorker(), std::optional<NodeAddress>(lost));
        QCOMPARE(dialog->bar()->lostWorkers(), QList<NodeAddress>{lost});
        QCOMPARE(window.shardMap()->bar()->lostWorkers(), QList<NodeAddress>{lost});
        QVERIFY2(dialog->headline().contains(lost.toString()), qPrintable(dialog->headline()));
        const QString details = dialog->details();
        QVERIFY2(details.contains(QStringLiteral("✗ ") + OutageReportText::tr("User %1: fails (%2)")
                                                            .arg(1)
                                                            .arg(OutageReportText::tr("shard %1 on %2").arg(shard, lost.toString()))
                                                            .toHtmlEscaped()),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("✓ ")), qPrintable(details));
        QVERIFY(dialog->startButton()->isEnabled());
        if (!screenshots.isEmpty()) {
            // Whole, as on a real screen (the offscreen one is small).
            dialog->resize(presenter ? QSize(1300, 1000) : QSize(1000, 780));
            QTest::qWait(200);
            const QString name = presenter ? QStringLiteral("stopped_worker_presenter_%1.png") : QStringLiteral("stopped_worker_%1.png");
            QVERIFY(dialog->grab().save(screenshots + QLatin1Char('/') + name.arg(windowTestLanguage())));
        }

        dialog->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, patience);
        QVERIFY2(dialog->bar()->lostWorkers().isEmpty(), qPrintable(dialog->details()));
        QVERIFY(window.shardMap()->bar()->lostWorkers().isEmpty());
        QVERIFY(!control->stoppedWorker());
        QVERIFY2(dialog->details().contains(
                     OutageReportText::tr("Row counts per shard are the same as before: %n shard(s), %1. Nothing was lost.",
                                          nullptr, 32)
                         .section(QLatin1Char(':'), 0, 0)),
                 qPrintable(dialog->details()));
        QVERIFY(!dialog->details().contains(QStringLiteral("✗ ")));
        QVERIFY(!dialog->startButton()->isEnabled());
    }
}

QTEST_MAIN(TestOutageWindow)
#include "tst_OutageWindow.moc"
