#include "TextWidth.h"

namespace shardscope {

namespace {

constexpr double unknown = -1;

} // namespace

TextWidth::TextWidth(const QFont &font) : m_metrics(font)
{
    m_latin1.fill(unknown);
}

double TextWidth::of(const QString &text) const
{
    double width = 0;
    for (const QChar character : text) {
        // Characters outside the basic plane need shaping as pairs: measure the text whole.
        if (character.isSurrogate())
            return m_metrics.horizontalAdvance(text);
        width += advance(character);
    }
    return width;
}

double TextWidth::advance(QChar character) const
{
    const char16_t code = character.unicode();
    if (code < m_latin1.size()) {
        double &known = m_latin1[code];
        if (known == unknown)
            known = m_metrics.horizontalAdvance(character);
        return known;
    }
    auto found = m_others.constFind(code);
    if (found == m_others.constEnd())
        found = m_others.insert(code, m_metrics.horizontalAdvance(character));
    return *found;
}

} // namespace shardscope
