// Passwords in the desktop keychain through secret-tool, here a stand-in that keeps them
// in a temporary directory: nothing found at first, stored then found, forgotten, and a
// clear "not available" when there is no secret-tool at all.

#include "KeychainPasswords.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

namespace {

constexpr int patience = 30000;
const QString conninfo = QStringLiteral("host=db.example.org port=5432 dbname=postgres user=teacher");

QString lookupPassword(KeychainPasswords &keychain, const QString &where = conninfo)
{
    QSignalSpy found(&keychain, &KeychainPasswords::found);
    keychain.lookup(where);
    if (!found.wait(patience))
        return QStringLiteral("<no answer>");
    return found.at(0).at(1).toString();
}

} // namespace

class TestKeychainPasswords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storesFindsAndForgets();
    void passwordsAreKeptApartByConnection();
    void withoutSecretToolNothingIsFound();

private:
    QTemporaryDir m_keychain;
    QByteArray m_path;
};

void TestKeychainPasswords::initTestCase()
{
    QVERIFY(m_keychain.isValid());
    m_path = qgetenv("PATH");
    qputenv("PATH", QByteArray(SHARDSCOPE_FAKE_SECRET_TOOL_DIR ":") + m_path);
    qputenv("SHARDSCOPE_FAKE_KEYCHAIN", m_keychain.path().toUtf8());
    QVERIFY(KeychainPasswords::isAvailable());
}

void TestKeychainPasswords::storesFindsAndForgets()
{
    KeychainPasswords keychain;
    QCOMPARE(lookupPassword(keychain), QString());

    const QString password = QStringLiteral("pa ss wörd; DROP TABLE x; --");
    QSignalSpy stored(&keychain, &KeychainPasswords::stored);
    keychain.store(conninfo, password);
    QVERIFY(keychain.isBusy());
    QVERIFY2(stored.wait(patience), "storing the password did not finish");
    QCOMPARE(stored.at(0).at(1).toBool(), true);
    QCOMPARE(lookupPassword(keychain), password);

    QSignalSpy forgotten(&keychain, &KeychainPasswords::forgotten);
    keychain.forget(conninfo);
    QVERIFY2(forgotten.wait(patience), "forgetting the password did not finish");
    QCOMPARE(lookupPassword(keychain), QString());
}

void TestKeychainPasswords::passwordsAreKeptApartByConnection()
{
    KeychainPasswords keychain;
    const QString other = QStringLiteral("host=127.0.0.1 port=9700 dbname=postgres user=postgres");
    QSignalSpy stored(&keychain, &KeychainPasswords::stored);
    keychain.store(other, QStringLiteral("local"));
    QVERIFY2(stored.wait(patience), "storing the password did not finish");
    QCOMPARE(lookupPassword(keychain, other), QStringLiteral("local"));
    QCOMPARE(lookupPassword(keychain, conninfo), QString());
}

void TestKeychainPasswords::withoutSecretToolNothingIsFound()
{
    QTemporaryDir empty;
    qputenv("PATH", empty.path().toUtf8());
    KeychainPasswords keychain;
    QVERIFY(!KeychainPasswords::isAvailable());
    QSignalSpy stored(&keychain, &KeychainPasswords::stored);
    keychain.store(conninfo, QStringLiteral("secret"));
    QVERIFY2(stored.wait(patience), "storing the password did not finish");
    QCOMPARE(stored.at(0).at(1).toBool(), false);
    QCOMPARE(lookupPassword(keychain), QString());
    qputenv("PATH", QByteArray(SHARDSCOPE_FAKE_SECRET_TOOL_DIR ":") + m_path);
}

QTEST_MAIN(TestKeychainPasswords)
#include "tst_KeychainPasswords.moc"
