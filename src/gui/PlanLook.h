#pragma once

#include "PlanTheme.h"
#include "WorkerPalette.h"

namespace shardscope {

// How plans, charts and panels are coloured: the theme, and the workers' colours. Handed
// down as a value by whoever owns it (the main window), never read from a global, so that
// two views, an export and the screen can each draw with their own.
struct PlanLook {
    PlanTheme theme;
    WorkerPalette workers;

    // The same look in another theme: an export for paper keeps the workers' colours.
    PlanLook inTheme(PlanTheme other) const { return PlanLook{other, workers}; }

    friend bool operator==(const PlanLook &a, const PlanLook &b)
    {
        return a.theme == b.theme && a.workers == b.workers;
    }
    friend bool operator!=(const PlanLook &a, const PlanLook &b) { return !(a == b); }
};

} // namespace shardscope
