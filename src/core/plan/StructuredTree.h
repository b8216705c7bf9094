#pragma once

#include <QByteArray>
#include <QString>

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace shardscope {

// A format-neutral tree of the JSON, YAML or XML EXPLAIN document (objects, arrays,
// scalars in document order). Each format adapter only fills this tree; one builder
// turns it into a Plan, so the three formats cannot drift apart. Strings are views
// into the source buffer or into strings the tree owns.
class StructuredTree
{
public:
    enum class Type : unsigned char { Null, Bool, Number, String, Array, Object };

    struct Entry {
        Type type = Type::Null;
        int firstChild = -1;
        int nextSibling = -1;
        std::string_view key; // member name inside an object, empty inside an array
        std::string_view text; // scalar text exactly as written
    };

    std::vector<Entry> entries;
    // Upper bound for the plan nodes the tree can hold, so the plan reserves them once.
    size_t objectCount = 0;

    int root() const { return entries.empty() ? -1 : 0; }
    const Entry &at(int index) const { return entries[size_t(index)]; }
    bool isContainer(int index) const
    {
        const auto type = at(index).type;
        return type == Type::Array || type == Type::Object;
    }
    // Member of an object by name, or -1.
    int member(int object, std::string_view key) const;

    // Keeps a string alive for as long as the tree; returns a view of it.
    std::string_view own(std::string text);
    // A copy of text that lives as long as the tree, packed with the other copies: a
    // 10,000-node plan has hundreds of thousands of short values, and one allocation each
    // would cost more than the copy.
    std::string_view copy(std::string_view text);

    static QString toQString(std::string_view text)
    {
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }

private:
    std::deque<std::string> m_owned;
    std::vector<std::unique_ptr<char[]>> m_blocks; // copies; a block never moves
    char *m_free = nullptr; // where the next copy goes in the last block
    size_t m_room = 0; // bytes left there
};

// Event sink that the format adapters drive: a member name, then a value; containers
// open and close. Keeps its own stack, so any nesting depth is fine.
class StructuredTreeBuilder
{
public:
    explicit StructuredTreeBuilder(StructuredTree &tree) : m_tree(tree) {}

    void key(std::string_view name) { m_pendingKey = name; }
    void scalar(StructuredTree::Type type, std::string_view text);
    void beginObject() { open(StructuredTree::Type::Object); }
    void beginArray() { open(StructuredTree::Type::Array); }
    void end();
    int depth() const { return int(m_open.size()); }

private:
    int append(StructuredTree::Type type, std::string_view text);
    void open(StructuredTree::Type type);

    StructuredTree &m_tree;
    std::vector<int> m_open; // containers being filled
    std::vector<int> m_last; // last child of each open container
    std::string_view m_pendingKey;
};

} // namespace shardscope
