#pragma once

#include "SkippedLine.h"

#include <QByteArray>

#include <vector>

namespace shardscope {

// Removes what psql and a terminal add around a query result so that pasted output parses:
// the header of a one-column aligned result ("QUERY PLAN", or the name of a function that
// returns a plan) and its dashes, the "(N rows)" footer, the one-space margin and padding
// of aligned mode, and the "+" that marks a line continuing inside one cell (how a JSON
// plan looks in psql's default mode). Text around the result (echoed statements, server
// messages, prompts) is left out and listed, so that the user can be told.
class PsqlOutputCleaner
{
public:
    struct Result {
        QByteArray text;
        std::vector<SkippedLine> skipped;
    };

    static Result clean(const QByteArray &text);
};

} // namespace shardscope
