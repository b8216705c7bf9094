#pragma once

#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace shardscope {

// Hands out one shared QString per distinct UTF-8 text. A 10,000-node plan repeats the
// same keys and short values ("0", "false", "Outer") hundreds of thousands of times;
// sharing them saves an allocation each time it is made and each time it is freed.
class StringInterner
{
public:
    struct Interned {
        QString string;
        // Free for the caller: anything it derives once per distinct text.
        std::optional<int> tag;
    };

    StringInterner();
    const QString &intern(std::string_view text) { return entry(text).string; }
    Interned &entry(std::string_view text);

private:
    struct Slot {
        std::string_view text;
        Interned value;
        bool used = false;
    };

    static size_t hash(std::string_view text);
    void grow();

    std::vector<Slot> m_slots; // open addressing, size a power of two
    size_t m_used = 0;
};

} // namespace shardscope
