#pragma once

#include "ExplainOutput.h"
#include "Plan.h"
#include "PlanParseError.h"

#include <QCoreApplication>

#include <optional>

namespace shardscope {

// Reads an EXPLAIN document in any of the four formats, as the server sent it or as
// pasted from psql, and returns its plans with Citus workers and shards attributed.
class PlanReader
{
    Q_DECLARE_TR_FUNCTIONS(PlanReader)

public:
    // Each plan on its own, and the pasted lines around them that were left out.
    static std::optional<ExplainOutput> readOutput(const QByteArray &bytes, PlanParseError *error);
    // How a file's bytes reach the parser. Mapped saves copying a plan of many megabytes,
    // but a file cut short by another program while it is read ends the process (SIGBUS):
    // for a command that ends with its read, not for the window.
    enum class FileAccess { Copied, Mapped };
    static std::optional<ExplainOutput> readOutputFile(const QString &path, PlanParseError *error,
                                                       FileAccess access = FileAccess::Copied);
    // Every plan in one Plan (ExplainOutput::merged()): the only one, as a rule.
    static std::optional<Plan> read(const QByteArray &bytes, PlanParseError *error);
    static std::optional<Plan> readFile(const QString &path, PlanParseError *error);
    // Format of text already cleaned of psql decorations.
    static PlanFormat detectFormat(const QByteArray &text);
};

} // namespace shardscope
