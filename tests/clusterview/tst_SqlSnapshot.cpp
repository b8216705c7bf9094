// The Cluster Tables dock reads through Qt's QPSQL driver, with the connection options the
// rest of the application gives libpq: a value QPSQL cannot pass on (one with a ';') is
// refused by name rather than dropped, and the others reach the server as written.

#include "SqlSnapshot.h"
#include "TestRequirements.h"
#include "TestServer.h"

#include <QSqlRecord>
#include <QTest>

using namespace shardscope;

class TestSqlSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void optionWithSemicolonIsRefused_data();
    void optionWithSemicolonIsRefused();
    void optionsReachTheServerAsWritten();

private:
    // What the server says the settings of the session are, read through SqlSnapshot.
    SqlSnapshot::Result readSettings(const QString &options) const;

    TestServer m_server;
};

void TestSqlSnapshot::initTestCase()
{
    if (!SqlSnapshot::driverAvailable())
        QSKIP(requirement::qpsqlMissing);
    SHARDSCOPE_START_TEST_SERVER(m_server);
}

SqlSnapshot::Result TestSqlSnapshot::readSettings(const QString &options) const
{
    ConnectionProfile profile;
    profile.dsn = m_server.dsn() + QLatin1Char(' ') + options;
    profile.password = m_server.password();
    return SqlSnapshot::read(profile, {{QStringLiteral("SELECT current_setting('application_name'),"
                                                       " current_setting('search_path')"),
                                        {}}});
}

void TestSqlSnapshot::optionWithSemicolonIsRefused_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("option");
    QTest::newRow("application_name") << "application_name='tables;dock'" << "application_name";
    QTest::newRow("options") << "options='-c search_path=public;x'" << "options";
}

// Dropped, the option would leave the dock connected with other settings than the rest of
// the application, and nobody told.
void TestSqlSnapshot::optionWithSemicolonIsRefused()
{
    QFETCH(QString, options);
    QFETCH(QString, option);
    const SqlSnapshot::Result result = readSettings(options);
    QCOMPARE(result.connectError,
             SqlSnapshot::tr("The connection option %1 has a \";\" in its value, which Qt's PostgreSQL driver (QPSQL) "
                             "cannot pass on. Change that value or leave the option out.")
                 .arg(option));
    QVERIFY(result.tables.isEmpty());
}

// Spaces, quotes and backslashes in a value are QPSQL's to pass on too.
void TestSqlSnapshot::optionsReachTheServerAsWritten()
{
    const SqlSnapshot::Result result =
        readSettings(QStringLiteral("application_name='it\\'s the \\\\ dock' options='-c search_path=pg_catalog,public'"));
    QVERIFY2(result.connectError.isEmpty(), qPrintable(result.connectError));
    QCOMPARE(result.tables.size(), 1);
    QVERIFY2(result.tables.constFirst().error.isEmpty(), qPrintable(result.tables.constFirst().error));
    const QSqlRecord row = result.tables.constFirst().rows.value(0);
    QCOMPARE(row.value(0).toString(), QStringLiteral("it's the \\ dock"));
    QCOMPARE(row.value(1).toString(), QStringLiteral("pg_catalog,public"));
}

QTEST_GUILESS_MAIN(TestSqlSnapshot)
#include "tst_SqlSnapshot.moc"
