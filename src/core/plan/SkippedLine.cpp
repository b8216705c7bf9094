#include "SkippedLine.h"

namespace shardscope {

QString skippedKindName(SkippedLine::Kind kind)
{
    switch (kind) {
    case SkippedLine::Kind::Message:
        return QStringLiteral("message");
    case SkippedLine::Kind::Prompt:
        return QStringLiteral("prompt");
    case SkippedLine::Kind::Statement:
        return QStringLiteral("statement");
    }
    return {};
}

} // namespace shardscope
