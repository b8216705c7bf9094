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
    std::optional<Plan> plan;
    if (path == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return CliOutput::fail(path, input.errorString());
        plan = PlanReader::read(input.readAll(), &error);
    } else {
        plan = PlanReader::readFile(path, &error);
    }
    if (!plan)
        return CliOutput::fail(path, error.toString());

    const PlanAnalysis analysis = PlanAnalyzer::analyze(*plan);
    if (parser.isSet(json)) {
        CliOutput::out(QString::fromUtf8(
            QJsonDocument(PlanSummary::toJson(*plan, analysis)).toJson(QJsonDocument::Compact))
            + QLatin1Char('\n'));
    } else {
        CliOutput::out(PlanSummary::toText(*plan, analysis));
    }
    return 0;
}

} // namespace shardscope
