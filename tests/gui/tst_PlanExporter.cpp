// PNG, SVG and PDF exports of whole scenes: valid files of sensible sizes.

#include "PlanFixture.h"

#include "PlanExporter.h"
#include "PlanScene.h"

#include <QImage>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace shardscope;

class TestPlanExporter : public QObject
{
    Q_OBJECT

private slots:
    void formatFromExtension_data();
    void formatFromExtension();
    void writesValidFiles_data();
    void writesValidFiles();
    void pngScaleAndBackground();
    void hugePlanStaysWithinLimits();
    void defaultPngIsReadableAndBounded_data();
    void defaultPngIsReadableAndBounded();
    void reportsUnwritablePaths_data();
    void reportsUnwritablePaths();

private:
    QTemporaryDir m_dir;
};

void TestPlanExporter::formatFromExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("png") << "/tmp/a.png" << int(PlanExporter::Format::Png);
    QTest::newRow("upper case") << "plan.PNG" << int(PlanExporter::Format::Png);
    QTest::newRow("svg") << "x/y/plan.svg" << int(PlanExporter::Format::Svg);
    QTest::newRow("pdf") << "plan.v2.pdf" << int(PlanExporter::Format::Pdf);
    QTest::newRow("jpeg") << "plan.jpg" << -1;
    QTest::newRow("none") << "plan" << -1;
}

void TestPlanExporter::formatFromExtension()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = PlanExporter::formatFor(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void TestPlanExporter::writesValidFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("extension");
    for (const char *name : {"router_user1.analyze_verbose_buffers.json", "cte_subplan_top_users.analyze_verbose_buffers.json"}) {
        for (const char *extension : {"png", "svg", "pdf"})
            QTest::addRow("%s %s", name, extension) << fixtures::citus(QLatin1String(name)) << QString::fromLatin1(extension);
    }
}

void TestPlanExporter::writesValidFiles()
{
    QFETCH(QString, fixture);
    QFETCH(QString, extension);
    const LoadedPlan loaded = loadPlan(fixture);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const QString path = m_dir.filePath(QStringLiteral("plan.") + extension);
    QString error;
    QVERIFY2(PlanExporter::write(scene, path, *PlanExporter::formatFor(path), {}, &error), qPrintable(error));
    const QByteArray bytes = fixtures::read(path);
    QVERIFY(bytes.size() > 2000);
    const QSizeF drawing = scene.sceneRect().size();
    if (extension == QLatin1String("png")) {
        QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        // The drawing at 100%, at the screen's 96 dpi.
        QCOMPARE(image.width(), int(std::ceil(drawing.width())));
        QCOMPARE(image.height(), int(std::ceil(drawing.height())));
        QCOMPARE(qRound(image.dotsPerMeterX() / 39.3701), 96);
    } else if (extension == QLatin1String("svg")) {
        QVERIFY(bytes.startsWith("<?xml"));
        QSvgRenderer renderer(bytes);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBoxF().size().toSize(), drawing.toSize());
        QVERIFY(bytes.contains("Citus Adaptive"));
        QVERIFY(bytes.contains("Where each part ran")); // the legend is part of it
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // One page the size of the drawing: pixels at 96 dpi, in points.
        const QRegularExpressionMatch box =
            QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]")).match(QString::fromLatin1(bytes));
        QVERIFY(box.hasMatch());
        QVERIFY(qAbs(box.captured(1).toDouble() - drawing.width() * 0.75) < 1);
        QVERIFY(qAbs(box.captured(2).toDouble() - drawing.height() * 0.75) < 1);
        QCOMPARE(QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type /Page[^s]"))), 1);
    }
}

void TestPlanExporter::pngScaleAndBackground()
{
    const LoadedPlan loaded = loadPlan(fixtures::citus(QStringLiteral("router_user2.analyze_verbose_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    PlanExporter::Options options;
    options.scale = 1;
    const QImage white = PlanExporter::toImage(scene, options);
    QCOMPARE(white.size(), scene.sceneRect().size().toSize());
    QCOMPARE(white.pixelColor(1, 1), QColor(Qt::white));
    options.background = PlanExporter::Background::Palette;
    options.scale = 3;
    const QImage tinted = PlanExporter::toImage(scene, options);
    QVERIFY(qAbs(tinted.width() - 3 * white.width()) <= 3);
    QVERIFY(tinted.pixelColor(1, 1) != QColor(Qt::white));
}

void TestPlanExporter::hugePlanStaysWithinLimits()
{
    const LoadedPlan loaded = loadPlan(fixtures::postgres(QStringLiteral("pwj_10k.analyze_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const QImage image = PlanExporter::toImage(scene, {});
    QVERIFY(!image.isNull());
    QVERIFY(image.width() <= PlanExporter::maxImageSide && image.height() <= PlanExporter::maxImageSide);
    // Too large for readable cards: an overview of coloured boxes, of modest size.
    QVERIFY(double(image.width()) * image.height() <= PlanExporter::maxOverviewPixels * 1.01);
    QVERIFY(image.width() > 1000 && image.height() > 1000);
    const QString pdf = m_dir.filePath(QStringLiteral("huge.pdf"));
    QString error;
    QVERIFY2(PlanExporter::write(scene, pdf, PlanExporter::Format::Pdf, {}, &error), qPrintable(error));
    QVERIFY(fixtures::read(pdf).startsWith("%PDF-"));
}

void TestPlanExporter::defaultPngIsReadableAndBounded_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("readable"); // cards with their text, or an overview of boxes
    QTest::newRow("tutorial router") << fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.json"))
                                     << true;
    QTest::newRow("104 nodes") << fixtures::postgres(QStringLiteral("pwj_25.analyze_buffers.json")) << true;
    QTest::newRow("1,004 nodes") << fixtures::postgres(QStringLiteral("pwj_250.analyze_buffers.json")) << false;
    QTest::newRow("10,004 nodes") << fixtures::postgres(QStringLiteral("pwj_10k.analyze_buffers.json")) << false;
}

// Without options a PNG costs what reading it on screen needs: the drawing at 100% (card
// text at its 12 px), never more pixels than the cap, whatever the plan's size.
void TestPlanExporter::defaultPngIsReadableAndBounded()
{
    QFETCH(QString, fixture);
    QFETCH(bool, readable);
    const LoadedPlan loaded = loadPlan(fixture);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const QImage image = PlanExporter::toImage(scene, {});
    QVERIFY(!image.isNull());
    QVERIFY(double(image.width()) * image.height() <= PlanExporter::pixelsAtScaleOne);
    const double scale = image.width() / scene.sceneRect().width();
    if (readable)
        QVERIFY2(qAbs(scale - 1) < 0.01, qPrintable(QString::number(scale)));
    else
        QVERIFY2(scale <= 1, qPrintable(QString::number(scale)));
}

void TestPlanExporter::reportsUnwritablePaths_data()
{
    QTest::addColumn<QString>("extension");
    QTest::newRow("png") << "png";
    QTest::newRow("svg") << "svg";
    QTest::newRow("pdf") << "pdf";
}

void TestPlanExporter::reportsUnwritablePaths()
{
    QFETCH(QString, extension);
    const LoadedPlan loaded = loadPlan(fixtures::citus(QStringLiteral("router_user1.analyze.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const QString path = m_dir.filePath(QStringLiteral("no/such/dir/plan.") + extension);
    QString error;
    QVERIFY(!PlanExporter::write(scene, path, *PlanExporter::formatFor(path), {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestPlanExporter)
#include "tst_PlanExporter.moc"
