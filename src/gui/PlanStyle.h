#pragma once

#include "TextWidth.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>

namespace shardscope {

// Fonts, colours and measures shared by the items of the plan drawing, so that cards,
// frames and the legend look like one design. Sizes are in scene units (pixels at 100%).
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

    static QColor text() { return QColor(0x1F, 0x23, 0x28); }
    static QColor mutedText() { return QColor(0x57, 0x60, 0x6A); }
    static QColor cardBody() { return QColor(Qt::white); }
    static QColor background() { return QColor(0xF6, 0xF8, 0xFA); }
    static QColor edge() { return QColor(0x8C, 0x93, 0x9D); }
    static QColor link() { return QColor(0x6F, 0x42, 0xC1); }
    static QColor underEstimate() { return QColor(0xB2, 0x18, 0x2B); }
    static QColor overEstimate() { return QColor(0x21, 0x66, 0xAC); }
    static QColor highlight() { return QColor(0xFF, 0xB0, 0x00); }
    static QColor selection() { return QColor(0x1F, 0x23, 0x28); }

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
