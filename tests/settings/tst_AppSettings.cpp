// AppSettings: every setting reads back what was set, under the keys earlier versions
// wrote (their settings still load), and no password reaches the file.

#include "AppSettings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace shardscope;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void roundTrip();
    void defaultsWhenNothingWasSaved();
    void readsWhatEarlierVersionsWrote();
    void writesTheKeysEarlierVersionsRead();
    void clusterProfileNeverHoldsThePassword_data();
    void clusterProfileNeverHoldsThePassword();
    void copiesShareTheSettings();

private:
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QByteArray fileContents() const;

    QTemporaryDir m_dir;
};

void TestAppSettings::init()
{
    QSettings(file(), QSettings::IniFormat).clear();
}

QByteArray TestAppSettings::fileContents() const
{
    QFile raw(file());
    return raw.open(QIODevice::ReadOnly) ? raw.readAll() : QByteArray();
}

void TestAppSettings::roundTrip()
{
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03", 6);
    const QByteArray state("\x00\x00\x00\xff", 4);
    const QStringList recent{QStringLiteral("/plans/a.json"), QStringLiteral("/plans/b, c.txt")};
    {
        AppSettings settings(file());
        settings.setWindowGeometry(geometry);
        settings.setWindowState(state);
        settings.setColorMode(2);
        settings.setPresenterMode(true);
        settings.setLanguage(QStringLiteral("es"));
        settings.setOpenDirectory(QStringLiteral("/plans"));
        settings.setRecentFiles(recent);
        settings.setWizardPage(4);
        settings.setWizardField(QStringLiteral("workers"), 3);
        settings.setWizardField(QStringLiteral("explainStatement"), QStringLiteral("SELECT 1"));
        ConnectionProfile profile;
        profile.dsn = QStringLiteral("host=h port=5433 passfile='/tmp/pass file'");
        settings.setClusterProfile(profile);
        settings.setWizardSize(QSize(1100, 760));
    }
    QVERIFY(!fileContents().isEmpty()); // written when the last copy went, not only in memory

    const AppSettings settings(file());
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.windowState(), state);
    QCOMPARE(settings.colorMode(), 2);
    QCOMPARE(settings.presenterMode(), true);
    QCOMPARE(settings.language(), QStringLiteral("es"));
    QCOMPARE(settings.openDirectory(), QStringLiteral("/plans"));
    QCOMPARE(settings.recentFiles(), recent);
    QCOMPARE(settings.wizardPage(), std::optional<int>(4));
    QCOMPARE(settings.wizardField(QStringLiteral("workers")).toInt(), 3);
    QCOMPARE(settings.wizardField(QStringLiteral("explainStatement")).toString(), QStringLiteral("SELECT 1"));
    QCOMPARE(settings.clusterProfile().dsn, QStringLiteral("host=h port=5433 passfile='/tmp/pass file'"));
    QCOMPARE(settings.wizardSize(), QSize(1100, 760));
}

void TestAppSettings::defaultsWhenNothingWasSaved()
{
    const AppSettings settings(file());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QCOMPARE(settings.colorMode(), 0);
    QCOMPARE(settings.presenterMode(), false);
    QVERIFY(settings.language().isEmpty());
    QCOMPARE(settings.openDirectory(), QDir::homePath());
    QVERIFY(settings.recentFiles().isEmpty());
    QVERIFY(!settings.wizardPage());
    QVERIFY(!settings.wizardField(QStringLiteral("workers")).isValid());
    QVERIFY(settings.clusterProfile().dsn.isEmpty());
    QVERIFY(!settings.wizardSize().isValid());
}

// A settings file as ShardScope wrote it before AppSettings, key by key.
void TestAppSettings::readsWhatEarlierVersionsWrote()
{
    QFile ini(file());
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[files]\n"
              "directory=/home/ana/plans\n"
              "\n"
              "[General]\n"
              "recentFiles=/home/ana/plans/a.json, /home/ana/plans/b.txt\n"
              "\n"
              "[view]\n"
              "colorBy=1\n"
              "language=es\n"
              "presenter=true\n"
              "\n"
              "[window]\n"
              "geometry=@ByteArray(\\x1\\xd9)\n"
              "state=@ByteArray(xyz)\n"
              "\n"
              "[wizard]\n"
              "bulkRows=100000\n"
              "dsn=host=127.0.0.1 port=9700 passfile='/tmp/x/pgpass'\n"
              "mode=2\n"
              "page=5\n");
    ini.close();

    const AppSettings settings(file());
    QCOMPARE(settings.openDirectory(), QStringLiteral("/home/ana/plans"));
    QCOMPARE(settings.recentFiles(),
             (QStringList{QStringLiteral("/home/ana/plans/a.json"), QStringLiteral("/home/ana/plans/b.txt")}));
    QCOMPARE(settings.colorMode(), 1);
    QCOMPARE(settings.language(), QStringLiteral("es"));
    QCOMPARE(settings.presenterMode(), true);
    QCOMPARE(settings.windowGeometry(), QByteArray("\x01\xd9"));
    QCOMPARE(settings.windowState(), QByteArray("xyz"));
    QCOMPARE(settings.wizardField(QStringLiteral("bulkRows")).toInt(), 100000);
    QCOMPARE(settings.wizardField(QStringLiteral("mode")).toInt(), 2);
    QCOMPARE(settings.wizardPage(), std::optional<int>(5));
    QCOMPARE(settings.clusterProfile().dsn, QStringLiteral("host=127.0.0.1 port=9700 passfile='/tmp/x/pgpass'"));
}

void TestAppSettings::writesTheKeysEarlierVersionsRead()
{
    {
        AppSettings settings(file());
        settings.setWindowGeometry("g");
        settings.setWindowState("s");
        settings.setColorMode(1);
        settings.setPresenterMode(true);
        settings.setLanguage(QStringLiteral("en"));
        settings.setOpenDirectory(QStringLiteral("/d"));
        settings.setRecentFiles({QStringLiteral("/d/p.json")});
        settings.setWizardPage(3);
        settings.setWizardField(QStringLiteral("ddl"), QStringLiteral("CREATE TABLE t ()"));
        ConnectionProfile profile;
        profile.dsn = QStringLiteral("host=h");
        settings.setClusterProfile(profile);
    }
    const QSettings plain(file(), QSettings::IniFormat);
    QCOMPARE(plain.value(QStringLiteral("window/geometry")).toByteArray(), QByteArray("g"));
    QCOMPARE(plain.value(QStringLiteral("window/state")).toByteArray(), QByteArray("s"));
    QCOMPARE(plain.value(QStringLiteral("view/colorBy")).toInt(), 1);
    QCOMPARE(plain.value(QStringLiteral("view/presenter")).toBool(), true);
    QCOMPARE(plain.value(QStringLiteral("view/language")).toString(), QStringLiteral("en"));
    QCOMPARE(plain.value(QStringLiteral("files/directory")).toString(), QStringLiteral("/d"));
    QCOMPARE(plain.value(QStringLiteral("recentFiles")).toStringList(), QStringList{QStringLiteral("/d/p.json")});
    QCOMPARE(plain.value(QStringLiteral("wizard/page")).toInt(), 3);
    QCOMPARE(plain.value(QStringLiteral("wizard/ddl")).toString(), QStringLiteral("CREATE TABLE t ()"));
    QCOMPARE(plain.value(QStringLiteral("wizard/dsn")).toString(), QStringLiteral("host=h"));
    QCOMPARE(plain.allKeys().size(), 10);
}

void TestAppSettings::clusterProfileNeverHoldsThePassword_data()
{
    QTest::addColumn<QString>("dsn");
    QTest::addColumn<QString>("stored");
    QTest::newRow("URI") << "postgresql://bob:hunter2@coordinator/db" << "user='bob' dbname='db' host='coordinator'";
    QTest::newRow("URI parameter") << "postgresql://bob@coordinator/db?password=hunter2"
                                   << "user='bob' dbname='db' host='coordinator'";
    QTest::newRow("key=value") << "host=coordinator password=hunter2" << "host='coordinator'";
    QTest::newRow("malformed") << "host=coordinator password=hunter2 port" << "";
}

// Both ways a profile holds a password: in its connection string, and on its own.
void TestAppSettings::clusterProfileNeverHoldsThePassword()
{
    QFETCH(QString, dsn);
    QFETCH(QString, stored);
    for (const bool apart : {false, true}) {
        {
            AppSettings settings(file());
            ConnectionProfile profile;
            profile.dsn = dsn;
            if (apart)
                profile.password = QStringLiteral("hunter2");
            settings.setClusterProfile(profile);
            settings.sync();
            QCOMPARE(settings.clusterProfile().dsn, stored);
            QVERIFY(settings.clusterProfile().password.isEmpty());
        }
        const QByteArray written = fileContents();
        QVERIFY2(!written.contains("hunter2"), written.constData());
        QVERIFY2(!written.contains("password"), written.constData());
        QSettings(file(), QSettings::IniFormat).clear();
    }
}

// The window hands its settings to the wizard, which may outlive the window's copy.
void TestAppSettings::copiesShareTheSettings()
{
    std::optional<AppSettings> original(std::in_place, file());
    const AppSettings copy = *original;
    original->setLanguage(QStringLiteral("es"));
    QCOMPARE(copy.language(), QStringLiteral("es"));
    original.reset();
    QCOMPARE(copy.language(), QStringLiteral("es"));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_AppSettings.moc"
