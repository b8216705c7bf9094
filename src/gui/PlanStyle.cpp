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

PlanStyle::Theme currentTheme = PlanStyle::Theme::Light;

// The same colour in the three themes, in the order of PlanStyle::Theme.
QColor pick(QRgb light, QRgb dark, QRgb presenter)
{
    switch (currentTheme) {
    case PlanStyle::Theme::Dark:
        return QColor::fromRgb(dark);
    case PlanStyle::Theme::Presenter:
        return QColor::fromRgb(presenter);
    case PlanStyle::Theme::Light:
        break;
    }
    return QColor::fromRgb(light);
}

} // namespace

void PlanStyle::setTheme(Theme theme)
{
    currentTheme = theme;
}

PlanStyle::Theme PlanStyle::theme()
{
    return currentTheme;
}

QColor PlanStyle::text()
{
    return pick(0x1F2328, 0xE6EDF3, 0x000000);
}

QColor PlanStyle::mutedText()
{
    return pick(0x57606A, 0x9DA7B3, 0x24292F);
}

QColor PlanStyle::cardBody()
{
    return pick(0xFFFFFF, 0x1C2128, 0xFFFFFF);
}

QColor PlanStyle::background()
{
    return pick(0xF6F8FA, 0x0D1117, 0xFFFFFF);
}

QColor PlanStyle::border()
{
    return pick(0xD0D7DE, 0x444C56, 0x000000);
}

QColor PlanStyle::edge()
{
    return pick(0x8C939D, 0x768390, 0x000000);
}

QColor PlanStyle::link()
{
    return pick(0x6F42C1, 0xB083F0, 0x4B0FA8);
}

QColor PlanStyle::underEstimate()
{
    return pick(0xB2182B, 0xFF7B72, 0x9A0010);
}

QColor PlanStyle::overEstimate()
{
    return pick(0x2166AC, 0x6CB6FF, 0x003F8A);
}

QColor PlanStyle::highlight()
{
    return pick(0xFFB000, 0xFFB000, 0xFF8C00);
}

QColor PlanStyle::selection()
{
    return pick(0x1F2328, 0xE6EDF3, 0x000000);
}

double PlanStyle::edgeScale()
{
    return currentTheme == Theme::Presenter ? 2.2 : 1.0;
}

int PlanStyle::edgeAlpha()
{
    return currentTheme == Theme::Presenter ? 255 : 190;
}

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
