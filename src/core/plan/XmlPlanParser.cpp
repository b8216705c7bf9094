#include "XmlPlanParser.h"

#include "StringInterner.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <vector>

namespace shardscope {

namespace {

using Type = StructuredTree::Type;
using namespace std::string_view_literals;

// XML alone cannot tell a list from an object: explain.c writes both as nested
// elements. These are the groups PostgreSQL 15 and Citus 13 open with labeled = false
// (JSON arrays of objects) and the ExplainPropertyList labels (JSON arrays of strings),
// named as the JSON keys. A list of <Item>s is recognised without the table; the table
// still matters for empty lists and for lists of groups.
constexpr std::array listKeys{
    "explain"sv, // the root, and each worker's own document inside "Remote Plan"
    "Plans"sv,
    "Triggers"sv,
    "Workers"sv,
    "Grouping Sets"sv,
    "Group Keys"sv,
    "Hash Keys"sv,
    "Target Tables"sv,
    "Output"sv,
    "Sort Key"sv,
    "Presorted Key"sv,
    "Group Key"sv,
    "Hash Key"sv,
    "Sampling Parameters"sv,
    "Conflict Arbiter Indexes"sv,
    "Sort Methods Used"sv,
    "Subplans"sv,
    "PlannedStmt"sv,
    "Tasks"sv,
    "Dependent Jobs"sv,
    "Remote Plan"sv,
    "Select Query"sv,
    "Source Query"sv,
};

bool isListKey(std::string_view key)
{
    return std::find(listKeys.begin(), listKeys.end(), key) != listKeys.end();
}

struct Renamed {
    const char *element;
    const char *key;
};

// ExplainXMLTag turns every character outside [A-Za-z0-9_.-] into '-', so spaces come
// back from '-' but these labels, which had a '/' or a '-' of their own, need a table.
// Groups are named by their object type, not their label: "Full-sort Groups" arrives
// as <Incremental-Sort-Groups> and "Sort Space Memory" as <Sort-Space>. The label is
// not in the document, so those keys stay as the XML has them.
constexpr Renamed renamedKeys[] = {
    {"INSERT-SELECT-method", "INSERT/SELECT method"},
    {"One-Time-Filter", "One-Time Filter"},
    {"I-O-Read-Time", "I/O Read Time"}, // PostgreSQL 15; 16 splits it per buffer kind
    {"I-O-Write-Time", "I/O Write Time"},
    {"Temp-I-O-Read-Time", "Temp I/O Read Time"},
    {"Temp-I-O-Write-Time", "Temp I/O Write Time"},
    {"Shared-I-O-Read-Time", "Shared I/O Read Time"},
    {"Shared-I-O-Write-Time", "Shared I/O Write Time"},
    {"Local-I-O-Read-Time", "Local I/O Read Time"},
    {"Local-I-O-Write-Time", "Local I/O Write Time"},
};

std::string jsonKey(QStringView element)
{
    for (const auto &renamed : renamedKeys) {
        if (element == QLatin1String(renamed.element))
            return renamed.key;
    }
    QString key = element.toString();
    key.replace(QLatin1Char('-'), QLatin1Char(' '));
    return key.toStdString();
}

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// One element still open. Whether it is a container or a scalar is only known at its
// first child element or at its end tag, so it is written to the tree then.
struct Frame {
    std::string_view key; // the JSON key its element name stands for
    bool inArray = false; // members of an array have no key
    bool isItem = false; // <Item>, one string of an ExplainPropertyList
    bool open = false; // has child elements: already begun as a container
    bool array = false;
};

class Reader
{
public:
    Reader(const QByteArray &utf8, StructuredTree &tree) : m_xml(utf8), m_tree(tree), m_builder(tree) {}

    bool read(PlanParseError *error)
    {
        // Iterative pull parsing with an explicit stack: no recursion however deep.
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                startElement();
                break;
            case QXmlStreamReader::Characters:
                characters();
                break;
            case QXmlStreamReader::EndElement:
                endElement();
                break;
            default: // declaration, comments, processing instructions, DTD: no content
                break;
            }
        }
        if (!m_xml.hasError())
            return true;
        if (error) {
            const QString message = m_xml.error() == QXmlStreamReader::CustomError
                ? m_xml.errorString()
                : XmlPlanParser::tr("invalid XML: %1").arg(m_xml.errorString());
            *error = PlanParseError{message, int(m_xml.lineNumber()), int(m_xml.columnNumber()) + 1};
        }
        return false;
    }

private:
    void startElement()
    {
        const QStringView name = m_xml.name();
        if (m_frames.empty()) {
            if (name != QLatin1String("explain")) {
                m_xml.raiseError(XmlPlanParser::tr("not EXPLAIN (FORMAT XML) output: the root "
                                                   "element is <%1>, not <explain>")
                                     .arg(name));
                return;
            }
            m_builder.beginArray();
            m_frames.push_back({"explain"sv, false, false, true, true});
            return;
        }
        Frame &parent = m_frames.back();
        if (!parent.open) {
            if (!isBlank(m_text)) {
                m_xml.raiseError(XmlPlanParser::tr("text mixed with elements inside \"%1\"")
                                     .arg(StructuredTree::toQString(parent.key)));
                return;
            }
            open(parent, name == QLatin1String("Item"));
        }
        m_frames.push_back({key(name), parent.array, name == QLatin1String("Item"), false, false});
        m_text.clear();
    }

    void characters()
    {
        if (m_frames.empty()) // outside the root the reader itself allows only white space
            return;
        const Frame &top = m_frames.back();
        if (!top.open) {
            m_text += m_xml.text();
        } else if (!m_xml.isWhitespace()) {
            m_xml.raiseError(XmlPlanParser::tr("text mixed with elements inside \"%1\"")
                                 .arg(StructuredTree::toQString(top.key)));
        }
    }

    void endElement()
    {
        const Frame frame = m_frames.back();
        m_frames.pop_back();
        if (frame.open) {
            m_builder.end();
            return;
        }
        m_builder.key(frame.inArray ? std::string_view() : frame.key);
        if (isBlank(m_text) && isListKey(frame.key)) {
            m_builder.beginArray();
            m_builder.end();
        } else if (isBlank(m_text) && m_text.contains(QLatin1Char('\n'))) {
            // explain.c puts an empty group's end tag on its own line, while an empty
            // value stays on one line.
            m_builder.beginObject();
            m_builder.end();
        } else if (m_text.isEmpty() && frame.inArray && !frame.isItem) {
            // ExplainDummyGroup: <Utility-Statement /> is JSON's ["Utility Statement"].
            m_builder.scalar(Type::String, frame.key);
        } else {
            m_builder.scalar(Type::String, m_tree.own(m_text.toStdString()));
        }
        m_text.clear();
    }

    void open(Frame &frame, bool firstChildIsItem)
    {
        frame.open = true;
        frame.array = firstChildIsItem || isListKey(frame.key);
        m_builder.key(frame.inArray ? std::string_view() : frame.key);
        if (frame.array)
            m_builder.beginArray();
        else
            m_builder.beginObject();
    }

    // Each distinct element name is converted and stored once.
    std::string_view key(QStringView element)
    {
        const QByteArray name = element.toUtf8();
        return m_keys.intern(std::string_view(name.constData(), size_t(name.size())),
                             [&](std::string_view) { return m_tree.own(jsonKey(element)); });
    }

    QXmlStreamReader m_xml;
    StructuredTree &m_tree;
    StructuredTreeBuilder m_builder;
    std::vector<Frame> m_frames;
    QString m_text; // text of the innermost element while it has no child element
    StringInterner<std::string_view> m_keys; // element name -> the tree's JSON key
};

} // namespace

bool XmlPlanParser::parse(const QByteArray &utf8, StructuredTree &tree, PlanParseError *error)
{
    return Reader(utf8, tree).read(error);
}

} // namespace shardscope
