#include "PlanReader.h"

#include "CitusAttribution.h"
#include "JsonPlanParser.h"
#include "PsqlOutputCleaner.h"
#include "StructuredPlanBuilder.h"
#include "TextPlanParser.h"
#include "XmlPlanParser.h"
#include "YamlPlanParser.h"

#include <QByteArrayView>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace shardscope {

namespace {

constexpr qint64 maxFileBytes = qint64(1) << 30;

// Where the first byte sequence that is not UTF-8 starts, in text that
// QByteArrayView::isValidUtf8() refused; -1 when there is none. Qt decodes such a sequence
// as U+FFFD: the first U+FFFD that the text does not spell out itself (EF BF BD) marks it,
// and the valid text before it is as many bytes long encoded again. Window by window, so
// that a large file is not decoded whole.
qsizetype invalidUtf8Offset(QByteArrayView text)
{
    constexpr qsizetype window = qsizetype(1) << 20;
    const QByteArrayView replacement("\xEF\xBF\xBD");
    const auto continues = [&text](qsizetype i) { return (uchar(text[i]) & 0xC0) == 0x80; };
    qsizetype start = 0;
    while (start < text.size()) {
        // A window ends where a character begins, up to three bytes back, so that the next
        // one starts on one. A fourth continuation byte in a row begins nothing: it is the
        // bad byte itself, and the window may end there.
        qsizetype end = std::min(start + window, text.size());
        qsizetype lead = end;
        while (lead < text.size() && lead > end - 3 && continues(lead))
            --lead;
        if (lead == text.size() || !continues(lead))
            end = lead;
        const QByteArrayView part = text.sliced(start, end - start);
        if (!part.isValidUtf8()) {
            const QString decoded = QString::fromUtf8(part);
            qsizetype offset = start;
            qsizetype from = 0;
            for (qsizetype at = decoded.indexOf(QChar::ReplacementCharacter); at >= 0;
                 at = decoded.indexOf(QChar::ReplacementCharacter, from)) {
                offset += QStringView(decoded).sliced(from, at - from).toUtf8().size();
                if (!text.sliced(offset).startsWith(replacement))
                    return offset;
                offset += replacement.size();
                from = at + 1;
            }
        }
        start = end;
    }
    return -1;
}

bool isBlank(const QByteArray &text)
{
    for (char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

// UTF-16 (as some Windows editors save) becomes UTF-8; a UTF-8 BOM is dropped.
QByteArray withoutByteOrderMark(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.mid(3);
    const bool utf16le = bytes.startsWith("\xFF\xFE");
    if (utf16le || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(utf16le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return QString(decoder(bytes.mid(2))).toUtf8();
    }
    return bytes;
}

std::optional<std::vector<Plan>> parseStructured(const QByteArray &text, PlanFormat format, PlanParseError *error)
{
    StructuredTree tree;
    bool ok = false;
    switch (format) {
    case PlanFormat::Json:
        ok = JsonPlanParser::parse(text, tree, error);
        break;
    case PlanFormat::Yaml:
        ok = YamlPlanParser::parse(text, tree, error);
        break;
    case PlanFormat::Xml:
        ok = XmlPlanParser::parse(text, tree, error);
        break;
    case PlanFormat::Text:
        break;
    }
    if (!ok)
        return std::nullopt;
    return StructuredPlanBuilder::build(tree, format, error);
}

} // namespace

PlanFormat PlanReader::detectFormat(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c == '[' || c == '{')
            return PlanFormat::Json;
        if (c == '<')
            return PlanFormat::Xml;
        const QByteArray rest = text.mid(i, 7);
        if (rest.startsWith("- Plan:") || rest.startsWith("Plan:") || rest.startsWith("---"))
            return PlanFormat::Yaml;
        return PlanFormat::Text;
    }
    return PlanFormat::Text;
}

std::optional<ExplainOutput> PlanReader::readOutput(const QByteArray &bytes, PlanParseError *error)
{
    PlanParseError ignored;
    if (!error)
        error = &ignored;
    const QByteArray utf8 = withoutByteOrderMark(bytes);
    if (isBlank(utf8)) {
        *error = PlanParseError{tr("the document is empty")};
        return std::nullopt;
    }
    if (const qsizetype nul = utf8.indexOf('\0'); nul >= 0) {
        *error = PlanParseError::at(utf8, nul, tr("binary data, not an EXPLAIN document"));
        return std::nullopt;
    }
    if (!QByteArrayView(utf8).isValidUtf8()) {
        *error = PlanParseError::at(utf8, invalidUtf8Offset(utf8), tr("the text is not valid UTF-8"));
        return std::nullopt;
    }
    PsqlOutputCleaner::Result cleaned = PsqlOutputCleaner::clean(utf8);
    const PlanFormat format = detectFormat(cleaned.text);
    std::optional<std::vector<Plan>> plans = format == PlanFormat::Text
        ? TextPlanParser::parse(cleaned.text, error)
        : parseStructured(cleaned.text, format, error);
    if (!plans)
        return std::nullopt;
    for (Plan &plan : *plans)
        CitusAttribution::apply(plan);
    return ExplainOutput{std::move(*plans), std::move(cleaned.skipped)};
}

std::optional<ExplainOutput> PlanReader::readOutputFile(const QString &path, PlanParseError *error,
                                                        FileAccess access)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = PlanParseError{file.errorString()};
        return std::nullopt;
    }
    if (file.size() > maxFileBytes) {
        if (error) {
            *error = PlanParseError{tr("the file is too large (%1 MB; at most %2 MB)")
                                        .arg(file.size() >> 20)
                                        .arg(maxFileBytes >> 20)};
        }
        return std::nullopt;
    }
    // Mapped, read where the file lies rather than copied into memory of our own first: for
    // a plan of many megabytes the copy costs as much as parsing it. Nothing read keeps a
    // view of these bytes, so they may go with the file. What cannot be mapped (a pipe, an
    // empty file) is read.
    const bool map = access == FileAccess::Mapped && file.size() > 0;
    if (const uchar *mapped = map ? file.map(0, file.size()) : nullptr)
        return readOutput(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size()), error);
    return readOutput(file.readAll(), error);
}

std::optional<Plan> PlanReader::read(const QByteArray &bytes, PlanParseError *error)
{
    std::optional<ExplainOutput> output = readOutput(bytes, error);
    return output ? std::optional<Plan>(std::move(*output).merged()) : std::nullopt;
}

std::optional<Plan> PlanReader::readFile(const QString &path, PlanParseError *error)
{
    std::optional<ExplainOutput> output = readOutputFile(path, error);
    return output ? std::optional<Plan>(std::move(*output).merged()) : std::nullopt;
}

} // namespace shardscope
