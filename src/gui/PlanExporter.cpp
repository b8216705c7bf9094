#include "PlanExporter.h"

#include "PngFileWriter.h"

#include "PlanScene.h"
#include "PlanStyle.h"
#include "SvgPlanWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace shardscope {

namespace {

constexpr double inchesPerMeter = 39.3701;
constexpr double pointsPerPixel = 72.0 / PlanExporter::screenDpi;
void paintScene(PlanScene &scene, QPainter &painter, const QRectF &target, const QColor &background)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.fillRect(target, background);
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
}

bool canWrite(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

std::optional<PlanExporter::Format> PlanExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

bool PlanExporter::write(PlanScene &scene, const QString &path, Format format, const Options &options,
                         QString *error)
{
    switch (format) {
    case Format::Png:
        return writePng(scene, path, options, error);
    case Format::Svg:
        return writeSvg(scene, path, options, error);
    case Format::Pdf:
        return writePdf(scene, path, options, error);
    }
    return false;
}

QColor PlanExporter::backgroundColor(const PlanScene &scene, Background background)
{
    return background == Background::White ? QColor(Qt::white) : scene.look().theme.background();
}

QImage PlanExporter::toImage(PlanScene &scene, const Options &options)
{
    const QSizeF size = scene.sceneRect().size();
    const double area = size.width() * size.height();
    const double asked = options.scale * options.scale;
    double scale = std::min({options.scale, maxImageSide / size.width(), maxImageSide / size.height(),
                             std::sqrt(std::min(maxImagePixels, pixelsAtScaleOne * asked) / area)});
    if (scale < PlanStyle::detailThreshold)
        scale = std::min(scale, std::sqrt(std::min(maxOverviewPixels, overviewPixelsAtScaleOne * asked) / area));
    const QSize pixels(std::max(1, int(std::ceil(size.width() * scale))),
                       std::max(1, int(std::ceil(size.height() * scale))));
    // Opaque: the background is painted first, and PNG then stores three channels, not four.
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    const int dotsPerMeter = int(std::lround(screenDpi * scale * inchesPerMeter));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    paintScene(scene, painter, QRectF(QPointF(), QSizeF(pixels)), backgroundColor(scene, options.background));
    return image;
}

bool PlanExporter::writePng(PlanScene &scene, const QString &path, const Options &options, QString *error)
{
    const QImage image = toImage(scene, options);
    if (image.isNull()) {
        *error = tr("not enough memory for a %1 × %2 image")
                     .arg(scene.sceneRect().width() * options.scale)
                     .arg(scene.sceneRect().height() * options.scale);
        return false;
    }
    return PngFileWriter::write(image, path, error);
}

bool PlanExporter::writeSvg(PlanScene &scene, const QString &path, const Options &options, QString *error)
{
    const QRectF source = scene.sceneRect();
    SvgPlanWriter writer(source.size());
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("cannot start the SVG writer");
        return false;
    }
    paintScene(scene, painter, QRectF(QPointF(), source.size()), backgroundColor(scene, options.background));
    painter.end();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writer.document(tr("Query plan"), tr("Drawn by ShardScope"))) < 0
        || !file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool PlanExporter::writePdf(PlanScene &scene, const QString &path, const Options &options, QString *error)
{
    if (!canWrite(path, error))
        return false;
    const QSizeF source = scene.sceneRect().size();
    // One page the size of the drawing, shrunk when it would pass the PDF page limit.
    const QSizeF points = source * pointsPerPixel;
    const double shrink = std::min(1.0, maxPdfPagePoints / std::max(points.width(), points.height()));
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("ShardScope"));
    writer.setTitle(tr("Query plan"));
    writer.setResolution(int(screenDpi));
    writer.setPageMargins(QMarginsF());
    if (!writer.setPageSize(QPageSize(points * shrink, QPageSize::Point, QString(), QPageSize::ExactMatch))) {
        *error = tr("cannot use a %1 × %2 pt page").arg(points.width() * shrink).arg(points.height() * shrink);
        return false;
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("cannot start the PDF writer");
        return false;
    }
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    paintScene(scene, painter, QRectF(QPointF(), QSizeF(page.size())), backgroundColor(scene, options.background));
    return painter.end();
}

} // namespace shardscope
