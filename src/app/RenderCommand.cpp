#include "RenderCommand.h"

#include "CliOutput.h"
#include "ColorMode.h"
#include "PlanAnalysis.h"
#include "PlanExporter.h"
#include "PlanHeadline.h"
#include "PlanLook.h"
#include "PlanReader.h"
#include "PlanScene.h"
#include "SubcommandArguments.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace shardscope {

namespace {

std::optional<ColorMode> colorModeNamed(const QString &name)
{
    if (name == QLatin1String("worker"))
        return ColorMode::Worker;
    if (name == QLatin1String("time"))
        return ColorMode::ExclusiveTime;
    if (name == QLatin1String("misestimate"))
        return ColorMode::Misestimate;
    return std::nullopt;
}

constexpr double minScale = 0.25;
constexpr double maxScale = 8;

// The PNG scale a number gives, counted in units of scale 1 (1 for --scale, 96 for
// --dpi); nullopt out of range. Written as !(in range) so that "nan" is refused too.
std::optional<double> scaleFrom(const QString &text, double unit)
{
    bool isNumber = false;
    const double factor = text.toDouble(&isNumber) / unit;
    if (!isNumber || !(factor >= minScale && factor <= maxScale))
        return std::nullopt;
    return factor;
}

std::optional<PlanExporter::Background> backgroundNamed(const QString &name)
{
    if (name == QLatin1String("white"))
        return PlanExporter::Background::White;
    if (name == QLatin1String("palette"))
        return PlanExporter::Background::Palette;
    return std::nullopt;
}

// Each worker has its colour without it too; the cluster's list only tells apart, for
// every image alike, workers whose colours would collide.
std::optional<WorkerPalette> clusterWorkers(const QString &list)
{
    QList<NodeAddress> workers;
    for (const QString &worker : list.split(QLatin1Char(','))) {
        const std::optional<NodeAddress> address = NodeAddress::parse(worker);
        if (!address)
            return std::nullopt;
        workers.append(*address);
    }
    return WorkerPalette(workers);
}

} // namespace

void RenderCommand::useOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Such machines (CI, ssh) often lack XDG_RUNTIME_DIR too, and Qt then warns on stderr
    // before falling back to a private directory under /tmp: the same, without the noise.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QFile::encodeName(QDir::tempPath()) + "/runtime-shardscope-"
            + QByteArray::number(uint(getuid()));
        if ((mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST) && chmod(runtime.constData(), 0700) == 0)
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
}

int RenderCommand::run(const QStringList &arguments)
{
    const QString command = QLatin1String(name);
    QCommandLineParser parser;
    SubcommandArguments::describe(parser, tr("Draw an EXPLAIN plan as a PNG, SVG or PDF file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Image to write; its extension (.png, .svg, .pdf) picks the format."),
                                    tr("OUT"));
    const QCommandLineOption colorBy(QStringLiteral("color-by"),
                                     tr("What the card colours show: worker, time or misestimate."), tr("WHAT"),
                                     QStringLiteral("worker"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        tr("PNG pixels per drawing unit, from 0.25 to 8 (default 1: as the viewer shows it at 100%; 2 for print)."),
        tr("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 tr("PNG resolution in dots per inch, instead of --scale (96 is scale 1, 300 "
                                    "prints sharply): from 24 to 768."),
                                 tr("DPI"));
    const QCommandLineOption background(QStringLiteral("background"), tr("Background: white or palette."),
                                        tr("COLOR"), QStringLiteral("white"));
    const QCommandLineOption workers(
        QStringLiteral("workers"),
        tr("The cluster's workers as host:port, comma-separated, in pg_dist_node order: each gets the same "
           "colour in every image, whichever of them a plan uses."),
        tr("LIST"));
    parser.addOptions({output, colorBy, scale, dpi, background, workers});
    parser.addPositionalArgument(tr("FILE"), tr("Plan file (JSON, TEXT, YAML or XML)."));
    if (const auto done = SubcommandArguments::parse(parser, command, arguments,
                                                    SubcommandArguments::Positional::Any))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return CliOutput::fail(command, tr("expected one plan file"));
    if (!parser.isSet(output))
        return CliOutput::fail(command, tr("missing -o OUT"));
    const std::optional<ColorMode> mode = colorModeNamed(parser.value(colorBy));
    if (!mode)
        return CliOutput::fail(QStringLiteral("--color-by"),
                               tr("unknown value \"%1\": use worker, time or misestimate").arg(parser.value(colorBy)));
    PlanExporter::Options options;
    if (parser.isSet(scale) && parser.isSet(dpi))
        return CliOutput::fail(command, tr("--scale and --dpi say the same: give one of them"));
    const std::optional<double> factor =
        parser.isSet(dpi) ? scaleFrom(parser.value(dpi), PlanExporter::screenDpi) : scaleFrom(parser.value(scale), 1);
    if (!factor) {
        return CliOutput::fail(command, parser.isSet(dpi)
                                            ? tr("--dpi: \"%1\" is not a number from 24 to 768").arg(parser.value(dpi))
                                            : tr("--scale: \"%1\" is not a number from 0.25 to 8").arg(parser.value(scale)));
    }
    options.scale = *factor;
    const std::optional<PlanExporter::Background> fill = backgroundNamed(parser.value(background));
    if (!fill)
        return CliOutput::fail(QStringLiteral("--background"),
                               tr("unknown value \"%1\": use white or palette").arg(parser.value(background)));
    options.background = *fill;
    // Drawn for paper in the light theme, whatever the desktop's.
    PlanLook look;
    if (parser.isSet(workers)) {
        const std::optional<WorkerPalette> cluster = clusterWorkers(parser.value(workers));
        if (!cluster)
            return CliOutput::fail(QStringLiteral("--workers"),
                                   tr("expected host:port[,host:port...], got \"%1\"").arg(parser.value(workers)));
        look.workers = *cluster;
    }

    const QString target = parser.value(output);
    const std::optional<PlanExporter::Format> format = PlanExporter::formatFor(target);
    if (!format)
        return CliOutput::fail(target, tr("unknown image format: use .png, .svg or .pdf"));

    const QString &path = files.first();
    PlanParseError error;
    std::optional<ExplainOutput> read = PlanReader::readOutputFile(path, &error, PlanReader::FileAccess::Mapped);
    if (!read)
        return CliOutput::fail(path, error.toString());
    if (!read->skipped.empty())
        CliOutput::note(path, read->skippedSummary());

    const std::vector<PlanSection> sections = PlanHeadline::sections(*read);
    const Plan plan = std::move(*read).merged();
    PlanScene scene(plan, PlanAnalyzer::analyze(plan), *mode, QFileInfo(path).fileName(), sections, look);
    QString why;
    if (!PlanExporter::write(scene, target, *format, options, &why))
        return CliOutput::fail(target, why);
    return 0;
}

} // namespace shardscope
