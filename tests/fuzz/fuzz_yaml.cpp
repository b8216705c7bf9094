// Yaml adapter and the structured plan builder behind it.

#include "YamlPlanParser.h"
#include "StructuredPlanBuilder.h"

#include <cstdint>

using namespace shardscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Raw, as PlanReader reads a file mapped read-only: nothing may read past its end.
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    StructuredTree tree;
    PlanParseError error;
    if (YamlPlanParser::parse(input, tree, &error))
        StructuredPlanBuilder::build(tree, PlanFormat::Yaml, &error);
    return 0;
}
