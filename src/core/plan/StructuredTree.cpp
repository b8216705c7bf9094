#include "StructuredTree.h"

#include <algorithm>

namespace shardscope {

int StructuredTree::member(int object, std::string_view key) const
{
    for (int child = at(object).firstChild; child >= 0; child = at(child).nextSibling) {
        if (at(child).key == key)
            return child;
    }
    return -1;
}

std::string_view StructuredTree::own(std::string text)
{
    m_owned.push_back(std::move(text));
    return m_owned.back();
}

std::string_view StructuredTree::copy(std::string_view text)
{
    constexpr size_t blockSize = size_t(1) << 16;
    if (text.size() > m_room) {
        // A text longer than a block gets a block of its own. Not zeroed: every byte
        // handed out is written first.
        const size_t size = std::max(blockSize, text.size());
        m_blocks.emplace_back(new char[size]);
        m_free = m_blocks.back().get();
        m_room = size;
    }
    char *const at = m_free;
    std::copy(text.begin(), text.end(), at);
    m_free += text.size();
    m_room -= text.size();
    return {at, text.size()};
}

int StructuredTreeBuilder::append(StructuredTree::Type type, std::string_view text)
{
    const int index = int(m_tree.entries.size());
    StructuredTree::Entry entry;
    entry.type = type;
    entry.text = text;
    if (!m_open.empty()) {
        entry.key = m_pendingKey;
        if (m_last.back() >= 0)
            m_tree.entries[size_t(m_last.back())].nextSibling = index;
        else
            m_tree.entries[size_t(m_open.back())].firstChild = index;
        m_last.back() = index;
    }
    m_pendingKey = {};
    m_tree.entries.push_back(entry);
    return index;
}

void StructuredTreeBuilder::scalar(StructuredTree::Type type, std::string_view text)
{
    append(type, text);
}

void StructuredTreeBuilder::open(StructuredTree::Type type)
{
    if (type == StructuredTree::Type::Object)
        ++m_tree.objectCount;
    m_open.push_back(append(type, {}));
    m_last.push_back(-1);
}

void StructuredTreeBuilder::end()
{
    if (m_open.empty())
        return;
    m_open.pop_back();
    m_last.pop_back();
}

} // namespace shardscope
