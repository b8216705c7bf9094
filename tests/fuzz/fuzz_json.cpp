// Json adapter and the structured plan builder behind it.

#include "JsonPlanParser.h"
#include "StructuredPlanBuilder.h"

#include <cstdint>

using namespace shardscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Raw, as PlanReader reads a file mapped read-only: nothing may read past its end.
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    StructuredTree tree;
    PlanParseError error;
    if (JsonPlanParser::parse(input, tree, &error))
        StructuredPlanBuilder::build(tree, PlanFormat::Json, &error);
    return 0;
}
