#include "StructuredPlanBuilder.h"

#include "PlanPropertyMapper.h"
#include "StringInterner.h"

#include <QStringList>

#include <algorithm>

namespace shardscope {

namespace {

using Type = StructuredTree::Type;

// Nested values deeper than this are shown as "…" in the flattened property text.
constexpr int maxFlattenDepth = 16;
// Every plan node is an object, but a hostile document can hold millions of objects that
// are none: the reserve stops here (about 80 MB), and bigger plans grow as they go.
constexpr size_t maxReservedNodes = size_t(1) << 16;
// Scalars up to this length (numbers, booleans, short names) repeat a lot: share them.
constexpr size_t maxInternedValue = 24;

// Objects holding a "Plan", in document order, found through any nesting of
// arrays (Citus wraps remote plans in one or two lists depending on the format).
std::vector<int> queriesIn(const StructuredTree &tree, int entry)
{
    std::vector<int> found;
    if (entry < 0)
        return found;
    std::vector<int> stack{entry};
    while (!stack.empty()) {
        const int at = stack.back();
        stack.pop_back();
        const auto &value = tree.at(at);
        if (value.type == Type::Object && tree.member(at, "Plan") >= 0) {
            found.push_back(at);
        } else if (value.type == Type::Array) {
            std::vector<int> children;
            for (int child = value.firstChild; child >= 0; child = tree.at(child).nextSibling)
                children.push_back(child);
            stack.insert(stack.end(), children.rbegin(), children.rend());
        }
    }
    return found;
}

struct Work {
    int entry;
    int parent;
    NodeKind kind;
};

class Builder
{
public:
    Builder(const StructuredTree &tree, Plan &plan) : m_tree(tree), m_plan(plan) {}

    bool build(int query, size_t reserve, QString *why)
    {
        m_plan.nodes.reserve(std::min(reserve, maxReservedNodes));
        readQuery(query, nullptr, -1);
        while (!m_work.empty()) {
            const Work work = m_work.back();
            m_work.pop_back();
            if (!addNode(work, why))
                return false;
        }
        if (m_plan.root < 0) {
            *why = StructuredPlanBuilder::tr("no query plan found: \"Plan\" is not an object");
            return false;
        }
        return true;
    }

private:
    const StructuredTree::Entry &at(int entry) const { return m_tree.at(entry); }

    struct Key {
        QString name;
        int field = 0; // PlanPropertyMapper field, looked up once per distinct key
    };

    // A copy: a later lookup may move the table's keys.
    Key interned(int entry)
    {
        // Keys get their own table: a few dozen names, hot in the cache.
        return m_keys.intern(at(entry).key, [](std::string_view text) {
            const QString name = StructuredTree::toQString(text);
            return Key{name, PlanPropertyMapper::fieldOf(name)};
        });
    }

    QString key(int entry) { return interned(entry).name; }

    void apply(PlanNode &node, int member)
    {
        Key name = interned(member);
        QString value = flatten(member);
        PlanPropertyMapper::applyField(node, name.field, value);
        node.properties.push_back({std::move(name.name), std::move(value)});
    }

    // A query object: its plan becomes a child of parentIndex; its own properties
    // (planning and execution time, ...) go to owner, or to the plan itself at the top.
    void readQuery(int query, PlanNode *owner, int parentIndex)
    {
        for (int member = at(query).firstChild; member >= 0; member = at(member).nextSibling) {
            if (at(member).key == "Plan") {
                if (at(member).type == Type::Object)
                    m_pending.push_back({member, parentIndex, NodeKind::Plan});
                continue;
            }
            if (owner) {
                apply(*owner, member);
                continue;
            }
            const QString name = key(member);
            const QString value = flatten(member);
            if (name == QLatin1String("Planning Time")) {
                m_plan.planningTimeMs = PlanPropertyMapper::number(value);
            } else if (name == QLatin1String("Execution Time")) {
                m_plan.executionTimeMs = PlanPropertyMapper::number(value);
            } else {
                m_plan.properties.push_back({name, value});
            }
        }
        if (!owner)
            flushPending();
    }

    void addChildren(int array, int parentIndex, NodeKind kind)
    {
        if (at(array).type != Type::Array)
            return;
        for (int child = at(array).firstChild; child >= 0; child = at(child).nextSibling) {
            if (at(child).type == Type::Object)
                m_pending.push_back({child, parentIndex, kind});
        }
    }

    void addQueries(int value, PlanNode &owner, int ownerIndex)
    {
        for (int query : queriesIn(m_tree, value))
            readQuery(query, &owner, ownerIndex);
    }

    // Children found while reading a node are created after it, in order.
    void flushPending()
    {
        m_work.insert(m_work.end(), m_pending.rbegin(), m_pending.rend());
        m_pending.clear();
    }

    bool addNode(const Work &work, QString *why)
    {
        PlanNode node;
        node.kind = work.kind;
        if (work.kind != NodeKind::Plan)
            node.nodeType = nodeKindName(work.kind);
        const int index = int(m_plan.nodes.size());
        int members = 0;
        for (int member = at(work.entry).firstChild; member >= 0; member = at(member).nextSibling)
            ++members;
        node.properties.reserve(size_t(members));
        for (int member = at(work.entry).firstChild; member >= 0; member = at(member).nextSibling)
            readMember(node, index, member);
        if (work.kind == NodeKind::Plan && node.nodeType.isEmpty()) {
            *why = StructuredPlanBuilder::tr("a plan node has no \"Node Type\"");
            return false;
        }
        m_plan.addNode(std::move(node), work.parent);
        flushPending();
        return true;
    }

    void readMember(PlanNode &node, int index, int member)
    {
        const auto name = at(member).key;
        switch (node.kind) {
        case NodeKind::Plan:
            if (name == "Plans")
                return addChildren(member, index, NodeKind::Plan);
            if (name == "Distributed Query" && at(member).type == Type::Object)
                return readDistributedQuery(member, index);
            if (name == "Select Query" || name == "Source Query")
                return addQueries(member, node, index);
            break;
        case NodeKind::DistributedSubplan:
            if (name == "PlannedStmt")
                return addQueries(member, node, index);
            break;
        case NodeKind::Job:
            if (name == "Tasks")
                return addChildren(member, index, NodeKind::Task);
            if (name == "Dependent Jobs")
                return addChildren(member, index, NodeKind::MapMergeJob);
            break;
        case NodeKind::Task:
            if (name == "Remote Plan")
                return addQueries(member, node, index);
            break;
        case NodeKind::MapMergeJob:
            if (name == "Dependent Jobs")
                return addChildren(member, index, NodeKind::MapMergeJob);
            break;
        }
        apply(node, member);
    }

    void readDistributedQuery(int object, int index)
    {
        for (int member = at(object).firstChild; member >= 0; member = at(member).nextSibling) {
            if (at(member).key == "Subplans")
                addChildren(member, index, NodeKind::DistributedSubplan);
            else if (at(member).key == "Job" && at(member).type == Type::Object)
                m_pending.push_back({member, index, NodeKind::Job});
        }
    }

    // A value as one line of text: scalars as written, lists joined by ", ",
    // objects as "key: value" pairs.
    QString flatten(int entry, int depth = 0)
    {
        const auto &value = at(entry);
        switch (value.type) {
        case Type::Null:
            return {};
        case Type::Bool:
        case Type::Number:
        case Type::String:
            return value.text.size() <= maxInternedValue ? m_strings.intern(value.text, StructuredTree::toQString)
                                                         : StructuredTree::toQString(value.text);
        case Type::Array:
        case Type::Object:
            break;
        }
        if (depth >= maxFlattenDepth)
            return QStringLiteral("…");
        QStringList parts;
        for (int child = value.firstChild; child >= 0; child = at(child).nextSibling) {
            const QString text = flatten(child, depth + 1);
            if (value.type == Type::Object)
                parts.append(key(child) + QStringLiteral(": ") + text);
            else
                parts.append(at(child).type == Type::Object ? QLatin1Char('{') + text + QLatin1Char('}') : text);
        }
        return parts.join(QStringLiteral(", "));
    }

    const StructuredTree &m_tree;
    Plan &m_plan;
    std::vector<Work> m_work;
    std::vector<Work> m_pending;
    StringInterner<QString> m_strings;
    StringInterner<Key> m_keys;
};

bool hasActuals(const Plan &plan)
{
    if (plan.executionTimeMs)
        return true;
    for (const auto &node : plan.nodes) {
        if (node.actualLoops)
            return true;
    }
    return false;
}

} // namespace

std::optional<std::vector<Plan>> StructuredPlanBuilder::build(const StructuredTree &tree, PlanFormat format,
                                                              PlanParseError *error)
{
    QString why;
    // Each query at the top is a plan of its own: PostgreSQL prints one per statement when
    // a rule rewrote the one it was given into several.
    const std::vector<int> queries = queriesIn(tree, tree.root());
    if (queries.empty())
        why = tr("no query plan found: the document has no \"Plan\"");
    std::vector<Plan> plans;
    for (int query : queries) {
        Plan plan;
        plan.format = format;
        // Reserving for the whole document suits its only plan, not each of several.
        const size_t reserve = queries.size() == 1 ? tree.objectCount : 0;
        if (!Builder(tree, plan).build(query, reserve, &why))
            break;
        plan.analyzed = hasActuals(plan);
        plans.push_back(std::move(plan));
    }
    if (plans.size() < queries.size() || queries.empty()) {
        if (error)
            *error = PlanParseError{why};
        return std::nullopt;
    }
    return plans;
}

} // namespace shardscope
