// The SVG export through SvgPlanWriter: well-formed, one shared style block, real text for
// every card, plan text escaped, cards in their workers' colours, a 10,004-node plan small.

#include "PlanFixture.h"

#include "NodeCardItem.h"
#include "PlanExporter.h"
#include "PlanScene.h"
#include "PlanStyle.h"
#include "TaskFrameItem.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace shardscope;

namespace {

// What a parse of the SVG found: its texts in order, its elements' attribute names, and
// its <style> blocks.
struct SvgContents {
    QString error;
    QStringList texts;
    QSet<QString> attributes;
    int styleBlocks = 0;
    QString style;
};

SvgContents parse(const QByteArray &bytes)
{
    SvgContents contents;
    QXmlStreamReader reader(bytes);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        for (const QXmlStreamAttribute &attribute : reader.attributes())
            contents.attributes.insert(attribute.qualifiedName().toString());
        if (reader.name() == QLatin1String("style")) {
            ++contents.styleBlocks;
            contents.style = reader.readElementText();
        } else if (reader.name() == QLatin1String("text")) {
            contents.texts.append(reader.readElementText());
        }
    }
    if (reader.hasError())
        contents.error = reader.errorString();
    return contents;
}

QList<NodeCardItem *> cardsOf(const PlanScene &scene)
{
    QList<NodeCardItem *> cards;
    for (QGraphicsItem *item : scene.items()) {
        if (item->type() == NodeCardItem::Type)
            cards.append(static_cast<NodeCardItem *>(item));
    }
    return cards;
}

} // namespace

class TestSvgPlanWriter : public QObject
{
    Q_OBJECT

private slots:
    void wellFormedWithSharedStyles_data();
    void wellFormedWithSharedStyles();
    void escapesPlanText();
    void cardsKeepTheirWorkerColours_data();
    void cardsKeepTheirWorkerColours();
    void hugePlanIsSmall();

private:
    QByteArray exported(PlanScene &scene);

    QTemporaryDir m_dir;
};

QByteArray TestSvgPlanWriter::exported(PlanScene &scene)
{
    const QString path = m_dir.filePath(QStringLiteral("plan.svg"));
    QString error;
    if (!PlanExporter::write(scene, path, PlanExporter::Format::Svg, {}, &error))
        qWarning("export failed: %s", qPrintable(error));
    return fixtures::read(path);
}

void TestSvgPlanWriter::wellFormedWithSharedStyles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("tutorial plan") << fixtures::citus(QStringLiteral("router_user1.analyze_verbose_buffers.json"));
    QTest::newRow("subplans") << fixtures::citus(QStringLiteral("cte_subplan_top_users.analyze_verbose_buffers.json"));
    QTest::newRow("repartition") << fixtures::citus(QStringLiteral("repartition_join_dual.analyze_verbose_buffers.txt"));
    QTest::newRow("104 nodes") << fixtures::postgres(QStringLiteral("pwj_25.analyze_buffers.json"));
}

void TestSvgPlanWriter::wellFormedWithSharedStyles()
{
    QFETCH(QString, fixture);
    const LoadedPlan loaded = loadPlan(fixture);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const SvgContents svg = parse(exported(scene));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QCOMPARE(svg.styleBlocks, 1);
    // Fonts and colours are declared once, in the style block, never on an element.
    for (const char *attribute : {"style", "font-family", "font-size", "font-weight", "fill", "fill-rule", "stroke"})
        QVERIFY2(!svg.attributes.contains(QLatin1String(attribute)), attribute);
    QVERIFY(svg.attributes.contains(QStringLiteral("class")));
    QCOMPARE(svg.style.count(QStringLiteral("font-family")), svg.style.count(QStringLiteral("font-size")));
    QVERIFY(svg.style.count(QStringLiteral("font-family")) <= 12);
    // Every card's node type is real text, at the scene's 100% all cards are readable.
    const QString allText = svg.texts.join(QString());
    const QList<NodeCardItem *> cards = cardsOf(scene);
    QVERIFY(!cards.isEmpty());
    for (const NodeCardItem *card : cards)
        QVERIFY2(allText.contains(card->text().title), qPrintable(card->text().title));
    QVERIFY(allText.contains(QStringLiteral("Where each part ran"))); // the legend
}

void TestSvgPlanWriter::escapesPlanText()
{
    // Names a hostile plan could carry: markup, entities and both quotes.
    const QString relation = QStringLiteral("evil<rel>&\"q'");
    const QString subplan = QStringLiteral("CTE x</text><script>&amp;\"'");
    const QJsonObject node{{QStringLiteral("Node Type"), QStringLiteral("Index Scan")},
                           {QStringLiteral("Relation Name"), relation},
                           {QStringLiteral("Index Name"), QStringLiteral("idx&<1>")},
                           {QStringLiteral("Subplan Name"), subplan},
                           {QStringLiteral("Startup Cost"), 0.1},
                           {QStringLiteral("Total Cost"), 8.3},
                           {QStringLiteral("Plan Rows"), 1}};
    const QByteArray plan = QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("Plan"), node}}}).toJson();
    PlanParseError error;
    std::optional<Plan> read = PlanReader::read(plan, &error);
    QVERIFY2(read, qPrintable(error.toString()));
    const PlanAnalysis analysis = PlanAnalyzer::analyze(*read);
    PlanScene scene(*read, analysis, ColorMode::Worker);
    const QByteArray bytes = exported(scene);
    QVERIFY(!bytes.contains("<script>"));
    QVERIFY(!bytes.contains("evil<rel>"));
    const SvgContents svg = parse(bytes);
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    const QString allText = svg.texts.join(QString());
    QVERIFY2(allText.contains(relation), qPrintable(allText));
    QVERIFY2(allText.contains(subplan), qPrintable(allText));
    QVERIFY(QSvgRenderer(bytes).isValid());
}

void TestSvgPlanWriter::cardsKeepTheirWorkerColours_data()
{
    wellFormedWithSharedStyles_data();
}

void TestSvgPlanWriter::cardsKeepTheirWorkerColours()
{
    QFETCH(QString, fixture);
    const LoadedPlan loaded = loadPlan(fixture);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    QSvgRenderer renderer(exported(scene));
    QVERIFY(renderer.isValid());
    const QRectF drawing = scene.sceneRect();
    QImage image(drawing.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(QPointF(), drawing.size()));
    painter.end();
    const auto near = [](const QColor &seen, const QColor &expected) {
        return qAbs(seen.red() - expected.red()) <= 8 && qAbs(seen.green() - expected.green()) <= 8
               && qAbs(seen.blue() - expected.blue()) <= 8;
    };
    int checked = 0;
    for (const QGraphicsItem *item : scene.items()) {
        QColor expected;
        QPointF point; // in the item, where only its colour is drawn
        if (item->type() == NodeCardItem::Type) {
            const auto *card = static_cast<const NodeCardItem *>(item);
            if (card->text().neverExecuted)
                continue; // drawn faded
            // The middle of the header's right end, right of the title.
            point = QPointF(card->size().width() - 5, PlanStyle::headerHeight / 2);
            expected = card->color();
        } else if (item->type() == TaskFrameItem::Type) {
            const auto *frame = static_cast<const TaskFrameItem *>(item);
            // The title band's right end.
            point = QPointF(frame->boundingRect().right() - 6, PlanStyle::frameTitleHeight / 2);
            expected = frame->color();
        } else {
            continue;
        }
        const QPoint pixel = (item->mapToScene(point) - drawing.topLeft()).toPoint();
        const QColor seen = image.pixelColor(pixel);
        QVERIFY2(near(seen, expected), qPrintable(QStringLiteral("%1 at %2,%3: %4 instead of %5")
                                                      .arg(item->type())
                                                      .arg(pixel.x())
                                                      .arg(pixel.y())
                                                      .arg(seen.name(), expected.name())));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestSvgPlanWriter::hugePlanIsSmall()
{
    const LoadedPlan loaded = loadPlan(fixtures::postgres(QStringLiteral("pwj_10k.analyze_buffers.json")));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const QByteArray bytes = exported(scene);
    QVERIFY(bytes.size() > 1000000); // all 10,004 cards are in it
    QVERIFY2(bytes.size() < 15000000, qPrintable(QString::number(bytes.size())));
    QVERIFY(parse(bytes).error.isEmpty());
}

QTEST_MAIN(TestSvgPlanWriter)
#include "tst_SvgPlanWriter.moc"
