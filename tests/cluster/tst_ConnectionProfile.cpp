// ConnectionProfile: connection strings from fields or a DSN, their validation, and
// settings that never hold the password.

#include "ConnectionProfile.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

namespace {

QByteArray valueOf(const ConnectionProfile::Parameters &parameters, const QByteArray &keyword)
{
    for (const auto &[key, value] : parameters) {
        if (key == keyword)
            return value;
    }
    return "<absent>";
}

ConnectionProfile::Parameters parametersOrFail(const ConnectionProfile &profile)
{
    PgError error;
    const auto parameters = profile.parameters(&error);
    if (!parameters)
        qFatal("unexpected error: %s", qPrintable(error.toString()));
    return *parameters;
}

} // namespace

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void fieldsBecomeParameters();
    void emptyFieldsAreLeftToLibpq();
    void uriIsParsed();
    void passwordOverridesTheDsn();
    void malformedDsnIsAClearError_data();
    void malformedDsnIsAClearError();
    void conninfoHasNoPassword();
    void settingsNeverHoldThePassword();
    void settingsKeepAPasswordlessDsnAsTyped();
    void settingsDropAMalformedDsn();
};

void TestConnectionProfile::fieldsBecomeParameters()
{
    ConnectionProfile profile;
    profile.host = QStringLiteral("db.example");
    profile.port = 6432;
    profile.database = QStringLiteral("it's a \\ name");
    profile.user = QStringLiteral("alice");
    profile.sslMode = QStringLiteral("require");
    profile.password = QStringLiteral("pass word'\\");
    const auto parameters = parametersOrFail(profile);
    QCOMPARE(valueOf(parameters, "host"), "db.example");
    QCOMPARE(valueOf(parameters, "port"), "6432");
    QCOMPARE(valueOf(parameters, "dbname"), "it's a \\ name");
    QCOMPARE(valueOf(parameters, "user"), "alice");
    QCOMPARE(valueOf(parameters, "sslmode"), "require");
    QCOMPARE(valueOf(parameters, "password"), "pass word'\\");
}

void TestConnectionProfile::emptyFieldsAreLeftToLibpq()
{
    // Nothing set: libpq's defaults (PGHOST, the local socket, the OS user...) apply.
    QVERIFY(parametersOrFail(ConnectionProfile()).isEmpty());
}

void TestConnectionProfile::uriIsParsed()
{
    ConnectionProfile profile;
    profile.host = QStringLiteral("ignored");
    profile.dsn = QStringLiteral(
        "postgresql://bob:s%40cret@coordinator:5433/shop?sslmode=verify-full&connect_timeout=3");
    const auto parameters = parametersOrFail(profile);
    QCOMPARE(valueOf(parameters, "host"), "coordinator");
    QCOMPARE(valueOf(parameters, "port"), "5433");
    QCOMPARE(valueOf(parameters, "dbname"), "shop");
    QCOMPARE(valueOf(parameters, "user"), "bob");
    QCOMPARE(valueOf(parameters, "password"), "s@cret");
    QCOMPARE(valueOf(parameters, "sslmode"), "verify-full");
    QCOMPARE(valueOf(parameters, "connect_timeout"), "3");
}

void TestConnectionProfile::passwordOverridesTheDsn()
{
    ConnectionProfile profile;
    profile.dsn = QStringLiteral("host=h password=fromdsn");
    profile.password = QStringLiteral("typed");
    const auto parameters = parametersOrFail(profile);
    QCOMPARE(valueOf(parameters, "password"), "typed");
    QCOMPARE(std::count_if(parameters.cbegin(), parameters.cend(),
                           [](const auto &p) { return p.first == "password"; }),
             1);
}

void TestConnectionProfile::malformedDsnIsAClearError_data()
{
    QTest::addColumn<QString>("dsn");
    QTest::addColumn<QString>("why");
    QTest::newRow("missing =") << "host=localhost port" << "missing \"=\" after \"port\"";
    QTest::newRow("unterminated quote") << "host='localhost" << "unterminated quoted string";
    QTest::newRow("unknown keyword") << "hots=localhost" << "invalid connection option \"hots\"";
    QTest::newRow("unknown URI parameter") << "postgresql://h/db?colour=blue"
                                           << "invalid URI query parameter: \"colour\"";
    QTest::newRow("IPv6 bracket") << "postgresql://[::1/db" << "IPv6 host address";
    QTest::newRow("bad percent escape") << "postgresql://h/d%zz" << "invalid percent-encoded token";
}

void TestConnectionProfile::malformedDsnIsAClearError()
{
    QFETCH(QString, dsn);
    QFETCH(QString, why);
    ConnectionProfile profile;
    profile.dsn = dsn;
    PgError error;
    QVERIFY(!profile.parameters(&error));
    QCOMPARE(error.kind, PgError::Kind::InvalidConnectionString);
    QVERIFY2(error.message.startsWith(QLatin1String("invalid connection string: ")), qPrintable(error.message));
    QVERIFY2(error.message.contains(why), qPrintable(error.message));
    QVERIFY(!error.message.endsWith(QLatin1Char('\n')));
    QVERIFY(profile.conninfo().isEmpty());
}

void TestConnectionProfile::conninfoHasNoPassword()
{
    ConnectionProfile profile;
    profile.dsn = QStringLiteral("postgresql://bob:hunter2@h:5433/db");
    profile.password = QStringLiteral("typed");
    QCOMPARE(profile.conninfo(), QStringLiteral("user='bob' dbname='db' host='h' port='5433'"));
}

void TestConnectionProfile::settingsNeverHoldThePassword()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    ConnectionProfile profile;
    profile.host = QStringLiteral("h");
    profile.port = 5432;
    profile.database = QStringLiteral("db");
    profile.user = QStringLiteral("bob");
    profile.sslMode = QStringLiteral("disable");
    profile.dsn = QStringLiteral("postgresql://bob:hunter2@coordinator/db?password=hunter3");
    profile.password = QStringLiteral("typed-secret");
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("profile"));
        profile.save(settings);
    }
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray stored = raw.readAll();
    for (const char *secret : {"hunter2", "hunter3", "typed-secret", "password"})
        QVERIFY2(!stored.contains(secret), stored.constData());

    QSettings settings(file, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("profile"));
    const auto loaded = ConnectionProfile::load(settings);
    QCOMPARE(loaded.host, profile.host);
    QCOMPARE(loaded.port, profile.port);
    QCOMPARE(loaded.database, profile.database);
    QCOMPARE(loaded.user, profile.user);
    QCOMPARE(loaded.sslMode, profile.sslMode);
    QVERIFY(loaded.password.isEmpty());
    // The DSN still says the same, less the password.
    QCOMPARE(loaded.conninfo(), QStringLiteral("user='bob' dbname='db' host='coordinator'"));
}

void TestConnectionProfile::settingsKeepAPasswordlessDsnAsTyped()
{
    QTemporaryDir dir;
    ConnectionProfile profile;
    profile.dsn = QStringLiteral("postgresql://bob@coordinator/db");
    profile.password = QStringLiteral("typed-secret");
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    profile.save(settings);
    QCOMPARE(ConnectionProfile::load(settings).dsn, profile.dsn);
    QVERIFY(!settings.allKeys().contains(QStringLiteral("password")));
}

void TestConnectionProfile::settingsDropAMalformedDsn()
{
    QTemporaryDir dir;
    ConnectionProfile profile;
    profile.dsn = QStringLiteral("host=h password=hunter2 port");
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    profile.save(settings);
    QVERIFY(ConnectionProfile::load(settings).dsn.isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_ConnectionProfile.moc"
