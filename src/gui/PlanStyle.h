#pragma once

#include "TextWidth.h"

#include <QFont>
#include <QFontMetricsF>

namespace shardscope {

// Fonts and measures shared by the items of the plan drawing, so that cards, frames and
// the legend look like one design; the colours are the PlanTheme's each scene is given.
// Sizes are in scene units (pixels at 100%).
class PlanStyle
{
public:
    static const QFont &titleFont(); // card titles
    static const QFont &bodyFont(); // card details
    static const QFont &badgeFont(); // shard badges, markers
    static const QFont &headingFont(); // drawing title
    static const QFont &captionFont(); // frame titles, legend, labels
    static const QFont &subtitleFont(); // lines under the drawing title

    static const QFontMetricsF &captionMetrics();
    static const QFontMetricsF &headingMetrics();
    static const QFontMetricsF &subtitleMetrics();
    // Fast widths for the many texts of cards.
    static const TextWidth &titleWidth();
    static const TextWidth &bodyWidth();
    static const TextWidth &badgeWidth();

    static constexpr double cardRadius = 7;
    static constexpr double cardPadding = 9;
    static constexpr double headerHeight = 24;
    static constexpr double minCardWidth = 150;
    static constexpr double maxCardWidth = 300;
    static constexpr double frameRadius = 10;
    static constexpr double frameTitleHeight = 26;
    static constexpr double framePadding = 12;
    // Below this scale cards are drawn as plain coloured boxes: the text would be unreadable.
    static constexpr double detailThreshold = 0.4;
};

} // namespace shardscope
