#pragma once

#include <QString>

namespace shardscope {

// Why a document could not be read. Line and column are 1-based; 0 when unknown.
struct PlanParseError {
    QString message;
    int line = 0;
    int column = 0;

    // "message" or "line:column: message".
    QString toString() const;
    // Line and column of a byte offset in UTF-8 text (columns count characters).
    static PlanParseError at(const QByteArray &text, qsizetype offset, const QString &message);
};

} // namespace shardscope
