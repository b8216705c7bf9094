// The PNG files `render` and File > Export write: every pixel reads back as drawn, in its
// colour channels (the byte order of Qt's pixels against PNG's), with the image's
// resolution; a file that cannot be written says why.

#include "PngFileWriter.h"

#include <QImageReader>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace shardscope;

class TestPngFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void pixelsReadBackAsDrawn_data();
    void pixelsReadBackAsDrawn();
    void anUnwritablePathSaysWhy();
};

void TestPngFileWriter::pixelsReadBackAsDrawn_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");
    QTest::newRow("RGB32, odd width") << int(QImage::Format_RGB32) << QSize(301, 97);
    QTest::newRow("ARGB32 premultiplied, opaque") << int(QImage::Format_ARGB32_Premultiplied) << QSize(64, 64);
    QTest::newRow("one pixel") << int(QImage::Format_RGB32) << QSize(1, 1);
}

void TestPngFileWriter::pixelsReadBackAsDrawn()
{
    QFETCH(int, format);
    QFETCH(QSize, size);
    QImage drawn(size, QImage::Format(format));
    // Every channel different, and rows unlike the row above: the filter has work to do.
    QRandomGenerator random(42);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            drawn.setPixel(x, y, qRgb(int(random.bounded(256)), (x * 7) & 0xFF, (y * 13) & 0xFF));
    }
    drawn.setDotsPerMeterX(7559);
    drawn.setDotsPerMeterY(3780);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drawn.png"));
    QString error;
    QVERIFY2(PngFileWriter::write(drawn, path, &error), qPrintable(error));

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage read = reader.read();
    QVERIFY2(!read.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(read.size(), size);
    QVERIFY(!read.hasAlphaChannel());
    QCOMPARE(read.dotsPerMeterX(), 7559);
    QCOMPARE(read.dotsPerMeterY(), 3780);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            if (read.pixel(x, y) != drawn.pixel(x, y))
                QFAIL(qPrintable(QStringLiteral("pixel %1,%2: %3 read, %4 drawn")
                                     .arg(x)
                                     .arg(y)
                                     .arg(read.pixel(x, y), 8, 16)
                                     .arg(drawn.pixel(x, y), 8, 16)));
        }
    }
}

void TestPngFileWriter::anUnwritablePathSaysWhy()
{
    QTemporaryDir dir;
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::white);
    QString error;
    QVERIFY(!PngFileWriter::write(image, dir.filePath(QStringLiteral("missing/folder/x.png")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestPngFileWriter)
#include "tst_PngFileWriter.moc"
