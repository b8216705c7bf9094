#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

namespace shardscope {

// The options of `shardscope [--lang es|en] [--presenter] [FILE]`, the plan viewer. Help,
// the version and mistakes are only printed, which must work where no display is: parse()
// tells, before the GUI is started, whether a window is wanted at all.
class ViewerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ViewerOptions)

public:
    // The texts are translated when made: construct after the translator is installed.
    ViewerOptions();

    // False when the arguments (without --lang) are wrong or ask for help or the version.
    bool parse(const QStringList &arguments);
    // Prints the help, the version or the mistake; returns the exit status.
    int printText() const;

    bool presenter() const;
    // The plan to open, or empty.
    QString file() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_presenter;
    bool m_valid = false;
};

} // namespace shardscope
