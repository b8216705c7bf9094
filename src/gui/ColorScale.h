#pragma once

#include "PlanAnalysis.h"

#include <QColor>

namespace shardscope {

// The colour scales of the plan drawing besides the worker palette. Both read well for
// colour-blind viewers: a single-hue-family sequential ramp for time and a blue/red
// diverging one for estimates (ColorBrewer YlOrBr and RdBu, as Paul Tol recommends).
class ColorScale
{
public:
    // 0 = no time, 1 = the slowest node of the plan.
    static QColor heat(double fraction);
    // Blue when the planner expected more rows than came, red when fewer; deeper as the
    // factor grows (full colour at 1000x).
    static QColor misestimate(Misestimate direction, double factor);
    // Where the misestimate colour saturates, as a power of ten.
    static constexpr double misestimateDecades = 3.0;
    // Black or white, whichever reads better on the background.
    static QColor textOn(const QColor &background);
    // Colour used where a scale has no value (node without timing, synthetic node).
    static QColor missing();
};

} // namespace shardscope
