#include "TextPlanParser.h"

#include "BufferText.h"
#include "PlanPropertyMapper.h"
#include "TextParts.h"

#include <QByteArrayView>

#include <algorithm>
#include <cstring>
#include <vector>

namespace shardscope {

namespace {

// explain.c writes "->  " and then indents the node's own lines two more steps, so a
// node's properties start six columns right of its arrow.
constexpr qsizetype propertyOffset = 6;
// The root has no arrow: its properties are two columns in, as if its arrow were at -4.
constexpr qsizetype rootArrowColumn = -4;
// Name and figures give about a dozen properties, a node's own lines a few more.
constexpr size_t expectedProperties = 16;

QString toText(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

QByteArrayView trimmedLeft(QByteArrayView text)
{
    qsizetype at = 0;
    while (at < text.size() && text.at(at) == ' ')
        ++at;
    return text.sliced(at);
}

// "Seq Scan" matches "Seq Scan" and "Seq Scan on t", not "Seq Scanner".
bool startsWithWord(QByteArrayView text, QByteArrayView word)
{
    return text.startsWith(word) && (text.size() == word.size() || text.at(word.size()) == ' ');
}

bool cutPrefix(QByteArrayView &text, QByteArrayView prefix)
{
    if (!text.startsWith(prefix))
        return false;
    text = text.sliced(prefix.size());
    return true;
}

// One identifier as quote_identifier() wrote it: bare, or in double quotes with ""
// for a quote. Advances pos past it.
QString readIdentifier(QByteArrayView text, qsizetype &pos)
{
    if (pos >= text.size() || text.at(pos) != '"') {
        const qsizetype start = pos;
        while (pos < text.size() && text.at(pos) != ' ' && text.at(pos) != '.')
            ++pos;
        return toText(text.sliced(start, pos - start));
    }
    QByteArray unquoted;
    for (++pos; pos < text.size(); ++pos) {
        if (text.at(pos) == '"') {
            if (pos + 1 >= text.size() || text.at(pos + 1) != '"') {
                ++pos;
                break;
            }
            ++pos;
        }
        unquoted += text.at(pos);
    }
    return toText(unquoted);
}

// What explain.c prints after the node name, and which JSON key names the object.
enum class Target {
    None,
    Relation,
    Function,
    TableFunction,
    Cte,
    Tuplestore,
    AliasOnly, // subquery and VALUES scans name only their alias
    Index, // "[Backward] using IDX on REL [ALIAS]"
    BitmapIndex, // "on IDX"
};

// The node-line name decoded into the properties JSON would have sent.
struct NodeName {
    bool known = false;
    bool parallelAware = false;
    bool asyncCapable = false;
    QString nodeType;
    QString strategy;
    QString partialMode;
    QString operation;
    QString customPlanProvider;
    QString scanDirection;
    QString indexName;
    QString objectKey; // "Relation Name", "Function Name", ...
    QString objectName;
    QString schema;
    QString alias;
    bool hasAlias = false;
    QString joinType;
    QString command;
};

// " on [schema.]object [alias]"; explain.c leaves the alias out when it equals the object.
void readTarget(QByteArrayView rest, Target target, NodeName &name)
{
    if (!rest.startsWith(" on "))
        return;
    qsizetype pos = 4;
    const QString first = readIdentifier(rest, pos);
    name.hasAlias = true;
    if (target == Target::AliasOnly) {
        name.alias = first;
        return;
    }
    name.objectName = first;
    if (pos < rest.size() && rest.at(pos) == '.') {
        ++pos;
        name.schema = first;
        name.objectName = readIdentifier(rest, pos);
    }
    if (pos + 1 < rest.size() && rest.at(pos) == ' ') {
        ++pos;
        name.alias = readIdentifier(rest, pos);
    } else {
        name.alias = name.objectName;
    }
}

void readIndexTarget(QByteArrayView rest, NodeName &name)
{
    name.scanDirection = cutPrefix(rest, " Backward") ? QStringLiteral("Backward")
                                                      : QStringLiteral("Forward");
    if (cutPrefix(rest, " using ")) {
        qsizetype pos = 0;
        name.indexName = readIdentifier(rest, pos);
        rest = rest.sliced(pos);
    }
    name.objectKey = QStringLiteral("Relation Name");
    readTarget(rest, Target::Relation, name);
}

void readNameTarget(QByteArrayView rest, Target target, NodeName &name)
{
    switch (target) {
    case Target::None:
        return;
    case Target::Index:
        return readIndexTarget(rest, name);
    case Target::BitmapIndex:
        if (cutPrefix(rest, " on ")) {
            qsizetype pos = 0;
            name.indexName = readIdentifier(rest, pos);
        }
        return;
    case Target::Relation:
        name.objectKey = QStringLiteral("Relation Name");
        break;
    case Target::Function:
        name.objectKey = QStringLiteral("Function Name");
        break;
    case Target::TableFunction:
        name.objectKey = QStringLiteral("Table Function Name");
        break;
    case Target::Cte:
        name.objectKey = QStringLiteral("CTE Name");
        break;
    case Target::Tuplestore:
        name.objectKey = QStringLiteral("Tuplestore Name");
        break;
    case Target::AliasOnly:
        break;
    }
    readTarget(rest, target, name);
}

bool readAggregate(QByteArrayView text, NodeName &name)
{
    QString partialMode = QStringLiteral("Simple");
    if (cutPrefix(text, "Partial "))
        partialMode = QStringLiteral("Partial");
    else if (cutPrefix(text, "Finalize "))
        partialMode = QStringLiteral("Finalize");
    static const struct {
        QByteArrayView pname;
        QString strategy;
    } aggregates[] = {
        {"Aggregate", QStringLiteral("Plain")},
        {"GroupAggregate", QStringLiteral("Sorted")},
        {"HashAggregate", QStringLiteral("Hashed")},
        {"MixedAggregate", QStringLiteral("Mixed")},
    };
    for (const auto &aggregate : aggregates) {
        if (text == aggregate.pname) {
            name.nodeType = QStringLiteral("Aggregate");
            name.strategy = aggregate.strategy;
            name.partialMode = partialMode;
            return true;
        }
    }
    return false;
}

// Text folds the join type into the name: "Hash Left Join", "Merge Join", "Nested Loop".
bool readJoin(QByteArrayView text, NodeName &name)
{
    static const struct {
        QByteArrayView pname;
        QString nodeType;
    } joins[] = {
        {"Nested Loop", QStringLiteral("Nested Loop")},
        {"Hash", QStringLiteral("Hash Join")},
        {"Merge", QStringLiteral("Merge Join")},
    };
    static const QByteArrayView joinTypes[] = {"Left", "Full", "Right", "Semi", "Anti",
                                               "Right Anti", "Right Semi"};
    for (const auto &join : joins) {
        QByteArrayView rest = text;
        if (!cutPrefix(rest, join.pname))
            continue;
        const bool nestedLoop = join.nodeType == QLatin1String("Nested Loop");
        if ((rest.isEmpty() && nestedLoop) || rest == " Join") {
            name.joinType = QStringLiteral("Inner");
        } else {
            if (!cutPrefix(rest, " ") || !rest.endsWith(" Join"))
                continue;
            const QByteArrayView type = rest.chopped(5);
            if (std::find(std::begin(joinTypes), std::end(joinTypes), type) == std::end(joinTypes))
                continue;
            name.joinType = toText(type);
        }
        name.nodeType = join.nodeType;
        return true;
    }
    return false;
}

bool readSetOp(QByteArrayView text, NodeName &name)
{
    if (cutPrefix(text, "HashSetOp "))
        name.strategy = QStringLiteral("Hashed");
    else if (cutPrefix(text, "SetOp "))
        name.strategy = QStringLiteral("Sorted");
    else
        return false;
    name.nodeType = QStringLiteral("SetOp");
    name.command = toText(text);
    return true;
}

// "Custom Scan (Citus Adaptive)", optionally followed by " on REL".
bool readCustomScan(QByteArrayView text, NodeName &name)
{
    if (!startsWithWord(text, "Custom Scan"))
        return false;
    name.nodeType = QStringLiteral("Custom Scan");
    QByteArrayView rest = text.sliced(11);
    if (cutPrefix(rest, " (")) {
        qsizetype close = rest.indexOf(") on ");
        if (close < 0)
            close = rest.lastIndexOf(')');
        if (close < 0)
            close = rest.size();
        name.customPlanProvider = toText(rest.first(close));
        rest = rest.sliced(qMin(close + 1, rest.size()));
    }
    readNameTarget(rest, Target::Relation, name);
    return true;
}

// ModifyTable and the foreign scans that modify: the operation is part of the name.
bool readModify(QByteArrayView text, NodeName &name)
{
    static const struct {
        QByteArrayView pname;
        QString nodeType;
        QString operation;
    } modifications[] = {
        {"Insert", QStringLiteral("ModifyTable"), QStringLiteral("Insert")},
        {"Update", QStringLiteral("ModifyTable"), QStringLiteral("Update")},
        {"Delete", QStringLiteral("ModifyTable"), QStringLiteral("Delete")},
        {"Merge", QStringLiteral("ModifyTable"), QStringLiteral("Merge")},
        {"Foreign Scan", QStringLiteral("Foreign Scan"), QStringLiteral("Select")},
        {"Foreign Insert", QStringLiteral("Foreign Scan"), QStringLiteral("Insert")},
        {"Foreign Update", QStringLiteral("Foreign Scan"), QStringLiteral("Update")},
        {"Foreign Delete", QStringLiteral("Foreign Scan"), QStringLiteral("Delete")},
    };
    for (const auto &modification : modifications) {
        if (!startsWithWord(text, modification.pname))
            continue;
        const QByteArrayView rest = text.sliced(modification.pname.size());
        // "Merge Append" and "Merge Join" are not MERGE: ModifyTable always names its target.
        if (modification.nodeType == QLatin1String("ModifyTable") && !rest.startsWith(" on "))
            continue;
        name.nodeType = modification.nodeType;
        name.operation = modification.operation;
        readNameTarget(rest, Target::Relation, name);
        return true;
    }
    return false;
}

// Nodes whose text name is their JSON "Node Type", with what may follow it.
bool readPlainNode(QByteArrayView text, NodeName &name)
{
    static const struct {
        QByteArrayView pname;
        QString nodeType;
        Target target;
    } nodes[] = {
        {"Result", QStringLiteral("Result"), Target::None},
        {"ProjectSet", QStringLiteral("ProjectSet"), Target::None},
        {"Append", QStringLiteral("Append"), Target::None},
        {"Merge Append", QStringLiteral("Merge Append"), Target::None},
        {"Recursive Union", QStringLiteral("Recursive Union"), Target::None},
        {"BitmapAnd", QStringLiteral("BitmapAnd"), Target::None},
        {"BitmapOr", QStringLiteral("BitmapOr"), Target::None},
        {"Gather", QStringLiteral("Gather"), Target::None},
        {"Gather Merge", QStringLiteral("Gather Merge"), Target::None},
        {"Materialize", QStringLiteral("Materialize"), Target::None},
        {"Memoize", QStringLiteral("Memoize"), Target::None},
        {"Sort", QStringLiteral("Sort"), Target::None},
        {"Incremental Sort", QStringLiteral("Incremental Sort"), Target::None},
        {"Group", QStringLiteral("Group"), Target::None},
        {"WindowAgg", QStringLiteral("WindowAgg"), Target::None},
        {"Unique", QStringLiteral("Unique"), Target::None},
        {"LockRows", QStringLiteral("LockRows"), Target::None},
        {"Limit", QStringLiteral("Limit"), Target::None},
        {"Hash", QStringLiteral("Hash"), Target::None},
        {"Seq Scan", QStringLiteral("Seq Scan"), Target::Relation},
        {"Sample Scan", QStringLiteral("Sample Scan"), Target::Relation},
        {"Bitmap Heap Scan", QStringLiteral("Bitmap Heap Scan"), Target::Relation},
        {"Tid Scan", QStringLiteral("Tid Scan"), Target::Relation},
        {"Tid Range Scan", QStringLiteral("Tid Range Scan"), Target::Relation},
        {"Index Scan", QStringLiteral("Index Scan"), Target::Index},
        {"Index Only Scan", QStringLiteral("Index Only Scan"), Target::Index},
        {"Bitmap Index Scan", QStringLiteral("Bitmap Index Scan"), Target::BitmapIndex},
        {"Subquery Scan", QStringLiteral("Subquery Scan"), Target::AliasOnly},
        {"Values Scan", QStringLiteral("Values Scan"), Target::AliasOnly},
        {"Function Scan", QStringLiteral("Function Scan"), Target::Function},
        {"Table Function Scan", QStringLiteral("Table Function Scan"), Target::TableFunction},
        {"CTE Scan", QStringLiteral("CTE Scan"), Target::Cte},
        {"WorkTable Scan", QStringLiteral("WorkTable Scan"), Target::Cte},
        {"Named Tuplestore Scan", QStringLiteral("Named Tuplestore Scan"), Target::Tuplestore},
    };
    for (const auto &node : nodes) {
        const bool matches = node.target == Target::None ? text == node.pname
                                                         : startsWithWord(text, node.pname);
        if (!matches)
            continue;
        name.nodeType = node.nodeType;
        readNameTarget(text.sliced(node.pname.size()), node.target, name);
        return true;
    }
    return false;
}

NodeName readNodeName(QByteArrayView text)
{
    NodeName name;
    name.parallelAware = cutPrefix(text, "Parallel ");
    name.asyncCapable = cutPrefix(text, "Async ");
    name.known = readAggregate(text, name) || readJoin(text, name) || readSetOp(text, name)
        || readCustomScan(text, name) || readModify(text, name) || readPlainNode(text, name);
    if (!name.known)
        name.nodeType = toText(text);
    return name;
}

// A node line split into its name and the figures explain.c appends in parentheses.
struct NodeHeader {
    QByteArrayView name;
    QByteArrayView costs; // "cost=0.14..8.16 rows=1 width=536"
    QByteArrayView actuals; // "actual time=0.013..0.013 rows=2 loops=1" or "actual rows=2 loops=1"
    bool neverExecuted = false;

    bool hasFigures() const { return !costs.isEmpty() || !actuals.isEmpty() || neverExecuted; }
};

// Read from the right: names (quoted identifiers, "Custom Scan (Citus Adaptive)") may
// hold parentheses themselves, the figures never do.
NodeHeader readNodeHeader(QByteArrayView line)
{
    NodeHeader header;
    QByteArrayView rest = line.trimmed();
    while (rest.endsWith(')')) {
        const qsizetype open = rest.lastIndexOf('(');
        if (open < 0)
            break;
        const QByteArrayView inside = rest.sliced(open + 1, rest.size() - open - 2);
        if (inside.startsWith("cost="))
            header.costs = inside;
        else if (inside.startsWith("actual "))
            header.actuals = inside;
        else if (inside == "never executed")
            header.neverExecuted = true;
        else
            break;
        rest = rest.first(open).trimmed();
    }
    header.name = rest;
    return header;
}

// A node line: a name the parser knows, or the figures explain.c appends to any node.
bool looksLikeNode(QByteArrayView text)
{
    const NodeHeader header = readNodeHeader(text);
    return readNodeName(header.name).known || header.hasFigures();
}

struct Figure {
    QByteArrayView token;
    QString key;
    QString rangeEndKey; // "a..b" figures give two properties
};

void applyFigures(PlanNode &node, QByteArrayView group, const std::vector<Figure> &figures)
{
    forEachPart(group, ' ', [&node, &figures](QByteArrayView token) {
        const qsizetype equals = token.indexOf('=');
        if (equals < 0)
            return true;
        const QByteArrayView key = token.first(equals);
        const QByteArrayView value = token.sliced(equals + 1);
        const auto figure = std::find_if(figures.begin(), figures.end(),
                                         [key](const Figure &figure) { return figure.token == key; });
        if (figure == figures.end())
            return true;
        const qsizetype range = value.indexOf("..");
        if (range >= 0 && !figure->rangeEndKey.isEmpty()) {
            PlanPropertyMapper::apply(node, figure->key, toText(value.first(range)));
            PlanPropertyMapper::apply(node, figure->rangeEndKey, toText(value.sliced(range + 2)));
        } else {
            PlanPropertyMapper::apply(node, figure->key, toText(value));
        }
        return true;
    });
}

void applyFigures(PlanNode &node, const NodeHeader &header)
{
    static const std::vector<Figure> costFigures{
        {"cost", QStringLiteral("Startup Cost"), QStringLiteral("Total Cost")},
        {"rows", QStringLiteral("Plan Rows"), {}},
        {"width", QStringLiteral("Plan Width"), {}},
    };
    static const std::vector<Figure> actualFigures{
        {"time", QStringLiteral("Actual Startup Time"), QStringLiteral("Actual Total Time")},
        {"rows", QStringLiteral("Actual Rows"), {}},
        {"loops", QStringLiteral("Actual Loops"), {}},
    };
    applyFigures(node, header.costs, costFigures);
    if (!header.actuals.isEmpty())
        applyFigures(node, header.actuals.sliced(7), actualFigures);
    if (header.neverExecuted) {
        // What JSON reports for a node that never ran.
        PlanPropertyMapper::apply(node, QStringLiteral("Actual Rows"), QStringLiteral("0"));
        PlanPropertyMapper::apply(node, QStringLiteral("Actual Loops"), QStringLiteral("0"));
        node.neverExecuted = true;
    }
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

void applyIfSet(PlanNode &node, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        PlanPropertyMapper::apply(node, key, value);
}

// In the order explain.c sends these keys in JSON.
void applyName(PlanNode &node, const NodeName &name, const QString &subplanName)
{
    PlanPropertyMapper::apply(node, QStringLiteral("Node Type"), name.nodeType);
    applyIfSet(node, QStringLiteral("Strategy"), name.strategy);
    applyIfSet(node, QStringLiteral("Partial Mode"), name.partialMode);
    applyIfSet(node, QStringLiteral("Operation"), name.operation);
    if (!subplanName.isEmpty()) {
        const bool subPlan = subplanName.startsWith(QLatin1String("SubPlan"));
        PlanPropertyMapper::apply(node, QStringLiteral("Parent Relationship"),
                                  subPlan ? QStringLiteral("SubPlan") : QStringLiteral("InitPlan"));
        PlanPropertyMapper::apply(node, QStringLiteral("Subplan Name"), subplanName);
    }
    applyIfSet(node, QStringLiteral("Custom Plan Provider"), name.customPlanProvider);
    PlanPropertyMapper::apply(node, QStringLiteral("Parallel Aware"), boolText(name.parallelAware));
    PlanPropertyMapper::apply(node, QStringLiteral("Async Capable"), boolText(name.asyncCapable));
    applyIfSet(node, QStringLiteral("Scan Direction"), name.scanDirection);
    applyIfSet(node, QStringLiteral("Index Name"), name.indexName);
    if (!name.objectKey.isEmpty())
        applyIfSet(node, name.objectKey, name.objectName);
    applyIfSet(node, QStringLiteral("Schema"), name.schema);
    if (name.hasAlias)
        PlanPropertyMapper::apply(node, QStringLiteral("Alias"), name.alias);
    applyIfSet(node, QStringLiteral("Join Type"), name.joinType);
    applyIfSet(node, QStringLiteral("Command"), name.command);
}

// "shared hit=2 read=3, local written=1, temp read=5" -> "Shared Hit Blocks" = 2, ...
// Returns false (and applies nothing) for anything else.
bool applyBuffers(PlanNode &node, QByteArrayView value)
{
    const auto counters = BufferText::counters(value);
    for (const auto &[key, count] : counters)
        PlanPropertyMapper::apply(node, key, count);
    return !counters.empty();
}

// "records=240 fpi=1 bytes=17820 buffers full=268" -> "WAL Records", ... as in JSON.
bool applyWal(PlanNode &node, QByteArrayView value)
{
    static const struct {
        QByteArrayView label;
        QString key;
    } counters[] = {
        {"records=", QStringLiteral("WAL Records")},
        {"fpi=", QStringLiteral("WAL FPI")},
        {"bytes=", QStringLiteral("WAL Bytes")},
        {"buffers full=", QStringLiteral("WAL Buffers Full")},
    };
    bool any = false;
    for (const auto &counter : counters) {
        const qsizetype at = value.indexOf(counter.label);
        if (at < 0 || (at > 0 && value.at(at - 1) != ' '))
            continue;
        QByteArrayView count = value.sliced(at + counter.label.size());
        const qsizetype space = count.indexOf(' ');
        PlanPropertyMapper::apply(node, counter.key, toText(space < 0 ? count : count.first(space)));
        any = true;
    }
    return any;
}

// "Memory  Maximum Storage: 17kB" -> Storage, Maximum Storage (kB), as in JSON.
bool applyStorage(PlanNode &node, QByteArrayView value)
{
    const qsizetype gap = value.indexOf("  Maximum Storage: ");
    if (gap <= 0 || !value.endsWith("kB"))
        return false;
    PlanPropertyMapper::apply(node, QStringLiteral("Storage"), toText(value.first(gap)));
    PlanPropertyMapper::apply(node, QStringLiteral("Maximum Storage"),
                              toText(value.sliced(gap + 19).chopped(2)));
    return true;
}

// "quicksort  Memory: 26kB" -> Sort Method, Sort Space Used, Sort Space Type, as in JSON.
bool applySortMethod(PlanNode &node, QByteArrayView value)
{
    const qsizetype gap = value.indexOf("  ");
    if (gap < 0)
        return false;
    const QByteArrayView space = value.sliced(gap + 2);
    const qsizetype colon = space.indexOf(": ");
    if (colon <= 0 || !space.endsWith("kB"))
        return false;
    PlanPropertyMapper::apply(node, QStringLiteral("Sort Method"), toText(value.first(gap)));
    PlanPropertyMapper::apply(node, QStringLiteral("Sort Space Used"),
                              toText(space.sliced(colon + 2).chopped(2)));
    PlanPropertyMapper::apply(node, QStringLiteral("Sort Space Type"), toText(space.first(colon)));
    return true;
}

bool isJobProperty(QByteArrayView key)
{
    return key == "Task Count" || key == "Tuple data received from nodes" || key == "Tasks Shown";
}

// An upper bound of the nodes (Citus Jobs aside): every node but the root has its own
// arrow line. Counting lines, not "->" anywhere, keeps odd input from reserving gigabytes.
size_t arrowLineCount(const QByteArray &text)
{
    size_t count = 0;
    const char *at = text.constData();
    const char *end = at + text.size();
    while (at < end) {
        while (at < end && *at == ' ')
            ++at;
        if (end - at >= 2 && at[0] == '-' && at[1] == '>')
            ++count;
        at = static_cast<const char *>(memchr(at, '\n', size_t(end - at)));
        if (!at)
            break;
        ++at;
    }
    return count;
}

struct Line {
    int number = 0;
    qsizetype indent = 0; // spaces before the content, as in the input
    qsizetype column = 0; // indent relative to the root line
    QByteArrayView content;
};

class Reader
{
public:
    explicit Reader(const QByteArray &utf8) : m_text(utf8) { m_plan.format = PlanFormat::Text; }

    std::optional<std::vector<Plan>> read(PlanParseError *error);

private:
    struct OpenNode {
        int index;
        qsizetype arrowColumn;
    };

    // A "key: value" line, held back because deeper lines may continue it
    // ("Planning:" then "  Buffers: ...", "Worker 0:  ..." then its details).
    struct PendingProperty {
        int owner = -1; // node index; -1 for the document itself
        qsizetype column = 0;
        QByteArrayView key;
        QByteArrayView value;
        QString continuation;
        // No colon: "SubPlan 1" and the like, which name the node that follows.
        bool label = false;
    };

    bool readLine(const Line &line);
    bool startsNextPlan(const Line &line) const;
    void finishPlan();
    bool readRoot(const Line &line);
    bool readNodeLine(const Line &line, QByteArrayView text);
    bool readPropertyLine(const Line &line);
    bool continuesFlushLeft(const Line &line) const;
    bool fail(const Line &line, const QString &message);

    int addPlanNode(QByteArrayView text, int parent, const QString &subplanName);
    int addCitusNode(NodeKind kind, int parent);
    int citusJob(int scan);
    bool isCitusScan(int index) const;
    QString takeSubplanName(qsizetype column);
    void flushPending();
    void applyToPlan(const QString &key, const QString &value);
    void applyToNode(int index, QByteArrayView key, QByteArrayView value);

    const QByteArray &m_text;
    std::vector<Plan> m_done; // the plans before this one, when one output holds several
    Plan m_plan;
    bool m_blankBefore = false;
    std::vector<OpenNode> m_open;
    std::optional<PendingProperty> m_pending;
    qsizetype m_rootIndent = 0;
    PlanParseError m_error;
};

std::optional<std::vector<Plan>> Reader::read(PlanParseError *error)
{
    // Reserving up front saves moving ten thousand nodes around while a large plan grows.
    m_plan.nodes.reserve(arrowLineCount(m_text) + 1);
    qsizetype start = 0;
    int number = 0;
    bool ok = true;
    while (ok && start < m_text.size()) {
        ++number;
        qsizetype end = m_text.indexOf('\n', start);
        if (end < 0)
            end = m_text.size();
        QByteArrayView content(m_text.constData() + start, end - start);
        start = end + 1;
        if (content.endsWith('\r'))
            content.chop(1);
        qsizetype indent = 0;
        while (indent < content.size() && content.at(indent) == ' ')
            ++indent;
        if (indent == content.size()) {
            m_blankBefore = true;
            continue;
        }
        ok = readLine({number, indent, indent - m_rootIndent, content.sliced(indent)});
        m_blankBefore = false;
    }
    flushPending();
    if (ok && m_plan.isEmpty())
        ok = fail({}, TextPlanParser::tr("the document is empty"));
    if (!ok) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    m_done.push_back(std::move(m_plan));
    return std::move(m_done);
}

bool Reader::fail(const Line &line, const QString &message)
{
    m_error = PlanParseError{message, line.number, line.number > 0 ? int(line.indent + 1) : 0};
    return false;
}

bool Reader::readLine(const Line &line)
{
    if (m_plan.isEmpty())
        return readRoot(line);
    if (startsNextPlan(line)) {
        finishPlan();
        return readRoot(line);
    }
    if (line.content.startsWith("->"))
        return readNodeLine(line, trimmedLeft(line.content.sliced(2)));
    return readPropertyLine(line);
}

// A statement that a rule rewrote into several prints one plan after another, with an
// empty line between them: a node at the left edge after an empty line starts the next.
bool Reader::startsNextPlan(const Line &line) const
{
    return m_blankBefore && line.column <= 0 && !line.content.startsWith("->") && looksLikeNode(line.content);
}

void Reader::finishPlan()
{
    flushPending();
    m_done.push_back(std::move(m_plan));
    m_plan = Plan();
    m_plan.format = PlanFormat::Text;
    m_open.clear();
}

// The root is recognised by its name or its figures; anything else is not EXPLAIN text.
// A pasted subtree may start with its arrow: its name then sets the base column.
bool Reader::readRoot(const Line &line)
{
    QByteArrayView text = line.content;
    m_rootIndent = line.indent;
    if (cutPrefix(text, "->")) {
        const QByteArrayView name = trimmedLeft(text);
        m_rootIndent += line.content.size() - name.size();
        text = name;
    }
    if (!looksLikeNode(text)) {
        const QString shown = toText(line.content.first(qMin<qsizetype>(line.content.size(), 60)));
        return fail(line, TextPlanParser::tr("expected a plan node, found \"%1\"").arg(shown));
    }
    const int root = addPlanNode(text, -1, {});
    m_open.push_back({root, rootArrowColumn});
    return true;
}

bool Reader::readNodeLine(const Line &line, QByteArrayView text)
{
    if (text.isEmpty())
        return fail(line, TextPlanParser::tr("a plan node without a name"));
    const bool isTask = text == "Task";
    const bool isMapMergeJob = text == "MapMergeJob";
    QByteArrayView subplanId = text;
    const bool isSubplan = cutPrefix(subplanId, "Distributed Subplan ");
    const QString subplanName = isTask || isMapMergeJob || isSubplan ? QString()
                                                                     : takeSubplanName(line.column);
    flushPending();
    // At or left of the root's column only the document's own lines may follow.
    if (line.column <= 0 || m_open.empty())
        return fail(line, TextPlanParser::tr("a plan node outside the plan tree"));
    while (m_open.back().arrowColumn >= line.column)
        m_open.pop_back();
    const int parent = m_open.back().index;
    int index = -1;
    if (isTask || isMapMergeJob) {
        // Tasks and repartition jobs hang under the Job that Citus groups them in.
        const int owner = isCitusScan(parent) ? citusJob(parent) : parent;
        index = addCitusNode(isTask ? NodeKind::Task : NodeKind::MapMergeJob, owner);
    } else if (isSubplan) {
        index = addCitusNode(NodeKind::DistributedSubplan, parent);
        PlanNode &subplan = m_plan.nodes[size_t(index)];
        subplan.citus.subplanId = toText(subplanId.trimmed());
        PlanPropertyMapper::apply(subplan, QStringLiteral("Subplan Id"), subplan.citus.subplanId);
    } else {
        index = addPlanNode(text, parent, subplanName);
    }
    m_open.push_back({index, line.column});
    return true;
}

// Lines right of a node's property column continue the property above them; lines at
// the root's own column belong to the document (timings, "Planning:", "JIT:", ...).
bool Reader::readPropertyLine(const Line &line)
{
    if (m_pending && (line.column > m_pending->column || continuesFlushLeft(line))) {
        QString &continuation = m_pending->continuation;
        if (!continuation.isEmpty())
            continuation += QStringLiteral("; ");
        continuation += toText(line.content);
        return true;
    }
    flushPending();
    PendingProperty property;
    property.column = line.column;
    if (line.column <= 0 || m_open.empty()) {
        m_open.clear();
        if (!line.content.contains(':'))
            return fail(line, TextPlanParser::tr("unexpected text after the plan"));
    } else {
        while (m_open.size() > 1 && m_open.back().arrowColumn + propertyOffset > line.column)
            m_open.pop_back();
        property.owner = m_open.back().index;
    }
    const qsizetype colon = line.content.indexOf(": ");
    if (colon > 0) {
        property.key = line.content.first(colon);
        property.value = line.content.sliced(colon + 2).trimmed();
    } else if (line.content.endsWith(':')) {
        property.key = line.content.chopped(1);
    } else {
        property.key = line.content;
        property.label = true;
    }
    m_pending = std::move(property);
    return true;
}

// A plan copied from a terminal can lose the indentation of the "Planning:" block's lines.
// At the document's own column PostgreSQL prints "Buffers:", "I/O Timings:" and "Memory:"
// only inside that block, so right after an empty "Planning:" they are still its lines.
bool Reader::continuesFlushLeft(const Line &line) const
{
    return m_pending->owner < 0 && m_pending->key == "Planning" && m_pending->value.isEmpty()
        && line.column == m_pending->column
        && (line.content.startsWith("Buffers: ") || line.content.startsWith("I/O Timings: ")
            || line.content.startsWith("Memory: "));
}

// "SubPlan 1" / "InitPlan 1 (returns $0)" / "CTE x" name the node indented below them.
QString Reader::takeSubplanName(qsizetype column)
{
    if (!m_pending || !m_pending->label || m_pending->owner < 0 || column <= m_pending->column
        || !m_pending->continuation.isEmpty()) {
        return {};
    }
    const QString name = toText(m_pending->key);
    m_pending.reset();
    return name;
}

void Reader::flushPending()
{
    if (!m_pending)
        return;
    const PendingProperty property = std::move(*m_pending);
    m_pending.reset();
    if (property.owner >= 0 && property.continuation.isEmpty()) {
        applyToNode(property.owner, property.key, property.value);
        return;
    }
    QString value = toText(property.value);
    if (!value.isEmpty() && !property.continuation.isEmpty())
        value += QStringLiteral("; ");
    value += property.continuation;
    if (property.owner >= 0)
        PlanPropertyMapper::apply(m_plan.nodes[size_t(property.owner)], toText(property.key), value);
    else
        applyToPlan(toText(property.key), value);
}

void Reader::applyToPlan(const QString &key, const QString &value)
{
    if (key == QLatin1String("Planning Time")) {
        m_plan.planningTimeMs = PlanPropertyMapper::number(value);
    } else if (key == QLatin1String("Execution Time")) {
        m_plan.executionTimeMs = PlanPropertyMapper::number(value);
        m_plan.analyzed = true;
    } else {
        m_plan.properties.push_back({key, value});
    }
}

void Reader::applyToNode(int index, QByteArrayView key, QByteArrayView value)
{
    // Citus prints the Job's figures among the scan's own properties.
    if (isJobProperty(key) && isCitusScan(index))
        index = citusJob(index);
    PlanNode &node = m_plan.nodes[size_t(index)];
    if (key == "Buffers" && applyBuffers(node, value))
        return;
    if (key == "Sort Method" && applySortMethod(node, value))
        return;
    if (key == "WAL" && applyWal(node, value))
        return;
    if (key == "Storage" && applyStorage(node, value))
        return;
    PlanPropertyMapper::apply(node, toText(key), toText(value));
}

int Reader::addPlanNode(QByteArrayView text, int parent, const QString &subplanName)
{
    const NodeHeader header = readNodeHeader(text);
    PlanNode node;
    node.properties.reserve(expectedProperties);
    applyName(node, readNodeName(header.name), subplanName);
    applyFigures(node, header);
    if (!header.actuals.isEmpty() || header.neverExecuted)
        m_plan.analyzed = true;
    return m_plan.addNode(std::move(node), parent);
}

int Reader::addCitusNode(NodeKind kind, int parent)
{
    PlanNode node;
    node.kind = kind;
    node.nodeType = nodeKindName(kind);
    return m_plan.addNode(std::move(node), parent);
}

// The scan's Job, created when its first line shows up: after any distributed
// subplans, which Citus prints first.
int Reader::citusJob(int scan)
{
    for (int child : m_plan.nodes[size_t(scan)].children) {
        if (m_plan.nodes[size_t(child)].kind == NodeKind::Job)
            return child;
    }
    return addCitusNode(NodeKind::Job, scan);
}

bool Reader::isCitusScan(int index) const
{
    const PlanNode &node = m_plan.nodes[size_t(index)];
    return node.nodeType == QLatin1String("Custom Scan")
        && node.customPlanProvider.startsWith(QLatin1String("Citus"));
}

} // namespace

std::optional<std::vector<Plan>> TextPlanParser::parse(const QByteArray &utf8, PlanParseError *error)
{
    return Reader(utf8).read(error);
}

} // namespace shardscope
