#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <optional>

namespace shardscope {

class PlanScene;

// Writes a whole plan drawing, heading and legend included, as PNG, SVG or PDF.
class PlanExporter
{
    Q_DECLARE_TR_FUNCTIONS(PlanExporter)

public:
    enum class Format { Png, Svg, Pdf };
    enum class Background { White, Palette };

    struct Options {
        // PNG pixels per scene unit. 1 is the drawing as the viewer shows it at 100%
        // (96 dpi), readable on screen and cheap to draw and compress; print asks for more
        // (2 is about 190 dpi). Lowered automatically when the image would be too large.
        double scale = 1;
        // Palette: the background of the theme the scene was drawn in.
        Background background = Background::White;
    };

    // From the file name's extension, case-insensitive.
    static std::optional<Format> formatFor(const QString &path);
    static bool write(PlanScene &scene, const QString &path, Format format, const Options &options,
                      QString *error);
    static QImage toImage(PlanScene &scene, const Options &options);

    // The largest PNG side and area; smaller when the cards are too small to show their
    // text (then more pixels only draw bigger boxes, and cost seconds of PNG encoding);
    // and the largest PDF page side (in points, the limit most PDF viewers accept).
    static constexpr int maxImageSide = 16384;
    static constexpr double maxImagePixels = 32e6;
    static constexpr double maxOverviewPixels = 8e6;
    // The pixels a PNG may have at scale 1, growing with the square of the scale asked
    // for (up to the limits above): a big plan then costs a fraction of a second by
    // default, and only a user who asks for print quality pays for it. The 104-node plan
    // (5 million pixels at 100%) keeps its readable cards.
    static constexpr double pixelsAtScaleOne = 6e6;
    static constexpr double overviewPixelsAtScaleOne = 2e6;
    static constexpr double maxPdfPagePoints = 14400;
    // Scale 1: a scene unit is a pixel at this many dots per inch.
    static constexpr double screenDpi = 96;

private:
    static bool writePng(PlanScene &scene, const QString &path, const Options &options, QString *error);
    static bool writeSvg(PlanScene &scene, const QString &path, const Options &options, QString *error);
    static bool writePdf(PlanScene &scene, const QString &path, const Options &options, QString *error);
    static QColor backgroundColor(const PlanScene &scene, Background background);
};

} // namespace shardscope
