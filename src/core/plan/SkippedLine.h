#pragma once

#include <QString>

namespace shardscope {

// A line of pasted terminal text that was left out because it is clearly not part of the
// plan: kept so that the user is told what was skipped, never dropped silently.
struct SkippedLine {
    enum class Kind {
        Message, // a server message: "NOTICE:  ...", "WARNING:  ...", "DEBUG:  ..."
        Prompt, // a psql prompt, with or without what was typed at it: "postgres=# ROLLBACK;"
        Statement, // an echoed statement or a command tag: "EXPLAIN SELECT ...", "ROLLBACK"
    };

    int line = 0; // 1-based, in the text as given
    Kind kind = Kind::Statement;
    QString text;
};

// "message", "prompt", "statement": stable names for scripts.
QString skippedKindName(SkippedLine::Kind kind);

} // namespace shardscope
