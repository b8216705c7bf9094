#pragma once

#include <QString>

namespace shardscope {

// A password read from standard input: the first line of whatever is piped in, or what is
// typed at a terminal after the prompt, not shown while typed. Never an argument, which
// other users could read in the process list.
class PasswordPrompt
{
public:
    // The line without its end; empty when nothing was read.
    static QString read(const QString &prompt);
};

} // namespace shardscope
