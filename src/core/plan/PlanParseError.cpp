#include "PlanParseError.h"

#include <QByteArray>

namespace shardscope {

QString PlanParseError::toString() const
{
    if (line <= 0)
        return message;
    return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
}

PlanParseError PlanParseError::at(const QByteArray &text, qsizetype offset, const QString &message)
{
    PlanParseError error{message, 1, 1};
    offset = qBound<qsizetype>(0, offset, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '\n') {
            ++error.line;
            error.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++error.column;
        }
    }
    return error;
}

} // namespace shardscope
