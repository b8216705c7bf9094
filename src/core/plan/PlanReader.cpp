#include "PlanReader.h"

#include "CitusAttribution.h"
#include "JsonPlanParser.h"
#include "PsqlOutputCleaner.h"
#include "StructuredPlanBuilder.h"
#include "TextPlanParser.h"
#include "XmlPlanParser.h"
#include "YamlPlanParser.h"

#include <QFile>
#include <QStringDecoder>

#include <cstring>

namespace shardscope {

namespace {

constexpr qint64 maxFileBytes = qint64(1) << 30;

// Offset of the first byte that breaks UTF-8, or -1.
qsizetype invalidUtf8Offset(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        // Plans are almost all ASCII: skip eight such bytes at a time.
        if (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, bytes + i, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int minimum = 0;
        unsigned int code = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, code = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, code = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, code = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
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

std::optional<Plan> parseStructured(const QByteArray &text, PlanFormat format, PlanParseError *error)
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

std::optional<Plan> PlanReader::read(const QByteArray &bytes, PlanParseError *error)
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
    if (const qsizetype bad = invalidUtf8Offset(utf8); bad >= 0) {
        *error = PlanParseError::at(utf8, bad, tr("the text is not valid UTF-8"));
        return std::nullopt;
    }
    const QByteArray text = PsqlOutputCleaner::clean(utf8);
    const PlanFormat format = detectFormat(text);
    std::optional<Plan> plan = format == PlanFormat::Text ? TextPlanParser::parse(text, error)
                                                          : parseStructured(text, format, error);
    if (plan)
        CitusAttribution::apply(*plan);
    return plan;
}

std::optional<Plan> PlanReader::readFile(const QString &path, PlanParseError *error)
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
    return read(file.readAll(), error);
}

} // namespace shardscope
