#pragma once

#include "Plan.h"

#include <optional>

namespace shardscope {

// The figures PostgreSQL prints for the statement as a whole, outside the node tree:
// what planning read and used (EXPLAIN (BUFFERS, MEMORY), PostgreSQL 17), sending the
// result to the client (EXPLAIN (SERIALIZE), PostgreSQL 17), JIT compilation and the WAL the
// statement wrote. Read from the document's properties the same way in the four formats.
struct PlanHeader {
    Buffers planningBuffers;
    std::optional<double> planningMemoryUsedKb, planningMemoryAllocatedKb;

    bool serialized = false;
    std::optional<double> serializationMs;
    std::optional<double> serializationOutputKb;
    QString serializationFormat;
    Buffers serializationBuffers;

    std::optional<double> jitFunctions;
    std::optional<double> jitTotalMs;

    // WAL counters are cumulative, so each tree's root holds its statement's total.
    WalUsage wal;

    static PlanHeader of(const Plan &plan);
};

} // namespace shardscope
