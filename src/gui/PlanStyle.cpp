#include "PlanStyle.h"

#include <QFontDatabase>
#include <QGuiApplication>

namespace shardscope {

namespace {

// A named family rather than the platform's alias ("Sans Serif"), which SVG viewers
// do not know: the first of these that is installed, else the application's font.
QString family()
{
    static const QString chosen = [] {
        for (const char *name : {"Inter", "Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"}) {
            if (QFontDatabase::hasFamily(QLatin1String(name)))
                return QString::fromLatin1(name);
        }
        return QGuiApplication::font().family();
    }();
    return chosen;
}

QFont makeFont(int pixelSize, QFont::Weight weight)
{
    QFont font(family());
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    // Without kerning a text is as wide as its characters' advances (see TextWidth).
    font.setKerning(false);
    return font;
}

} // namespace

const QFont &PlanStyle::titleFont()
{
    static const QFont font = makeFont(13, QFont::Bold);
    return font;
}

const QFont &PlanStyle::bodyFont()
{
    static const QFont font = makeFont(12, QFont::Normal);
    return font;
}

const QFont &PlanStyle::badgeFont()
{
    static const QFont font = makeFont(10, QFont::Bold);
    return font;
}

const QFont &PlanStyle::headingFont()
{
    static const QFont font = makeFont(22, QFont::Bold);
    return font;
}

const QFont &PlanStyle::captionFont()
{
    static const QFont font = makeFont(12, QFont::DemiBold);
    return font;
}

const QFont &PlanStyle::subtitleFont()
{
    static const QFont font = makeFont(14, QFont::Normal);
    return font;
}

const QFontMetricsF &PlanStyle::subtitleMetrics()
{
    static const QFontMetricsF metrics(subtitleFont());
    return metrics;
}

const QFontMetricsF &PlanStyle::captionMetrics()
{
    static const QFontMetricsF metrics(captionFont());
    return metrics;
}

const QFontMetricsF &PlanStyle::headingMetrics()
{
    static const QFontMetricsF metrics(headingFont());
    return metrics;
}

const TextWidth &PlanStyle::titleWidth()
{
    static const TextWidth width(titleFont());
    return width;
}

const TextWidth &PlanStyle::bodyWidth()
{
    static const TextWidth width(bodyFont());
    return width;
}

const TextWidth &PlanStyle::badgeWidth()
{
    static const TextWidth width(badgeFont());
    return width;
}

} // namespace shardscope
