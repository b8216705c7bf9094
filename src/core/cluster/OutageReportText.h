#pragma once

#include "OutageReport.h"
#include "ShardRowCounts.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace shardscope {

// An OutageReport in words, in the user's language, the same for the command line and the
// window (which escapes it for rich text): what the class should learn from a lost worker.
class OutageReportText
{
    Q_DECLARE_TR_FUNCTIONS(OutageReportText)

public:
    // "127.0.0.1:9701: listed as active by Citus, does not answer: connection refused"
    static QString workerLine(const WorkerInfo &worker);
    // That Citus lists a worker as active that does not answer; empty when none.
    static QString listedButLostNote(const OutageReport &report);
    // "User 1: 17 rows (shard 102008 on 127.0.0.1:9701)" or "User 1: fails (...)".
    static QString userLine(const UserQuery &user);
    // Why the user's query failed, with the shard and worker it needs; empty when it worked.
    static QString failureExplanation(const UserQuery &user);
    // "32 of 32 shards counted: 1,000 rows", or which could not be and why.
    static QString countsLine(const OutageReport &report);
    // The counts now against those of before: equal (nothing lost), or how they differ.
    static QString comparisonLine(const ShardRowCounts::Comparison &comparison);
    // All of it, for the command line.
    static QString toText(const OutageReport &report,
                          const std::optional<ShardRowCounts::Comparison> &comparison = std::nullopt);
};

} // namespace shardscope
