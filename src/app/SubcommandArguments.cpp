#include "SubcommandArguments.h"

#include "CliOutput.h"

#include <QCommandLineParser>

namespace shardscope {

QCommandLineOption SubcommandArguments::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
}

QCommandLineOption SubcommandArguments::versionOption()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."));
}

std::optional<int> SubcommandArguments::parse(QCommandLineParser &parser, const QString &command,
                                              const QStringList &arguments, Positional positional)
{
    if (!parser.parse(QStringList{QStringLiteral("shardscope ") + command} + arguments))
        return CliOutput::fail(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::out(parser.helpText());
        return 0;
    }
    if (positional == Positional::None && !parser.positionalArguments().isEmpty())
        return CliOutput::fail(command, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

} // namespace shardscope
