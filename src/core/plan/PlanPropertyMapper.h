#pragma once

#include "PlanNode.h"

namespace shardscope {

// Turns one "key: value" the server sent into the node's typed fields, and keeps
// it in the node's raw property list. Shared by every format's parser so that the
// same server output gives the same typed node whatever format it came in.
class PlanPropertyMapper
{
public:
    static void apply(PlanNode &node, const QString &key, const QString &value);
    // Only the typed fields; for values the caller already keeps raw.
    static void applyTyped(PlanNode &node, const QString &key, const QString &value);
    // The same in two steps, for callers that see the same keys again and again:
    // the typed field a key sets (-1: none), then setting it.
    static int fieldOf(const QString &key);
    static void applyField(PlanNode &node, int field, const QString &value);
    // "0.338 ms", "12", "1.5e3" -> number; unit suffixes are ignored. None for text that is
    // no finite number ("nan", "inf", "12abc").
    static std::optional<double> number(QStringView value);
};

} // namespace shardscope
