#include "YamlPlanParser.h"

#include "StringInterner.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <vector>

namespace shardscope {

namespace {

using Type = StructuredTree::Type;

// Thrown from inside yaml-cpp's callbacks to stop at input EXPLAIN never produces.
struct Rejected {
    YAML::Mark mark;
    QString message;
};

// yaml-cpp reports a flat stream of events; which scalar of a mapping is a key and
// which a value is left to us, tracked per open container on our own stack.
class Handler final : public YAML::EventHandler
{
public:
    explicit Handler(StructuredTree &tree) : m_tree(tree), m_builder(tree) {}

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (m_documents++ > 0)
            throw Rejected{mark, YamlPlanParser::tr("more than one YAML document")};
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override
    {
        if (expectsKey())
            throw Rejected{mark, YamlPlanParser::tr("a mapping key is empty")};
        m_builder.scalar(Type::Null, {});
        valueDone();
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        // Expanding aliases would let a few bytes stand for a huge tree.
        throw Rejected{mark, YamlPlanParser::tr("YAML aliases are not supported")};
    }

    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &text) override
    {
        if (expectsKey()) {
            m_builder.key(key(text));
            m_frames.back().expectsKey = false;
            return;
        }
        m_builder.scalar(Type::String, m_tree.own(text));
        valueDone();
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        containerAllowed(mark);
        m_builder.beginArray();
        m_frames.push_back({false, false});
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        containerAllowed(mark);
        m_builder.beginObject();
        m_frames.push_back({true, true});
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        bool map;
        bool expectsKey; // in a map: the next node is a key
    };

    bool expectsKey() const { return !m_frames.empty() && m_frames.back().expectsKey; }

    void containerAllowed(const YAML::Mark &mark) const
    {
        if (expectsKey())
            throw Rejected{mark, YamlPlanParser::tr("a mapping key is not plain text")};
    }

    void valueDone()
    {
        if (!m_frames.empty() && m_frames.back().map)
            m_frames.back().expectsKey = true;
    }

    void close()
    {
        m_frames.pop_back();
        m_builder.end();
        valueDone();
    }

    // Each distinct key is stored once, however many plan nodes repeat it.
    std::string_view key(const std::string &text)
    {
        return m_keys.intern(text, [this](std::string_view key) { return m_tree.own(std::string(key)); });
    }

    StructuredTree &m_tree;
    StructuredTreeBuilder m_builder;
    std::vector<Frame> m_frames;
    StringInterner<std::string_view> m_keys; // to the tree's copy
    int m_documents = 0;
};

// yaml-cpp's reasons (YAML::ErrorMsg), which it words in English, in the user's language;
// one not known here is shown as yaml-cpp wrote it.
QString reasonText(const std::string &message)
{
    struct Reason {
        const char *yaml;
        const char *ours;
    };
    static const Reason reasons[] = {
        {YAML::ErrorMsg::END_OF_MAP, QT_TRANSLATE_NOOP("YamlPlanParser", "a mapping is not closed")},
        {YAML::ErrorMsg::END_OF_MAP_FLOW, QT_TRANSLATE_NOOP("YamlPlanParser", "a '{' has no matching '}'")},
        {YAML::ErrorMsg::END_OF_SEQ, QT_TRANSLATE_NOOP("YamlPlanParser", "a list is not closed")},
        {YAML::ErrorMsg::END_OF_SEQ_FLOW, QT_TRANSLATE_NOOP("YamlPlanParser", "a '[' has no matching ']'")},
        {YAML::ErrorMsg::UNKNOWN_TOKEN, QT_TRANSLATE_NOOP("YamlPlanParser", "text YAML does not allow here")},
        {YAML::ErrorMsg::DOC_IN_SCALAR, QT_TRANSLATE_NOOP("YamlPlanParser", "a document marker inside a value")},
        {YAML::ErrorMsg::EOF_IN_SCALAR, QT_TRANSLATE_NOOP("YamlPlanParser", "the text ends inside a value")},
        {YAML::ErrorMsg::CHAR_IN_SCALAR, QT_TRANSLATE_NOOP("YamlPlanParser", "a character not allowed in a value")},
        {YAML::ErrorMsg::TAB_IN_INDENTATION, QT_TRANSLATE_NOOP("YamlPlanParser", "a tab in the indentation")},
        {YAML::ErrorMsg::FLOW_END, QT_TRANSLATE_NOOP("YamlPlanParser", "a closing bracket with none open")},
        {YAML::ErrorMsg::BLOCK_ENTRY, QT_TRANSLATE_NOOP("YamlPlanParser", "a list entry where none can be")},
        {YAML::ErrorMsg::MAP_KEY, QT_TRANSLATE_NOOP("YamlPlanParser", "a key where none can be")},
        {YAML::ErrorMsg::MAP_VALUE, QT_TRANSLATE_NOOP("YamlPlanParser", "a value where none can be (check the indentation)")},
    };
    for (const Reason &reason : reasons) {
        if (message == reason.yaml)
            return YamlPlanParser::tr(reason.ours);
    }
    return QString::fromStdString(message);
}

PlanParseError errorAt(const YAML::Mark &mark, const QString &message)
{
    // yaml-cpp counts from 0 and marks "no position" with -1.
    if (mark.line < 0)
        return PlanParseError{message};
    return PlanParseError{message, mark.line + 1, mark.column + 1};
}

} // namespace

bool YamlPlanParser::parse(const QByteArray &utf8, StructuredTree &tree, PlanParseError *error)
{
    PlanParseError failure;
    try {
        std::istringstream stream(utf8.toStdString());
        YAML::Parser parser(stream);
        Handler handler(tree);
        while (parser.HandleNextDocument(handler)) {
        }
        if (!tree.entries.empty())
            return true;
        failure = PlanParseError{tr("the document is empty"), 1, 1};
    } catch (const Rejected &rejected) {
        failure = errorAt(rejected.mark, rejected.message);
    } catch (const YAML::DeepRecursion &deep) {
        failure = errorAt(deep.mark, tr("the document is nested too deeply (%1 levels)").arg(deep.depth()));
    } catch (const YAML::Exception &invalid) {
        failure = errorAt(invalid.mark, tr("invalid YAML: %1").arg(reasonText(invalid.msg)));
    } catch (const std::exception &failed) {
        failure = PlanParseError{tr("cannot read the YAML document: %1").arg(QString::fromLocal8Bit(failed.what()))};
    } catch (...) {
        failure = PlanParseError{tr("cannot read the YAML document")};
    }
    if (error)
        *error = failure;
    return false;
}

} // namespace shardscope
