// Cluster > Remove a Worker, then Cluster > Add a Worker, in the main window on a real
// Citus cluster (SHARDSCOPE_TEST_CITUS_DSN, two workers or more; skips without them), on a
// tutorial table of the test's own (the tutorial's activity_log for the pictures, when the
// cluster holds it): the last worker drained and removed, then added back with the shards
// moved onto it, the moves shown as they happen and the shard map read again meanwhile;
// no row lost; and the tutorial's query for users 1 and 2 shown before and after, on the
// workers Citus really routes them to. In either language (SHARDSCOPE_WIZARD_LANGUAGE=es);
// with SHARDSCOPE_SCALE_SCREENSHOTS naming a directory, a drain cancelled after a few moves
// leaves work for Cluster > Rebalance, and the window with the dialog mid-rebalance goes there
// as rebalance_<language>.png, and in presenter mode as rebalance_presenter_<language>.png.

#include "CitusTestTable.h"
#include "ClusterScaleControl.h"
#include "ClusterSession.h"
#include "ExplainPage.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PgConnection.h"
#include "ScaleDialog.h"
#include "SetupWizard.h"
#include "ShardMapPanel.h"
#include "TestRequirements.h"
#include "WindowTestSettings.h"

#include <QAction>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

namespace {

// 32 small shards moved on a busy 2-core machine (seconds each, half a minute under load),
// inside ctest's TIMEOUT.
constexpr int moveBoundMs = 600000;

// What scale() does while the shards move.
enum class Midway { WaitForTheEnd, Picture, Cancel };

} // namespace

class TestScaleWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void removeThenAddAWorker();
    void rebalancePictures_data();
    void rebalancePictures();
    void whatNextAddsAWorker();

private:
    QString single(const QString &sql, const QVariantList &params = {});
    QStringList workers();
    QString rowCount() { return single(QStringLiteral("SELECT count(*) FROM %1").arg(m_admin.quoteIdentifier(m_table.name))); }
    QString workerOf(int user);
    // Runs one of the Cluster menu's scaling actions to its end, or cancels it after a few
    // moves; shoots the picture once a move is done when asked.
    void scale(MainWindow &window, const QString &action, Midway midway = Midway::WaitForTheEnd,
               const QString &picture = {});
    // A main window on the cluster, answering the questions with the worker.
    void open(MainWindow &window, bool presenter, const NodeAddress &worker);

    QTemporaryDir m_settings;
    CitusTestTable m_ownTable{QStringLiteral("tst_scale_window_log")};
    // The table the window's tutorial compares users 1 and 2 on.
    DemoTable m_table;
    PgConnection m_admin;
};

void TestScaleWindow::initTestCase()
{
    QVERIFY(useWindowTestSettings(m_settings, QStringLiteral("tst_ScaleWindow")));
    if (!m_ownTable.available())
        QSKIP(CitusTestTable::skipReason());
    PgError error;
    QVERIFY2(m_admin.connectBlocking(m_ownTable.profile(), &error), qPrintable(error.toString()));
    if (workers().size() < 2)
        QSKIP("the cluster needs two workers or more: one is removed and added back");
    m_table = m_ownTable.table();
    // The pictures show the tutorial's own table when there is one.
    const bool tutorialTable =
        single(QStringLiteral("SELECT to_regclass('activity_log') IS NOT NULL")) == QLatin1String("t");
    if (tutorialTable && !qEnvironmentVariableIsEmpty("SHARDSCOPE_SCALE_SCREENSHOTS"))
        m_table.name = QStringLiteral("activity_log");
    else
        QVERIFY2(m_ownTable.prepare(CitusTestTable::Inserted), qPrintable(m_ownTable.error()));
}

QString TestScaleWindow::single(const QString &sql, const QVariantList &params)
{
    const auto outcome = m_admin.runBlocking(sql, params);
    if (!outcome.ok())
        return QStringLiteral("error: ") + outcome.error->message;
    return outcome.results.constLast().value(0, 0);
}

QStringList TestScaleWindow::workers()
{
    const auto outcome = m_admin.runBlocking(QStringLiteral(
        "SELECT nodename || ':' || nodeport FROM pg_dist_node WHERE groupid <> 0 ORDER BY nodeid"));
    QStringList names;
    for (int row = 0; outcome.ok() && row < outcome.results.constLast().rowCount(); ++row)
        names << outcome.results.constLast().value(row, 0);
    return names;
}

QString TestScaleWindow::workerOf(int user)
{
    return single(QStringLiteral("SELECT n.nodename || ':' || n.nodeport FROM pg_dist_placement p JOIN pg_dist_node n "
                                 "USING (groupid) WHERE p.shardid = "
                                 "get_shard_id_for_distribution_column($1, $2::int)"),
                  {m_table.name, user});
}

void TestScaleWindow::scale(MainWindow &window, const QString &action, Midway midway, const QString &picture)
{
    ClusterScaleControl *control = window.scaleControl();
    ScaleDialog *dialog = control->dialog();
    QSignalSpy finished(control, &ClusterScaleControl::finished);
    QSignalSpy mapShown(window.shardMap(), &ShardMapPanel::mapShown);
    window.findChild<QAction *>(action)->trigger();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isRunning());
    // Without blocking: the moves show one by one, and the map is read again between them.
    const int moved = midway == Midway::Cancel ? 3 : 1;
    QVERIFY2(QTest::qWaitFor(
                 [&] { return dialog->progressBar()->maximum() > moved && dialog->progressBar()->value() >= moved; },
                 moveBoundMs),
             qPrintable(dialog->problemText()));
    QVERIFY(dialog->isRunning());
    if (midway == Midway::Picture) {
        // The map read again since, when it can be (a read that meets a shard being moved
        // fails and waits for the next move); the picture is of the moves as they are.
        const bool readAgain =
            QTest::qWaitFor([&] { return mapShown.count() >= 2 && !window.shardMap()->isReading(); }, 60000);
        qInfo() << "shard map read again:" << readAgain << window.shardMap()->statusText();
        const QPixmap main = window.grab();
        const QPixmap side = dialog->grab();
        QPixmap both(main.width() + side.width(), std::max(main.height(), side.height()));
        both.fill(window.palette().color(QPalette::Window));
        QPainter painter(&both);
        painter.drawPixmap(0, 0, main);
        painter.drawPixmap(main.width(), 0, side);
        painter.end();
        QVERIFY(both.save(picture));
    }
    // The picture taken, the rest of the moves would only make the run longer.
    const bool cancel = midway != Midway::WaitForTheEnd;
    if (cancel)
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY2(finished.wait(moveBoundMs) || !finished.isEmpty(), qPrintable(dialog->problemText()));
    QCOMPARE(finished.constFirst().constFirst().toBool(), !cancel);
    QVERIFY(!dialog->isRunning());
    QVERIFY(mapShown.count() >= 1);
}

void TestScaleWindow::open(MainWindow &window, bool presenter, const NodeAddress &worker)
{
    window.setPresenterModeForThisRun(presenter);
    // Tall enough for the shard map's legend of three workers under the plan area.
    window.resize(presenter ? 1400 : 1100, presenter ? 1000 : 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.clusterSession()->useCluster(m_ownTable.profile(), LaunchChoice(LaunchChoice::Kind::Existing));
    window.clusterSession()->tutorial()->setTable(m_table);
    ClusterScaleControl *control = window.scaleControl();
    control->setPollInterval(300);
    control->setQuestions([worker] { return std::optional<NodeAddress>(worker); },
                          [worker](const QList<NodeAddress> &offered) {
                              return offered.contains(worker) ? std::optional<NodeAddress>(worker) : std::nullopt;
                          });
}

void TestScaleWindow::removeThenAddAWorker()
{
    const QString rows = rowCount();
    const QString last = workers().constLast();
    const NodeAddress worker = *NodeAddress::parse(last);
    MainWindow window;
    open(window, false, worker);
    QVERIFY(!QTest::currentTestFailed());
    ClusterScaleControl *control = window.scaleControl();

    // Remove: every shard off it, then out of the cluster; no row lost.
    scale(window, QStringLiteral("actionRemoveWorker"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!workers().contains(last));
    QCOMPARE(rowCount(), rows);
    const QString before1 = workerOf(1);
    const QString before2 = workerOf(2);

    // Add it back (an existing cluster: at the address the user gives); shards move onto it.
    scale(window, QStringLiteral("actionAddWorker"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(workers().contains(last));
    QVERIFY(single(QStringLiteral("SELECT count(*) FROM pg_dist_placement p JOIN pg_dist_node n USING (groupid) "
                                  "WHERE n.nodename = $1 AND n.nodeport = $2"),
                   {worker.host, worker.port})
                .toInt()
            > 0);
    QCOMPARE(rowCount(), rows);

    // Users 1 and 2, side by side: where Citus routed each before and routes it now.
    const QTableWidget *tasks = control->dialog()->taskTable();
    QVERIFY(!tasks->isHidden());
    QCOMPARE(tasks->rowCount(), 2);
    const QStringList befores{before1, before2};
    const QStringList words = control->dialog()->taskMovesText().split(QLatin1Char('\n'));
    QCOMPARE(words.size(), 2);
    for (int row = 0; row < 2; ++row) {
        const QString now = workerOf(row + 1);
        QCOMPARE(tasks->item(row, 1)->text(), befores.at(row));
        QCOMPARE(tasks->item(row, 2)->text(), now);
        QCOMPARE(words.at(row).contains(now) && words.at(row).contains(befores.at(row)), true);
    }
}

void TestScaleWindow::rebalancePictures_data()
{
    QTest::addColumn<bool>("presenter");
    QTest::newRow("window") << false;
    QTest::newRow("presenter mode") << true;
}

void TestScaleWindow::rebalancePictures()
{
    QFETCH(bool, presenter);
    const QString dir = qEnvironmentVariable("SHARDSCOPE_SCALE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("pictures only when SHARDSCOPE_SCALE_SCREENSHOTS names a directory");
    const QString last = workers().constLast();
    MainWindow window;
    open(window, presenter, *NodeAddress::parse(last));
    QVERIFY(!QTest::currentTestFailed());
    // A drain cancelled after a few moves: the worker stays, with fewer shards than the others.
    scale(window, QStringLiteral("actionRemoveWorker"), Midway::Cancel);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(workers().contains(last));
    const QString name = presenter ? QStringLiteral("/rebalance_presenter_%1.png") : QStringLiteral("/rebalance_%1.png");
    scale(window, QStringLiteral("actionRebalance"), Midway::Picture, dir + name.arg(windowTestLanguage()));
}

// The wizard's last page offers the same Add a Worker: for an existing cluster it asks
// where the worker runs, and no answer changes nothing.
void TestScaleWindow::whatNextAddsAWorker()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.clusterSession()->useCluster(m_ownTable.profile(), LaunchChoice(LaunchChoice::Kind::Existing));
    int asked = 0;
    window.scaleControl()->setQuestions(
        [&asked] {
            ++asked;
            return std::optional<NodeAddress>();
        },
        {});
    window.showTutorialWizard();
    auto *wizard = window.findChild<SetupWizard *>();
    QVERIFY(wizard);
    auto *page = qobject_cast<ExplainPage *>(wizard->page(SetupWizard::ExplainId));
    QVERIFY(page);
    QVERIFY(!page->addWorkerButton()->text().isEmpty());
    page->addWorkerButton()->click();
    QCOMPARE(asked, 1);
    QVERIFY(!window.scaleControl()->isBusy());
    QVERIFY(!window.scaleControl()->dialog()->isVisible());
    wizard->close();
}

QTEST_MAIN(TestScaleWindow)
#include "tst_ScaleWindow.moc"
