#include "StringInterner.h"

#include <cstring>

namespace shardscope {

StringInterner::StringInterner() : m_slots(256) {}

size_t StringInterner::hash(std::string_view text)
{
    // Keys and short values differ in length and in their first and last bytes;
    // two 8-byte loads make a good hash without touching every byte.
    quint64 head = 0;
    quint64 tail = 0;
    std::memcpy(&head, text.data(), qMin<size_t>(8, text.size()));
    if (text.size() > 8)
        std::memcpy(&tail, text.data() + text.size() - 8, 8);
    quint64 h = (head * 0x9E3779B97F4A7C15ull) ^ (tail + text.size()) * 0xC2B2AE3D27D4EB4Full;
    return size_t(h ^ (h >> 29));
}

StringInterner::Interned &StringInterner::entry(std::string_view text)
{
    if (2 * (m_used + 1) > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t at = hash(text) & mask;; at = (at + 1) & mask) {
        Slot &slot = m_slots[at];
        if (!slot.used) {
            slot.used = true;
            slot.text = text;
            slot.value.string = QString::fromUtf8(text.data(), qsizetype(text.size()));
            ++m_used;
            return slot.value;
        }
        if (slot.text == text)
            return slot.value;
    }
}

void StringInterner::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (auto &slot : old) {
        if (!slot.used)
            continue;
        size_t at = hash(slot.text) & mask;
        while (m_slots[at].used)
            at = (at + 1) & mask;
        m_slots[at] = std::move(slot);
    }
}

} // namespace shardscope
