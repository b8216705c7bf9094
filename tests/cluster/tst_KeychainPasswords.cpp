// Passwords in a real desktop keychain: GNOME Keyring's daemon on a D-Bus session bus of
// the test's own (PrivateSessionBus.h), reached through QtKeychain and libsecret as on a
// user's desktop. Nothing saved at first, then stored and read back, kept apart by
// connection, forgotten.

#include "KeychainPasswords.h"
#include "PrivateSessionBus.h"

#include <QSignalSpy>
#include <QTest>

using namespace shardscope;

namespace {

constexpr int patience = 30000;
const QString conninfo = QStringLiteral("host=db.example.org port=5432 dbname=postgres user=teacher");

// The answer a signal carried, or Failed saying it never came.
KeychainResult answer(QSignalSpy &spy, int argument)
{
    if (spy.isEmpty() && !spy.wait(patience))
        return {KeychainResult::Outcome::Failed, {}, QStringLiteral("<no answer>")};
    return spy.takeFirst().at(argument).value<KeychainResult>();
}

KeychainResult lookup(KeychainPasswords &keychain, const QString &where = conninfo)
{
    QSignalSpy found(&keychain, &KeychainPasswords::found);
    keychain.lookup(where);
    return answer(found, 1);
}

KeychainResult store(KeychainPasswords &keychain, const QString &where, const QString &password)
{
    QSignalSpy stored(&keychain, &KeychainPasswords::stored);
    keychain.store(where, password);
    return answer(stored, 1);
}

} // namespace

class TestKeychainPasswords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keychainIsThere();
    void storesReadsBackAndForgets();
    void passwordsAreKeptApartByConnection();

private:
    PrivateSessionBus m_bus;
};

void TestKeychainPasswords::initTestCase()
{
    SHARDSCOPE_START_PRIVATE_BUS(m_bus);
    SHARDSCOPE_START_TEST_KEYRING(m_bus);
}

void TestKeychainPasswords::keychainIsThere()
{
    KeychainPasswords keychain;
    QSignalSpy checked(&keychain, &KeychainPasswords::keyringChecked);
    keychain.checkKeyring();
    QVERIFY(keychain.isBusy());
    const KeychainResult result = answer(checked, 0);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(!keychain.isBusy());
}

void TestKeychainPasswords::storesReadsBackAndForgets()
{
    KeychainPasswords keychain;
    KeychainResult result = lookup(keychain);
    QCOMPARE(result.outcome, KeychainResult::Outcome::NotStored);
    QVERIFY(result.password.isEmpty());
    QCOMPARE(result.message(), KeychainResult::tr("The desktop keychain holds no password for this connection."));

    const QString password = QStringLiteral("pa ss wörd; DROP TABLE x; -- ✓");
    QSignalSpy stored(&keychain, &KeychainPasswords::stored);
    keychain.store(conninfo, password);
    QVERIFY(keychain.isBusy());
    result = answer(stored, 1);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(!keychain.isBusy());

    result = lookup(keychain);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.password, password);

    QSignalSpy forgotten(&keychain, &KeychainPasswords::forgotten);
    keychain.forget(conninfo);
    result = answer(forgotten, 1);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(lookup(keychain).outcome, KeychainResult::Outcome::NotStored);

    // Forgetting what is not there is no error.
    keychain.forget(conninfo);
    QVERIFY(answer(forgotten, 1).ok());
}

void TestKeychainPasswords::passwordsAreKeptApartByConnection()
{
    KeychainPasswords keychain;
    const QString other = QStringLiteral("host=127.0.0.1 port=9700 dbname=postgres user=postgres");
    QVERIFY(store(keychain, other, QStringLiteral("local")).ok());
    QVERIFY(store(keychain, conninfo, QStringLiteral("remote")).ok());
    QCOMPARE(lookup(keychain, other).password, QStringLiteral("local"));
    QCOMPARE(lookup(keychain, conninfo).password, QStringLiteral("remote"));
    // Stored again, replaced rather than added beside.
    QVERIFY(store(keychain, other, QStringLiteral("changed")).ok());
    QCOMPARE(lookup(keychain, other).password, QStringLiteral("changed"));
}

QTEST_MAIN(TestKeychainPasswords)
#include "tst_KeychainPasswords.moc"
