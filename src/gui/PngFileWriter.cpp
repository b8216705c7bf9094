#include "PngFileWriter.h"

#include <QFile>

#include <png.h>

#include <csetjmp>

namespace shardscope {

namespace {

// libpng's output, into the file; a short write stops libpng (it jumps back to write()).
void writeToFile(png_structp png, png_bytep data, size_t length)
{
    auto *file = static_cast<QFile *>(png_get_io_ptr(png));
    if (file->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
        png_error(png, "write");
}

void flushFile(png_structp png)
{
    static_cast<QFile *>(png_get_io_ptr(png))->flush();
}

} // namespace

bool PngFileWriter::write(const QImage &source, const QString &path, QString *error)
{
    const QImage image = source.format() == QImage::Format_RGB32 ? source : source.convertToFormat(QImage::Format_RGB32);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        *error = tr("not enough memory to write a PNG image");
        return false;
    }
    // libpng reports a failure by jumping back here; nothing made after this point needs
    // destroying but libpng's own structures.
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        *error = file.error() != QFileDevice::NoError ? file.errorString() : tr("libpng could not write the image");
        return false;
    }
    png_set_write_fn(png, &file, writeToFile, flushFile);
    // zlib's fastest level: the drawing's large flat areas compress almost as well as at the
    // default level, in a fraction of the time that takes on a big image.
    png_set_compression_level(png, 1);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()), png_uint_32(image.dotsPerMeterY()),
                 PNG_RESOLUTION_METER);
    png_write_info(png, info);
    // A pixel of Format_RGB32 is the word 0xffRRGGBB: in memory B, G, R, then the unused
    // byte on a little-endian machine, the other way round on a big-endian one.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    png_set_bgr(png);
    png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
    png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    if (!file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace shardscope
