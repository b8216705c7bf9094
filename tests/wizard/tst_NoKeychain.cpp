// The Start page on a machine without a desktop keychain (a D-Bus session bus of the
// test's own with nothing on it, PrivateSessionBus.h): it says so under the password, does
// not offer to remember it, and a connection that fails says that no password could come
// from a keychain, in English and in Spanish.

#include "KeychainResult.h"
#include "KeyringPresence.h"
#include "LanguageManager.h"
#include "PrivateSessionBus.h"
#include "StartClusterPage.h"
#include "StatusLabel.h"
#include "TestServer.h"
#include "WizardHarness.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>

using namespace shardscope;

namespace {

constexpr int patience = 30000;

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void saysThereIsNoKeychain_data();
    void saysThereIsNoKeychain();

private:
    PrivateSessionBus m_bus;
    QTemporaryDir m_settingsDir;
};

void TestNoKeychain::initTestCase()
{
    SHARDSCOPE_START_PRIVATE_BUS(m_bus);
}

void TestNoKeychain::cleanupTestCase()
{
    LanguageManager::of(qApp)->setLanguage(QStringLiteral("en"));
}

void TestNoKeychain::saysThereIsNoKeychain_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void TestNoKeychain::saysThereIsNoKeychain()
{
    QFETCH(QString, language);
    QVERIFY(LanguageManager::of(qApp)->setLanguage(language));
    const KeychainResult none{KeychainResult::Outcome::NoKeyring, {},
                              KeyringPresence::tr("nothing on the D-Bus session bus offers the Secret Service or KWallet")};
    QVERIFY(none.message().contains(none.detail));

    WizardHarness harness(m_settingsDir.filePath(language + QStringLiteral(".ini")));
    harness.wizard->next();
    auto *page = harness.page<StartClusterPage>(SetupWizard::StartClusterId);
    page->findChild<QComboBox *>()->setCurrentIndex(int(StartClusterPage::Mode::Existing));
    QLabel *note = nullptr;
    const bool said = QTest::qWaitFor(
        [&] {
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (label->text() == none.message() && label->isVisibleTo(page))
                    note = label;
            }
            return note != nullptr;
        },
        patience);
    QVERIFY2(said, "the page did not say there is no keychain");
    auto *remember = page->findChild<QCheckBox *>();
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QCOMPARE(lineEdit(page, StartClusterPage::tr("Password"))->placeholderText(),
             StartClusterPage::tr("Not stored; empty to use ~/.pgpass or PGPASSWORD"));
    harness.screenshot(QStringLiteral("wizard_nokeychain_%1").arg(language));

    // Nothing listens there: the error says too why no saved password was tried.
    lineEdit(page, StartClusterPage::tr("Connection string of the coordinator"))
        ->setText(QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=postgres connect_timeout=5")
                      .arg(TestServer::freePort()));
    page->startButton()->click();
    QVERIFY2(QTest::qWaitFor([page] { return !page->isBusy(); }, patience), "connecting did not end");
    QCOMPARE(page->status()->status(), StatusLabel::Status::Error);
    QVERIFY2(page->status()->hint().endsWith(none.message()), qPrintable(page->status()->hint()));
    harness.screenshot(QStringLiteral("wizard_nokeychain_failed_%1").arg(language));
}

QTEST_MAIN(TestNoKeychain)
#include "tst_NoKeychain.moc"
