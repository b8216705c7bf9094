#include "ColorScale.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace shardscope {

namespace {

QColor interpolate(const QRgb *stops, int count, double t)
{
    t = std::clamp(t, 0.0, 1.0) * (count - 1);
    const int low = std::min(int(t), count - 2);
    const double f = t - low;
    const QColor a = QColor::fromRgb(stops[low]);
    const QColor b = QColor::fromRgb(stops[low + 1]);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

constexpr std::array<QRgb, 6> heatStops = {0xFFFBE0, 0xFEE391, 0xFEC44F, 0xFE9929, 0xD95F0E, 0x993404};
constexpr std::array<QRgb, 5> underStops = {0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B};
constexpr std::array<QRgb, 5> overStops = {0xF7F7F7, 0xD1E5F0, 0x92C5DE, 0x4393C3, 0x2166AC};

} // namespace

QColor ColorScale::heat(double fraction)
{
    // Square root: a node taking 5% of the time should already stand out from one at 0%.
    return interpolate(heatStops.data(), int(heatStops.size()), std::sqrt(std::max(fraction, 0.0)));
}

QColor ColorScale::misestimate(Misestimate direction, double factor)
{
    const double t = std::log10(std::max(factor, 1.0)) / misestimateDecades;
    switch (direction) {
    case Misestimate::Under:
        return interpolate(underStops.data(), int(underStops.size()), t);
    case Misestimate::Over:
        return interpolate(overStops.data(), int(overStops.size()), t);
    case Misestimate::None:
        break;
    }
    return QColor::fromRgb(underStops.front());
}

QColor ColorScale::textOn(const QColor &background)
{
    // Relative luminance (WCAG), with the crossing point where both contrasts are equal.
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double luminance = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF());
    return luminance > 0.179 ? QColor(0x1F, 0x23, 0x28) : QColor(Qt::white);
}

QColor ColorScale::missing()
{
    return QColor(0xE4, 0xE7, 0xEB);
}

} // namespace shardscope
