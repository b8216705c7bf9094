#include "TutorialCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "ClusterCheckStep.h"
#include "ExplainCommand.h"
#include "ExplainStep.h"
#include "InsertStep.h"
#include "PgConnection.h"
#include "ResetDemoStep.h"
#include "SubcommandArguments.h"
#include "Tutorial.h"

#include <QCommandLineParser>
#include <QDir>

namespace shardscope {

namespace {

constexpr int stepCount = 5;
// The users whose plans the tutorial compares: on different workers in the fixtures' cluster.
const QList<int> explainedUsers{1, 2};

QString placementLines(const InsertStep &insert)
{
    QString text;
    for (const UserPlacement &placement : insert.userPlacements()) {
        text += TutorialCommand::tr("    user %1 → shard %2 on %3\n")
                    .arg(placement.userId)
                    .arg(placement.shardId)
                    .arg(placement.worker.toString());
    }
    for (const WorkerRows &worker : insert.workerRows()) {
        text += TutorialCommand::tr("    %1: %2, %3\n")
                    .arg(worker.worker.toString(), TutorialCommand::tr("%n shard(s)", nullptr, worker.shards),
                         TutorialCommand::tr("%n row(s)", nullptr, int(worker.rows)))
                + (worker.complete ? QString() : TutorialCommand::tr("      (some shards could not be counted)\n"));
    }
    return text;
}

// Explains the tutorial's query for each user, writing DIR/plan_user<N>.json and .png,
// with the routing counter each query moved.
bool explainUsers(Tutorial &tutorial, const QDir &out, QStringList *lines, QString *why)
{
    ExplainStep &step = *tutorial.explain();
    for (const int user : explainedUsers) {
        tutorial.explainUser(user);
        if (!step.runBlocking()) {
            *why = step.error()->explanation;
            return false;
        }
        const QString base = QStringLiteral("plan_user%1").arg(user);
        if (!ExplainCommand::save(step, out.filePath(base + QStringLiteral(".json")),
                                  out.filePath(base + QStringLiteral(".png")), why))
            return false;
        *lines << TutorialCommand::tr("    user %1: %2 → %3.json, %3.png").arg(user).arg(step.result().summary, base);
        // Citus's own count of how it ran the query: the proof of what the plan shows.
        if (const std::optional<RoutingProof> &routing = step.routing())
            *lines << QStringLiteral("      ") + routing->explanation();
    }
    if (const QString why = step.routingCounters().whyNot(); !why.isEmpty())
        *lines << QStringLiteral("    ") + why;
    return true;
}

QString heading(const TutorialStep &step, int number)
{
    return number > 0 ? TutorialCommand::tr("%1/%2 %3").arg(number).arg(stepCount).arg(step.title()) : step.title();
}

int failed(const QString &heading, const QString &why)
{
    CliOutput::out(TutorialCommand::tr("✗ %1\n").arg(heading));
    return CliOutput::fail(QLatin1String(TutorialCommand::name), why);
}

} // namespace

bool TutorialCommand::report(const TutorialStep &step, int number, bool ok)
{
    if (!ok) {
        failed(heading(step, number), step.error()->explanation);
        return false;
    }
    QString text = tr("✓ %1: %2\n").arg(heading(step, number), step.result().summary);
    for (const QString &note : step.result().notes)
        text += QStringLiteral("    %1\n").arg(note);
    CliOutput::out(text);
    return true;
}

int TutorialCommand::run(const QStringList &arguments)
{
    const QString command = QLatin1String(name);
    QCommandLineParser parser;
    SubcommandArguments::describe(parser, tr("Run the sharding tutorial on a Citus coordinator: check the cluster, "
                                              "create and distribute activity_log, insert rows, explain the queries "
                                              "for users 1 and 2. Steps already done are skipped."));
    const QCommandLineOption dsn = CliConnection::dsnOption();
    const QCommandLineOption outDir(QStringLiteral("out"), tr("Directory for the plans and their drawings."),
                                    tr("DIR"));
    const QCommandLineOption reset(QStringLiteral("reset"),
                                   tr("Drop the tutorial's table first, to start over. Its rows are lost."));
    const QCommandLineOption bulkRows(QStringLiteral("bulk-rows"),
                                      tr("Also load this many generated rows through COPY."), tr("N"),
                                      QStringLiteral("0"));
    const QCommandLineOption bulkUsers(QStringLiteral("bulk-users"), tr("Spread the generated rows over this many "
                                                                        "users."),
                                       tr("M"), QStringLiteral("1000"));
    const QCommandLineOption addWorker(QStringLiteral("add-worker"),
                                       tr("A worker to register when it runs but the coordinator lacks it; "
                                          "repeatable."),
                                       tr("HOST:PORT"));
    parser.addOptions({dsn, outDir, reset, bulkRows, bulkUsers, addWorker});
    if (const auto done = SubcommandArguments::parse(parser, command, arguments))
        return *done;
    if (!parser.isSet(outDir))
        return CliOutput::fail(command, tr("missing --out DIR"));
    bool rowsOk = false;
    bool usersOk = false;
    const qint64 rows = parser.value(bulkRows).toLongLong(&rowsOk);
    const int users = parser.value(bulkUsers).toInt(&usersOk);
    if (!rowsOk || rows < 0)
        return CliOutput::fail(QStringLiteral("--bulk-rows"), tr("expected a number of rows, 0 or more"));
    if (!usersOk || users < 1)
        return CliOutput::fail(QStringLiteral("--bulk-users"), tr("expected a number of users, 1 or more"));
    QList<NodeAddress> workers;
    for (const QString &text : parser.values(addWorker)) {
        const auto address = NodeAddress::parse(text);
        if (!address)
            return CliOutput::fail(QStringLiteral("--add-worker"), tr("expected HOST:PORT, not \"%1\"").arg(text));
        workers << *address;
    }
    const QDir out(parser.value(outDir));
    if (!QDir().mkpath(out.path()))
        return CliOutput::fail(out.path(), tr("cannot create the directory"));

    const ConnectionProfile profile = CliConnection::profile(parser.value(dsn));
    PgConnection connection;
    if (!CliConnection::open(connection, profile, command))
        return CliOutput::failureStatus;
    Tutorial tutorial(&connection);
    tutorial.clusterCheck()->setCredentials(profile);
    tutorial.clusterCheck()->setExpectedWorkers(workers);
    tutorial.insert()->setBulkLoad(rows, users);

    if (parser.isSet(reset) && !report(*tutorial.reset(), 0, tutorial.reset()->runBlocking()))
        return CliOutput::failureStatus;
    const QList<TutorialStep *> steps = tutorial.steps();
    for (int i = 0; i < steps.size() - 1; ++i) {
        if (!report(*steps.at(i), i + 1, steps.at(i)->runBlocking()))
            return CliOutput::failureStatus;
    }
    CliOutput::out(placementLines(*tutorial.insert()));

    QStringList lines;
    QString why;
    const ExplainStep &explain = *tutorial.explain();
    if (!explainUsers(tutorial, out, &lines, &why))
        return failed(heading(explain, stepCount), why);
    CliOutput::out(tr("✓ %1: %2\n").arg(heading(explain, stepCount),
                                        tr("plans written to %1").arg(QDir::toNativeSeparators(out.path())))
                   + lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return 0;
}

} // namespace shardscope
