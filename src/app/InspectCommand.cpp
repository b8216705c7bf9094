#include "InspectCommand.h"

#include "CliOutput.h"
#include "PlanAnalysis.h"
#include "PlanReader.h"
#include "PlanSummary.h"
#include "SubcommandArguments.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace shardscope {

int InspectCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    SubcommandArguments::describe(parser, tr("Summarise an EXPLAIN plan (JSON, TEXT, YAML or XML)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(json);
    parser.addPositionalArgument(tr("FILE"), tr("Plan file, or - for standard input."));
    if (const auto done = SubcommandArguments::parse(parser, QStringLiteral("inspect"), arguments,
                                                    SubcommandArguments::Positional::Any))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return CliOutput::fail(QStringLiteral("inspect"), tr("expected one plan file"));

    const QString &path = files.first();
    PlanParseError error;
    std::optional<ExplainOutput> output;
    if (path == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return CliOutput::fail(path, input.errorString());
        output = PlanReader::readOutput(input.readAll(), &error);
    } else {
        output = PlanReader::readOutputFile(path, &error, PlanReader::FileAccess::Mapped);
    }
    if (!output)
        return CliOutput::fail(path, error.toString());

    // Not an error: the plan was read. Said apart from the summary, which scripts read.
    if (!output->skipped.empty())
        CliOutput::note(path, output->skippedSummary());
    if (parser.isSet(json)) {
        CliOutput::out(QString::fromUtf8(QJsonDocument(PlanSummary::toJson(*output)).toJson(QJsonDocument::Compact))
                       + QLatin1Char('\n'));
    } else {
        CliOutput::out(PlanSummary::toText(*output));
    }
    return 0;
}

} // namespace shardscope
