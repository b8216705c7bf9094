#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace shardscope {

// The part every subcommand shares when it reads its arguments: parse them (usage named
// "shardscope COMMAND"), answer --help, refuse positional arguments it takes none of.
class SubcommandArguments
{
    Q_DECLARE_TR_FUNCTIONS(SubcommandArguments)

public:
    enum class Positional { None, Any };

    // Every subcommand's parser: its description, -h/--help and --lang.
    static void describe(QCommandLineParser &parser, const QString &description);

    // -h/--help and -v/--version in our own words: Qt's texts for them have no Spanish translation.
    static QCommandLineOption helpOption();
    static QCommandLineOption versionOption();

    // The exit status when the command ends here (help shown: 0; bad arguments: 2, with
    // the error on stderr), nothing when it should go on.
    // The parser's help, its usage line saying "shardscope COMMAND" (command may be empty).
    static QString helpText(const QCommandLineParser &parser, const QString &command);

    static std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                    Positional positional = Positional::None);
};

} // namespace shardscope
