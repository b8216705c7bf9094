// `shardscope inspect` as a user runs it: the real executable, its stdout, stderr and status.

#include "Fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

namespace {

struct Run {
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run shardscope(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(SHARDSCOPE_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("shardscope did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject inspectJson(const QString &path)
{
    const Run run = shardscope({QStringLiteral("inspect"), path, QStringLiteral("--json")});
    if (run.status != 0)
        qFatal("inspect failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestInspectCommand : public QObject
{
    Q_OBJECT

private slots:
    void routerQueryAsJson();
    void allTasksMultiShardAsJson();
    void unknownValuesAreNull();
    void statementFigures_data();
    void statementFigures();
    void everyFormatGivesTheSameFigures_data();
    void everyFormatGivesTheSameFigures();
    void humanSummary();
    void readsStandardInput();
    void listsEveryPlan_data();
    void listsEveryPlan();
    void reportsSkippedLines();
    void badInput_data();
    void badInput();
};

void TestInspectCommand::routerQueryAsJson()
{
    const QJsonObject json = inspectJson(fixtures::citus(QStringLiteral("router_user1.analyze.json")));
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("json"));
    QCOMPARE(json.value(QStringLiteral("analyzed")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("planning_ms")).toDouble(), 1.185);
    QCOMPARE(json.value(QStringLiteral("execution_ms")).toDouble(), 8.404);
    QCOMPARE(json.value(QStringLiteral("nodes")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("distributed")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("router"));
    QCOMPARE(json.value(QStringLiteral("task_count")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("tasks_shown")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("subplans")).toInt(), 0);
    const QJsonArray workers = json.value(QStringLiteral("workers")).toArray();
    QCOMPARE(workers.size(), 1);
    const QJsonObject worker = workers.first().toObject();
    QCOMPARE(worker.value(QStringLiteral("worker")).toString(), QStringLiteral("127.0.0.1:9702"));
    QCOMPARE(worker.value(QStringLiteral("tasks")).toInt(), 1);
    QCOMPARE(worker.value(QStringLiteral("nodes")).toInt(), 1);
    QCOMPARE(worker.value(QStringLiteral("rows")).toDouble(), 2.0);
    QCOMPARE(worker.value(QStringLiteral("time_ms")).toDouble(), 0.043);
}

void TestInspectCommand::allTasksMultiShardAsJson()
{
    const QString path = fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json"));
    const QJsonObject json = inspectJson(path);
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("multi-shard"));
    QCOMPARE(json.value(QStringLiteral("task_count")).toInt(), 32);
    QCOMPARE(json.value(QStringLiteral("tasks_shown")).toInt(), 32);
    // Aggregate + Custom Scan on the coordinator, Aggregate + Seq Scan in each of 32 tasks.
    QCOMPARE(json.value(QStringLiteral("nodes")).toInt(), 2 + 32 * 2);
    QCOMPARE(json.value(QStringLiteral("coordinator_nodes")).toInt(), 2);
    const QJsonArray workers = json.value(QStringLiteral("workers")).toArray();
    QCOMPARE(workers.size(), 2);
    double rows = 0;
    for (const auto &value : workers) {
        const QJsonObject worker = value.toObject();
        QCOMPARE(worker.value(QStringLiteral("tasks")).toInt(), 16);
        QCOMPARE(worker.value(QStringLiteral("nodes")).toInt(), 32);
        rows += worker.value(QStringLiteral("rows")).toDouble();
    }
    QCOMPARE(workers.at(0).toObject().value(QStringLiteral("worker")).toString(), QStringLiteral("127.0.0.1:9701"));
    QCOMPARE(workers.at(1).toObject().value(QStringLiteral("worker")).toString(), QStringLiteral("127.0.0.1:9702"));
    QCOMPARE(rows, 32.0); // each task returns its shard's one partial count
}

void TestInspectCommand::unknownValuesAreNull()
{
    // EXPLAIN without ANALYZE: no times, no actual rows.
    const QJsonObject json = inspectJson(fixtures::citus(QStringLiteral("router_user1.plan_only.json")));
    QCOMPARE(json.value(QStringLiteral("analyzed")).toBool(), false);
    QVERIFY(json.value(QStringLiteral("execution_ms")).isNull());
    const QJsonObject worker = json.value(QStringLiteral("workers")).toArray().first().toObject();
    QVERIFY(worker.value(QStringLiteral("rows")).isNull());
    QVERIFY(worker.value(QStringLiteral("time_ms")).isNull());
    QCOMPARE(worker.value(QStringLiteral("tasks")).toInt(), 1);
}

void TestInspectCommand::statementFigures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    const QString text = QStringLiteral("postgres-modern/pev2__23-serialization-and-planning__L13.txt");
    const QString json = QStringLiteral("postgres-fields/pev2__serialization-and-planning.json.txt");
    QTest::newRow("text: planning memory") << text << "planning_memory_kb" << 6.0;
    QTest::newRow("text: serialization time") << text << "serialization_ms" << 4.69;
    QTest::newRow("text: serialization output") << text << "serialization_kb" << 31251.0;
    QTest::newRow("json: planning memory") << json << "planning_memory_kb" << 6.0;
    QTest::newRow("json: serialization time") << json << "serialization_ms" << 25.481;
    QTest::newRow("text: JIT") << "postgres-modern/pg18__docs.jit__002.txt" << "jit_ms" << 7.104;
    QTest::newRow("text: WAL") << "postgres-fields/pev2__wal-cte.txt" << "wal_bytes" << 1320.0;
}

// The figures of the statement as a whole; null (unknownValuesAreNull) when not printed.
void TestInspectCommand::statementFigures()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(double, value);
    const QJsonObject json = inspectJson(QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/") + file);
    QCOMPARE(json.value(key).toDouble(), value);
    const QJsonObject citus = inspectJson(fixtures::citus(QStringLiteral("router_user1.analyze.json")));
    QVERIFY(citus.contains(key));
    QVERIFY(citus.value(key).isNull());
}

void TestInspectCommand::everyFormatGivesTheSameFigures_data()
{
    QTest::addColumn<QString>("extension");
    for (const char *extension : {"txt", "yaml", "xml"})
        QTest::newRow(extension) << QString::fromLatin1(extension);
}

void TestInspectCommand::everyFormatGivesTheSameFigures()
{
    QFETCH(QString, extension);
    const QJsonObject json = inspectJson(fixtures::citus(QStringLiteral("router_user2.analyze.json")));
    const QJsonObject other = inspectJson(fixtures::citus(QStringLiteral("router_user2.analyze.") + extension));
    QCOMPARE(other.value(QStringLiteral("format")).toString(), extension == QLatin1String("txt") ? QStringLiteral("text") : extension);
    for (const char *key : {"analyzed", "nodes", "distributed", "kind", "task_count", "tasks_shown", "subplans"})
        QCOMPARE(other.value(QLatin1String(key)), json.value(QLatin1String(key)));
    const QJsonObject a = json.value(QStringLiteral("workers")).toArray().first().toObject();
    const QJsonObject b = other.value(QStringLiteral("workers")).toArray().first().toObject();
    for (const char *key : {"worker", "tasks", "nodes", "rows"})
        QCOMPARE(b.value(QLatin1String(key)), a.value(QLatin1String(key)));
}

void TestInspectCommand::humanSummary()
{
    const Run run = shardscope({QStringLiteral("inspect"),
                                fixtures::citus(QStringLiteral("cte_subplan_top_users.analyze_verbose_buffers.txt"))});
    QCOMPARE(run.status, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains("subplans"));
    QVERIFY(run.out.contains("127.0.0.1:970"));
    QVERIFY(run.out.contains("Distributed subplans: 1"));
    // The heading's and the legend's count: Sort, Custom Scan and the subplan's Limit, Sort and
    // Custom Scan on the coordinator; two tasks of four nodes each on the worker.
    QVERIFY2(run.out.contains("Plan nodes: 13 (coordinator: 5, workers: 8)"), run.out.constData());
}

void TestInspectCommand::readsStandardInput()
{
    const Run run = shardscope({QStringLiteral("inspect"), QStringLiteral("-"), QStringLiteral("--json")},
                               fixtures::read(fixtures::citus(QStringLiteral("tutorial_06_explain_analyze_user2.txt"))));
    QCOMPARE(run.status, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("text"));
    QCOMPARE(json.value(QStringLiteral("workers")).toArray().first().toObject().value(QStringLiteral("worker")).toString(),
             QStringLiteral("127.0.0.1:9701"));
}

// A statement a rule rewrote: the figures of all plans together, then each plan's own.
void TestInspectCommand::listsEveryPlan_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<int>>("nodes");
    QTest::newRow("pg18 text") << QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres-modern/pg18__foreign_key__001.txt")
                               << QList<int>{4, 2};
    for (const char *format : {"json", "yaml", "xml"}) {
        QTest::newRow(format) << QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres-rules/rule_delete_%1.txt")
                                     .arg(QLatin1String(format))
                              << QList<int>{5, 2};
    }
}

void TestInspectCommand::listsEveryPlan()
{
    QFETCH(QString, path);
    QFETCH(QList<int>, nodes);
    const QJsonObject json = inspectJson(path);
    QCOMPARE(json.value(QStringLiteral("nodes")).toInt(), nodes[0] + nodes[1]);
    const QJsonArray plans = json.value(QStringLiteral("plans")).toArray();
    QCOMPARE(plans.size(), nodes.size());
    for (int i = 0; i < plans.size(); ++i) {
        const QJsonObject plan = plans.at(i).toObject();
        QCOMPARE(plan.value(QStringLiteral("title")).toString(), QStringLiteral("Plan %1 of 2").arg(i + 1));
        QCOMPARE(plan.value(QStringLiteral("nodes")).toInt(), nodes[i]);
        QCOMPARE(plan.value(QStringLiteral("kind")).toString(), QStringLiteral("local"));
    }
    // A single plan is summed up as it always was.
    const QJsonObject single = inspectJson(fixtures::citus(QStringLiteral("router_user1.analyze.json")));
    QVERIFY(!single.contains(QStringLiteral("plans")));
    QVERIFY(!single.contains(QStringLiteral("skipped")));
}

// BEGIN and ROLLBACK around the result: read, and said on stderr and in the JSON.
void TestInspectCommand::reportsSkippedLines()
{
    const QString path = QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres-rules/rule_delete_analyze_text.txt");
    const Run run = shardscope({QStringLiteral("inspect"), path, QStringLiteral("--json")});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.startsWith("shardscope: " + path.toUtf8() + ": "), run.err.constData());
    QVERIFY2(run.err.contains("2"), run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("plans")).toArray().size(), 2);
    const QJsonArray skipped = json.value(QStringLiteral("skipped")).toArray();
    QCOMPARE(skipped.size(), 2);
    QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("BEGIN"));
    QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(skipped.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("ROLLBACK"));
    QCOMPARE(skipped.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("statement"));
}

void TestInspectCommand::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("why");
    QTest::newRow("malformed json") << QByteArray("[{\"Plan\": {\"Node Type\": \"Result\"}") << QByteArray(": 1:34: ");
    QTest::newRow("empty") << QByteArray() << QByteArray("empty");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << QByteArray("binary");
}

void TestInspectCommand::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, why);
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(content);
    file.close();
    const Run run = shardscope({QStringLiteral("inspect"), file.fileName(), QStringLiteral("--json")});
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("shardscope: " + file.fileName().toUtf8() + ": "), run.err.constData());
    QVERIFY2(run.err.contains(why), run.err.constData());

    const Run missing = shardscope({QStringLiteral("inspect"), QStringLiteral("/nonexistent/plan.json")});
    QCOMPARE(missing.status, 2);
    QVERIFY(missing.err.startsWith("shardscope: /nonexistent/plan.json: "));
    const Run noFile = shardscope({QStringLiteral("inspect")});
    QCOMPARE(noFile.status, 2);
    QVERIFY(noFile.err.startsWith("shardscope: inspect: "));
}

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "tst_InspectCommand.moc"
