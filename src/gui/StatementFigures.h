#pragma once

#include "Plan.h"

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// The lines under a plan's heading for what PostgreSQL printed about the statement as a
// whole (PlanHeader): planning buffers and memory, serialization with its time, JIT and the
// WAL written. One line each, only for what the output holds.
class StatementFigures
{
    Q_DECLARE_TR_FUNCTIONS(StatementFigures)

public:
    static QStringList lines(const Plan &plan);
    // "hit 6, read 3, dirtied 9": the blocks shared and local buffers counted together.
    static QString buffers(const Buffers &buffers);
};

} // namespace shardscope
