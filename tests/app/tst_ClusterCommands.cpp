// `shardscope cluster`, `shards`, `explain` and `tutorial` as a user runs them, against a throwaway
// plain PostgreSQL server: explain works there, cluster, shards and tutorial say clearly what Citus
// lacks there (not installed, or installed but not loaded: whichever the server reports).

#include "CitusExpectation.h"
#include "PgConnection.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

} // namespace

class TestClusterCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clusterSaysWhatCitusLacks();
    void shardsSaysWhatCitusLacks();
    void scaleSaysWhatCitusLacks();
    void explainPrintsTheSummaryAndSaves();
    void explainOfAWriteChangesNothing();
    void explainDrawsTheImage();
    void explainReportsErrors();
    void tutorialStopsWhereCitusIsMissing();
    void badArguments_data();
    void badArguments();

private:
    Run shardscope(const QStringList &arguments);
    QString scalar(const QString &sql);

    TestServer m_server;
    CitusExpectation m_citus;
    std::unique_ptr<shardscope::PgConnection> m_connection;
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;
};

Run TestClusterCommands::shardscope(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), m_server.password());
    // explain and tutorial start a QApplication, whose QStandardPaths complains on stderr
    // when there is no XDG_RUNTIME_DIR (as root), which would hide what the command says.
    if (!environment.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SHARDSCOPE_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qFatal("shardscope did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString TestClusterCommands::scalar(const QString &sql)
{
    const auto outcome = m_connection->runBlocking(sql);
    if (!outcome.ok())
        qFatal("%s: %s", qPrintable(sql), qPrintable(outcome.error->toString()));
    return outcome.results.last().value(0, 0);
}

void TestClusterCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SHARDSCOPE_START_TEST_SERVER(m_server);
    m_citus = CitusExpectation::of(m_server);
    QVERIFY2(m_citus.isKnown(), qPrintable(m_citus.error));
    shardscope::ConnectionProfile profile;
    profile.dsn = m_server.dsn();
    profile.password = m_server.password();
    m_connection = std::make_unique<shardscope::PgConnection>();
    shardscope::PgError error;
    QVERIFY2(m_connection->connectBlocking(profile, &error), qPrintable(error.toString()));
    scalar(QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, label text);"
                          " INSERT INTO items SELECT i, 'item ' || i FROM generate_series(1, 100) i"));
}

void TestClusterCommands::clusterSaysWhatCitusLacks()
{
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
        const Run run = shardscope(QStringList{QStringLiteral("cluster"), QStringLiteral("--dsn"), m_server.dsn()} + extra);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("shardscope: cluster: ") + m_citus.explanation), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
}

void TestClusterCommands::shardsSaysWhatCitusLacks()
{
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
        const Run run = shardscope(QStringList{QStringLiteral("shards"), QStringLiteral("--dsn"), m_server.dsn()} + extra);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("shardscope: shards: ") + m_citus.explanation), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
}

void TestClusterCommands::scaleSaysWhatCitusLacks()
{
    for (const QStringList &action : {QStringList{QStringLiteral("--rebalance")},
                                      QStringList{QStringLiteral("--add"), QStringLiteral("127.0.0.1:9799")},
                                      QStringList{QStringLiteral("--remove"), QStringLiteral("127.0.0.1:9799")}}) {
        const Run run = shardscope(QStringList{QStringLiteral("scale"), QStringLiteral("--dsn"), m_server.dsn()} + action);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("shardscope: scale: ")) && run.err.contains(QLatin1String("Citus")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
}

void TestClusterCommands::explainPrintsTheSummaryAndSaves()
{
    const QString plan = m_dir.filePath(QStringLiteral("plan.json"));
    const Run run = shardscope({QStringLiteral("explain"), QStringLiteral("--dsn"), m_server.dsn(),
                                QStringLiteral("--save"), plan, QStringLiteral("SELECT"), QStringLiteral("label"),
                                QStringLiteral("FROM items WHERE id < 5")});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Format: JSON (EXPLAIN ANALYZE)")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("Not distributed: PostgreSQL ran it alone")));
    QVERIFY(!run.out.contains(QLatin1String("rolled back")));

    QFile file(plan);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject top = json.array().first().toObject();
    QVERIFY(top.contains(QLatin1String("Plan")));
    QVERIFY(top.contains(QLatin1String("Execution Time")));
    QVERIFY(top.value(QLatin1String("Plan")).toObject().contains(QLatin1String("Output"))); // VERBOSE
    QVERIFY(top.value(QLatin1String("Plan")).toObject().contains(QLatin1String("Shared Hit Blocks"))); // BUFFERS
}

void TestClusterCommands::explainOfAWriteChangesNothing()
{
    const Run run = shardscope({QStringLiteral("explain"), QStringLiteral("--dsn"), m_server.dsn(),
                                QStringLiteral("DELETE FROM items WHERE id > 10")});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("rolled back")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("Format: JSON (EXPLAIN ANALYZE)")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("100"));
}

void TestClusterCommands::explainDrawsTheImage()
{
    const QString image = m_dir.filePath(QStringLiteral("plan.png"));
    const Run run = shardscope({QStringLiteral("explain"), QStringLiteral("--dsn"), m_server.dsn(), QStringLiteral("-o"),
                                image, QStringLiteral("--one-task"), QStringLiteral("SELECT count(*) FROM pg_class")});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QFile file(image);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(8).startsWith("\x89PNG"));
}

void TestClusterCommands::explainReportsErrors()
{
    Run run = shardscope({QStringLiteral("explain"), QStringLiteral("--dsn"), m_server.dsn(),
                          QStringLiteral("SELECT * FROM no_such_table")});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.startsWith(QLatin1String("shardscope: explain: The table \"no_such_table\" does not exist")),
             qPrintable(run.err));
    run = shardscope({QStringLiteral("explain"), QStringLiteral("--dsn"), m_server.dsn(), QStringLiteral("SELECT 1; SELECT 2")});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(QLatin1String("one statement")));
    run = shardscope({QStringLiteral("explain"), QStringLiteral("--dsn"),
                      QStringLiteral("host=127.0.0.1 port=%1 user=postgres").arg(TestServer::freePort()),
                      QStringLiteral("SELECT 1")});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.startsWith(QLatin1String("shardscope: explain: ")), qPrintable(run.err));
}

void TestClusterCommands::tutorialStopsWhereCitusIsMissing()
{
    const QString out = m_dir.filePath(QStringLiteral("tutorial"));
    const Run run = shardscope({QStringLiteral("tutorial"), QStringLiteral("--dsn"), m_server.dsn(),
                                QStringLiteral("--out"), out});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.out.startsWith(QStringLiteral("✗ 1/5 Cluster check")), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(QStringLiteral("shardscope: tutorial: ") + m_citus.explanation), qPrintable(run.err));
    QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());
}

void TestClusterCommands::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("tutorial without --out") << QStringList{"tutorial"} << "shardscope: tutorial: missing --out DIR";
    QTest::newRow("negative bulk") << QStringList{"tutorial", "--out", "x", "--bulk-rows", "-3"}
                                   << "shardscope: --bulk-rows: ";
    QTest::newRow("bad worker") << QStringList{"tutorial", "--out", "x", "--add-worker", "nowhere"}
                                << "shardscope: --add-worker: ";
    QTest::newRow("explain without sql") << QStringList{"explain"} << "shardscope: explain: expected the statement";
    QTest::newRow("unknown image") << QStringList{"explain", "-o", "plan.gif", "SELECT 1"} << "shardscope: plan.gif: ";
    QTest::newRow("cluster extra") << QStringList{"cluster", "extra"} << "shardscope: cluster: unexpected argument";
    QTest::newRow("bad dsn") << QStringList{"cluster", "--dsn", "host"} << "shardscope: cluster: invalid connection";
    QTest::newRow("shards extra") << QStringList{"shards", "extra"} << "shardscope: shards: unexpected argument";
    QTest::newRow("shards bad dsn") << QStringList{"shards", "--dsn", "host"} << "shardscope: shards: invalid connection";
    QTest::newRow("scale without action") << QStringList{"scale"} << "shardscope: scale: say what to do";
    QTest::newRow("scale add and remove") << QStringList{"scale", "--add", "a:1", "--remove", "b:2"}
                                          << "shardscope: scale: --add and --remove go in separate commands";
    QTest::newRow("scale bad address") << QStringList{"scale", "--add", "nowhere"}
                                       << "shardscope: scale: \"nowhere\" is not a worker's address";
}

void TestClusterCommands::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Run run = shardscope(arguments);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.startsWith(error), qPrintable(run.err));
}

QTEST_MAIN(TestClusterCommands)
#include "tst_ClusterCommands.moc"
