// Parse + analyse of the 100-, 1,000- and 10,000-node plans, in JSON and TEXT.

#include "PlanAnalysis.h"
#include "PlanReader.h"

#include <QFile>

#include <benchmark/benchmark.h>

using namespace shardscope;

namespace {

QByteArray readFixture(const char *name)
{
    QFile file(QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

void parseAndAnalyse(benchmark::State &state, const char *name)
{
    const QByteArray text = readFixture(name);
    int nodes = 0;
    for (auto _ : state) {
        PlanParseError error;
        const auto plan = PlanReader::read(text, &error);
        if (!plan) {
            state.SkipWithError(qPrintable(error.toString()));
            return;
        }
        const PlanAnalysis analysis = PlanAnalyzer::analyze(*plan);
        benchmark::DoNotOptimize(analysis.slowestNode);
        nodes = plan->planNodeCount();
    }
    state.counters["nodes"] = nodes;
    state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}

} // namespace

BENCHMARK_CAPTURE(parseAndAnalyse, json_100, "pwj_25.analyze_buffers.json")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parseAndAnalyse, json_1k, "pwj_250.analyze_buffers.json")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parseAndAnalyse, json_10k, "pwj_10k.analyze_buffers.json")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parseAndAnalyse, text_100, "pwj_25.analyze_buffers.txt")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parseAndAnalyse, text_1k, "pwj_250.analyze_buffers.txt")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parseAndAnalyse, text_10k, "pwj_10k.analyze_buffers.txt")->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
