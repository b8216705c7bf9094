#include "JsonPlanParser.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

namespace shardscope {

namespace {

using Type = StructuredTree::Type;

class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
public:
    explicit Handler(StructuredTreeBuilder &builder) : m_builder(builder) {}

    bool Null() { return scalar(Type::Null, "null"); }
    bool Bool(bool value) { return scalar(Type::Bool, value ? "true" : "false"); }
    bool RawNumber(const char *text, rapidjson::SizeType length, bool)
    {
        return scalar(Type::Number, {text, length});
    }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        return scalar(Type::String, {text, length});
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        m_builder.key({text, length});
        return true;
    }
    bool StartObject()
    {
        m_builder.beginObject();
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        m_builder.end();
        return true;
    }
    bool StartArray()
    {
        m_builder.beginArray();
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        m_builder.end();
        return true;
    }

private:
    bool scalar(Type type, std::string_view text)
    {
        m_builder.scalar(type, text);
        return true;
    }

    StructuredTreeBuilder &m_builder;
};

} // namespace

bool JsonPlanParser::parse(const QByteArray &utf8, StructuredTree &tree, PlanParseError *error)
{
    // Parsed in place: strings end up as views into this private copy.
    QByteArray buffer(utf8.constData(), utf8.size());
    tree.keepSource(std::move(buffer));
    // About one value per 24 bytes of EXPLAIN JSON: reserving avoids regrowing a large array.
    tree.entries.reserve(size_t(utf8.size() / 24));
    StructuredTreeBuilder builder(tree);
    Handler handler(builder);
    rapidjson::Reader reader;
    rapidjson::InsituStringStream stream(tree.sourceData());
    constexpr unsigned flags = rapidjson::kParseInsituFlag | rapidjson::kParseIterativeFlag
        | rapidjson::kParseNumbersAsStringsFlag;
    const auto result = reader.Parse<flags>(stream, handler);
    if (!result.IsError())
        return true;
    if (error) {
        *error = PlanParseError::at(utf8, qsizetype(result.Offset()),
                                    tr("invalid JSON: %1")
                                        .arg(QString::fromUtf8(rapidjson::GetParseError_En(result.Code()))));
    }
    return false;
}

} // namespace shardscope
