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

    // Light and Dark follow the desktop's palette; Presenter is for projectors: the
    // strongest contrast, thicker edges, and (in the view) larger cards and a pinned legend.
    enum class Theme { Light, Dark, Presenter };
    // Scenes take the theme's colours when they are built and painted: views draw their
    // plans again after a change.
    static void setTheme(Theme theme);
    static Theme theme();
    // Restores the theme before when it goes: exports are drawn for paper, whatever the screen.
    class ThemeScope
    {
    public:
        explicit ThemeScope(Theme theme) : m_previous(PlanStyle::theme()) { setTheme(theme); }
        ~ThemeScope() { setTheme(m_previous); }
        ThemeScope(const ThemeScope &) = delete;
        ThemeScope &operator=(const ThemeScope &) = delete;

    private:
        Theme m_previous;
    };

    static QColor text();
    static QColor mutedText();
    static QColor cardBody();
    static QColor background();
    static QColor border(); // legend frame, rules
    static QColor edge();
    static QColor link();
    static QColor underEstimate();
    static QColor overEstimate();
    static QColor highlight();
    static QColor selection();
    // Edges between cards: the width for their rows is multiplied by this, and drawn with
    // this opacity (0-255).
    static double edgeScale();
    static int edgeAlpha();

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
