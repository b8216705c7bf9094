#pragma once

#include "PlanTheme.h"
#include "ShardPlacements.h"
#include "WorkerPalette.h"

namespace shardscope {

// How plans, charts and panels are coloured: the theme, and the workers' colours; and the
// cluster's shards, which name the tasks a plan does not show (its ghost tasks). Handed
// down as a value by whoever owns it (the main window), never read from a global, so that
// two views, an export and the screen can each draw with their own.
struct PlanLook {
    PlanTheme theme;
    WorkerPalette workers;
    ShardPlacements shards; // empty until the shard map is read

    // The same look in another theme: an export for paper keeps the workers' colours.
    PlanLook inTheme(PlanTheme other) const { return PlanLook{other, workers, shards}; }

    friend bool operator==(const PlanLook &a, const PlanLook &b)
    {
        return a.theme == b.theme && a.workers == b.workers && a.shards == b.shards;
    }
    friend bool operator!=(const PlanLook &a, const PlanLook &b) { return !(a == b); }
};

} // namespace shardscope
