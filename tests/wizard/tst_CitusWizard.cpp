// The whole wizard against a real Citus cluster named by SHARDSCOPE_TEST_CITUS_DSN (a
// coordinator reachable without a password prompt: trust, PGPASSWORD or ~/.pgpass):
// connect, check the workers, create, distribute, insert with a bulk load, explain the
// tutorial's queries for users 1 and 2 and compare them, with the routing counter the query
// for user 1 moved. Without the variable it skips.
// It works on a table of its own, dropped before and after.
//
// With SHARDSCOPE_WIZARD_SCREENSHOTS=docs/images it also makes the README's
// docs/images/wizard_<page>_en.png, and routing_counters_en.png.

#include "ClusterCheckStep.h"
#include "CreateTablePage.h"
#include "DistributePage.h"
#include "ExplainPage.h"
#include "ExplainStep.h"
#include "InsertDataPage.h"
#include "InsertStep.h"
#include "LanguageManager.h"
#include "PgConnection.h"
#include "PlanComparisonWidget.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "ResetDemoStep.h"
#include "SqlPanel.h"
#include "StartClusterPage.h"
#include "StatusLabel.h"
#include "TestRequirements.h"
#include "Tutorial.h"
#include "VerifyWorkersPage.h"
#include "WelcomePage.h"
#include "WizardHarness.h"
#include "WorkerBarChart.h"
#include "WorkerPalette.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

using namespace shardscope;

namespace {

// A step on a cluster of this machine takes seconds; a hang fails with the condition that
// was not met, long before ctest's TIMEOUT.
constexpr int patience = 60000;
const QString tableName = QStringLiteral("shardscope_wizard_activity_log");

QTableWidget *resultTable(QWidget *page, const QString &title)
{
    for (QTableWidget *table : page->findChildren<QTableWidget *>()) {
        if (table->accessibleName() == title)
            return table;
    }
    return nullptr;
}

QStringList workersOf(const WorkerBarChart::Counts &counts)
{
    QStringList workers;
    for (const auto &[worker, count] : counts) {
        if (count > 0)
            workers << worker.toString();
    }
    return workers;
}

} // namespace

class TestCitusWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wholeWizard();
    void resumesOnTheExplainPage();

private:
    bool dropTable();
    QString count();
    QStringList workers();

    QString m_dsn;
    // The cluster's two workers as Citus orders them to place shards round robin (by name,
    // then port): a 32-shard table puts user 2 on the first and user 1 on the second,
    // as the tutorial shows with 127.0.0.1:9701 and :9702.
    QString worker1;
    QString worker2;
    QTemporaryDir m_settingsDir;
};

QString TestCitusWizard::count()
{
    PgConnection connection;
    ConnectionProfile profile;
    profile.dsn = m_dsn;
    if (!connection.connectBlocking(profile))
        return QStringLiteral("(no connection)");
    return connection.runBlocking(QStringLiteral("SELECT count(*) FROM %1").arg(tableName)).results.value(0).value(0, 0);
}

QStringList TestCitusWizard::workers()
{
    PgConnection connection;
    ConnectionProfile profile;
    profile.dsn = m_dsn;
    if (!connection.connectBlocking(profile))
        return {};
    const auto outcome = connection.runBlocking(QStringLiteral(
        "SELECT nodename || ':' || nodeport FROM pg_dist_node WHERE groupid <> 0 AND noderole = 'primary' "
        "ORDER BY nodename, nodeport"));
    QStringList names;
    if (outcome.ok() && !outcome.results.isEmpty()) {
        for (int row = 0; row < outcome.results.constFirst().rowCount(); ++row)
            names << outcome.results.constFirst().value(row, 0);
    }
    return names;
}

bool TestCitusWizard::dropTable()
{
    PgConnection connection;
    ConnectionProfile profile;
    profile.dsn = m_dsn;
    if (!connection.connectBlocking(profile))
        return false;
    Tutorial tutorial(&connection, DemoTable{tableName, QStringLiteral("user_id")});
    return tutorial.reset()->runBlocking();
}

void TestCitusWizard::initTestCase()
{
    // The screenshots are taken in both languages (SHARDSCOPE_WIZARD_LANGUAGE=es); the
    // checks hold in either, as they compare with the translated texts.
    QVERIFY(LanguageManager::of(qApp)->setLanguage(qEnvironmentVariable("SHARDSCOPE_WIZARD_LANGUAGE", "en")));
    SHARDSCOPE_REQUIRE_CITUS_DSN(m_dsn);
    const QStringList names = workers();
    QVERIFY2(names.size() == 2, qPrintable(QStringLiteral("this test needs a cluster of exactly two workers, not: ")
                                           + names.join(QLatin1Char(' '))));
    worker1 = names.at(0);
    worker2 = names.at(1);
    QVERIFY(dropTable());
}

void TestCitusWizard::cleanupTestCase()
{
    if (!m_dsn.isEmpty())
        QVERIFY(dropTable());
}

void TestCitusWizard::wholeWizard()
{
    WizardHarness harness(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    SetupWizard *wizard = harness.wizard.get();
    wizard->session()->tutorial()->setTable(DemoTable{tableName, QStringLiteral("user_id")});

    auto *welcome = harness.page<WelcomePage>(SetupWizard::WelcomeId);
    QSignalSpy prerequisites(welcome->checker(), &PrerequisiteChecker::done);
    QVERIFY(prerequisites.wait(patience));
    harness.screenshot(QStringLiteral("wizard_welcome_") + LanguageManager::of(qApp)->language());

    wizard->next();
    auto *start = harness.page<StartClusterPage>(SetupWizard::StartClusterId);
    start->findChild<QComboBox *>()->setCurrentIndex(int(StartClusterPage::Mode::Existing));
    for (QLineEdit *edit : start->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == StartClusterPage::tr("Connection string of the coordinator"))
            edit->setText(m_dsn);
    }
    start->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!start->isBusy(), patience);
    QVERIFY2(start->isComplete(), qPrintable(start->status()->hint()));
    harness.screenshot(QStringLiteral("wizard_start_") + LanguageManager::of(qApp)->language());

    wizard->next();
    auto *verify = harness.page<VerifyWorkersPage>(SetupWizard::VerifyWorkersId);
    QTRY_VERIFY_WITH_TIMEOUT(!verify->step()->isBusy() && verify->step()->state() != TutorialStep::State::Unchecked,
                             patience);
    QVERIFY2(verify->isComplete(), qPrintable(verify->status()->text() + QLatin1Char('\n') + verify->status()->hint()));
    // Each worker shows the colour it keeps in every chart and plan from here on: the
    // session now knows the cluster.
    const auto *workerTable = qobject_cast<QTableWidget *>(verify->results()->widget(0));
    QVERIFY(workerTable && workerTable->rowCount() >= 2);
    const WorkerPalette colours(wizard->session()->workers());
    QCOMPARE(colours.clusterWorkers().size(), qsizetype(workerTable->rowCount()));
    for (int row = 0; row < workerTable->rowCount(); ++row) {
        const QTableWidgetItem *worker = workerTable->item(row, 0);
        const NodeAddress address = NodeAddress::parse(worker->text()).value();
        QVERIFY(colours.contains(address));
        QCOMPARE(worker->data(Qt::DecorationRole).value<QColor>(), colours.color(address));
    }
    harness.screenshot(QStringLiteral("wizard_verify_") + LanguageManager::of(qApp)->language());

    wizard->next();
    auto *create = harness.page<CreateTablePage>(SetupWizard::CreateTableId);
    QVERIFY(create->editor()->toPlainText().startsWith(QStringLiteral("CREATE TABLE %1 (").arg(tableName)));
    QTRY_VERIFY_WITH_TIMEOUT(create->runButton()->isEnabled(), patience);
    create->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!create->step()->isBusy(), patience);
    QVERIFY2(create->isComplete(), qPrintable(create->status()->hint()));
    // Open on one page at least: what runs, and why, is what the wizard teaches.
    auto *panel = create->findChild<SqlPanel *>();
    panel->setExpanded(true);
    QVERIFY(panel->statement().startsWith(QStringLiteral("CREATE TABLE")));
    QVERIFY(panel->equivalent().startsWith(QStringLiteral("psql ")));
    QVERIFY(panel->documentation().host() == QStringLiteral("docs.citusdata.com"));
    harness.screenshot(QStringLiteral("wizard_create_") + LanguageManager::of(qApp)->language());

    wizard->next();
    auto *distribute = harness.page<DistributePage>(SetupWizard::DistributeId);
    QTRY_VERIFY_WITH_TIMEOUT(distribute->runButton()->isEnabled(), patience);
    QCOMPARE(distribute->column()->currentText(), QStringLiteral("user_id"));
    // A column the table has not: Citus refuses, and the page says what that means.
    distribute->column()->setCurrentText(QStringLiteral("tenant_id"));
    distribute->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!distribute->step()->isBusy(), patience);
    QCOMPARE(distribute->status()->status(), StatusLabel::Status::Error);
    QCOMPARE(distribute->status()->text(), StepPage::tr("No such column"));
    QVERIFY2(distribute->status()->hint().contains(QStringLiteral("tenant_id")), qPrintable(distribute->status()->hint()));
    QVERIFY(!distribute->isComplete());
    QVERIFY(distribute->runButton()->isEnabled());
    QCOMPARE(distribute->column()->count(), 4); // the table's columns, to pick from
    distribute->column()->setCurrentText(QStringLiteral("user_id"));
    distribute->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!distribute->step()->isBusy(), patience);
    QVERIFY2(distribute->isComplete(), qPrintable(distribute->status()->hint()));
    QCOMPARE(distribute->status()->status(), StatusLabel::Status::Ok);
    QVERIFY(distribute->chart()->isVisible());
    QStringList workers = workersOf(distribute->chart()->counts());
    QVERIFY2(workers.contains(worker1) && workers.contains(worker2), qPrintable(workers.join(QLatin1Char(' '))));
    QVERIFY(!distribute->column()->isEnabled()); // distributed is distributed
    harness.screenshot(QStringLiteral("wizard_distribute_") + LanguageManager::of(qApp)->language());

    // Back and forth: found distributed, said so, nothing run twice.
    wizard->back();
    wizard->next();
    QTRY_VERIFY2_WITH_TIMEOUT(distribute->step()->wasAlreadyDone(),
                              qPrintable(distribute->status()->text() + QLatin1Char('\n') + distribute->status()->hint()),
                              patience);
    QVERIFY(distribute->status()->text().startsWith(StepPage::tr("Already done: %1").arg(QString())));

    wizard->next();
    auto *insert = harness.page<InsertDataPage>(SetupWizard::InsertDataId);
    QTRY_VERIFY_WITH_TIMEOUT(insert->runButton()->isEnabled(), patience);
    insert->setBulkLoad(true, 2000, 100);
    insert->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!insert->step()->isBusy(), patience);
    QVERIFY2(insert->isComplete(), qPrintable(insert->status()->text() + QLatin1Char('\n') + insert->status()->hint()));
    QCOMPARE(insert->status()->status(), StatusLabel::Status::Ok);
    auto *step = static_cast<InsertStep *>(insert->step());
    QCOMPARE(step->bulkRowsLoaded(), 2000);
    QHash<int, UserPlacement> placements;
    for (const UserPlacement &placement : step->userPlacements())
        placements.insert(placement.userId, placement);
    QCOMPARE(placements.value(1).worker.toString(), worker2);
    QCOMPARE(placements.value(2).worker.toString(), worker1);
    // The same map on screen: user, shard, worker.
    QTableWidget *map = resultTable(insert, InsertStep::tr("Where the tutorial's users went"));
    QVERIFY(map);
    QCOMPARE(map->rowCount(), 3);
    QCOMPARE(map->item(0, 0)->text(), QStringLiteral("1"));
    QCOMPARE(map->item(0, 1)->text(), QString::number(placements.value(1).shardId));
    QCOMPARE(map->item(0, 2)->text(), worker2);
    QCOMPARE(map->item(1, 2)->text(), worker1);
    QVERIFY(insert->chart()->isVisible());
    qint64 rows = 0;
    for (const auto &[worker, count] : insert->chart()->counts())
        rows += count;
    QCOMPARE(rows, 2005);
    workers = workersOf(insert->chart()->counts());
    QVERIFY2(workers.contains(worker1) && workers.contains(worker2), qPrintable(workers.join(QLatin1Char(' '))));
    // psql cannot take the values apart from the text: its command has them inlined.
    const QString psql = insert->findChild<SqlPanel *>()->equivalent();
    QVERIFY2(psql.contains(QStringLiteral("(1::int, 'Logged in')")), qPrintable(psql));
    QVERIFY(insert->findChild<SqlPanel *>()->documentation().host() == QStringLiteral("docs.citusdata.com"));
    harness.screenshot(QStringLiteral("wizard_insert_") + LanguageManager::of(qApp)->language());

    wizard->next();
    auto *explain = harness.page<ExplainPage>(SetupWizard::ExplainId);
    QCOMPARE(explain->editor()->toPlainText(), QStringLiteral("SELECT * FROM %1 WHERE user_id = 1;").arg(tableName));
    QTRY_VERIFY_WITH_TIMEOUT(explain->runButton()->isEnabled(), patience);
    explain->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!explain->step()->isBusy(), patience);
    QVERIFY2(explain->isComplete(), qPrintable(explain->status()->text() + QLatin1Char('\n') + explain->status()->hint()));
    QCOMPARE(explain->status()->status(), StatusLabel::Status::Ok);
    QVERIFY(explain->document()->plan.isDistributed());
    QCOMPARE(explain->planView()->planScene()->legendWorkers(), QStringList{worker2});
    harness.screenshot(QStringLiteral("wizard_explain_") + LanguageManager::of(qApp)->language());
    // Citus's own count agrees: the single-shard counter moved, in words and in a table
    // (where the cluster counts: Citus 13.1 and later).
    const ExplainStep &explainStep = *qobject_cast<ExplainStep *>(explain->step());
    if (const std::optional<RoutingProof> &routing = explainStep.routing()) {
        QCOMPARE(routing->moved(), RoutingProof::Moved::SingleShard);
        QVERIFY2(explain->status()->hint().contains(routing->explanation()), qPrintable(explain->status()->hint()));
        const QTableWidget *counters = resultTable(explain, RoutingProof::tr("Routing counters"));
        QVERIFY(counters);
        QCOMPARE(counters->item(0, 3)->text(), QStringLiteral("+1"));
        QCOMPARE(counters->item(1, 3)->text(), QStringLiteral("0"));
        harness.screenshot(QStringLiteral("routing_counters_") + LanguageManager::of(qApp)->language());
    } else {
        QCOMPARE(explainStep.routingCounters().support, RoutingCounters::Support::TooOld);
    }

    QSignalSpy opened(wizard, &SetupWizard::openPlanRequested);
    explain->openButton()->click();
    QCOMPARE(opened.size(), 1);

    explain->compareButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(explain->comparison()->viewB()->document() != nullptr, patience);
    QTRY_VERIFY_WITH_TIMEOUT(explain->compareButton()->isEnabled(), patience);
    QCOMPARE(explain->comparison()->viewA()->planScene()->legendWorkers(), QStringList{worker2});
    QCOMPARE(explain->comparison()->viewB()->planScene()->legendWorkers(), QStringList{worker1});
    const QString sentences = explain->comparison()->sentences().join(QLatin1Char('\n'));
    QVERIFY2(sentences.contains(QString::number(placements.value(1).shardId))
                 && sentences.contains(QString::number(placements.value(2).shardId)),
             qPrintable(sentences));
    harness.screenshot(QStringLiteral("wizard_explain_compare_") + LanguageManager::of(qApp)->language());

    // A write that Citus will not EXPLAIN ANALYZE (the bigserial default pulls the rows to
    // the coordinator): the plan comes without ANALYZE, the page says why, nothing stays.
    explain->editor()->setPlainText(
        QStringLiteral("INSERT INTO %1 (user_id, action_description) SELECT user_id, 'Copied' FROM %1 WHERE user_id <= 10")
            .arg(tableName));
    QVERIFY(explain->findChild<QLabel *>(QStringLiteral("writeNotice"))->isVisibleTo(explain));
    explain->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!explain->step()->isBusy(), patience);
    QVERIFY2(explain->isComplete(), qPrintable(explain->status()->hint()));
    QCOMPARE(explain->status()->status(), StatusLabel::Status::Warning);
    QCOMPARE(explain->status()->text(),
             ExplainPage::tr("Citus cannot EXPLAIN ANALYZE this statement: the plan is shown without running it"));
    const QString rollback = qobject_cast<ExplainStep *>(explain->step())->rollbackNotice();
    QVERIFY2(explain->status()->hint().contains(rollback), qPrintable(explain->status()->hint()));
    QVERIFY(!explain->document()->plan.analyzed);
    QCOMPARE(count(), QStringLiteral("2005"));
    harness.screenshot(QStringLiteral("wizard_explain_fallback_") + LanguageManager::of(qApp)->language());

    // The tutorial's query again, from its button.
    explain->findChild<QPushButton *>(QStringLiteral("user2"))->click();
    QCOMPARE(explain->editor()->toPlainText(), QStringLiteral("SELECT * FROM %1 WHERE user_id = 2;").arg(tableName));
}

// The settings bring the wizard back to the Explain page, connected again (no password
// needed here), with the last query in the editor.
void TestCitusWizard::resumesOnTheExplainPage()
{
    WizardHarness harness(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    harness.wizard->session()->tutorial()->setTable(DemoTable{tableName, QStringLiteral("user_id")});
    QCOMPARE(harness.wizard->currentId(), int(SetupWizard::ExplainId));
    auto *explain = harness.page<ExplainPage>(SetupWizard::ExplainId);
    QCOMPARE(explain->editor()->toPlainText(), QStringLiteral("SELECT * FROM %1 WHERE user_id = 2;").arg(tableName));
    QTRY_VERIFY_WITH_TIMEOUT(explain->runButton()->isEnabled(), patience);
    explain->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!explain->step()->isBusy(), patience);
    QVERIFY2(explain->isComplete(), qPrintable(explain->status()->hint()));
    QCOMPARE(explain->planView()->planScene()->legendWorkers(), QStringList{worker1});
}

QTEST_MAIN(TestCitusWizard)
#include "tst_CitusWizard.moc"
