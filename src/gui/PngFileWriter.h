#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace shardscope {

// Writes an opaque drawing as a PNG file with libpng, each row stored as its difference
// from the row above. Qt's writer leaves the row filter to libpng, which tries all five on
// every row: for the 104-node plan's 2,306 × 2,245 image that was a quarter of `render`'s
// time, while a plan drawing (flat colours, boxes, lines of text) compresses as well with
// that one filter. Fastest zlib level; the image's dots per metre are kept.
class PngFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(PngFileWriter)

public:
    // image: any format, stored without alpha. error: why nothing was written.
    static bool write(const QImage &image, const QString &path, QString *error);
};

} // namespace shardscope
