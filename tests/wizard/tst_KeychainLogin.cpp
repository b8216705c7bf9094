// Connecting to an existing cluster with a real desktop keychain (GNOME Keyring's daemon on
// a D-Bus session bus of the test's own, PrivateSessionBus.h): a typed password is
// remembered there when asked, once it proved right, and an empty password field then
// connects with it. The settings never hold it.

#include "ClusterSession.h"
#include "KeychainPasswords.h"
#include "PrivateSessionBus.h"
#include "StartClusterPage.h"
#include "StatusLabel.h"
#include "TestServer.h"
#include "WizardHarness.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace shardscope;

namespace {

// Far more than a step on a local server takes, and well inside ctest's TIMEOUT: a hang
// fails with what did not happen instead of being killed without a word.
constexpr int patience = 30000;

} // namespace

class TestKeychainLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void remembersThenConnectsWithoutTyping();

private:
    // Fills the page for an existing cluster, presses Connect, waits for the outcome.
    bool connectExisting(StartClusterPage *page, const QString &password, bool remember);

    PrivateSessionBus m_bus;
    TestServer m_server;
    QTemporaryDir m_settingsDir;
};

void TestKeychainLogin::initTestCase()
{
    SHARDSCOPE_START_PRIVATE_BUS(m_bus);
    SHARDSCOPE_START_TEST_KEYRING(m_bus);
    SHARDSCOPE_START_TEST_SERVER(m_server);
}

bool TestKeychainLogin::connectExisting(StartClusterPage *page, const QString &password, bool remember)
{
    page->findChild<QComboBox *>()->setCurrentIndex(int(StartClusterPage::Mode::Existing));
    lineEdit(page, StartClusterPage::tr("Connection string of the coordinator"))->setText(m_server.dsn());
    lineEdit(page, StartClusterPage::tr("Password"))->setText(password);
    auto *rememberBox = page->findChild<QCheckBox *>();
    if (!rememberBox || !rememberBox->isVisibleTo(page) || !rememberBox->isEnabled())
        return false;
    rememberBox->setChecked(remember);
    page->startButton()->click();
    if (!QTest::qWaitFor([page] { return !page->isBusy(); }, patience))
        return false;
    return page->isComplete();
}

void TestKeychainLogin::remembersThenConnectsWithoutTyping()
{
    const QString settings = m_settingsDir.filePath(QStringLiteral("settings.ini"));
    ConnectionProfile profile;
    profile.dsn = m_server.dsn();
    {
        WizardHarness harness(settings);
        harness.wizard->next();
        auto *start = harness.page<StartClusterPage>(SetupWizard::StartClusterId);
        QVERIFY2(connectExisting(start, m_server.password(), true), qPrintable(start->status()->hint()));
        // Stored before the page let the user go on.
        QCOMPARE(start->status()->status(), StatusLabel::Status::Ok);
        QCOMPARE(start->status()->hint(), StartClusterPage::tr("The password is remembered in the desktop keychain."));
        harness.screenshot(QStringLiteral("wizard_keychain_remembered"));
    }
    KeychainPasswords keychain;
    QSignalSpy found(&keychain, &KeychainPasswords::found);
    keychain.lookup(profile.conninfo());
    QVERIFY2(found.wait(patience), "the keychain lookup did not finish");
    QCOMPARE(found.at(0).at(1).value<KeychainResult>().password, m_server.password());
    {
        // Resumes on the page it was left on: this one.
        WizardHarness harness(settings);
        QCOMPARE(harness.wizard->currentId(), int(SetupWizard::StartClusterId));
        auto *start = harness.page<StartClusterPage>(SetupWizard::StartClusterId);
        QVERIFY2(connectExisting(start, QString(), false), qPrintable(start->status()->hint()));
        QVERIFY(harness.wizard->session()->isConnected());
    }
    QFile file(settings);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_server.password().toUtf8()));
}

QTEST_MAIN(TestKeychainLogin)
#include "tst_KeychainLogin.moc"
