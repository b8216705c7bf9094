// The whole path a pasted or opened plan takes: checks, psql cleaning, format detection,
// parsing, Citus attribution and analysis.

#include "PlanAnalysis.h"
#include "PlanReader.h"

#include <cstdint>

using namespace shardscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PlanParseError error;
    const auto plan = PlanReader::read(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (plan)
        PlanAnalyzer::analyze(*plan);
    return 0;
}
