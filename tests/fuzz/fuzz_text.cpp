// TEXT parser on raw input.

#include "TextPlanParser.h"

#include <cstdint>

using namespace shardscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PlanParseError error;
    TextPlanParser::parse(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    return 0;
}
