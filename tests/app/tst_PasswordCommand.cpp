// `shardscope password store|check|forget` as a user runs it, against a real keychain
// (GNOME Keyring's daemon on a D-Bus session bus of the test's own, PrivateSessionBus.h):
// the password typed into standard input is the one the keychain then holds for that
// connection. Without any session bus, every action says there is no keychain, in the
// user's language, apart from "no password saved".

#include "ConnectionProfile.h"
#include "KeychainPasswords.h"
#include "PrivateSessionBus.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

namespace {

constexpr int patience = 30000;
const QString dsn = QStringLiteral("postgresql://teacher@db.example.org:5432/postgres");

struct Run {
    int status = -1;
    QString out;
    QString err;
};

} // namespace

class TestPasswordCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storesChecksAndForgets();
    void storeNeedsAPassword();
    void withoutABusThereIsNoKeychain_data();
    void withoutABusThereIsNoKeychain();
    void badArguments_data();
    void badArguments();

private:
    Run shardscope(const QStringList &arguments, const QByteArray &input = {},
                   const QProcessEnvironment &environment = {});

    PrivateSessionBus m_bus;
    QString m_conninfo; // of dsn: what the password is filed under
};

Run TestPasswordCommand::shardscope(const QStringList &arguments, const QByteArray &input,
                                    const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? m_bus.environment() : environment);
    process.start(QStringLiteral(SHARDSCOPE_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(patience))
        qFatal("shardscope did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestPasswordCommand::initTestCase()
{
    SHARDSCOPE_START_PRIVATE_BUS(m_bus);
    SHARDSCOPE_START_TEST_KEYRING(m_bus);
    ConnectionProfile profile;
    profile.dsn = dsn;
    m_conninfo = profile.conninfo();
    QVERIFY(m_conninfo.contains(QLatin1String("host='db.example.org'")));
}

void TestPasswordCommand::storesChecksAndForgets()
{
    Run run = shardscope({QStringLiteral("password"), QStringLiteral("check"), QStringLiteral("--dsn"), dsn});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out, QStringLiteral("The desktop keychain holds no password for %1.\n").arg(m_conninfo));

    const QString password = QStringLiteral("s3cret wörd");
    run = shardscope({QStringLiteral("password"), QStringLiteral("store"), QStringLiteral("--dsn"), dsn},
                     password.toUtf8() + '\n');
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("The password for %1 is saved in the desktop keychain.\n").arg(m_conninfo));
    // Nothing asked on a pipe, and nothing of the password said.
    QCOMPARE(run.err, QString());

    // What the wizard would find for that connection, read back here.
    {
        KeychainPasswords keychain;
        QSignalSpy found(&keychain, &KeychainPasswords::found);
        keychain.lookup(m_conninfo);
        QVERIFY2(found.wait(patience), "the keychain gave no answer");
        const KeychainResult result = found.at(0).at(1).value<KeychainResult>();
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result.password, password);
    }

    run = shardscope({QStringLiteral("password"), QStringLiteral("check"), QStringLiteral("--dsn"), dsn});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QStringLiteral("The desktop keychain holds a password for %1.\n").arg(m_conninfo));
    QVERIFY(!run.out.contains(password));

    run = shardscope({QStringLiteral("password"), QStringLiteral("forget"), QStringLiteral("--dsn"), dsn});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    run = shardscope({QStringLiteral("password"), QStringLiteral("check"), QStringLiteral("--dsn"), dsn});
    QCOMPARE(run.status, 1);
}

void TestPasswordCommand::storeNeedsAPassword()
{
    const Run run = shardscope({QStringLiteral("password"), QStringLiteral("store"), QStringLiteral("--dsn"), dsn});
    QCOMPARE(run.status, 2);
    QCOMPARE(run.err, QStringLiteral("shardscope: password: no password on standard input\n"));
}

void TestPasswordCommand::withoutABusThereIsNoKeychain_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("error");
    const QString english = QStringLiteral(
        "shardscope: password: No desktop keychain is available (there is no D-Bus session bus), so passwords cannot "
        "be remembered or looked up: start GNOME Keyring, KWallet or another Secret Service in your desktop "
        "session.\n");
    const QString spanish = QStringLiteral(
        "shardscope: password: No hay ningún llavero del escritorio (no hay bus de sesión D-Bus), así que no se "
        "pueden recordar ni consultar contraseñas: inicia GNOME Keyring, KWallet u otro Secret Service en tu sesión "
        "de escritorio.\n");
    QTest::newRow("check") << QStringLiteral("check") << QStringLiteral("en") << english;
    QTest::newRow("store") << QStringLiteral("store") << QStringLiteral("en") << english;
    QTest::newRow("forget") << QStringLiteral("forget") << QStringLiteral("en") << english;
    QTest::newRow("check, in Spanish") << QStringLiteral("check") << QStringLiteral("es") << spanish;
}

void TestPasswordCommand::withoutABusThereIsNoKeychain()
{
    QFETCH(QString, action);
    QFETCH(QString, language);
    QFETCH(QString, error);
    QTemporaryDir nothing;
    QProcessEnvironment environment = m_bus.environment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=%1/no-bus").arg(nothing.path()));
    const Run run = shardscope({QStringLiteral("password"), action, QStringLiteral("--dsn"), dsn, QStringLiteral("--lang"),
                                language},
                               "secret\n", environment);
    QCOMPARE(run.status, 2);
    QCOMPARE(run.err, error);
    QCOMPARE(run.out, QString());
}

void TestPasswordCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("no action") << QStringList{"password", "--dsn", dsn}
                               << "shardscope: password: expected one action: store, check or forget\n";
    QTest::newRow("unknown action") << QStringList{"password", "show", "--dsn", dsn}
                                    << "shardscope: password: expected one action: store, check or forget\n";
    QTest::newRow("no dsn") << QStringList{"password", "check"}
                            << "shardscope: password: --dsn is required: the password is kept for that connection\n";
    QTest::newRow("bad dsn") << QStringList{"password", "check", "--dsn", "host"}
                             << "shardscope: password: invalid connection string: ";
}

void TestPasswordCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Run run = shardscope(arguments);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.startsWith(error), qPrintable(run.err));
}

QTEST_MAIN(TestPasswordCommand)
#include "tst_PasswordCommand.moc"
