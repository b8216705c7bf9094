#include "SubcommandArguments.h"

#include "CliOutput.h"
#include "LanguageOption.h"

#include <QCommandLineParser>

namespace shardscope {

void SubcommandArguments::describe(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addOption(helpOption());
    parser.addOption(LanguageOption::option());
}

QCommandLineOption SubcommandArguments::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
}

QCommandLineOption SubcommandArguments::versionOption()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."));
}

QString SubcommandArguments::helpText(const QCommandLineParser &parser, const QString &command)
{
    // Qt names the program as it was started (a path, often); the usage line reads better
    // as what to type.
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype firstLine = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = text.left(firstLine).indexOf(program);
    if (!program.isEmpty() && at >= 0)
        text.replace(at, program.size(), QStringLiteral("shardscope %1").arg(command).trimmed());
    return text;
}

std::optional<int> SubcommandArguments::parse(QCommandLineParser &parser, const QString &command,
                                              const QStringList &arguments, Positional positional)
{
    if (!parser.parse(QStringList{QStringLiteral("shardscope ") + command} + arguments))
        return CliOutput::fail(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::out(helpText(parser, command));
        return 0;
    }
    if (positional == Positional::None && !parser.positionalArguments().isEmpty())
        return CliOutput::fail(command, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

} // namespace shardscope
