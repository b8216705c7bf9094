#pragma once

#include <QString>

namespace shardscope {

// Where the subcommands write: stdout for results, stderr for "shardscope: what: why".
class CliOutput
{
public:
    static constexpr int failureStatus = 2;

    static void out(const QString &text);
    // Prints the error and returns the exit status for it.
    static int fail(const QString &what, const QString &why);
    // "shardscope: what: text" on stderr, for what the user should know but is no error.
    static void note(const QString &what, const QString &text);
};

} // namespace shardscope
