#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>

#include <array>

namespace shardscope {

// The width of texts in one font, as the sum of their characters' advances. Shaping a
// string with QFontMetricsF costs about 8 µs and the cards of a 10,000-node plan hold
// 40,000 strings; looking up advances costs nanoseconds. The drawing's fonts have
// kerning off, so the sum is what gets drawn. For use in the GUI thread only.
class TextWidth
{
public:
    explicit TextWidth(const QFont &font);

    double of(const QString &text) const;
    const QFontMetricsF &metrics() const { return m_metrics; }

private:
    double advance(QChar character) const;

    QFontMetricsF m_metrics;
    mutable std::array<double, 256> m_latin1;
    mutable QHash<char16_t, double> m_others;
};

} // namespace shardscope
