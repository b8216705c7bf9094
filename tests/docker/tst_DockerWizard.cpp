// The wizard's Docker path against the real Docker engine (DockerProject.h), offscreen, as
// a user clicks through it: start a cluster of two workers with Compose (v1 or v2, whichever
// the application finds), verify the workers, create, distribute, insert, explain the
// tutorial's queries for users 1 and 2 (each a task on the worker holding the user's
// shard), then stop the cluster from the Cluster menu deleting its data: the Start page
// says the cluster is gone, and nothing of the project is left in Docker.

#include "ClusterControl.h"
#include "CreateTablePage.h"
#include "DistributePage.h"
#include "DockerProject.h"
#include "ExplainPage.h"
#include "InsertDataPage.h"
#include "InsertStep.h"
#include "LanguageManager.h"
#include "LoopbackPorts.h"
#include "PlanComparisonWidget.h"
#include "PlanScene.h"
#include "PlanView.h"
#include "SqlPanel.h"
#include "StartPageDriver.h"
#include "StatusLabel.h"
#include "TutorialStep.h"
#include "VerifyWorkersPage.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <optional>

using namespace shardscope;

namespace {

// Starting pulls nothing (the image is there) but waits for every server's health check.
constexpr int patience = 300000;

QByteArray statusOf(const StatusLabel *status)
{
    return (status->text() + QLatin1Char('\n') + status->hint()).toUtf8();
}

// Runs a tutorial page's step from its Run button, as a user does, to its end.
bool runStep(StepPage *page)
{
    if (!QTest::qWaitFor([page] { return page->runButton()->isEnabled(); }, patience))
        return false;
    page->runButton()->click();
    return QTest::qWaitFor([page] { return !page->step()->isBusy(); }, patience) && page->isComplete();
}

} // namespace

class TestDockerWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startToExplainThenStop();

private:
    std::optional<DockerProject> m_project;
    QTemporaryDir m_settingsDir;
};

void TestDockerWizard::initTestCase()
{
    SHARDSCOPE_REQUIRE_DOCKER(m_project);
    QVERIFY(LanguageManager::of(qApp)->setLanguage(qEnvironmentVariable("SHARDSCOPE_WIZARD_LANGUAGE", "en")));
}

void TestDockerWizard::cleanupTestCase()
{
    if (!m_project)
        return;
    m_project->removeAll();
    QVERIFY2(m_project->resources().isEmpty(), qPrintable(m_project->resources().join(QLatin1Char('\n'))));
}

void TestDockerWizard::startToExplainThenStop()
{
    WizardHarness harness(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    SetupWizard *wizard = harness.wizard.get();
    const QString language = LanguageManager::of(qApp)->language();

    StartClusterPage *start = openDockerStartPage(harness, 2, LoopbackPorts::free());
    QVERIFY(start);
    QTRY_VERIFY_WITH_TIMEOUT(start->panel()->statement().contains(DockerProject::composeName()), patience);
    start->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!start->isBusy(), patience);
    QVERIFY2(start->isComplete(), statusOf(start->status()));
    // The command shown is the one that ran (the log has it with the tool's full path).
    const QString shown = start->panel()->statement();
    const QString arguments = shown.mid(shown.indexOf(QLatin1String(" --ansi ")));
    QVERIFY2(start->log()->toPlainText().contains(arguments), qPrintable(shown + QLatin1Char('\n') + start->log()->toPlainText()));
    harness.screenshot(QStringLiteral("docker-wizard-start-") + language);

    wizard->next();
    auto *verify = harness.page<VerifyWorkersPage>(SetupWizard::VerifyWorkersId);
    QTRY_VERIFY_WITH_TIMEOUT(!verify->step()->isBusy() && verify->step()->state() != TutorialStep::State::Unchecked,
                             patience);
    QVERIFY2(verify->isComplete(), statusOf(verify->status()));

    wizard->next();
    auto *create = harness.page<CreateTablePage>(SetupWizard::CreateTableId);
    QVERIFY2(runStep(create), statusOf(create->status()));
    wizard->next();
    auto *distribute = harness.page<DistributePage>(SetupWizard::DistributeId);
    // The page reads the table's columns on the same connection after its check, with Run
    // already enabled: clicked before they are there, the step finds the connection busy.
    QTRY_VERIFY_WITH_TIMEOUT(distribute->column()->count() > 1, patience);
    QVERIFY2(runStep(distribute), statusOf(distribute->status()));
    wizard->next();
    auto *insert = harness.page<InsertDataPage>(SetupWizard::InsertDataId);
    QVERIFY2(runStep(insert), statusOf(insert->status()));
    QHash<int, QString> workerOf;
    for (const UserPlacement &placement : static_cast<InsertStep *>(insert->step())->userPlacements())
        workerOf.insert(placement.userId, placement.worker.toString());
    QVERIFY2(workerOf.value(1).startsWith(QLatin1String("worker")), qPrintable(workerOf.value(1)));
    QVERIFY2(workerOf.value(2).startsWith(QLatin1String("worker")), qPrintable(workerOf.value(2)));

    wizard->next();
    auto *explain = harness.page<ExplainPage>(SetupWizard::ExplainId);
    QVERIFY2(runStep(explain), statusOf(explain->status()));
    QVERIFY(explain->document()->plan.isDistributed());
    QCOMPARE(explain->planView()->planScene()->legendWorkers(), QStringList{workerOf.value(1)});
    explain->compareButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(explain->comparison()->viewB()->document() != nullptr, patience);
    QTRY_VERIFY_WITH_TIMEOUT(explain->compareButton()->isEnabled(), patience);
    QCOMPARE(explain->comparison()->viewA()->planScene()->legendWorkers(), QStringList{workerOf.value(1)});
    QCOMPARE(explain->comparison()->viewB()->planScene()->legendWorkers(), QStringList{workerOf.value(2)});
    harness.screenshot(QStringLiteral("docker-wizard-explain-") + language);

    // Stopped from the Cluster menu, data and all.
    ClusterControl control(harness.session.get(), nullptr);
    control.setQuestions([] { return ClusterControl::StopChoice::StopAndDeleteData; },
                         [](const QString &) { return false; });
    QSignalSpy finished(&control, &ClusterControl::finished);
    control.stopCluster();
    QVERIFY(finished.wait(patience));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(start->status()->status(), StatusLabel::Status::Warning);
    QCOMPARE(start->status()->text(), StartClusterPage::tr("The cluster was stopped"));
    QVERIFY(!start->isComplete());
    QVERIFY2(m_project->resources().isEmpty(), qPrintable(m_project->resources().join(QLatin1Char('\n'))));
    wizard->back();
    wizard->back();
    wizard->back();
    wizard->back();
    wizard->back();
    QCOMPARE(wizard->currentPage(), start);
    harness.screenshot(QStringLiteral("docker-wizard-stopped-") + language);
}

QTEST_MAIN(TestDockerWizard)
#include "tst_DockerWizard.moc"
