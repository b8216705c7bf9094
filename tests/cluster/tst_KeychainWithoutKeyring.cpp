// No keychain on the session bus (a private bus with nothing on it, PrivateSessionBus.h):
// every question to the keychain says so, clearly and apart from "no password saved", for
// the page and the command line to tell the user.

#include "KeychainPasswords.h"
#include "KeyringPresence.h"
#include "PrivateSessionBus.h"

#include <QSignalSpy>
#include <QTest>

using namespace shardscope;

namespace {

constexpr int patience = 30000;
const QString conninfo = QStringLiteral("host=db.example.org port=5432 dbname=postgres user=teacher");

} // namespace

class TestKeychainWithoutKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyQuestionSaysThereIsNone_data();
    void everyQuestionSaysThereIsNone();

private:
    PrivateSessionBus m_bus;
};

void TestKeychainWithoutKeyring::initTestCase()
{
    SHARDSCOPE_START_PRIVATE_BUS(m_bus);
}

void TestKeychainWithoutKeyring::everyQuestionSaysThereIsNone_data()
{
    QTest::addColumn<QString>("question");
    QTest::newRow("is there one") << QStringLiteral("check");
    QTest::newRow("lookup") << QStringLiteral("lookup");
    QTest::newRow("store") << QStringLiteral("store");
    QTest::newRow("forget") << QStringLiteral("forget");
}

void TestKeychainWithoutKeyring::everyQuestionSaysThereIsNone()
{
    QFETCH(QString, question);
    KeychainPasswords keychain;
    QSignalSpy checked(&keychain, &KeychainPasswords::keyringChecked);
    QSignalSpy found(&keychain, &KeychainPasswords::found);
    QSignalSpy stored(&keychain, &KeychainPasswords::stored);
    QSignalSpy forgotten(&keychain, &KeychainPasswords::forgotten);
    QSignalSpy *spy = &checked;
    int argument = 0;
    if (question == QLatin1String("check")) {
        keychain.checkKeyring();
    } else if (question == QLatin1String("lookup")) {
        keychain.lookup(conninfo);
        spy = &found;
        argument = 1;
    } else if (question == QLatin1String("store")) {
        keychain.store(conninfo, QStringLiteral("secret"));
        spy = &stored;
        argument = 1;
    } else {
        keychain.forget(conninfo);
        spy = &forgotten;
        argument = 1;
    }
    QVERIFY2(spy->wait(patience), "the keychain gave no answer");
    const KeychainResult result = spy->at(0).at(argument).value<KeychainResult>();
    QCOMPARE(result.outcome, KeychainResult::Outcome::NoKeyring);
    QVERIFY(result.password.isEmpty());
    QCOMPARE(result.detail, KeyringPresence::tr("nothing on the D-Bus session bus offers the Secret Service or KWallet"));
    QVERIFY2(result.message().startsWith(QLatin1String("No desktop keychain is available (nothing on the D-Bus")),
             qPrintable(result.message()));
    QCOMPARE(checked.size() + found.size() + stored.size() + forgotten.size(), 1);
}

QTEST_MAIN(TestKeychainWithoutKeyring)
#include "tst_KeychainWithoutKeyring.moc"
