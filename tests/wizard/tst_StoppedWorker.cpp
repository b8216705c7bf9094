// A worker of a real Citus cluster (SHARDSCOPE_TEST_CITUS_DSN, started on this machine with
// shardscope up --mode local) stopped while the wizard is open, as a learner does to see
// what Citus makes of a lost worker: going Back to Verify workers probes the workers again
// and says which one does not answer, Check again sees it back; and an EXPLAIN that then
// fails leaves no plan of an earlier statement on screen. Without the variable it skips.
// The worker is started again however the test ends.

#include "CitusTestTable.h"
#include "ClusterCheckStep.h"
#include "ExplainPage.h"
#include "PlanView.h"
#include "StatusLabel.h"
#include "VerifyWorkersPage.h"
#include "WizardHarness.h"
#include "WorkerOutage.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace shardscope;

namespace {

constexpr int patience = 120000;

// The "Reachable" cell of a worker in the page's table of workers.
QString reachableCell(StepPage *page, const NodeAddress &worker)
{
    const auto *table = qobject_cast<QTableWidget *>(page->results()->widget(0));
    if (!table)
        return {};
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == worker.toString())
            return table->item(row, 4)->text();
    }
    return {};
}

} // namespace

class TestStoppedWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backToVerifyWorkersProbesAgain();
    void failedExplainLeavesNoEarlierPlan();

private:
    QString settingsFile() const { return m_settingsDir.filePath(QStringLiteral("settings.ini")); }

    CitusTestTable m_table{QStringLiteral("shardscope_stopped_worker_log")};
    QTemporaryDir m_settingsDir;
};

void TestStoppedWorker::initTestCase()
{
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    QVERIFY2(m_table.prepare(CitusTestTable::Inserted), qPrintable(m_table.error()));
    QVERIFY(!m_table.workerOf(1).host.isEmpty());
    QVERIFY(!m_table.workerOf(2).host.isEmpty());
    if (m_table.workerOf(1) == m_table.workerOf(2))
        QSKIP("users 1 and 2 share a worker on this cluster: the test needs them apart (two workers, 32 shards)");
}

void TestStoppedWorker::backToVerifyWorkersProbesAgain()
{
    m_table.writeResumeSettings(settingsFile(), SetupWizard::VerifyWorkersId);
    WizardHarness harness(settingsFile(), m_table.profile());
    SetupWizard *wizard = harness.wizard.get();
    wizard->session()->tutorial()->setTable(m_table.table());
    auto *verify = harness.page<VerifyWorkersPage>(SetupWizard::VerifyWorkersId);
    QTRY_VERIFY_WITH_TIMEOUT(verify->step()->state() == TutorialStep::State::Done, patience);
    const NodeAddress lost = m_table.workerOf(1);
    QCOMPARE(reachableCell(verify, lost), ClusterCheckStep::tr("yes"));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::CreateTableId));
    WorkerOutage outage(m_table.profile(), lost);
    if (!outage.stop())
        QSKIP(qPrintable(outage.error()));

    // Back: the page says what holds now, not what held on the first visit.
    wizard->back();
    QCOMPARE(wizard->currentId(), int(SetupWizard::VerifyWorkersId));
    QTRY_VERIFY_WITH_TIMEOUT(!verify->step()->isBusy() && verify->step()->state() == TutorialStep::State::Failed,
                             patience);
    QCOMPARE(verify->status()->status(), StatusLabel::Status::Error);
    QCOMPARE(verify->status()->text(), StepPage::tr("A worker does not answer"));
    QVERIFY2(verify->status()->hint().contains(lost.toString()), qPrintable(verify->status()->hint()));
    QCOMPARE(reachableCell(verify, lost), ClusterCheckStep::tr("no"));
    QVERIFY(!verify->isComplete());
    harness.screenshot(QStringLiteral("stopped_worker_verify"));

    // Back again, and Check again: the page follows the worker as it comes back.
    QVERIFY2(outage.start(), qPrintable(outage.error()));
    QVERIFY(verify->checkAgainButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(verify->checkAgainButton()->isEnabled(), patience);
    verify->checkAgainButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(verify->step()->state() == TutorialStep::State::Done, patience);
    QCOMPARE(reachableCell(verify, lost), ClusterCheckStep::tr("yes"));
    QVERIFY(verify->isComplete());
}

void TestStoppedWorker::failedExplainLeavesNoEarlierPlan()
{
    m_table.writeResumeSettings(settingsFile(), SetupWizard::ExplainId);
    WizardHarness harness(settingsFile(), m_table.profile());
    harness.wizard->session()->tutorial()->setTable(m_table.table());
    auto *explain = harness.page<ExplainPage>(SetupWizard::ExplainId);
    QCOMPARE(explain->editor()->toPlainText(), explain->tutorialQuery(2));
    QTRY_VERIFY_WITH_TIMEOUT(explain->runButton()->isEnabled(), patience);
    explain->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(explain->step()->state() == TutorialStep::State::Done, patience);
    QVERIFY(explain->document());
    QVERIFY(explain->planView()->document());

    WorkerOutage outage(m_table.profile(), m_table.workerOf(1));
    if (!outage.stop())
        QSKIP(qPrintable(outage.error()));
    explain->editor()->setPlainText(explain->tutorialQuery(1));
    explain->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(explain->step()->state() == TutorialStep::State::Failed, patience);
    QCOMPARE(explain->status()->status(), StatusLabel::Status::Error);
    // No plan of user 2 under a statement about user 1 that failed.
    QVERIFY(!explain->document());
    QVERIFY(!explain->planView()->document());
    QVERIFY(!explain->openButton()->isEnabled());
    QVERIFY(!explain->planView()->isVisibleTo(explain));
    harness.screenshot(QStringLiteral("stopped_worker_explain"));
    QVERIFY2(outage.start(), qPrintable(outage.error()));
}

QTEST_MAIN(TestStoppedWorker)
#include "tst_StoppedWorker.moc"
