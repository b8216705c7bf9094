// ErrorDiagnosis against the exact errors a real Citus 13.2 cluster gave
// (errors_verbose_sqlstate.txt, error_*.txt, worker_down_other_queries.txt): each is
// recognised and explained with the names it mentions.

#include "ErrorDiagnosis.h"
#include "Fixtures.h"

#include <QRegularExpression>
#include <QTest>

using namespace shardscope;
using Problem = ErrorDiagnosis::Problem;

Q_DECLARE_METATYPE(shardscope::ErrorDiagnosis::Problem)

namespace {

// The errors of a psql session captured with VERBOSITY verbose, as the server sent them:
//   psql:<stdin>:3: ERROR:  0A000: cannot create constraint on "events_bad_pk"
//   DETAIL:  ...
//   HINT:  ...
// A message continues on lines starting with a tab; LINE, caret and LOCATION lines are psql's.
QList<PgError> sessionErrors(const QString &fixture)
{
    static const QRegularExpression head(QStringLiteral("^psql:[^:]*:\\d+: (ERROR|WARNING):  (?:([0-9A-Z]{5}): )?(.*)$"));
    QList<PgError> errors;
    const QStringList lines = QString::fromUtf8(fixtures::read(fixtures::citus(fixture))).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const auto match = head.match(line);
        if (match.hasMatch()) {
            PgError error;
            error.severity = match.captured(1);
            error.sqlState = match.captured(2);
            error.message = match.captured(3);
            error.kind = PgError::kindOf(error.sqlState, error.message);
            errors << error;
        } else if (errors.isEmpty()) {
            continue;
        } else if (line.startsWith(QLatin1Char('\t'))) {
            errors.last().message += QLatin1Char('\n') + line;
        } else if (line.startsWith(QLatin1String("DETAIL:  "))) {
            errors.last().detail = line.mid(9);
        } else if (line.startsWith(QLatin1String("HINT:  "))) {
            errors.last().hint = line.mid(7);
        }
    }
    return errors;
}

PgError serverError(const QString &sqlState, const QString &message)
{
    PgError error;
    error.severity = QStringLiteral("ERROR");
    error.sqlState = sqlState;
    error.message = message;
    error.kind = PgError::kindOf(sqlState, message);
    return error;
}

} // namespace

class TestErrorDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void verboseFixtureErrors_data();
    void verboseFixtureErrors();
    void plainFixturesGiveTheSameMessages();
    void workerDownWarningsNameTheWorker();
    void rebalanceWithoutReplicaIdentity();
    void otherErrors_data();
    void otherErrors();
    void unknownErrorShowsTheServersText();
    void ownFindingKeepsItsMessage();
};

void TestErrorDiagnosis::verboseFixtureErrors_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QStringList>("mentioned"); // in the explanation

    QTest::newRow("primary key without distribution column")
        << 0 << "0A000" << Problem::PrimaryKeyWithoutDistributionColumn
        << QStringList{"events_bad_pk", "PRIMARY KEY (user_id, log_id)"};
    QTest::newRow("distributed twice") << 1 << "42P16" << Problem::AlreadyDistributed
                                       << QStringList{"activity_log", "reset the demo"};
    QTest::newRow("missing column") << 2 << "42703" << Problem::MissingColumn
                                    << QStringList{"customer_id", "events_missing_col"};
    QTest::newRow("repartition join types") << 3 << "0A000" << Problem::ComplexJoin
                                            << QStringList{"citus.enable_repartition_joins"};
    QTest::newRow("insert select via coordinator")
        << 4 << "XX000" << Problem::ExplainAnalyzeUnsupported
        << QStringList{"INSERT ... SELECT commands via coordinator", "estimates"};
    QTest::newRow("insert select with repartitioning") << 5 << "XX000" << Problem::ExplainAnalyzeUnsupported
                                                       << QStringList{"with repartitioning"};
    QTest::newRow("no citus in the database") << 6 << "42883" << Problem::CitusNotInstalled
                                              << QStringList{"create_distributed_table", "CREATE EXTENSION citus"};
    QTest::newRow("worker down") << 7 << "08006" << Problem::WorkerUnreachable
                                 << QStringList{"127.0.0.1:9702", "Connection refused"};
}

void TestErrorDiagnosis::verboseFixtureErrors()
{
    QFETCH(int, index);
    QFETCH(QString, sqlState);
    QFETCH(Problem, problem);
    QFETCH(QStringList, mentioned);
    const QList<PgError> errors = sessionErrors(QStringLiteral("errors_verbose_sqlstate.txt"));
    QCOMPARE(errors.size(), 8);
    const PgError &error = errors.at(index);
    QCOMPARE(error.sqlState, sqlState);
    const ErrorDiagnosis diagnosis = ErrorDiagnosis::of(error);
    QCOMPARE(diagnosis.problem, problem);
    QCOMPARE(diagnosis.error.message, error.message);
    for (const QString &text : mentioned)
        QVERIFY2(diagnosis.explanation.contains(text), qPrintable(diagnosis.explanation));
}

void TestErrorDiagnosis::plainFixturesGiveTheSameMessages()
{
    // The non-verbose captures carry the same texts, which is what classification reads.
    const QList<PgError> verbose = sessionErrors(QStringLiteral("errors_verbose_sqlstate.txt"));
    const QList<std::pair<QString, int>> plain{
        {QStringLiteral("error_pk_without_distribution_column.txt"), 0},
        {QStringLiteral("error_create_distributed_table_twice.txt"), 1},
        {QStringLiteral("error_create_distributed_table_missing_column.txt"), 2},
        {QStringLiteral("error_repartition_join_type_mismatch.txt"), 3},
        {QStringLiteral("error_explain_analyze_insert_select_via_coordinator.txt"), 4},
        {QStringLiteral("error_explain_analyze_insert_select_repartition.txt"), 5},
        {QStringLiteral("error_worker_down_multishard_count.txt"), 7},
    };
    for (const auto &[file, index] : plain) {
        const QList<PgError> errors = sessionErrors(file);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message, verbose.at(index).message);
        QCOMPARE(errors.first().detail, verbose.at(index).detail);
    }
    // citus_version() in a database without the extension, captured without SQLSTATE.
    const QList<PgError> noCitus = sessionErrors(QStringLiteral("error_no_citus_extension.txt"));
    QCOMPARE(noCitus.size(), 2);
    for (const PgError &error : noCitus) {
        const auto diagnosis = ErrorDiagnosis::of(serverError(QStringLiteral("42883"), error.message));
        QCOMPARE(diagnosis.problem, Problem::CitusNotInstalled);
    }
}

void TestErrorDiagnosis::workerDownWarningsNameTheWorker()
{
    const QList<PgError> messages = sessionErrors(QStringLiteral("worker_down_other_queries.txt"));
    QCOMPARE(messages.size(), 5); // two query errors, then three health-check warnings
    for (const PgError &message : messages)
        QCOMPARE(ErrorDiagnosis::workerIn(message.message), (NodeAddress{QStringLiteral("127.0.0.1"), 9702}));
    QCOMPARE(ErrorDiagnosis::of(serverError(QStringLiteral("08006"), messages.first().message)).problem,
             Problem::WorkerUnreachable);
    QVERIFY(!ErrorDiagnosis::workerIn(QStringLiteral("could not connect")));
}

void TestErrorDiagnosis::rebalanceWithoutReplicaIdentity()
{
    const QList<PgError> errors = sessionErrors(QStringLiteral("error_rebalance_no_replica_identity.txt"));
    QCOMPARE(errors.size(), 1);
    const ErrorDiagnosis diagnosis = ErrorDiagnosis::of(errors.first());
    QCOMPARE(diagnosis.problem, Problem::NoReplicaIdentity);
    QVERIFY(ErrorDiagnosis::needsBlockingTransfer(diagnosis.problem));
    // The table, and both ways out.
    for (const char *text : {"\"events_no_key\"", "block_writes", "REPLICA IDENTITY"})
        QVERIFY2(diagnosis.explanation.contains(QLatin1String(text)), qPrintable(diagnosis.explanation));
}

void TestErrorDiagnosis::otherErrors_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Problem>("problem");

    QTest::newRow("no pg_dist_partition") << "42P01" << "relation \"pg_dist_partition\" does not exist"
                                          << Problem::CitusNotInstalled;
    QTest::newRow("no citus_tables") << "42P01" << "relation \"citus_tables\" does not exist"
                                     << Problem::CitusNotInstalled;
    QTest::newRow("no such table") << "42P01" << "relation \"activity_log\" does not exist" << Problem::TableMissing;
    QTest::newRow("other missing function") << "42883" << "function lower(integer) does not exist" << Problem::Other;
    QTest::newRow("qualified citus function")
        << "42883" << "function pg_catalog.citus_add_node(unknown, integer) does not exist"
        << Problem::CitusNotInstalled;
    QTest::newRow("not preloaded") << "XX000" << "Citus can only be loaded via shared_preload_libraries"
                                   << Problem::CitusNotPreloaded;
    QTest::newRow("cancel") << "57014" << "canceling statement due to user request" << Problem::Canceled;
    QTest::newRow("timeout") << "57014" << "canceling statement due to statement timeout" << Problem::TimedOut;
    QTest::newRow("coordinator gone") << "57P01" << "terminating connection due to administrator command"
                                      << Problem::ConnectionLost;
    QTest::newRow("coordinator lost") << "08006" << "server closed the connection unexpectedly"
                                      << Problem::ConnectionLost;
    QTest::newRow("explain multiple") << "XX000" << "cannot EXPLAIN ANALYZE multiple queries"
                                      << Problem::ExplainAnalyzeUnsupported;
}

void TestErrorDiagnosis::otherErrors()
{
    QFETCH(QString, sqlState);
    QFETCH(QString, message);
    QFETCH(Problem, problem);
    QCOMPARE(ErrorDiagnosis::of(serverError(sqlState, message)).problem, problem);
}

void TestErrorDiagnosis::unknownErrorShowsTheServersText()
{
    PgError error = serverError(QStringLiteral("42601"), QStringLiteral("syntax error at or near \"SELEC\""));
    QCOMPARE(ErrorDiagnosis::of(error).explanation, error.message);
    error.hint = QStringLiteral("Try again.");
    QVERIFY(ErrorDiagnosis::of(error).explanation.contains(QLatin1String("Try again.")));
}

void TestErrorDiagnosis::ownFindingKeepsItsMessage()
{
    const auto diagnosis = ErrorDiagnosis::because(Problem::NoWorkers, QStringLiteral("no workers"));
    QCOMPARE(diagnosis.problem, Problem::NoWorkers);
    QCOMPARE(diagnosis.explanation, QStringLiteral("no workers"));
    QCOMPARE(diagnosis.error.message, QStringLiteral("no workers"));
    QVERIFY(diagnosis.error.sqlState.isEmpty());
}

QTEST_APPLESS_MAIN(TestErrorDiagnosis)
#include "tst_ErrorDiagnosis.moc"
