// ConnectionProfile: connection strings from fields or a DSN, their validation, the DSN
// as it may be stored (never with a password), and values quoted as libpq reads them.

#include "ConnInfoValue.h"
#include "ConnectionProfile.h"

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
    void storableDsnHasNoPassword_data();
    void storableDsnHasNoPassword();
    void quotedValuesReadBack_data();
    void quotedValuesReadBack();
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

void TestConnectionProfile::storableDsnHasNoPassword_data()
{
    QTest::addColumn<QString>("dsn");
    QTest::addColumn<QString>("stored");
    // With a password: what is left of the string, rewritten as key=value (in libpq's order).
    QTest::newRow("URI with user:password")
        << "postgresql://bob:hunter2@coordinator/db" << "user='bob' dbname='db' host='coordinator'";
    QTest::newRow("URI with ?password=")
        << "postgresql://bob@coordinator:5433/db?password=hunter2&sslmode=require"
        << "user='bob' dbname='db' host='coordinator' port='5433' sslmode='require'";
    QTest::newRow("key=value") << "host=h password=hunter2 dbname=db" << "dbname='db' host='h'";
    QTest::newRow("key=value, quoted password")
        << "host=h password='hunter2 \\' x' user=bob" << "user='bob' host='h'";
    // Without one: as typed, whatever its form.
    QTest::newRow("URI without password") << "postgresql://bob@coordinator/db" << "postgresql://bob@coordinator/db";
    QTest::newRow("key=value without password") << "host=h  passfile=/tmp/pass" << "host=h  passfile=/tmp/pass";
    // Not readable, so no telling where a password would be: nothing.
    QTest::newRow("malformed") << "host=h password=hunter2 port" << "";
    QTest::newRow("malformed URI") << "postgresql://bob:hunter2@[::1/db" << "";
    QTest::newRow("none") << "" << "";
    QTest::newRow("blank") << "  " << "";
}

void TestConnectionProfile::storableDsnHasNoPassword()
{
    QFETCH(QString, dsn);
    QFETCH(QString, stored);
    ConnectionProfile profile;
    profile.dsn = dsn;
    profile.password = QStringLiteral("typed-secret");
    QCOMPARE(profile.storableDsn(), stored);
    QVERIFY(!profile.storableDsn().contains(QLatin1String("hunter2")));
    QVERIFY(!profile.storableDsn().contains(QLatin1String("typed-secret")));
}

void TestConnectionProfile::quotedValuesReadBack_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << "/tmp/pgpass";
    QTest::newRow("spaces") << "/home/ana maria/.pgpass";
    QTest::newRow("quote") << "it's";
    QTest::newRow("backslashes") << "C:\\pg\\pass\\";
    QTest::newRow("quote after backslash") << "\\'";
    QTest::newRow("equals sign") << "a=b";
    QTest::newRow("empty") << "";
    QTest::newRow("non-ASCII") << "/tmp/contraseña";
}

// What libpq reads back from key=<quoted value> is the value.
void TestConnectionProfile::quotedValuesReadBack()
{
    QFETCH(QString, value);
    ConnectionProfile profile;
    profile.dsn = QStringLiteral("host=h passfile=") + ConnInfoValue::quoted(value) + QStringLiteral(" user=u");
    const auto parameters = parametersOrFail(profile);
    QCOMPARE(QString::fromUtf8(valueOf(parameters, "passfile")), value);
    QCOMPARE(valueOf(parameters, "user"), "u");
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_ConnectionProfile.moc"
