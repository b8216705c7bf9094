// The tutorial's steps against a real, throwaway plain PostgreSQL server, up to where Citus
// would be needed: the cluster check and the inspector say what Citus lacks there (not
// installed, or installed but not loaded: whichever the server reports), the
// table is created (also under a hostile name) and found again, distributing stops at the
// Citus boundary, rows go in once, bulk rows are topped up through COPY, EXPLAIN ANALYZE
// of a statement that writes leaves the data as it was, and the reset drops the table.

#include "CitusExpectation.h"
#include "CitusExtensionState.h"
#include "ClusterCheckStep.h"
#include "ClusterInspector.h"
#include "CreateTableStep.h"
#include "DistributeStep.h"
#include "ExplainStep.h"
#include "InsertStep.h"
#include "NodeProbe.h"
#include "PgConnection.h"
#include "ResetDemoStep.h"
#include "TestServer.h"
#include "Tutorial.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace shardscope;
using Problem = ErrorDiagnosis::Problem;

namespace {

constexpr int stepTimeoutMs = 20000;
const QString hostileName = QStringLiteral("x\"; DROP TABLE y; --");

ConnectionProfile profileFor(const TestServer &server)
{
    ConnectionProfile profile;
    profile.dsn = server.dsn();
    profile.password = server.password();
    return profile;
}

QString problemText(const TutorialStep &step)
{
    return step.error() ? step.error()->explanation : QStringLiteral("(no error)");
}

} // namespace

class TestTutorialSteps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void clusterCheckSaysWhatCitusLacks();
    void inspectorSaysWhatCitusLacks();
    void extensionStateTellsWhatIsMissing();
    void probeTellsRunningFromStopped();

    void createTableCreatesThenFindsItDone();
    void createTableWarnsAboutAKeyWithoutTheDistributionColumn();
    void editedSqlThatMissesTheTableFails();
    void hostileTableNameIsJustAName();
    void distributeNeedsTheTable();
    void distributeStopsAtTheCitusBoundary();
    void distributeStatementTakesValuesAsParameters();

    void insertAddsOnlyMissingRows();
    void bulkLoadIsToppedUp();
    void bulkLoadCanBeCancelled();

    void explainReadsTheServersJson();
    void explainOfAWriteIsRolledBack_data();
    void explainOfAWriteIsRolledBack();
    void explainFallsBackWhenAnalyzeIsRefused();
    void explainRefusesWhatItCannotRun();
    void explainErrorLeavesNoTransaction();

    void resetDropsTheTable();
    void stepsSignalLaterAndOnce();

private:
    QString scalar(const QString &sql, const QVariantList &params = {});
    bool inTransaction();

    TestServer m_server;
    CitusExpectation m_citus;
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<Tutorial> m_tutorial;
};

QString TestTutorialSteps::scalar(const QString &sql, const QVariantList &params)
{
    const auto outcome = m_connection->runBlocking(sql, params);
    if (!outcome.ok())
        qFatal("%s: %s", qPrintable(sql), qPrintable(outcome.error->toString()));
    return outcome.results.last().value(0, 0);
}

bool TestTutorialSteps::inTransaction()
{
    // Outside a transaction block each statement starts its own transaction.
    return scalar(QStringLiteral("SELECT now() <> statement_timestamp()")) == QLatin1String("t");
}

void TestTutorialSteps::initTestCase()
{
    SHARDSCOPE_START_TEST_SERVER(m_server);
    m_citus = CitusExpectation::of(m_server);
    QVERIFY2(m_citus.isKnown(), qPrintable(m_citus.error));
    m_connection = std::make_unique<PgConnection>();
    PgError error;
    QVERIFY2(m_connection->connectBlocking(profileFor(m_server), &error), qPrintable(error.toString()));
}

void TestTutorialSteps::init()
{
    scalar(QStringLiteral("DROP TABLE IF EXISTS activity_log, y, %1").arg(m_connection->quoteIdentifier(hostileName)));
    m_tutorial = std::make_unique<Tutorial>(m_connection.get());
}

void TestTutorialSteps::clusterCheckSaysWhatCitusLacks()
{
    ClusterCheckStep &step = *m_tutorial->clusterCheck();
    QVERIFY(!step.checkBlocking());
    QCOMPARE(step.state(), TutorialStep::State::Failed);
    QCOMPARE(step.error()->problem, m_citus.problem);
    QVERIFY2(step.error()->explanation.startsWith(m_citus.explanation), qPrintable(problemText(step)));
    QVERIFY(!step.runBlocking());
    QCOMPARE(step.error()->problem, m_citus.problem);
    QVERIFY(step.sql().contains(QLatin1String("citus_get_active_worker_nodes()")));
}

void TestTutorialSteps::inspectorSaysWhatCitusLacks()
{
    ClusterInspector inspector(m_connection.get());
    ErrorDiagnosis error;
    QVERIFY(!inspector.inspectBlocking(&error));
    QCOMPARE(error.problem, m_citus.problem);
    QVERIFY2(error.explanation.startsWith(m_citus.explanation), qPrintable(error.explanation));
    QCOMPARE(inspector.extension().availability, m_citus.installed
                 ? CitusExtensionState::Availability::AvailableNotCreated
                 : CitusExtensionState::Availability::NotInstalled);
    QCOMPARE(inspector.extension().availableVersion, m_citus.version);
    QCOMPARE(inspector.extension().database, QStringLiteral("postgres"));
    QVERIFY(!inspector.isBusy());
}

void TestTutorialSteps::extensionStateTellsWhatIsMissing()
{
    // The server cannot offer a Citus it has not got: the answers are made up in SQL.
    const auto state = [this](const QString &row) {
        const auto outcome = m_connection->runBlocking(QStringLiteral("SELECT ") + row);
        return CitusExtensionState::fromResult(outcome.results.value(0));
    };
    auto available = state(QStringLiteral("NULL::text, '13.2-1'::text, NULL::bool, 'shop'::text"));
    QCOMPARE(available.availability, CitusExtensionState::Availability::AvailableNotCreated);
    QCOMPARE(available.problem()->problem, Problem::CitusNotCreated);
    QVERIFY(available.problem()->explanation.contains(QLatin1String("CREATE EXTENSION citus")));
    QVERIFY(available.problem()->explanation.contains(QLatin1String("\"shop\"")));

    auto unloaded = state(QStringLiteral("NULL::text, '13.2-1'::text, false, 'shop'::text"));
    QCOMPARE(unloaded.problem()->problem, Problem::CitusNotPreloaded);
    QVERIFY(unloaded.problem()->explanation.contains(QLatin1String("shared_preload_libraries")));

    auto created = state(QStringLiteral("'13.2-1'::text, '13.2-1'::text, true, 'shop'::text"));
    QVERIFY(created.isCreated());
    QVERIFY(!created.problem());
    QCOMPARE(created.createdVersion, QStringLiteral("13.2-1"));

    // This server's real answer: never loaded, installed or not as the server says.
    const auto real = m_connection->runBlocking(CitusExtensionState::query());
    const auto actual = CitusExtensionState::fromResult(real.results.value(0));
    QCOMPARE(actual.availability, m_citus.installed ? CitusExtensionState::Availability::AvailableNotCreated
                                                    : CitusExtensionState::Availability::NotInstalled);
    QCOMPARE(actual.preloaded, false);
    QCOMPARE(actual.problem()->problem, m_citus.problem);
}

void TestTutorialSteps::probeTellsRunningFromStopped()
{
    const auto probe = [](const ConnectionProfile &credentials, int port) {
        NodeProbe node;
        QSignalSpy finished(&node, &NodeProbe::finished);
        node.probe(credentials, {QStringLiteral("127.0.0.1"), port}, 3000);
        if (!finished.wait(stepTimeoutMs))
            qFatal("the probe did not finish");
        return finished.first().first().value<Reachability>();
    };
    QCOMPARE(probe(profileFor(m_server), m_server.port()), Reachability::Reachable);
    QCOMPARE(probe(profileFor(m_server), TestServer::freePort()), Reachability::Unreachable);
    // Refused at the door is still a server that answers.
    ConnectionProfile wrong = profileFor(m_server);
    wrong.password = QStringLiteral("wrong");
    QCOMPARE(probe(wrong, m_server.port()), Reachability::Reachable);

    const auto derived = NodeProbe::profileFor(profileFor(m_server), {QStringLiteral("worker1"), 5433});
    QCOMPARE(derived.host, QStringLiteral("worker1"));
    QCOMPARE(derived.port, 5433);
    QCOMPARE(derived.database, QStringLiteral("postgres"));
    QCOMPARE(derived.user, QStringLiteral("postgres"));
    QCOMPARE(derived.password, m_server.password());
    QVERIFY(derived.dsn.isEmpty());
}

void TestTutorialSteps::createTableCreatesThenFindsItDone()
{
    CreateTableStep &step = *m_tutorial->createTable();
    QVERIFY(step.sql().startsWith(QLatin1String("CREATE TABLE \"activity_log\" (")));
    QVERIFY(!step.checkBlocking());
    QCOMPARE(step.state(), TutorialStep::State::ToDo);

    QVERIFY2(step.runBlocking(), qPrintable(problemText(step)));
    QVERIFY(!step.wasAlreadyDone());
    QCOMPARE(step.primaryKey(), (QStringList{"user_id", "log_id"}));
    QVERIFY(step.result().notes.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT to_regclass('activity_log') IS NOT NULL")), QStringLiteral("t"));

    QVERIFY(step.runBlocking());
    QVERIFY(step.wasAlreadyDone());
    QVERIFY(step.checkBlocking());
    QVERIFY(step.wasAlreadyDone());
}

void TestTutorialSteps::createTableWarnsAboutAKeyWithoutTheDistributionColumn()
{
    CreateTableStep &step = *m_tutorial->createTable();
    step.setSql(QStringLiteral("CREATE TABLE activity_log (log_id bigserial PRIMARY KEY, user_id int NOT NULL)"));
    QVERIFY(step.isEdited());
    QVERIFY2(step.runBlocking(), qPrintable(problemText(step)));
    QCOMPARE(step.primaryKey(), QStringList{"log_id"});
    QCOMPARE(step.result().notes.size(), 1);
    QVERIFY(step.result().notes.first().contains(QLatin1String("user_id")));
    step.resetSql();
    QVERIFY(!step.sql().contains(QLatin1String("bigserial PRIMARY KEY")));
}

void TestTutorialSteps::editedSqlThatMissesTheTableFails()
{
    CreateTableStep &step = *m_tutorial->createTable();
    step.setSql(QStringLiteral("CREATE TABLE y (id int)"));
    QVERIFY(!step.runBlocking());
    QCOMPARE(step.error()->problem, Problem::TableMissing);
    QVERIFY(step.error()->explanation.contains(QLatin1String("activity_log")));

    step.setSql(QStringLiteral("CREATE TABLE activity_log (id int"));
    QVERIFY(!step.runBlocking());
    QCOMPARE(step.error()->error.sqlState, QStringLiteral("42601"));
}

void TestTutorialSteps::hostileTableNameIsJustAName()
{
    scalar(QStringLiteral("CREATE TABLE y (id int)"));
    m_tutorial->setTable(DemoTable{hostileName, QStringLiteral("user_id")});

    QVERIFY2(m_tutorial->createTable()->runBlocking(), qPrintable(problemText(*m_tutorial->createTable())));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname IN ($1, 'y') AND relkind = 'r'"),
                    {hostileName}),
             QStringLiteral("2"));
    QVERIFY(m_tutorial->createTable()->runBlocking());
    QVERIFY(m_tutorial->createTable()->wasAlreadyDone());

    // Found under its exact name, then stopped by the missing Citus.
    DistributeStep &distribute = *m_tutorial->distribute();
    QVERIFY(!distribute.runBlocking());
    QCOMPARE(distribute.error()->problem, m_citus.problem);
    QCOMPARE(distribute.parameters().first().toString(), m_connection->quoteIdentifier(hostileName));

    InsertStep &insert = *m_tutorial->insert();
    QVERIFY2(insert.runBlocking(), qPrintable(problemText(insert)));
    QCOMPARE(insert.insertedRows(), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(m_connection->quoteIdentifier(hostileName))),
             QStringLiteral("5"));

    m_tutorial->explainUser(1);
    QVERIFY2(m_tutorial->explain()->runBlocking(), qPrintable(problemText(*m_tutorial->explain())));

    QVERIFY(m_tutorial->reset()->runBlocking());
    QCOMPARE(scalar(QStringLiteral("SELECT to_regclass($1) IS NULL"), {m_connection->quoteIdentifier(hostileName)}),
             QStringLiteral("t"));
    QCOMPARE(scalar(QStringLiteral("SELECT to_regclass('y') IS NOT NULL")), QStringLiteral("t"));
}

void TestTutorialSteps::distributeNeedsTheTable()
{
    DistributeStep &step = *m_tutorial->distribute();
    QVERIFY(!step.checkBlocking());
    QCOMPARE(step.error()->problem, Problem::TableMissing);
    QVERIFY(step.error()->explanation.contains(QLatin1String("activity_log")));
}

void TestTutorialSteps::distributeStopsAtTheCitusBoundary()
{
    QVERIFY(m_tutorial->createTable()->runBlocking());
    DistributeStep &step = *m_tutorial->distribute();
    QVERIFY(!step.runBlocking());
    QCOMPARE(step.error()->problem, m_citus.problem);
    QVERIFY2(step.error()->explanation.startsWith(m_citus.explanation), qPrintable(problemText(step)));
    QCOMPARE(step.sql(), QStringLiteral("SELECT create_distributed_table($1::regclass, $2::text)"));
    QCOMPARE(step.parameters(), (QVariantList{QStringLiteral("\"activity_log\""), QStringLiteral("user_id")}));
}

void TestTutorialSteps::distributeStatementTakesValuesAsParameters()
{
    const SqlStatement all = DistributeStep::statement(QStringLiteral("\"activity_log\""), QStringLiteral("user_id"), 8,
                                                       QStringLiteral("users"));
    QCOMPARE(all.sql, QStringLiteral("SELECT create_distributed_table($1::regclass, $2::text, "
                                     "shard_count => $3::int, colocate_with => $4::text)"));
    QCOMPARE(all.params, (QVariantList{QStringLiteral("\"activity_log\""), QStringLiteral("user_id"), 8,
                                       QStringLiteral("users")}));
    const SqlStatement colocated = DistributeStep::statement(QStringLiteral("\"t\""), QStringLiteral("c"), std::nullopt,
                                                             QStringLiteral("none"));
    QCOMPARE(colocated.sql, QStringLiteral("SELECT create_distributed_table($1::regclass, $2::text, "
                                           "colocate_with => $3::text)"));
    QCOMPARE(colocated.params.size(), 3);
}

void TestTutorialSteps::insertAddsOnlyMissingRows()
{
    QVERIFY(m_tutorial->createTable()->runBlocking());
    InsertStep &step = *m_tutorial->insert();
    QVERIFY(!step.checkBlocking());
    QCOMPARE(step.state(), TutorialStep::State::ToDo);

    QVERIFY2(step.runBlocking(), qPrintable(problemText(step)));
    QVERIFY(!step.wasAlreadyDone());
    QCOMPARE(step.insertedRows(), 5);
    QVERIFY(!step.isDistributed());
    QVERIFY(step.userPlacements().isEmpty());
    QVERIFY(step.result().notes.first().contains(QLatin1String("not distributed")));
    QCOMPARE(scalar(QStringLiteral("SELECT string_agg(user_id || ':' || action_description, ',' ORDER BY log_id) "
                                   "FROM activity_log")),
             QStringLiteral("1:Logged in,2:Viewed dashboard,1:Updated profile,3:Posted a comment,2:Logged out"));

    QVERIFY(step.runBlocking());
    QVERIFY(step.wasAlreadyDone());
    QCOMPARE(step.insertedRows(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), QStringLiteral("5"));

    scalar(QStringLiteral("DELETE FROM activity_log WHERE user_id = 3"));
    QVERIFY(step.runBlocking());
    QCOMPARE(step.insertedRows(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), QStringLiteral("5"));

    const SqlStatement insert = InsertStep::insertStatement(QStringLiteral("\"t\""), InsertStep::tutorialRows().mid(0, 2));
    QCOMPARE(insert.sql,
             QStringLiteral("INSERT INTO \"t\" (user_id, action_description) VALUES ($1::int, $2), ($3::int, $4)"));
    QCOMPARE(insert.params, (QVariantList{1, QStringLiteral("Logged in"), 2, QStringLiteral("Viewed dashboard")}));
}

void TestTutorialSteps::bulkLoadIsToppedUp()
{
    QVERIFY(m_tutorial->createTable()->runBlocking());
    InsertStep &step = *m_tutorial->insert();
    step.setBulkLoad(1000, 10);
    QSignalSpy progress(&step, &TutorialStep::progress);
    QVERIFY2(step.runBlocking(), qPrintable(problemText(step)));
    QCOMPARE(step.insertedRows(), 5);
    QCOMPARE(step.bulkRowsLoaded(), 1000);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 1000);
    QCOMPARE(progress.last().at(1).toLongLong(), 1000);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), QStringLiteral("1005"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT user_id) FROM activity_log WHERE log_timestamp < '2026-01-01'")),
             QStringLiteral("10"));
    QCOMPARE(scalar(QStringLiteral("SELECT max(log_timestamp) = timestamptz '2025-01-01 00:16:40+00' FROM activity_log "
                                   "WHERE log_timestamp < '2026-01-01'")),
             QStringLiteral("t"));

    step.setBulkLoad(1500, 10);
    QVERIFY(!step.checkBlocking());
    QVERIFY(step.runBlocking());
    QCOMPARE(step.bulkRowsLoaded(), 500);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), QStringLiteral("1505"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT log_timestamp) FROM activity_log "
                                   "WHERE log_timestamp < '2026-01-01'")),
             QStringLiteral("1500"));

    QVERIFY(step.runBlocking());
    QVERIFY(step.wasAlreadyDone());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), QStringLiteral("1505"));
}

void TestTutorialSteps::bulkLoadCanBeCancelled()
{
    QVERIFY(m_tutorial->createTable()->runBlocking());
    InsertStep &step = *m_tutorial->insert();
    step.setBulkLoad(50000000, 1000);
    bool canceled = false;
    connect(&step, &TutorialStep::progress, this, [&step, &canceled](qint64 sent) {
        if (sent > 20000 && !canceled)
            canceled = step.cancel();
    });
    QSignalSpy finished(&step, &TutorialStep::finished);
    step.run();
    QVERIFY2(finished.wait(stepTimeoutMs), "the canceled bulk load did not finish");
    QCOMPARE(step.state(), TutorialStep::State::Failed);
    QCOMPARE(step.error()->problem, Problem::Canceled);
    // The tutorial rows went in before; the COPY left nothing.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_log")), QStringLiteral("5"));
    QVERIFY(!inTransaction());
}

void TestTutorialSteps::explainReadsTheServersJson()
{
    QVERIFY(m_tutorial->createTable()->runBlocking());
    QVERIFY(m_tutorial->insert()->runBlocking());
    m_tutorial->explainUser(1);
    ExplainStep &step = *m_tutorial->explain();
    QCOMPARE(step.statement(), QStringLiteral("SELECT * FROM \"activity_log\" WHERE user_id = 1"));
    QVERIFY(step.sql().contains(QLatin1String("SET LOCAL citus.explain_all_tasks = on")));
    QVERIFY(!step.writes());
    QVERIFY2(step.runBlocking(), qPrintable(problemText(step)));

    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(step.rawOutput(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(json.isArray());
    QVERIFY(json.array().first().toObject().contains(QLatin1String("Execution Time")));
    QVERIFY(step.plan());
    QVERIFY(step.analyzed());
    QVERIFY(!step.plan()->isDistributed());
    QVERIFY(!step.fallbackReason());
    QVERIFY(step.result().summary.startsWith(QLatin1String("not distributed")));
    QVERIFY(step.result().notes.isEmpty());
    // Without Citus there are no routing counters to read, and nothing says so twice.
    QCOMPARE(step.routingCounters().support, RoutingCounters::Support::NoCitus);
    QVERIFY(!step.routing());
    QVERIFY(!step.sql().contains(QLatin1String("citus_stat_counters")));
    QVERIFY(step.result().tables.isEmpty());
    QVERIFY(!inTransaction());
    // SET LOCAL went with the transaction.
    QCOMPARE(scalar(QStringLiteral("SELECT coalesce(current_setting('citus.explain_all_tasks', true), '')")),
             QString());
}

void TestTutorialSteps::explainOfAWriteIsRolledBack_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("delete") << "DELETE FROM activity_log WHERE user_id = 1";
    QTest::newRow("update") << "UPDATE activity_log SET action_description = 'Updated via router' WHERE user_id = 1";
    QTest::newRow("insert") << "INSERT INTO activity_log (user_id, action_description) VALUES (9, 'x');";
    QTest::newRow("deleting cte") << "WITH gone AS (DELETE FROM activity_log RETURNING *) SELECT count(*) FROM gone";
}

void TestTutorialSteps::explainOfAWriteIsRolledBack()
{
    QFETCH(QString, statement);
    QVERIFY(m_tutorial->createTable()->runBlocking());
    QVERIFY(m_tutorial->insert()->runBlocking());
    const QString before = scalar(QStringLiteral("SELECT string_agg(log_id || action_description, ',' ORDER BY log_id) "
                                                 "FROM activity_log"));
    ExplainStep &step = *m_tutorial->explain();
    step.setStatement(statement);
    QVERIFY(step.writes());
    QVERIFY(!step.rollbackNotice().isEmpty());
    QVERIFY2(step.runBlocking(), qPrintable(problemText(step)));
    QVERIFY(step.analyzed());
    QVERIFY(step.result().notes.contains(step.rollbackNotice()));
    QVERIFY(QJsonDocument::fromJson(step.rawOutput()).isArray());
    QCOMPARE(scalar(QStringLiteral("SELECT string_agg(log_id || action_description, ',' ORDER BY log_id) "
                                   "FROM activity_log")),
             before);
    QVERIFY(!inTransaction());
}

void TestTutorialSteps::explainFallsBackWhenAnalyzeIsRefused()
{
    // Citus's refusal is raised while the statement runs; so does this function, which
    // plain EXPLAIN never calls.
    scalar(QStringLiteral(
        "CREATE OR REPLACE FUNCTION pg_temp.refuse() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION "
        "'EXPLAIN ANALYZE is currently not supported for INSERT ... SELECT commands via coordinator' "
        "USING ERRCODE = 'XX000'; END $$"));
    ExplainStep &step = *m_tutorial->explain();
    step.setStatement(QStringLiteral("SELECT pg_temp.refuse()"));
    QVERIFY2(step.runBlocking(), qPrintable(problemText(step)));
    QVERIFY(step.plan());
    QVERIFY(!step.analyzed());
    QVERIFY(step.fallbackReason());
    QCOMPARE(step.fallbackReason()->problem, Problem::ExplainAnalyzeUnsupported);
    QVERIFY(step.result().notes.contains(step.fallbackReason()->explanation));
    QVERIFY(QJsonDocument::fromJson(step.rawOutput()).isArray());
    QVERIFY(!inTransaction());
}

void TestTutorialSteps::explainRefusesWhatItCannotRun()
{
    ExplainStep &step = *m_tutorial->explain();
    for (const QString &statement : {QStringLiteral("SELECT 1; SELECT 2"), QStringLiteral("EXPLAIN SELECT 1"),
                                     QStringLiteral("  -- nothing\n")}) {
        step.setStatement(statement);
        QVERIFY2(!step.checkBlocking(), qPrintable(statement));
        QCOMPARE(step.state(), TutorialStep::State::Failed);
    }
    step.setStatement(QStringLiteral("SELECT 1;"));
    QVERIFY(!step.checkBlocking());
    QCOMPARE(step.state(), TutorialStep::State::ToDo);
}

void TestTutorialSteps::explainErrorLeavesNoTransaction()
{
    ExplainStep &step = *m_tutorial->explain();
    step.setStatement(QStringLiteral("SELECT * FROM no_such_table"));
    QVERIFY(!step.runBlocking());
    QCOMPARE(step.error()->problem, Problem::TableMissing);
    QVERIFY(step.rawOutput().isEmpty());
    QVERIFY(!step.plan());
    QVERIFY(!inTransaction());
}

void TestTutorialSteps::resetDropsTheTable()
{
    ResetDemoStep &step = *m_tutorial->reset();
    QVERIFY(step.needsConfirmation());
    QVERIFY(step.checkBlocking());
    QVERIFY(m_tutorial->createTable()->runBlocking());
    QVERIFY(!step.checkBlocking());
    QCOMPARE(step.sql(), QStringLiteral("DROP TABLE IF EXISTS \"activity_log\""));
    QVERIFY(step.runBlocking());
    QVERIFY(!step.wasAlreadyDone());
    QCOMPARE(scalar(QStringLiteral("SELECT to_regclass('activity_log') IS NULL")), QStringLiteral("t"));
}

void TestTutorialSteps::stepsSignalLaterAndOnce()
{
    CreateTableStep &step = *m_tutorial->createTable();
    QSignalSpy finished(&step, &TutorialStep::finished);
    QSignalSpy checked(&step, &TutorialStep::checked);
    QSignalSpy states(&step, &TutorialStep::stateChanged);
    step.run();
    QCOMPARE(step.state(), TutorialStep::State::Running);
    QVERIFY(finished.isEmpty());
    step.run(); // ignored while busy
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeoutMs);
    QVERIFY(checked.isEmpty());
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.last().first().value<TutorialStep::State>(), TutorialStep::State::Done);
}

QTEST_MAIN(TestTutorialSteps)
#include "tst_TutorialSteps.moc"
