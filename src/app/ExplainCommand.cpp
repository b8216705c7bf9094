#include "ExplainCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "ColorMode.h"
#include "ExplainStep.h"
#include "PgConnection.h"
#include "PlanExporter.h"
#include "PlanScene.h"
#include "PlanSummary.h"
#include "SubcommandArguments.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace shardscope {

namespace {

bool writeJson(const QByteArray &output, const QString &path, QString *why)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(output) == output.size() && file.commit())
        return true;
    *why = ExplainCommand::tr("%1: %2").arg(path, file.errorString());
    return false;
}

bool writeImage(const ExplainStep &step, const QString &path, QString *why)
{
    const std::optional<PlanExporter::Format> format = PlanExporter::formatFor(path);
    if (!format) {
        *why = ExplainCommand::tr("%1: unknown image format: use .png, .svg or .pdf").arg(path);
        return false;
    }
    PlanScene scene(*step.plan(), step.analysis(), ColorMode::Worker, step.statement().simplified());
    QString error;
    if (PlanExporter::write(scene, path, *format, PlanExporter::Options{}, &error))
        return true;
    *why = ExplainCommand::tr("%1: %2").arg(path, error);
    return false;
}

} // namespace

bool ExplainCommand::save(const ExplainStep &step, const QString &jsonPath, const QString &imagePath, QString *why)
{
    return (jsonPath.isEmpty() || writeJson(step.rawOutput(), jsonPath, why))
        && (imagePath.isEmpty() || writeImage(step, imagePath, why));
}

int ExplainCommand::run(const QStringList &arguments)
{
    const QString command = QLatin1String(name);
    QCommandLineParser parser;
    SubcommandArguments::describe(parser, tr("Run EXPLAIN (ANALYZE, VERBOSE, BUFFERS, FORMAT JSON) on a server and "
                                              "summarise the plan. A statement that changes data runs inside a "
                                              "transaction that is rolled back."));
    const QCommandLineOption dsn = CliConnection::dsnOption();
    const QCommandLineOption saveTo(QStringLiteral("save"), tr("Write the server's EXPLAIN output, as received, here."),
                                    tr("PLAN.json"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Draw the plan into this image; its extension (.png, .svg, .pdf) picks the "
                                       "format."),
                                    tr("OUT"));
    const QCommandLineOption oneTask(QStringLiteral("one-task"),
                                     tr("Show one task per job (citus.explain_all_tasks off) instead of all."));
    parser.addOptions({dsn, saveTo, output, oneTask});
    parser.addPositionalArgument(QStringLiteral("SQL"), tr("The statement, or - to read it from standard input."));
    if (const auto done = SubcommandArguments::parse(parser, command, arguments,
                                                    SubcommandArguments::Positional::Any))
        return *done;
    QString sql = parser.positionalArguments().join(QLatin1Char(' '));
    if (sql == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return CliOutput::fail(command, input.errorString());
        sql = QString::fromUtf8(input.readAll());
    }
    if (sql.trimmed().isEmpty())
        return CliOutput::fail(command, tr("expected the statement to explain"));
    if (parser.isSet(output) && !PlanExporter::formatFor(parser.value(output)))
        return CliOutput::fail(parser.value(output), tr("unknown image format: use .png, .svg or .pdf"));

    PgConnection connection;
    if (!CliConnection::open(connection, CliConnection::profile(parser.value(dsn)), command))
        return CliOutput::failureStatus;
    ExplainStep step(&connection);
    step.setStatement(sql);
    step.setAllTasks(!parser.isSet(oneTask));
    if (!step.runBlocking())
        return CliOutput::fail(command, step.error()->explanation);

    QString text = PlanSummary::toText(*step.plan(), step.analysis());
    for (const QString &note : step.result().notes)
        text += tr("Note: %1").arg(note) + QLatin1Char('\n');
    CliOutput::out(text);
    QString why;
    if (!save(step, parser.value(saveTo), parser.value(output), &why))
        return CliOutput::fail(command, why);
    return 0;
}

} // namespace shardscope
