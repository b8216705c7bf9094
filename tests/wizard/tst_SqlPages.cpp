// The pages that talk SQL, against a throwaway plain PostgreSQL: as far as the tutorial
// goes without Citus. Connecting to an existing server, the Verify page's "not a Citus
// cluster" state, creating the table (and finding it there on a second visit), and
// resuming on the last page after a restart without keeping the password.

#include "CreateTablePage.h"
#include "DistributePage.h"
#include "PgConnection.h"
#include "StartClusterPage.h"
#include "StatusLabel.h"
#include "TestServer.h"
#include "TutorialStep.h"
#include "VerifyWorkersPage.h"
#include "WizardHarness.h"
#include "WizardSession.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace shardscope;

namespace {

// Generous: only there so that a hang fails the test instead of stalling the run.
constexpr int patience = 120000;

QLineEdit *lineEdit(QWidget *page, const QString &accessibleName)
{
    for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

} // namespace

class TestSqlPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clickThroughToCreateTable();
    void resumesAfterRestart();

private:
    QString settingsFile() const { return m_settingsDir.filePath(QStringLiteral("settings.ini")); }

    TestServer m_server;
    QTemporaryDir m_settingsDir;
};

void TestSqlPages::initTestCase()
{
    SHARDSCOPE_START_TEST_SERVER(m_server);
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
    QTRY_VERIFY_WITH_TIMEOUT(verify->status()->status() == StatusLabel::Status::Error, patience);
    QVERIFY2(verify->status()->text().contains(QStringLiteral("Citus is not installed")),
             qPrintable(verify->status()->text()));
    QVERIFY(!verify->status()->hint().isEmpty());
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

    PgConnection check;
    ConnectionProfile profile;
    profile.dsn = m_server.dsn();
    profile.password = m_server.password();
    QVERIFY(check.connectBlocking(profile));
    QCOMPARE(check.runBlocking(QStringLiteral("SELECT to_regclass('activity_log') IS NOT NULL")).results.value(0).value(0, 0),
             QStringLiteral("t"));

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
    QTRY_VERIFY_WITH_TIMEOUT(distribute->status()->status() == StatusLabel::Status::Error, patience);
    QVERIFY2(distribute->status()->text().contains(QStringLiteral("Citus is not installed")),
             qPrintable(distribute->status()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(distribute->column()->count(), 4, patience);
    QCOMPARE(distribute->column()->currentText(), QStringLiteral("user_id"));
    QVERIFY(!distribute->isComplete());
    harness.screenshot(QStringLiteral("5-distribute-not-citus"));
}

void TestSqlPages::resumesAfterRestart()
{
    {
        WizardHarness harness(settingsFile());
        QCOMPARE(harness.wizard->currentId(), int(SetupWizard::DistributeId));
        QCOMPARE(harness.wizard->field(QStringLiteral("dsn")).toString(), m_server.dsn());
        QCOMPARE(harness.wizard->field(QStringLiteral("mode")).toInt(), int(StartClusterPage::Mode::Existing));
        // Without the password, kept nowhere, the page asks to go back for it.
        auto *distribute = harness.page<DistributePage>(SetupWizard::DistributeId);
        QTRY_VERIFY_WITH_TIMEOUT(distribute->status()->status() == StatusLabel::Status::Error, patience);
        QCOMPARE(distribute->status()->text(), StepPage::tr("Not connected to a cluster"));
        QVERIFY(!harness.wizard->session()->isConnected());
        harness.screenshot(QStringLiteral("5-distribute-resumed"));
    }
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_server.password().toUtf8()));
}

QTEST_MAIN(TestSqlPages)
#include "tst_SqlPages.moc"
