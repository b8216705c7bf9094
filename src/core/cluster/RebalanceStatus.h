#pragma once

#include "NodeAddress.h"

#include <QString>

namespace shardscope {

// One look at a Citus background rebalance (a row of citus_rebalance_status(): its state
// and its details JSON), in the terms a progress line needs: how many shard moves are done
// out of how many, which move runs now, and what the last attempt of a move said when it
// failed (Citus retries such a move again and again, so the job stays "running").
struct RebalanceStatus {
    enum class State { Scheduled, Running, Finished, Cancelling, Cancelled, Failing, Failed, Unknown };

    State state = State::Unknown;
    int done = 0;
    int total = 0;
    NodeAddress source; // of the move that runs now; empty when none runs
    NodeAddress target;
    QString taskError; // of a move that failed and is retried, or failed the job

    // state and details as citus_rebalance_status() gives them in text.
    static RebalanceStatus parse(const QString &state, const QString &details);

    bool isOver() const { return state == State::Finished || state == State::Cancelled || state == State::Failed; }
};

} // namespace shardscope
