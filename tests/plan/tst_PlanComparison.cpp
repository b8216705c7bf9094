// Sentences comparing two plans: where each ran (checked against the cluster metadata
// captured with the fixtures, not against guesses), kind, time, nodes and rows, counted
// in English and Spanish as the program's translations say.

#include "Fixtures.h"

#include "LanguageManager.h"
#include "PlanAnalysis.h"
#include "PlanComparison.h"
#include "PlanReader.h"

#include <QLocale>
#include <QTest>

using namespace shardscope;

namespace {

struct Loaded {
    Plan plan;
    PlanAnalysis analysis;
    PlanComparison::Side side() const { return {plan, analysis}; }
};

Loaded load(const QString &name)
{
    PlanParseError error;
    std::optional<Plan> plan = PlanReader::readFile(fixtures::citus(name), &error);
    if (!plan)
        qFatal("cannot read %s: %s", qPrintable(name), qPrintable(error.toString()));
    PlanAnalysis analysis = PlanAnalyzer::analyze(*plan);
    return {std::move(*plan), std::move(analysis)};
}

QStringList compare(const QString &a, const QString &b)
{
    const Loaded planA = load(a);
    const Loaded planB = load(b);
    return PlanComparison::sentences(planA.side(), planB.side());
}

// "worker 127.0.0.1:9702 (shard 102009)" for a tutorial user, from meta_user_shard_map_1_to_5.csv.
QString placementOfUser(int user)
{
    for (const auto &row : fixtures::csv(QStringLiteral("meta_user_shard_map_1_to_5.csv"))) {
        if (row.value(QStringLiteral("user_id")).toInt() == user) {
            return QStringLiteral("worker %1:%2 (shard %3)")
                .arg(row.value(QStringLiteral("nodename")), row.value(QStringLiteral("nodeport")),
                     row.value(QStringLiteral("shardid")));
        }
    }
    qFatal("user %d is not in the shard map", user);
}

// host:port of the worker holding a shard, from meta_shard_placements.csv.
QString workerOfShard(qint64 shard)
{
    for (const auto &row : fixtures::csv(QStringLiteral("meta_shard_placements.csv"))) {
        if (row.value(QStringLiteral("shardid")).toLongLong() == shard)
            return row.value(QStringLiteral("nodename")) + QLatin1Char(':') + row.value(QStringLiteral("nodeport"));
    }
    qFatal("shard %lld has no placement", shard);
}

// Shards of activity_log per worker (host:port), in host:port order.
QMap<QString, int> activityLogShardsPerWorker()
{
    QMap<QString, int> shards;
    for (const auto &row : fixtures::csv(QStringLiteral("meta_shard_placements.csv"))) {
        if (row.value(QStringLiteral("table_name")) == QLatin1String("activity_log"))
            ++shards[row.value(QStringLiteral("nodename")) + QLatin1Char(':') + row.value(QStringLiteral("nodeport"))];
    }
    return shards;
}

// As EXPLAIN prints a time: to the microsecond.
QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(QLocale().toString(value, 'f', 3));
}

// The program's translation of the language, and its numbers.
void speak(const QString &language, const QLocale &locale)
{
    QVERIFY(LanguageManager::of(QCoreApplication::instance())->setLanguage(language));
    QLocale::setDefault(locale);
}

} // namespace

class TestPlanComparison : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void routerQueriesOfTwoUsers_data();
    void routerQueriesOfTwoUsers();
    void routerAgainstMultiShard();
    void orderOfThePlansMatters();
    void timeDifferenceWithinNoise_data();
    void timeDifferenceWithinNoise();
    void taskShownOutOfMany();
    void samePlanTwice();
    void plansWithoutAnalyze();
    void onlyOneAnalyzed();
    void localPlans();
    void rowsPastCounting_data();
    void rowsPastCounting();
    void countsInSpanish();
};

void TestPlanComparison::init()
{
    // Counted forms ("1 row", "2 rows") come from the English translation, as in the
    // program; lists and numbers follow the locale: pin the one the texts below use.
    speak(QStringLiteral("en"), QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPlanComparison::routerQueriesOfTwoUsers_data()
{
    QTest::addColumn<QString>("options");
    for (const char *options : {"analyze.json", "analyze.txt", "analyze.yaml", "analyze.xml",
                                "analyze_verbose_buffers.json", "analyze_verbose_buffers.txt"})
        QTest::newRow(options) << QString::fromLatin1(options);
}

void TestPlanComparison::routerQueriesOfTwoUsers()
{
    QFETCH(QString, options);
    const Loaded user1 = load(QStringLiteral("router_user1.") + options);
    const Loaded user2 = load(QStringLiteral("router_user2.") + options);
    const QStringList sentences = PlanComparison::sentences(user1.side(), user2.side());

    // First where each went, and that each is a router query.
    QCOMPARE(sentences.value(0), QStringLiteral("Each is a router query, sent whole to the one shard holding its "
                                                "rows: plan A ran on %1, plan B on %2.")
                                     .arg(placementOfUser(1), placementOfUser(2)));
    for (const QString &sentence : sentences)
        QVERIFY2(!sentence.startsWith(QLatin1String("Both are router queries")), qPrintable(sentence));

    // A few milliseconds apart: noise, said last.
    const double timeA = *user1.plan.executionTimeMs;
    const double timeB = *user2.plan.executionTimeMs;
    QVERIFY(std::abs(timeB - timeA) < 5);
    QCOMPARE(sentences.constLast(), QStringLiteral("Plan A took %1 and plan B %2: a difference this small is noise "
                                                   "between runs, not a difference between the plans.")
                                        .arg(ms(timeA), ms(timeB)));
    for (const QString &sentence : sentences)
        QVERIFY2(!sentence.startsWith(QLatin1String("Plan B took")), qPrintable(sentence));

    QVERIFY(sentences.contains(QStringLiteral("Both plans have the same nodes: Citus Adaptive and Index Scan.")));
    QVERIFY(sentences.contains(QStringLiteral("Both returned 2 rows.")));
    QVERIFY(sentences.contains(QStringLiteral("The workers sent 2 rows to the coordinator in each plan.")));
}

void TestPlanComparison::routerAgainstMultiShard()
{
    const QStringList sentences = compare(QStringLiteral("router_user1.analyze_verbose_buffers.json"),
                                          QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json"));
    const QMap<QString, int> shards = activityLogShardsPerWorker();
    QCOMPARE(shards.size(), 2);
    QStringList perWorker;
    int total = 0;
    for (auto it = shards.cbegin(); it != shards.cend(); ++it) {
        perWorker << QStringLiteral("%1 (%2 tasks)").arg(it.key()).arg(it.value());
        total += it.value();
    }
    QCOMPARE(sentences.value(0), QStringLiteral("Plan A ran on %1; plan B ran %2 tasks on 2 workers: %3.")
                                     .arg(placementOfUser(1))
                                     .arg(total)
                                     .arg(perWorker.join(QStringLiteral(", "))));
    QCOMPARE(sentences.value(1),
             QStringLiteral("Plan A is a router query with 1 task; plan B is a multi-shard query with %1 tasks.")
                 .arg(total));
    QVERIFY2(sentences.contains(QStringLiteral("Only plan A has Index Scan.")), qPrintable(sentences.join('\n')));
    // One partial count per shard, plus the coordinator's sum of them.
    QVERIFY2(sentences.contains(
                 QStringLiteral("Only plan B has Aggregate ×%1 and Seq Scan ×%2.").arg(total + 1).arg(total)),
             qPrintable(sentences.join('\n')));
    // count(*) gives one row; each shard sends its partial count.
    QVERIFY(sentences.contains(QStringLiteral("Plan A returned 2 rows; plan B returned 1 row.")));
    QVERIFY(sentences.contains(
        QStringLiteral("The workers sent 2 rows to the coordinator in plan A and %1 rows in plan B.").arg(total)));
}

void TestPlanComparison::orderOfThePlansMatters()
{
    const QStringList sentences
        = compare(QStringLiteral("router_user2.analyze.json"), QStringLiteral("router_user1.analyze.json"));
    QCOMPARE(sentences.value(0), QStringLiteral("Each is a router query, sent whole to the one shard holding its "
                                                "rows: plan A ran on %1, plan B on %2.")
                                     .arg(placementOfUser(2), placementOfUser(1)));
}

void TestPlanComparison::timeDifferenceWithinNoise_data()
{
    QTest::addColumn<double>("timeA");
    QTest::addColumn<double>("timeB");
    QTest::addColumn<bool>("noise");
    QTest::newRow("a fraction of a ms") << 8.337 << 8.679 << true;
    QTest::newRow("2 ms on 10") << 12.001 << 9.960 << true;
    QTest::newRow("under 5 ms, under twice") << 1.0 << 1.9 << true;
    QTest::newRow("under 5 ms, over twice") << 3.0 << 7.9 << false;
    QTest::newRow("under twice, over 5 ms") << 10.0 << 16.0 << false;
    QTest::newRow("a tenth of a long run") << 100.0 << 108.0 << true;
    QTest::newRow("a repartition against a router") << 8.3 << 3854.0 << false;
}

// Under twice as long and under 5 ms apart (or within a tenth): noise, said last; else
// the difference, right after where each plan went.
void TestPlanComparison::timeDifferenceWithinNoise()
{
    QFETCH(double, timeA);
    QFETCH(double, timeB);
    QFETCH(bool, noise);
    Loaded user1 = load(QStringLiteral("router_user1.analyze.json"));
    Loaded user2 = load(QStringLiteral("router_user2.analyze.json"));
    user1.plan.executionTimeMs = timeA;
    user2.plan.executionTimeMs = timeB;
    const QStringList sentences = PlanComparison::sentences(user1.side(), user2.side());
    const QString noiseSentence = QStringLiteral("Plan A took %1 and plan B %2: a difference this small is noise "
                                                 "between runs, not a difference between the plans.")
                                      .arg(ms(timeA), ms(timeB));
    if (noise) {
        QCOMPARE(sentences.constLast(), noiseSentence);
    } else {
        QCOMPARE(sentences.value(1), QStringLiteral("Plan B took %1 %2: %3 against %4.")
                                         .arg(ms(std::abs(timeB - timeA)),
                                              timeB < timeA ? QStringLiteral("less") : QStringLiteral("more"),
                                              ms(timeB), ms(timeA)));
        QVERIFY(!sentences.contains(noiseSentence));
    }
}

// With citus.explain_all_tasks off EXPLAIN shows one task of 32: the sentence names it,
// and the shard it names is one the metadata places on that worker.
void TestPlanComparison::taskShownOutOfMany()
{
    const Loaded multi = load(QStringLiteral("multishard_count.analyze_verbose_buffers.json"));
    const Loaded router = load(QStringLiteral("router_user2.analyze.json"));
    const QStringList sentences = PlanComparison::sentences(multi.side(), router.side());
    const PlanNode *task = nullptr;
    for (const PlanNode &node : multi.plan.nodes) {
        if (node.kind == NodeKind::Task)
            task = &node;
    }
    QVERIFY(task && task->citus.shardId);
    QCOMPARE(task->citus.worker.toString(), workerOfShard(*task->citus.shardId));
    QCOMPARE(sentences.value(0), QStringLiteral("Plan A ran 32 tasks (EXPLAIN shows one, on worker %1 (shard %2)); "
                                                "plan B ran on %3.")
                                     .arg(task->citus.worker.toString())
                                     .arg(*task->citus.shardId)
                                     .arg(placementOfUser(2)));
    // Only the task shown is known: no claim about what all the workers sent.
    for (const QString &sentence : sentences)
        QVERIFY2(!sentence.startsWith(QLatin1String("The workers sent")), qPrintable(sentence));
}

void TestPlanComparison::samePlanTwice()
{
    const QString name = QStringLiteral("router_user1.analyze.json");
    const Loaded plan = load(name);
    const QStringList sentences = compare(name, name);
    QCOMPARE(sentences.value(0), QStringLiteral("Both plans ran on %1.").arg(placementOfUser(1)));
    QCOMPARE(sentences.value(1), QStringLiteral("Both are router queries: 1 task each."));
    QCOMPARE(sentences.constLast(), QStringLiteral("Both took %1.").arg(ms(*plan.plan.executionTimeMs)));
}

void TestPlanComparison::plansWithoutAnalyze()
{
    const QStringList sentences
        = compare(QStringLiteral("router_user1.plan_only.json"), QStringLiteral("router_user2.plan_only.json"));
    QCOMPARE(sentences.value(0), QStringLiteral("Each is a router query, sent whole to the one shard holding its "
                                                "rows: plan A would run on %1, plan B on %2.")
                                     .arg(placementOfUser(1), placementOfUser(2)));
    QVERIFY(sentences.contains(
        QStringLiteral("Neither plan was run (EXPLAIN without ANALYZE), so there are no times to compare.")));
    for (const QString &sentence : sentences)
        QVERIFY2(!sentence.contains(QLatin1String("returned")), qPrintable(sentence));
}

void TestPlanComparison::onlyOneAnalyzed()
{
    const Loaded analyzed = load(QStringLiteral("router_user1.analyze.json"));
    const QStringList sentences = compare(QStringLiteral("router_user1.analyze.json"),
                                          QStringLiteral("router_user2.plan_only.json"));
    QCOMPARE(sentences.value(0), QStringLiteral("Plan A ran on %1; plan B would run on %2.")
                                     .arg(placementOfUser(1), placementOfUser(2)));
    QVERIFY(sentences.contains(
        QStringLiteral("Only plan A has an execution time (%1): plan B was explained without ANALYZE.")
            .arg(ms(*analyzed.plan.executionTimeMs))));
}

void TestPlanComparison::localPlans()
{
    const QStringList sentences = compare(QStringLiteral("local_table_on_coordinator.analyze_verbose_buffers.json"),
                                          QStringLiteral("router_user1.analyze.json"));
    QCOMPARE(sentences.value(0), QStringLiteral("Plan A ran on the coordinator alone; plan B ran on %1.")
                                     .arg(placementOfUser(1)));
    QCOMPARE(sentences.value(1), QStringLiteral("Plan A is a plain PostgreSQL plan, without Citus; "
                                                "plan B is a router query with 1 task."));

    const QString local = QStringLiteral("local_table_on_coordinator.analyze_verbose_buffers.json");
    const QStringList both = compare(local, local);
    QCOMPARE(both.value(0),
             QStringLiteral("Neither plan is distributed: PostgreSQL ran each on the coordinator alone, without Citus."));
    QVERIFY2(both.constLast().startsWith(QLatin1String("Both took")), qPrintable(both.join('\n')));
}

void TestPlanComparison::rowsPastCounting_data()
{
    QTest::addColumn<QByteArray>("firstRows");
    QTest::addColumn<QByteArray>("secondRows");
    QTest::newRow("infinity") << QByteArray("1e308") << QByteArray("1e308");
    // Infinity minus infinity: counting it in tr() was undefined behaviour.
    QTest::newRow("nan") << QByteArray("1e308") << QByteArray("-1e308");
}

// Absurd row counts in the first two tasks, both on one worker, each in ten loops: what the
// worker sent adds up to no number, and the comparison says nothing about it.
void TestPlanComparison::rowsPastCounting()
{
    QFETCH(QByteArray, firstRows);
    QFETCH(QByteArray, secondRows);
    QByteArray json = fixtures::read(fixtures::citus(QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json")));
    const QByteArray taskRoot("\"Actual Rows\": 1,\n                          \"Actual Loops\": 1,");
    qsizetype at = 0;
    for (const QByteArray &rows : {firstRows, secondRows}) {
        at = json.indexOf(taskRoot, at);
        QVERIFY(at >= 0);
        const QByteArray absurd = "\"Actual Rows\": " + rows + ",\n                          \"Actual Loops\": 10,";
        json.replace(at, taskRoot.size(), absurd);
        at += absurd.size();
    }
    PlanParseError error;
    const std::optional<Plan> plan = PlanReader::read(json, &error);
    QVERIFY2(plan, qPrintable(error.toString()));
    const PlanAnalysis analysis = PlanAnalyzer::analyze(*plan);
    const PlanComparison::Side side{*plan, analysis};
    const QStringList sentences = PlanComparison::sentences(side, side);
    QVERIFY2(!sentences.isEmpty(), "no comparison");
    for (const QString &sentence : sentences)
        QVERIFY2(!sentence.startsWith(QLatin1String("The workers sent")), qPrintable(sentence));
}

// Spanish has its own singular and plural, and its own numbers.
void TestPlanComparison::countsInSpanish()
{
    speak(QStringLiteral("es"), QLocale(QLocale::Spanish, QLocale::Spain));
    const QStringList sentences = compare(QStringLiteral("router_user1.analyze_verbose_buffers.json"),
                                          QStringLiteral("multishard_count_all_tasks.analyze_verbose_buffers.json"));
    int total = 0;
    for (int shards : activityLogShardsPerWorker())
        total += shards;
    QCOMPARE(sentences.value(1), QStringLiteral("El plan A es una consulta router (a un solo fragmento) con 1 tarea; "
                                                "el plan B es una consulta multifragmento con %1 tareas.")
                                     .arg(total));
    QVERIFY2(sentences.contains(QStringLiteral("El plan A devolvió 2 filas; el plan B devolvió 1 fila.")),
             qPrintable(sentences.join('\n')));
    const QString user1 = QStringLiteral("router_user1.analyze.json");
    const QStringList same = compare(user1, user1);
    QCOMPARE(same.value(1), QStringLiteral("Los dos son consultas router: 1 tarea cada uno."));
    QVERIFY2(same.contains(QStringLiteral("Los dos devolvieron 2 filas.")), qPrintable(same.join('\n')));
    const QStringList users = compare(user1, QStringLiteral("router_user2.analyze.json"));
    QVERIFY2(users.value(0).startsWith(QStringLiteral("Cada uno es una consulta router")), qPrintable(users.value(0)));
    QVERIFY2(users.constLast().contains(QStringLiteral("es ruido entre ejecuciones")), qPrintable(users.constLast()));
}

QTEST_GUILESS_MAIN(TestPlanComparison)
#include "tst_PlanComparison.moc"
