#include "PlanTheme.h"

namespace shardscope {

QColor PlanTheme::pick(QRgb light, QRgb dark, QRgb presenter) const
{
    switch (m_kind) {
    case Kind::Dark:
        return QColor::fromRgb(dark);
    case Kind::Presenter:
        return QColor::fromRgb(presenter);
    case Kind::Light:
        break;
    }
    return QColor::fromRgb(light);
}

QColor PlanTheme::text() const
{
    return pick(0x1F2328, 0xE6EDF3, 0x000000);
}

QColor PlanTheme::mutedText() const
{
    return pick(0x57606A, 0x9DA7B3, 0x24292F);
}

QColor PlanTheme::cardBody() const
{
    return pick(0xFFFFFF, 0x1C2128, 0xFFFFFF);
}

QColor PlanTheme::background() const
{
    return pick(0xF6F8FA, 0x0D1117, 0xFFFFFF);
}

QColor PlanTheme::border() const
{
    return pick(0xD0D7DE, 0x444C56, 0x000000);
}

QColor PlanTheme::edge() const
{
    return pick(0x8C939D, 0x768390, 0x000000);
}

QColor PlanTheme::link() const
{
    return pick(0x6F42C1, 0xB083F0, 0x4B0FA8);
}

QColor PlanTheme::underEstimate() const
{
    return pick(0xB2182B, 0xFF7B72, 0x9A0010);
}

QColor PlanTheme::overEstimate() const
{
    return pick(0x2166AC, 0x6CB6FF, 0x003F8A);
}

QColor PlanTheme::highlight() const
{
    return pick(0xFFB000, 0xFFB000, 0xFF8C00);
}

QColor PlanTheme::selection() const
{
    return pick(0x1F2328, 0xE6EDF3, 0x000000);
}

double PlanTheme::edgeScale() const
{
    return m_kind == Kind::Presenter ? 2.2 : 1.0;
}

int PlanTheme::edgeAlpha() const
{
    return m_kind == Kind::Presenter ? 255 : 190;
}

} // namespace shardscope
