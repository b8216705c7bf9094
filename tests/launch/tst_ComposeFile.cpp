// docker/docker-compose.yml as Compose v1 reads it (`docker-compose config`, which needs no
// Docker daemon): valid, with .env.example's settings; the coordinator alone published,
// on 127.0.0.1; one profile per worker count enabling exactly its workers and the
// registration waiting for them; and the registration itself, run against a PostgreSQL
// server with a stub of Citus's functions, twice, adding every node once. Needs
// docker-compose and PostgreSQL's server programs, and skips as a whole without either.

#include "CitusVersions.h"
#include "PostgresInstallation.h"
#include "StubCitus.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

namespace {

// Where initdb, psql and pg_config are; empty when PostgreSQL is not installed.
QString postgresBinDir()
{
    QString error;
    const auto installation = shardscope::PostgresInstallation::find(QProcessEnvironment::systemEnvironment(), &error);
    return installation ? installation->binDir() : QString();
}

const QString composeFile = QStringLiteral(SHARDSCOPE_COMPOSE_DIR "/docker-compose.yml");
const QString envExample = QStringLiteral(SHARDSCOPE_COMPOSE_DIR "/.env.example");
constexpr int maxWorkers = 8;

struct Run {
    int status = -1;
    QByteArray out;
    QByteArray err;
};

QString text(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
}

QStringList list(const YAML::Node &node)
{
    QStringList items;
    for (const auto &item : node)
        items << text(item);
    return items;
}

QStringList keys(const YAML::Node &node)
{
    QStringList names;
    for (const auto &item : node)
        names << text(item.first);
    names.sort();
    return names;
}

} // namespace

class TestComposeFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void valid();
    void passwordRequired();
    void onlyTheCoordinatorIsPublished();
    void imagePinnedAndOverridable();
    void serversAreHealthChecked();
    void oneProfilePerWorkerCount();
    void noPasswordInTheRepository();
    void registrationAddsEachNodeOnce();

private:
    // docker-compose config with .env.example, its password filled in, and extra variables.
    Run config(const QStringList &extraEnvironment = {}, bool withPassword = true);
    YAML::Node services(const QStringList &extraEnvironment = {});

    QString m_compose;
    QTemporaryDir m_dir;
    // Read once each: docker-compose takes seconds to start.
    Run m_default;
    YAML::Node m_services;
    YAML::Node m_overridden; // with another port and image
    TestServer m_server; // the coordinator the registration talks to, with Citus stubbed
};

void TestComposeFile::initTestCase()
{
    m_compose = QStandardPaths::findExecutable(QStringLiteral("docker-compose"));
    if (m_compose.isEmpty())
        QSKIP("docker-compose is not installed: install it (Debian, Ubuntu: apt install docker-compose; "
              "script/bootstrap does) to check the compose file");
    SHARDSCOPE_START_TEST_SERVER(m_server);
    const QString stubbed = stubcitus::install(m_server);
    QVERIFY2(stubbed.isEmpty(), qPrintable(stubbed));
    QVERIFY(m_dir.isValid());
    m_default = config();
    QVERIFY2(m_default.status == 0, m_default.err.constData());
    m_services = YAML::Load(m_default.out.toStdString())["services"];
    m_overridden = services({QStringLiteral("COORDINATOR_PORT=6543"), QStringLiteral("CITUS_IMAGE=citusdata/citus:12.1.6-pg15")});
}

Run TestComposeFile::config(const QStringList &extraEnvironment, bool withPassword)
{
    QFile example(envExample);
    if (!example.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(envExample));
    QByteArray env = example.readAll();
    if (withPassword)
        env.replace("\nPOSTGRES_PASSWORD=\n", "\nPOSTGRES_PASSWORD=checked\n");
    QFile file(m_dir.filePath(QStringLiteral("env")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(env) != env.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.close();

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"POSTGRES_PASSWORD", "COORDINATOR_PORT", "CITUS_IMAGE", "COMPOSE_PROFILES", "COMPOSE_PROJECT_NAME"})
        environment.remove(QLatin1String(name));
    for (const QString &assignment : extraEnvironment)
        environment.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    process.start(m_compose, {QStringLiteral("-f"), composeFile, QStringLiteral("--env-file"), file.fileName(),
                              QStringLiteral("config")});
    if (!process.waitForFinished(30000)) {
        process.kill();
        qFatal("docker-compose config did not finish within 30 s");
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

YAML::Node TestComposeFile::services(const QStringList &extraEnvironment)
{
    const Run run = config(extraEnvironment);
    if (run.status != 0)
        qFatal("docker-compose config failed: %s", run.err.constData());
    return YAML::Load(run.out.toStdString())["services"];
}

void TestComposeFile::valid()
{
    QStringList expected{QStringLiteral("coordinator")};
    for (int i = 1; i <= maxWorkers; ++i)
        expected << QStringLiteral("worker%1").arg(i) << QStringLiteral("register-%1").arg(i);
    expected.sort();
    QCOMPARE(keys(m_services), expected);
}

void TestComposeFile::passwordRequired()
{
    const Run run = config({}, false);
    QVERIFY(run.status != 0);
    QVERIFY2(run.err.contains("set POSTGRES_PASSWORD in .env (see .env.example)"), run.err.constData());
}

void TestComposeFile::onlyTheCoordinatorIsPublished()
{
    YAML::Node all = m_services;
    for (const auto &service : all) {
        if (text(service.first) != QLatin1String("coordinator"))
            QVERIFY2(!service.second["ports"], qPrintable(text(service.first)));
    }
    QCOMPARE(list(all["coordinator"]["ports"]), QStringList{QStringLiteral("127.0.0.1:5432:5432/tcp")});
    QCOMPARE(list(m_overridden["coordinator"]["ports"]), QStringList{QStringLiteral("127.0.0.1:6543:5432/tcp")});
    // The tutorial's `docker exec -it postgres_sharding-coordinator-1 psql -U postgres`,
    // also under v1, whose own name would be postgres_sharding_coordinator_1.
    QCOMPARE(text(all["coordinator"]["container_name"]), QStringLiteral("postgres_sharding-coordinator-1"));
}

void TestComposeFile::imagePinnedAndOverridable()
{
    // The file's own default is the application's (CitusVersions), for those who run it by hand.
    for (const auto &service : m_services)
        QCOMPARE(text(service.second["image"]), shardscope::CitusVersions::defaultEntry().image);
    for (const auto &service : m_overridden)
        QCOMPARE(text(service.second["image"]), QStringLiteral("citusdata/citus:12.1.6-pg15"));
}

void TestComposeFile::serversAreHealthChecked()
{
    YAML::Node all = m_services;
    for (int i = 0; i <= maxWorkers; ++i) {
        const QString name = i == 0 ? QStringLiteral("coordinator") : QStringLiteral("worker%1").arg(i);
        const YAML::Node server = all[name.toStdString()];
        QVERIFY2(list(server["healthcheck"]["test"]).contains(QStringLiteral("pg_isready")), qPrintable(name));
        QCOMPARE(list(server["volumes"]), QStringList{QStringLiteral("%1-data:/var/lib/postgresql/data:rw").arg(name)});
        QCOMPARE(text(server["environment"]["POSTGRES_PASSWORD"]), QStringLiteral("checked"));
        // How Citus on one node logs in to another.
        QCOMPARE(text(server["environment"]["PGPASSWORD"]), QStringLiteral("checked"));
    }
}

void TestComposeFile::oneProfilePerWorkerCount()
{
    YAML::Node all = m_services;
    QVERIFY(!all["coordinator"]["profiles"]); // always there
    for (int count = 1; count <= maxWorkers; ++count) {
        const QString profile = QStringLiteral("workers-%1").arg(count);
        QStringList enabled;
        for (const auto &service : all) {
            if (list(service.second["profiles"]).contains(profile))
                enabled << text(service.first);
        }
        QStringList expected{QStringLiteral("register-%1").arg(count)};
        QStringList workers;
        for (int i = 1; i <= count; ++i)
            workers << QStringLiteral("worker%1").arg(i);
        expected += workers;
        expected.sort();
        enabled.sort();
        QCOMPARE(enabled, expected);

        const YAML::Node registration = all[QStringLiteral("register-%1").arg(count).toStdString()];
        QStringList dependencies = workers;
        dependencies << QStringLiteral("coordinator");
        dependencies.sort();
        QCOMPARE(keys(registration["depends_on"]), dependencies);
        for (const auto &dependency : registration["depends_on"])
            QCOMPARE(text(dependency.second["condition"]), QStringLiteral("service_healthy"));
        QCOMPARE(text(registration["environment"]["WORKERS"]), workers.join(QLatin1Char(' ')));
        QCOMPARE(text(registration["restart"]), QStringLiteral("no"));
    }
    // `down --profile all` reaches every container.
    for (const auto &service : all) {
        if (text(service.first) != QLatin1String("coordinator"))
            QVERIFY(list(service.second["profiles"]).contains(QStringLiteral("all")));
    }
}

void TestComposeFile::noPasswordInTheRepository()
{
    QFile file(composeFile);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString compose = QString::fromUtf8(file.readAll());
    static const QRegularExpression assignment(QStringLiteral(R"((?:POSTGRES_PASSWORD|PGPASSWORD):\s*(\S.*)$)"),
                                               QRegularExpression::MultilineOption);
    int found = 0;
    for (auto match = assignment.globalMatch(compose); match.hasNext(); ++found)
        QVERIFY2(match.next().captured(1).startsWith(QStringLiteral("${POSTGRES_PASSWORD:?")), qPrintable(compose));
    QCOMPARE(found, 3);
    QFile example(envExample);
    QVERIFY(example.open(QIODevice::ReadOnly | QIODevice::Text));
    QVERIFY(QString::fromUtf8(example.readAll()).contains(QStringLiteral("\nPOSTGRES_PASSWORD=\n")));
    // git ignores what holds the password.
    QFile ignore(QStringLiteral(SHARDSCOPE_COMPOSE_DIR "/.gitignore"));
    QVERIFY(ignore.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList ignored = QString::fromUtf8(ignore.readAll()).split(QLatin1Char('\n'));
    QVERIFY(ignored.contains(QStringLiteral(".env")));
    QVERIFY(ignored.contains(QStringLiteral("pgpass")));
}

void TestComposeFile::registrationAddsEachNodeOnce()
{
    const YAML::Node registration = m_services["register-3"];
    const QStringList command = list(registration["command"]);
    QCOMPARE(command.mid(0, 2), (QStringList{QStringLiteral("sh"), QStringLiteral("-ec")}));
    // Compose turns $$ into $ when it creates the container.
    QString script = command.at(2);
    script.replace(QStringLiteral("$$"), QStringLiteral("$"));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &variable : registration["environment"])
        environment.insert(text(variable.first), text(variable.second));
    // The coordinator stand-in instead of the service named coordinator.
    environment.insert(QStringLiteral("PGHOST"), QStringLiteral("127.0.0.1"));
    environment.insert(QStringLiteral("PGPORT"), QString::number(m_server.port()));
    environment.insert(QStringLiteral("PGPASSWORD"), m_server.password());
    environment.insert(QStringLiteral("PATH"), postgresBinDir() + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
    for (int round = 1; round <= 2; ++round) {
        QProcess shell;
        shell.setProcessEnvironment(environment);
        shell.setProcessChannelMode(QProcess::MergedChannels);
        shell.start(QStringLiteral("sh"), {QStringLiteral("-ec"), script});
        QVERIFY2(shell.waitForFinished(30000), "the registration script did not finish within 30 s");
        const QByteArray output = shell.readAll();
        QVERIFY2(shell.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("worker3"), output.constData()); // the closing list of workers
        QCOMPARE(stubcitus::value(m_server, QStringLiteral("SELECT string_agg(groupid || ' ' || nodename || ':' || nodeport, ', ' "
                                                         "ORDER BY groupid) FROM pg_dist_node")),
                 QStringLiteral("0 coordinator:5432, 1 worker1:5432, 2 worker2:5432, 3 worker3:5432"));
    }
}

QTEST_GUILESS_MAIN(TestComposeFile)
#include "tst_ComposeFile.moc"
