// The pages that talk SQL, against a throwaway plain PostgreSQL: as far as the tutorial
// goes without Citus. Connecting to an existing server, the Verify page's "not a Citus
// cluster" state (saying what Citus lacks there, as the server reports it), creating the table (and finding it there on a second visit), the rows
// going in and the plan being local, and resuming on the last page after a restart
// without keeping the password.

#include "CitusExpectation.h"
#include "ClusterSession.h"
#include "CreateTablePage.h"
#include "DistributePage.h"
#include "ErrorDiagnosis.h"
#include "ExplainPage.h"
#include "ExplainStep.h"
#include "InsertDataPage.h"
#include "LargeView.h"
#include "PgConnection.h"
#include "PlanComparisonWidget.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "StartClusterPage.h"
#include "StatusLabel.h"
#include "TestServer.h"
#include "TutorialStep.h"
#include "VerifyWorkersPage.h"
#include "WizardHarness.h"
#include "WorkerBarChart.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>

using namespace shardscope;

namespace {

// Generous for a step on a local server (they take well under a second), and short enough
// that a hang fails with the condition that was not met, long before ctest's TIMEOUT.
constexpr int patience = 30000;

// Qt's Back in another language, as Qt's own translations would have it.
class QtBackTranslator : public QTranslator
{
public:
    static QString back() { return QStringLiteral("< &Zurück"); }

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "QWizard") == 0 && qstrcmp(source, "< &Back") == 0 ? back() : QString();
    }
};

} // namespace

class TestSqlPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void clickThroughToCreateTable();
    void insertAndExplainWithoutCitus();
    void resumesAfterRestart();
    void backFromResumedPage();
    void keepsItsTextsOnLanguageChange();
    void passwordInTheDsnIsNotKept();

private:
    QString settingsFile() const { return m_settingsDir.filePath(QStringLiteral("settings.ini")); }
    ConnectionProfile profile() const;
    QString scalar(const QString &sql);

    void verifyNotCitus(const StepPage *page) const;

    TestServer m_server;
    CitusExpectation m_citus;
    QTemporaryDir m_settingsDir;
    // The first four tests go on where the one before left the wizard and the server.
    bool m_chainBroken = false;
};

void TestSqlPages::initTestCase()
{
    SHARDSCOPE_START_TEST_SERVER(m_server);
    m_citus = CitusExpectation::of(m_server);
    QVERIFY2(m_citus.isKnown(), qPrintable(m_citus.error));
}

void TestSqlPages::cleanup()
{
    m_chainBroken = m_chainBroken || QTest::currentTestFailed();
}

#define REQUIRE_CHAIN()                                                                                                \
    do {                                                                                                               \
        if (m_chainBroken)                                                                                             \
            QFAIL("a test before failed, and this one goes on where that one should have left the wizard");            \
    } while (false)

// The page says this is no Citus cluster, and why, as this server has it.
void TestSqlPages::verifyNotCitus(const StepPage *page) const
{
    QTRY_VERIFY_WITH_TIMEOUT(page->status()->status() == StatusLabel::Status::Error, patience);
    QVERIFY2(page->status()->text().startsWith(QLatin1String("Not a Citus cluster")), qPrintable(page->status()->text()));
    QVERIFY2(page->status()->hint().startsWith(m_citus.explanation), qPrintable(page->status()->hint()));
}

ConnectionProfile TestSqlPages::profile() const
{
    ConnectionProfile profile;
    profile.dsn = m_server.dsn();
    profile.password = m_server.password();
    return profile;
}

QString TestSqlPages::scalar(const QString &sql)
{
    PgConnection check;
    if (!check.connectBlocking(profile()))
        return QStringLiteral("(no connection)");
    return check.runBlocking(sql).results.value(0).value(0, 0);
}

void TestSqlPages::clickThroughToCreateTable()
{
    WizardHarness harness(settingsFile());
    SetupWizard *wizard = harness.wizard.get();
    wizard->next();
    auto *start = harness.page<StartClusterPage>(SetupWizard::StartClusterId);
    QCOMPARE(wizard->currentPage(), start);
    start->findChild<QComboBox *>()->setCurrentIndex(int(StartClusterPage::Mode::Existing));
    lineEdit(start, StartClusterPage::tr("Connection string of the coordinator"))->setText(m_server.dsn());
    lineEdit(start, StartClusterPage::tr("Password"))->setText(m_server.password());
    harness.screenshot(QStringLiteral("2-start-existing"));
    start->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!start->isBusy(), patience);
    QVERIFY2(start->isComplete(), qPrintable(start->status()->hint()));

    wizard->next();
    auto *verify = harness.page<VerifyWorkersPage>(SetupWizard::VerifyWorkersId);
    QCOMPARE(wizard->currentPage(), verify);
    verifyNotCitus(verify);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!verify->isComplete());
    QVERIFY(!verify->runButton()->isEnabled()); // no worker to register
    harness.screenshot(QStringLiteral("3-verify-not-citus"));

    // Plain PostgreSQL can still show the next step, which needs no Citus.
    wizard->next();
    auto *create = harness.page<CreateTablePage>(SetupWizard::CreateTableId);
    QCOMPARE(wizard->currentPage(), create);
    QVERIFY(create->editor()->toPlainText().startsWith(QStringLiteral("CREATE TABLE activity_log (")));
    QTRY_VERIFY_WITH_TIMEOUT(create->runButton()->isEnabled(), patience);
    QVERIFY(!create->isComplete());
    harness.screenshot(QStringLiteral("4-create-table-todo"));
    create->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(create->isComplete(), patience);
    QCOMPARE(create->status()->status(), StatusLabel::Status::Ok);
    QVERIFY(!create->runButton()->isEnabled()); // not twice
    harness.screenshot(QStringLiteral("4-create-table-done"));

    QCOMPARE(scalar(QStringLiteral("SELECT to_regclass('activity_log') IS NOT NULL")), QStringLiteral("t"));

    // Back and forth finds it there and does not try again.
    wizard->back();
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(create->step()->wasAlreadyDone(), patience);
    QVERIFY(create->isComplete());
    QVERIFY(create->status()->text().startsWith(StepPage::tr("Already done: %1").arg(QString())));
    harness.screenshot(QStringLiteral("4-create-table-exists"));

    // Distributing is where plain PostgreSQL ends: said as such, with the columns to choose from.
    wizard->next();
    auto *distribute = harness.page<DistributePage>(SetupWizard::DistributeId);
    QCOMPARE(wizard->currentPage(), distribute);
    verifyNotCitus(distribute);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(distribute->column()->count(), 4, patience);
    QCOMPARE(distribute->column()->currentText(), QStringLiteral("user_id"));
    QVERIFY(!distribute->isComplete());
    harness.screenshot(QStringLiteral("5-distribute-not-citus"));
}

// Past the Citus boundary: the rows still go in and the plan is PostgreSQL's own, each
// page saying so rather than failing.
void TestSqlPages::insertAndExplainWithoutCitus()
{
    REQUIRE_CHAIN();
    WizardHarness harness(settingsFile(), profile());
    SetupWizard *wizard = harness.wizard.get();
    QCOMPARE(wizard->currentId(), int(SetupWizard::DistributeId));
    auto *distribute = harness.page<DistributePage>(SetupWizard::DistributeId);
    QTRY_VERIFY_WITH_TIMEOUT(distribute->status()->status() == StatusLabel::Status::Error, patience);

    wizard->next();
    auto *insert = harness.page<InsertDataPage>(SetupWizard::InsertDataId);
    QCOMPARE(wizard->currentPage(), insert);
    QTRY_VERIFY_WITH_TIMEOUT(insert->runButton()->isEnabled(), patience);
    QVERIFY(!insert->isComplete());
    insert->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(insert->isComplete(), patience);
    QCOMPARE(insert->status()->status(), StatusLabel::Status::Warning);
    QVERIFY2(insert->status()->text().startsWith(QStringLiteral("Not a Citus cluster")),
             qPrintable(insert->status()->text()));
    QVERIFY(insert->status()->hint().contains(QStringLiteral("5 inserted")));
    QVERIFY(insert->chart()->isHidden()); // no workers to chart
    QVERIFY(!insert->runButton()->isEnabled());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), QStringLiteral("5"));
    harness.screenshot(QStringLiteral("6-insert-not-citus"));

    // A bulk load asked for afterwards: Run has work again. A large one, cancelled while
    // the rows stream, leaves none of them: COPY is a single statement.
    insert->findChild<QGroupBox *>(QStringLiteral("bulk"))->setChecked(true);
    QVERIFY(insert->runButton()->isEnabled());
    insert->setBulkLoad(true, 10000000, 50);
    insert->runButton()->click();
    QProgressBar *progress = insert->progress();
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && progress->value() > 0, patience);
    QVERIFY(insert->cancelButton()->isEnabled());
    harness.screenshot(QStringLiteral("6-insert-bulk-loading"));
    insert->cancelButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!insert->step()->isBusy(), patience);
    QCOMPARE(insert->status()->status(), StatusLabel::Status::Warning);
    QCOMPARE(insert->status()->text(), StepPage::tr("Cancelled"));
    QVERIFY(!progress->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), QStringLiteral("5"));

    // A smaller one goes in.
    insert->setBulkLoad(true, 3000, 50);
    QVERIFY(insert->runButton()->isEnabled());
    insert->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!insert->step()->isBusy(), patience);
    QVERIFY2(insert->isComplete(), qPrintable(insert->status()->hint()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), QStringLiteral("3005"));
    // The bulk rows belong to 50 users of their own, apart from the tutorial's five rows.
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT user_id) FROM activity_log WHERE user_id > 1000")),
             QStringLiteral("50"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log WHERE user_id <= 1000")), QStringLiteral("5"));

    wizard->next();
    auto *explain = harness.page<ExplainPage>(SetupWizard::ExplainId);
    QCOMPARE(wizard->currentPage(), explain);
    QCOMPARE(explain->editor()->toPlainText(), QStringLiteral("SELECT * FROM activity_log WHERE user_id = 1;"));
    QTRY_VERIFY_WITH_TIMEOUT(explain->runButton()->isEnabled(), patience);
    explain->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(explain->isComplete(), patience);
    QCOMPARE(explain->status()->status(), StatusLabel::Status::Warning);
    QVERIFY2(explain->status()->text().startsWith(QStringLiteral("Not a distributed plan")),
             qPrintable(explain->status()->text()));
    QVERIFY(explain->document());
    QCOMPARE(explain->planView()->document(), explain->document());
    QVERIFY(!explain->document()->plan.isDistributed());
    QVERIFY(explain->planView()->planScene()->legendWorkers().isEmpty());
    QVERIFY(explain->openButton()->isEnabled());
    QSignalSpy opened(wizard, &SetupWizard::openPlanRequested);
    explain->openButton()->click();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().value<PlanDocumentPtr>(), explain->document());
    harness.screenshot(QStringLiteral("7-explain-not-citus"));

    // The plan has the room: most of the page at the size the wizard opens at (WizardSize,
    // the harness's), and the whole screen on demand, coming back to the page after.
    QVERIFY(explain->planArea()->isVisible());
    const double share = double(explain->planArea()->height()) / explain->height();
    QVERIFY2(share >= 0.6, qPrintable(QString::number(share)));
    auto *tabs = explain->planArea()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    const int pageHeight = tabs->height();
    QVERIFY(explain->showLargeButton()->isEnabled());
    explain->showLargeButton()->click();
    auto *large = explain->findChild<LargeView *>();
    QVERIFY(large);
    QVERIFY(QTest::qWaitForWindowExposed(large));
    QCOMPARE(tabs->window(), large);
    QVERIFY(large->isModal());
    QTRY_VERIFY(tabs->height() > pageHeight);
    large->backButton()->click();
    QCOMPARE(tabs->parentWidget(), explain->planArea());
    QVERIFY(tabs->isVisible());
    QTRY_COMPARE(tabs->height(), pageHeight);
    QCOMPARE(explain->planView()->document(), explain->document());

    // Both tutorial queries, one after the other, side by side.
    explain->compareButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(explain->comparison()->viewB()->document() != nullptr, patience);
    QCOMPARE(explain->comparison()->viewA()->document()->name, ExplainPage::tr("Query for user %1").arg(1));
    QCOMPARE(explain->comparison()->viewB()->document()->name, ExplainPage::tr("Query for user %1").arg(2));
    QVERIFY(!explain->comparison()->sentences().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(explain->compareButton()->isEnabled(), patience);
    harness.screenshot(QStringLiteral("7-explain-compare-not-citus"));

    // A statement that writes really runs under ANALYZE, and is rolled back.
    explain->editor()->setPlainText(QStringLiteral("DELETE FROM activity_log WHERE user_id = 1"));
    QVERIFY(explain->findChild<QLabel *>(QStringLiteral("writeNotice"))->isVisibleTo(explain));
    explain->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!explain->step()->isBusy(), patience);
    QVERIFY2(explain->isComplete(), qPrintable(explain->status()->hint()));
    QVERIFY2(explain->status()->hint().contains(QStringLiteral("rolled back")), qPrintable(explain->status()->hint()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), QStringLiteral("3005"));
}

void TestSqlPages::resumesAfterRestart()
{
    REQUIRE_CHAIN();
    {
        WizardHarness harness(settingsFile());
        QCOMPARE(harness.wizard->currentId(), int(SetupWizard::ExplainId));
        QCOMPARE(harness.session->profile().dsn, m_server.dsn());
        QVERIFY(harness.session->profile().password.isEmpty());
        QCOMPARE(harness.session->launchChoice().kind, LaunchChoice::Kind::Existing);
        QCOMPARE(harness.wizard->field(QStringLiteral("bulkRows")).toInt(), 3000);
        QCOMPARE(harness.wizard->field(QStringLiteral("bulkLoad")).toBool(), true);
        // Without the password, kept nowhere, the page asks to go back for it.
        auto *explain = harness.page<ExplainPage>(SetupWizard::ExplainId);
        QCOMPARE(explain->editor()->toPlainText(), QStringLiteral("DELETE FROM activity_log WHERE user_id = 1"));
        QTRY_VERIFY_WITH_TIMEOUT(explain->status()->status() == StatusLabel::Status::Error, patience);
        QCOMPARE(explain->status()->text(), StepPage::tr("Not connected to a cluster"));
        QVERIFY(!explain->runButton()->isEnabled());
        QVERIFY(!harness.wizard->session()->isConnected());
        harness.screenshot(QStringLiteral("7-explain-resumed"));
    }
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_server.password().toUtf8()));
}

// Resumed on a later page, QWizard has no history to go back through: Back still goes to
// the page before, one at a time down to the first, leaving each page as Back does (a load
// running there is stopped); from there Next goes forward again.
void TestSqlPages::backFromResumedPage()
{
    REQUIRE_CHAIN();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    QSettings(file, QSettings::IniFormat).setValue(QStringLiteral("wizard/page"), int(SetupWizard::InsertDataId));
    WizardHarness harness(file, profile());
    SetupWizard *wizard = harness.wizard.get();
    QAbstractButton *back = wizard->button(QWizard::CustomButton1);
    QAbstractButton *qtBack = wizard->button(QWizard::BackButton);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::InsertDataId));
    QCOMPARE(wizard->visitedIds(), QList<int>{SetupWizard::InsertDataId});
    QVERIFY(back->isVisible());
    QVERIFY(back->isEnabled());
    QVERIFY(!qtBack->isVisible());
    QCOMPARE(back->text(), qtBack->text());
    {
        QtBackTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::processEvents(); // the LanguageChange posted to the window
        QCOMPARE(back->text(), QtBackTranslator::back());
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::processEvents();
        QCOMPARE(back->text(), qtBack->text());
    }

    auto *insert = harness.page<InsertDataPage>(SetupWizard::InsertDataId);
    const QString rows = scalar(QStringLiteral("SELECT count(*) FROM activity_log"));
    insert->setBulkLoad(true, 10000000, 50);
    QTRY_VERIFY_WITH_TIMEOUT(insert->runButton()->isEnabled(), patience);
    insert->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(insert->progress()->isVisible() && insert->progress()->value() > 0, patience);
    harness.screenshot(QStringLiteral("6-insert-resumed-loading"));
    back->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::DistributeId));
    QTRY_VERIFY_WITH_TIMEOUT(!insert->step()->isBusy(), patience);
    QVERIFY(insert->step()->error());
    QCOMPARE(insert->step()->error()->problem, ErrorDiagnosis::Problem::Canceled);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), rows);

    for (int id = SetupWizard::DistributeId; id > SetupWizard::WelcomeId; --id) {
        QCOMPARE(wizard->currentId(), id);
        QCOMPARE(wizard->visitedIds(), QList<int>{id});
        QVERIFY(back->isVisible());
        QVERIFY(back->isEnabled());
        QVERIFY(!qtBack->isVisible());
        back->click();
    }
    QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomeId));
    QVERIFY(!back->isVisible());
    QVERIFY(qtBack->isVisible());
    QVERIFY(!qtBack->isEnabled()); // nothing before the first page
    QCOMPARE(harness.settings.value(QStringLiteral("wizard/page")).toInt(), int(SetupWizard::WelcomeId));

    // Forward again with Qt's own Back behind: still connected from the pages on the way.
    QVERIFY(next->isEnabled());
    next->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::StartClusterId));
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), patience);
    next->click();
    QCOMPARE(wizard->visitedIds(),
             (QList<int>{SetupWizard::WelcomeId, SetupWizard::StartClusterId, SetupWizard::VerifyWorkersId}));
    QVERIFY(qtBack->isVisible());
    QVERIFY(qtBack->isEnabled());
    QVERIFY(!back->isVisible());
    qtBack->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::StartClusterId));
}

// A language switch sets every text again: each page its own, not the base page's.
void TestSqlPages::keepsItsTextsOnLanguageChange()
{
    QTemporaryDir dir;
    WizardHarness harness(dir.filePath(QStringLiteral("settings.ini")));
    QHash<int, QString> runTexts;
    for (int id : {int(SetupWizard::CreateTableId), int(SetupWizard::DistributeId), int(SetupWizard::InsertDataId),
                   int(SetupWizard::ExplainId)})
        runTexts.insert(id, harness.page<StepPage>(id)->runButton()->text());
    QEvent change(QEvent::LanguageChange);
    for (int id : runTexts.keys()) {
        auto *page = harness.page<StepPage>(id);
        QCoreApplication::sendEvent(page, &change);
        QCOMPARE(page->runButton()->text(), runTexts.value(id));
        QVERIFY(page->runButton()->text() != StepPage::tr("&Run"));
        QVERIFY(!page->title().isEmpty());
        QVERIFY(!page->subTitle().isEmpty());
    }
    auto *explain = harness.page<ExplainPage>(SetupWizard::ExplainId);
    QCOMPARE(explain->compareButton()->text(), ExplainPage::tr("Com&pare user 1 and user 2"));
    QCOMPARE(explain->findChild<QPushButton *>(QStringLiteral("user1"))->text(), QStringLiteral("User &1"));
}

// A password typed into the connection string stays in memory: the settings keep the
// string without it.
void TestSqlPages::passwordInTheDsnIsNotKept()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        WizardHarness harness(file);
        ConnectionProfile typed;
        typed.dsn = QStringLiteral("host=db.example.org port=6432 user=teacher password=s3cr3t-Pw");
        harness.session->useCluster(typed, LaunchChoice{LaunchChoice::Kind::Existing});
    }
    QSettings settings(file, QSettings::IniFormat);
    const QString kept = settings.value(QStringLiteral("wizard/dsn")).toString();
    QVERIFY2(kept.contains(QLatin1String("db.example.org")) && kept.contains(QLatin1String("6432")), qPrintable(kept));
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("s3cr3t-Pw"));
}

QTEST_MAIN(TestSqlPages)
#include "tst_SqlPages.moc"
