// The bulk load of the Insert page keeps to users of its own, above the tutorial's, against
// a real Citus cluster named by SHARDSCOPE_TEST_CITUS_DSN (skips without it): after it the
// tutorial's queries for users 1 and 2 still return the tutorial's two rows each, the
// comparison says so, and the page says whose rows the bulk load makes.

#include "BulkRows.h"
#include "CitusTestTable.h"
#include "ExplainPage.h"
#include "InsertDataPage.h"
#include "LanguageManager.h"
#include "PlanComparisonWidget.h"
#include "PlanView.h"
#include "StatusLabel.h"
#include "WizardHarness.h"

#include <QLabel>
#include <QPushButton>

using namespace shardscope;

namespace {

constexpr int patience = 180000;

} // namespace

class TestBulkUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bulkRowsKeepApartFromTheTutorialsUsers();

private:
    CitusTestTable m_table{QStringLiteral("shardscope_bulk_users_log")};
    QTemporaryDir m_settingsDir;
};

void TestBulkUsers::initTestCase()
{
    if (!m_table.available())
        QSKIP(CitusTestTable::skipReason());
    // The comparison counts rows as the program does, with its English translation ("2 rows").
    QVERIFY(LanguageManager::of(QCoreApplication::instance())->setLanguage(QStringLiteral("en")));
    QVERIFY2(m_table.prepare(CitusTestTable::Distributed), qPrintable(m_table.error()));
}

void TestBulkUsers::bulkRowsKeepApartFromTheTutorialsUsers()
{
    const QString settings = m_settingsDir.filePath(QStringLiteral("settings.ini"));
    m_table.writeResumeSettings(settings, SetupWizard::InsertDataId);
    WizardHarness harness(settings, m_table.profile());
    SetupWizard *wizard = harness.wizard.get();
    wizard->session()->tutorial()->setTable(m_table.table());
    auto *insert = harness.page<InsertDataPage>(SetupWizard::InsertDataId);
    QTRY_VERIFY_WITH_TIMEOUT(insert->runButton()->isEnabled(), patience);
    insert->setBulkLoad(true, 2000, 100);
    // The page says whose rows they are, as the number of users changes.
    const QString hint = insert->findChild<QLabel *>(QStringLiteral("bulkHint"))->text();
    QVERIFY2(hint.contains(QLocale().toString(BulkRows::firstUser())) && hint.contains(QLocale().toString(1100)),
             qPrintable(hint));
    insert->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(insert->step()->state() == TutorialStep::State::Done, patience);
    QCOMPARE(insert->status()->status(), StatusLabel::Status::Ok);
    QCOMPARE(m_table.scalar(QStringLiteral("SELECT count(*) FROM %1")), QStringLiteral("2005"));
    QCOMPARE(m_table.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE user_id = 1")), QStringLiteral("2"));
    QCOMPARE(m_table.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE user_id = 2")), QStringLiteral("2"));
    QCOMPARE(m_table.scalar(QStringLiteral("SELECT min(user_id) || '-' || max(user_id) FROM %1 WHERE user_id > 3")),
             QStringLiteral("1001-1100"));
    harness.screenshot(QStringLiteral("bulk_users_insert"));

    wizard->next();
    auto *explain = harness.page<ExplainPage>(SetupWizard::ExplainId);
    QTRY_VERIFY_WITH_TIMEOUT(explain->compareButton()->isEnabled(), patience);
    explain->compareButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(explain->comparison()->viewB()->document() != nullptr, patience);
    QTRY_VERIFY_WITH_TIMEOUT(explain->compareButton()->isEnabled(), patience);
    const QStringList sentences = explain->comparison()->sentences();
    QVERIFY2(sentences.contains(QStringLiteral("Both returned 2 rows.")), qPrintable(sentences.join(u'\n')));
    harness.screenshot(QStringLiteral("bulk_users_compare"));
}

QTEST_MAIN(TestBulkUsers)
#include "tst_BulkUsers.moc"
