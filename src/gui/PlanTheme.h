#pragma once

#include <QColor>

namespace shardscope {

// The colours of a plan drawing in one of three themes, as a value: each scene and view
// draws with the theme it was given, so an export for paper never changes what the
// screen shows. Light and Dark follow the desktop's palette; Presenter is for
// projectors: the strongest contrast, thicker edges.
class PlanTheme
{
public:
    enum class Kind { Light, Dark, Presenter };

    constexpr PlanTheme() = default;
    constexpr explicit PlanTheme(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }

    QColor text() const;
    QColor mutedText() const;
    QColor cardBody() const;
    QColor background() const;
    QColor border() const; // legend frame, rules
    QColor edge() const;
    QColor link() const;
    QColor underEstimate() const;
    QColor overEstimate() const;
    QColor highlight() const;
    QColor selection() const;
    // Edges between cards: the width for their rows is multiplied by this, and drawn with
    // this opacity (0-255).
    double edgeScale() const;
    int edgeAlpha() const;

    friend bool operator==(PlanTheme a, PlanTheme b) { return a.m_kind == b.m_kind; }
    friend bool operator!=(PlanTheme a, PlanTheme b) { return a.m_kind != b.m_kind; }

private:
    // The same colour in the three themes, in the order of Kind.
    QColor pick(QRgb light, QRgb dark, QRgb presenter) const;

    Kind m_kind = Kind::Light;
};

} // namespace shardscope
