// The plan view at 10,000 nodes: the tidy-tree layout alone, building the whole scene,
// and `shardscope render` as a whole process (wall time and peak memory).

#include "NodeCardItem.h"
#include "PlanAnalysis.h"
#include "PlanReader.h"
#include "PlanScene.h"
#include "PlanStyle.h"
#include "TaskFrameItem.h"
#include "TreeLayout.h"
#include "WrapBoxItem.h"

#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

using namespace shardscope;

namespace {

const QString fixture = QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres/pwj_10k.analyze_buffers.json");

struct Loaded {
    Plan plan;
    PlanAnalysis analysis;
};

const Loaded &tenThousandNodes()
{
    static const Loaded loaded = [] {
        PlanParseError error;
        auto plan = PlanReader::readFile(fixture, &error);
        if (!plan)
            qFatal("cannot read %s: %s", qPrintable(fixture), qPrintable(error.toString()));
        PlanAnalysis analysis = PlanAnalyzer::analyze(*plan);
        return Loaded{std::move(*plan), std::move(analysis)};
    }();
    return loaded;
}

// The layout alone, fed with the card sizes, frames and rows the scene uses for this plan.
void layout10k(benchmark::State &state)
{
    const Loaded &loaded = tenThousandNodes();
    const QMarginsF frameMargins(PlanStyle::framePadding, PlanStyle::frameTitleHeight + PlanStyle::framePadding,
                                 PlanStyle::framePadding, PlanStyle::framePadding);
    const QMarginsF wrapMargins(14, WrapBoxItem::captionHeight(), 14, 14);
    const PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const std::vector<int> order = loaded.plan.preorder();
    std::vector<QSizeF> sizes(loaded.plan.nodes.size());
    for (int node : order)
        sizes[size_t(node)] = scene.card(node)->size();
    for (auto _ : state) {
        TreeLayout layout({26, 38});
        std::vector<int> slot(sizes.size(), -1);
        for (int node : order) {
            const int parent = loaded.plan.nodes[size_t(node)].parent;
            slot[size_t(node)] = layout.addNode(sizes[size_t(node)], parent < 0 ? -1 : slot[size_t(parent)]);
            if (const TaskFrameItem *frame = scene.frame(node))
                layout.setFramed(slot[size_t(node)], frameMargins, frame->minimumWidth());
            if (scene.wrapBox(node))
                layout.setWrapped(slot[size_t(node)], 1.5, wrapMargins);
        }
        layout.run();
        benchmark::DoNotOptimize(layout.boundingRect());
    }
    state.counters["nodes"] = double(order.size());
}

void sceneBuild10k(benchmark::State &state)
{
    const Loaded &loaded = tenThousandNodes();
    for (auto _ : state) {
        PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
        benchmark::DoNotOptimize(scene.cardCount());
    }
}

// Peak resident memory of the biggest child process waited for so far, in MB.
double childrenPeakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void render10kProcess(benchmark::State &state)
{
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("pwj_10k.png"));
    for (auto _ : state) {
        QProcess render;
        render.start(QStringLiteral(SHARDSCOPE_BINARY), {QStringLiteral("render"), fixture, QStringLiteral("-o"), png});
        if (!render.waitForFinished(120000) || render.exitCode() != 0) {
            state.SkipWithError(render.readAllStandardError().constData());
            return;
        }
    }
    state.counters["peak_MB"] = childrenPeakMegabytes();
}

} // namespace

BENCHMARK(layout10k)->Unit(benchmark::kMillisecond);
BENCHMARK(sceneBuild10k)->Unit(benchmark::kMillisecond);
BENCHMARK(render10kProcess)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
