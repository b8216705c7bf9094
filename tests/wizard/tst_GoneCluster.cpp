// The cluster going away under the wizard, against a real Citus cluster named by
// SHARDSCOPE_TEST_CITUS_DSN (skips without it). Stopping it from the Cluster menu first ends
// the wizard's connection (ClusterControl), then the servers: here the wizard reaches the
// coordinator through a relay (TcpRelay), whose closing ends the connection and leaves the
// address leading nowhere, the session still on the same cluster. Every SQL page says so at
// once and its actions say why they cannot run (in Spanish too, libpq's hint included);
// and a wizard resumed past the cluster page on a cluster that is gone opens on the page
// that starts one, while one on a cluster that is there stays where it was.

#include "CitusTestTable.h"
#include "ExplainPage.h"
#include "LanguageManager.h"
#include "PgConnection.h"
#include "StatusLabel.h"
#include "StepPage.h"
#include "TcpRelay.h"
#include "TestServer.h"
#include "WizardHarness.h"

#include <QPlainTextEdit>
#include <QPushButton>

using namespace shardscope;

namespace {

constexpr int patience = 120000;

// The coordinator's connection string with a port nothing listens on: the cluster is gone.
QString goneDsn(const QString &dsn)
{
    return dsn + QStringLiteral(" port=%1").arg(TestServer::freePort());
}

} // namespace

class TestGoneCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everySqlPageSaysTheClusterIsGone_data();
    void everySqlPageSaysTheClusterIsGone();
    void explainSaysWhyItCannotRun();
    void resumesWhereTheClusterIs();

private:
    QString settingsFile() const { return m_settingsDir.filePath(QStringLiteral("settings.ini")); }
    // The wizard connected on that page, its step checked, then the cluster gone.
    StepPage *openThenLoseCluster(WizardHarness &harness, int page);

    // The test table's coordinator, reached through m_relay.
    ConnectionProfile relayedProfile() const;

    CitusTestTable m_table{QStringLiteral("shardscope_gone_cluster_log")};
    std::unique_ptr<TcpRelay> m_relay;
    QTemporaryDir m_settingsDir;
};

void TestGoneCluster::initTestCase()
{
    QVERIFY(LanguageManager::of(qApp)->setLanguage(QStringLiteral("en")));
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    QVERIFY2(m_table.prepare(CitusTestTable::Inserted), qPrintable(m_table.error()));
}

void TestGoneCluster::init()
{
    const std::optional<ConnectionProfile::Parameters> parameters = m_table.profile().parameters();
    QVERIFY(parameters);
    QString host = QStringLiteral("localhost");
    quint16 port = 5432;
    for (const auto &[key, value] : *parameters) {
        if (key == "host" && !value.isEmpty())
            host = QString::fromUtf8(value);
        else if (key == "port" && !value.isEmpty())
            port = quint16(value.toUInt());
    }
    m_relay = std::make_unique<TcpRelay>(host, port);
    QVERIFY(m_relay->isListening());
}

ConnectionProfile TestGoneCluster::relayedProfile() const
{
    ConnectionProfile profile = m_table.profile();
    // Later keywords win in a libpq connection string.
    profile.dsn += QStringLiteral(" host=127.0.0.1 port=%1").arg(m_relay->port());
    return profile;
}

void TestGoneCluster::cleanup()
{
    m_relay.reset();
    LanguageManager::of(qApp)->setLanguage(QStringLiteral("en"));
}

StepPage *TestGoneCluster::openThenLoseCluster(WizardHarness &harness, int page)
{
    harness.wizard->session()->tutorial()->setTable(m_table.table());
    auto *step = harness.page<StepPage>(page);
    // Checked: done, or (Explain) waiting for a statement to run.
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(step->step()->state() == TutorialStep::State::Done
                                     || step->step()->state() == TutorialStep::State::ToDo,
                                 patience);
    }();
    // What ClusterControl::stopCluster() does before the servers stop; then nothing answers.
    harness.wizard->session()->connection()->disconnectFromServer();
    m_relay->close();
    return step;
}

void TestGoneCluster::everySqlPageSaysTheClusterIsGone_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("verify workers") << int(SetupWizard::VerifyWorkersId);
    QTest::newRow("create table") << int(SetupWizard::CreateTableId);
    QTest::newRow("distribute") << int(SetupWizard::DistributeId);
    QTest::newRow("insert data") << int(SetupWizard::InsertDataId);
    QTest::newRow("explain") << int(SetupWizard::ExplainId);
}

void TestGoneCluster::everySqlPageSaysTheClusterIsGone()
{
    QFETCH(int, page);
    m_table.writeResumeSettings(settingsFile(), page, relayedProfile().dsn);
    WizardHarness harness(settingsFile(), relayedProfile());
    StepPage *step = openThenLoseCluster(harness, page);
    QVERIFY(!QTest::currentTestFailed());
    // At once, without an action: no green "done" on a cluster that is gone.
    QCOMPARE(step->status()->status(), StatusLabel::Status::Error);
    QCOMPARE(step->status()->text(), StepPage::tr("No connection to the cluster any more"));
    // Next leads nowhere on a gone cluster; the last page can always be finished.
    QCOMPARE(step->isComplete(), page == SetupWizard::ExplainId);
    QVERIFY(!harness.wizard->button(QWizard::NextButton)->isEnabled() || page == SetupWizard::ExplainId);
    harness.screenshot(QStringLiteral("gone_cluster_%1").arg(page));
}

void TestGoneCluster::explainSaysWhyItCannotRun()
{
    // In Spanish, so that libpq's hint is seen translated after "Pista:".
    QVERIFY(LanguageManager::of(qApp)->setLanguage(QStringLiteral("es")));
    m_table.writeResumeSettings(settingsFile(), SetupWizard::ExplainId, relayedProfile().dsn);
    WizardHarness harness(settingsFile(), relayedProfile());
    auto *explain = static_cast<ExplainPage *>(openThenLoseCluster(harness, SetupWizard::ExplainId));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(explain->runButton()->isEnabled());
    explain->runButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(explain->status()->text(), StepPage::tr("Not connected to a cluster"), patience);
    QCOMPARE(explain->status()->status(), StatusLabel::Status::Error);
    const QString hint = explain->status()->hint();
    QVERIFY2(hint.contains(PgError::tr("Hint: %1")
                               .arg(PgError::tr("Is the server running on that host and accepting TCP/IP connections?"))),
             qPrintable(hint));
    QVERIFY2(hint.contains(QStringLiteral("¿")), qPrintable(hint));
    harness.screenshot(QStringLiteral("gone_cluster_explain_run_es"));

    // Compare says so too, rather than doing nothing.
    explain->compareButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(explain->status()->text(), StepPage::tr("Not connected to a cluster"), patience);
}

void TestGoneCluster::resumesWhereTheClusterIs()
{
    {
        m_table.writeResumeSettings(settingsFile(), SetupWizard::ExplainId);
        WizardHarness harness(settingsFile());
        harness.wizard->session()->tutorial()->setTable(m_table.table());
        auto *explain = harness.page<ExplainPage>(SetupWizard::ExplainId);
        QTRY_VERIFY_WITH_TIMEOUT(explain->step()->state() != TutorialStep::State::Unchecked, patience);
        QCOMPARE(harness.wizard->currentId(), int(SetupWizard::ExplainId));
    }
    // Stopped and its data deleted: nothing answers where it was.
    m_table.writeResumeSettings(settingsFile(), SetupWizard::ExplainId, goneDsn(m_table.profile().dsn));
    WizardHarness harness(settingsFile());
    QTRY_COMPARE_WITH_TIMEOUT(harness.wizard->currentId(), int(SetupWizard::StartClusterId), patience);
    // One Back from there, not five through the same error.
    harness.screenshot(QStringLiteral("gone_cluster_resumed"));
}

QTEST_MAIN(TestGoneCluster)
#include "tst_GoneCluster.moc"
