// The plan view at 10,000 nodes: the tidy-tree layout alone, building the whole scene,
// repainting the interactive view after what the user does to it (Fit, a zoom step, a pan,
// a search); and `shardscope render` as a whole process (wall time, peak memory, file size)
// to PNG for a tutorial plan and 104, 1,004 and 10,004 nodes, and to SVG for 10,004 nodes.

#include "NodeCardItem.h"
#include "PlanAnalysis.h"
#include "PlanDocument.h"
#include "PlanReader.h"
#include "PlanScene.h"
#include "PlanStyle.h"
#include "PlanView.h"
#include "TaskFrameItem.h"
#include "TreeLayout.h"
#include "WrapBoxItem.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QScrollBar>
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

// The viewer's drawing area of a maximised window on a 1920x1080 screen, less the
// toolbar, the search bar and the details panel.
constexpr QSize viewportSize(1600, 900);

// The 10,000-node plan in a view as the window shows it, painted the way a repaint does:
// the view's paint event into an image of the viewport's size.
class ViewBench
{
public:
    ViewBench() : m_image(viewportSize, QImage::Format_ARGB32_Premultiplied)
    {
        const Loaded &loaded = tenThousandNodes();
        m_view.resize(viewportSize);
        m_view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view.showDocument(std::make_shared<const PlanDocument>(
                                PlanDocument{loaded.plan, loaded.analysis, QStringLiteral("pwj_10k"), fixture, {}, {}, {}, {}}),
                            ColorMode::Worker);
        paint();
    }

    PlanView &view() { return m_view; }
    void paint()
    {
        m_view.viewport()->render(&m_image);
        benchmark::DoNotOptimize(m_image.constBits());
    }
    void scrollBy(int dx)
    {
        QScrollBar *bar = m_view.horizontalScrollBar();
        bar->setValue(bar->value() + dx >= bar->maximum() ? bar->minimum() : bar->value() + dx);
    }

private:
    PlanView m_view;
    QImage m_image;
};

// Fit from 100%: the whole plan comes into sight at once.
void viewFit10k(benchmark::State &state)
{
    ViewBench bench;
    for (auto _ : state) {
        state.PauseTiming();
        bench.view().actualSize();
        bench.paint();
        state.ResumeTiming();
        bench.view().fitToWindow();
        bench.paint();
    }
    state.counters["zoom"] = bench.view().zoom();
}

// One zoom step in or out (alternately) from Fit, where most cards are in sight; or, with
// argument 1, from 100%.
void viewZoomStep10k(benchmark::State &state)
{
    ViewBench bench;
    if (state.range(0) == 0)
        bench.view().fitToWindow();
    else
        bench.view().actualSize();
    bench.paint();
    bool in = true;
    for (auto _ : state) {
        if (in)
            bench.view().zoomIn();
        else
            bench.view().zoomOut();
        in = !in;
        bench.paint();
    }
}

// A pan of a quarter of the view to the right (back to the left edge at the end), at the
// zoom a large plan opens at (readable) and at a tenth of it, where a few hundred cards
// are in sight. Each step brings cards never drawn at this zoom.
void viewPan10k(benchmark::State &state)
{
    ViewBench bench;
    const double zoom = PlanView::readableZoom / double(state.range(0));
    bench.view().fitToWindow();
    while (bench.view().zoom() < zoom * 0.99)
        bench.view().zoomIn();
    bench.paint();
    for (auto _ : state) {
        bench.scrollBy(viewportSize.width() / 4);
        bench.paint();
    }
    state.counters["zoom"] = bench.view().zoom();
}

// Typing in the search field: the matches marked (alternately two words), then painted at Fit.
void viewSearch10k(benchmark::State &state)
{
    ViewBench bench;
    bench.view().fitToWindow();
    bench.paint();
    const QString words[] = {QStringLiteral("Seq Scan"), QStringLiteral("Hash Join")};
    int turn = 0;
    size_t matches = 0;
    for (auto _ : state) {
        matches = bench.view().planScene()->highlightMatches(words[turn]).size();
        turn = 1 - turn;
        bench.paint();
    }
    state.counters["matches"] = double(matches);
}

// Peak resident memory of the biggest child process waited for so far, in MB.
double childrenPeakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// `shardscope render PLAN -o OUT` at default options, as a whole process: wall time, the
// biggest child's peak memory and the file's size. The rendered plan is the benchmark's
// argument, an index into renderedPlans.
const char *const renderedPlans[] = {"citus/router_user1.analyze_verbose_buffers.json",
                                     "postgres/pwj_25.analyze_buffers.json", "postgres/pwj_250.analyze_buffers.json",
                                     "postgres/pwj_10k.analyze_buffers.json"};

void renderProcess(benchmark::State &state, const char *extension)
{
    const QString plan = QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/") + QLatin1String(renderedPlans[state.range(0)]);
    QTemporaryDir out;
    const QString image = out.filePath(QStringLiteral("plan.") + QLatin1String(extension));
    for (auto _ : state) {
        QProcess render;
        render.start(QStringLiteral(SHARDSCOPE_BINARY), {QStringLiteral("render"), plan, QStringLiteral("-o"), image});
        if (!render.waitForFinished(120000) || render.exitCode() != 0) {
            state.SkipWithError(render.readAllStandardError().constData());
            return;
        }
    }
    state.SetLabel(QFileInfo(plan).completeBaseName().toStdString());
    state.counters["peak_MB"] = childrenPeakMegabytes();
    state.counters["file_MB"] = double(QFileInfo(image).size()) / 1e6;
}

void renderPngProcess(benchmark::State &state)
{
    renderProcess(state, "png");
}

void renderSvgProcess(benchmark::State &state)
{
    renderProcess(state, "svg");
}

} // namespace

BENCHMARK(layout10k)->Unit(benchmark::kMillisecond);
BENCHMARK(sceneBuild10k)->Unit(benchmark::kMillisecond);
BENCHMARK(viewFit10k)->Unit(benchmark::kMillisecond);
BENCHMARK(viewZoomStep10k)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(viewPan10k)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);
BENCHMARK(viewSearch10k)->Unit(benchmark::kMillisecond);
// peak_MB is the largest of all children so far: run one size at a time
// (--benchmark_filter) to read the peak of each.
BENCHMARK(renderPngProcess)->DenseRange(0, 3)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
BENCHMARK(renderSvgProcess)->Arg(3)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
