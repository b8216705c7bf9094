#include "CopyTextFormat.h"

namespace shardscope {

void CopyTextFormat::appendRow(QByteArray &out, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += '\t';
        appendValue(out, values.at(i));
    }
    out += '\n';
}

void CopyTextFormat::appendValue(QByteArray &out, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        out += "\\N";
        return;
    }
    const QByteArray bytes = value.typeId() == QMetaType::QByteArray ? value.toByteArray()
                                                                     : value.toString().toUtf8();
    for (const char c : bytes) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

} // namespace shardscope
