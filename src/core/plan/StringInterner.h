#pragma once

#include <QByteArrayView>
#include <QHashFunctions>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace shardscope {

// Keeps, for each distinct UTF-8 text, one Value made from it the first time it is seen: a
// shared QString, a field looked up once, a copy that lives as long as a tree. A
// 10,000-node plan repeats the same keys and short values ("0", "false", "Outer") hundreds
// of thousands of times; making each once saves an allocation each time it would be made
// and each time it would be freed.
//
// Open addressing with linear probing, never more than half full. The hash reads every
// byte, as plan values of one length often differ only in the middle (costs, shard ids),
// and is Qt's, seeded per process like QHash's: a plan is untrusted text, which must not
// be able to choose values that all fall into one chain of slots.
template <typename Value>
class StringInterner
{
public:
    StringInterner() : m_slots(256) {}

    // The value kept for text: make(text) the first time. A reference until the next call.
    template <typename Make>
    Value &intern(std::string_view text, Make &&make)
    {
        if (2 * (m_size + 1) > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t at = hash(text) & mask;; at = (at + 1) & mask) {
            ++m_probes;
            Slot &slot = m_slots[at];
            if (!slot.used) {
                // A copy of its own: the caller's text may be gone by the next call.
                slot.text = m_texts.emplace_back(text);
                slot.value = make(slot.text);
                slot.used = true;
                ++m_size;
                return slot.value;
            }
            if (slot.text == text)
                return slot.value;
        }
    }

    // Distinct texts so far.
    size_t size() const { return m_size; }
    // Slots looked at by every intern() so far: a little over one per call while the texts
    // spread well over the table.
    size_t probes() const { return m_probes; }

private:
    struct Slot {
        std::string_view text;
        Value value{};
        bool used = false;
    };

    static size_t hash(std::string_view text)
    {
        return qHash(QByteArrayView(text.data(), qsizetype(text.size())), QHashSeed::globalSeed());
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (Slot &slot : old) {
            if (!slot.used)
                continue;
            size_t at = hash(slot.text) & mask;
            while (m_slots[at].used)
                at = (at + 1) & mask;
            m_slots[at] = std::move(slot);
        }
    }

    std::vector<Slot> m_slots; // size a power of two
    std::deque<std::string> m_texts; // what the slots' texts view: a deque never moves them
    size_t m_size = 0;
    size_t m_probes = 0;
};

} // namespace shardscope
