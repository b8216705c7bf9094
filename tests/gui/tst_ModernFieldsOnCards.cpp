// Where the fields of PostgreSQL 16-18 show: on the node's card (index searches, a node
// disabled by a setting, storage, window, WAL, an InitPlan's name, fractional rows) and under
// the plan's heading (planning buffers and memory, serialization, JIT, WAL).

#include "PlanFixture.h"

#include "NodeCardItem.h"
#include "PlanScene.h"
#include "PlanTitleItem.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTest>

#include <algorithm>

using namespace shardscope;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/") + name;
}

// The n-th node (in the server's order) whose Node Type is type.
int indexOfType(const Plan &plan, const QString &type, int nth = 0)
{
    for (const int index : plan.preorder()) {
        if (plan.nodes[size_t(index)].nodeType == type && nth-- == 0)
            return index;
    }
    qFatal("no %s node", qPrintable(type));
}

QStringList cardLines(const PlanScene &scene, int index)
{
    const auto &lines = scene.card(index)->text().lines;
    return QStringList(lines.begin(), lines.end());
}

// The lines on the card of the n-th node of that type in the plan of that data file.
QStringList cardLines(const QString &file, const QString &nodeType, int nth)
{
    const LoadedPlan loaded = loadPlan(dataFile(file));
    const PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    return cardLines(scene, indexOfType(loaded.plan, nodeType, nth));
}

} // namespace

class TestModernFieldsOnCards : public QObject
{
    Q_OBJECT

private slots:
    void cardLine_data();
    void cardLine();
    void referenceIsReadable_data();
    void referenceIsReadable();
    void disabledNodeIsMarked_data();
    void disabledNodeIsMarked();
    void headerLines_data();
    void headerLines();
};

void TestModernFieldsOnCards::cardLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("nodeType");
    QTest::addColumn<int>("nth");
    QTest::addColumn<QString>("line");
    const QString perform020 = QStringLiteral("postgres-modern/pg18__docs.perform__020.txt");
    QTest::newRow("index searches, 10 loops") << perform020 << "Index Scan" << 0 << "index searches: 10";
    QTest::newRow("index searches, bitmap") << perform020 << "Bitmap Index Scan" << 0 << "index searches: 1";
    QTest::newRow("rows=0.25 kept") << "postgres-fields/pev2__fractional-rows.txt" << "Seq Scan" << 0 << "rows: 0.25 · est. 13";
    QTest::newRow("rows=10.00") << perform020 << "Nested Loop" << 0 << "rows: 10 · est. 10";
    QTest::newRow("InitPlan (returns $0)") << "postgres-fields/dgapitts__initplan-returns.txt" << "Limit" << 0
                                           << "InitPlan 1 (returns $0)";
    QTest::newRow("WAL of an update") << "postgres-fields/pev2__wal-cte.txt" << "ModifyTable" << 0 << "WAL: 10k records · 645 kB";
    const QString windows = QStringLiteral("postgres-fields/future__window-storage.txt");
    const QString initPlans = QStringLiteral("postgres-fields/27a1__initplan-col1-materialize.txt");
    QTest::newRow("WindowAgg storage") << windows << "WindowAgg" << 0 << "kept in memory, at most 37 kB";
    QTest::newRow("WindowAgg window") << windows << "WindowAgg" << 0 << "window w2 AS (PARTITION BY sales.category)";
    QTest::newRow("Materialize storage") << initPlans << "Materialize" << 0 << "kept in memory, at most 28 kB";
    QTest::newRow("InitPlan 1 (PG17+)") << initPlans << "Aggregate" << 1 << "InitPlan 1";
    QTest::newRow("InitPlan 2 (PG17+)") << initPlans << "Aggregate" << 2 << "InitPlan 2";
}

void TestModernFieldsOnCards::cardLine()
{
    QFETCH(QString, file);
    QFETCH(QString, nodeType);
    QFETCH(int, nth);
    QFETCH(QString, line);
    const QStringList lines = cardLines(file, nodeType, nth);
    QVERIFY2(lines.contains(line), qPrintable(lines.join(QLatin1String(" | "))));
}

// A long window definition wraps over the card's lines (and is cut at its end); the
// "(InitPlan 1).col1" it reads (PostgreSQL 17 and later) still shows whole on one of them.
void TestModernFieldsOnCards::referenceIsReadable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("nodeType");
    QTest::addColumn<int>("nth");
    QTest::addColumn<QString>("reference");
    QTest::newRow("window over InitPlan 1") << "postgres-fields/27a1__initplan-col1-materialize.txt" << "WindowAgg"
                                            << 1 << "(InitPlan 1).col1";
    QTest::newRow("window's partition") << "postgres-fields/27a1__initplan-col1-materialize.txt" << "WindowAgg" << 1
                                        << "window w1 AS (PARTITION BY p.id";
}

void TestModernFieldsOnCards::referenceIsReadable()
{
    QFETCH(QString, file);
    QFETCH(QString, nodeType);
    QFETCH(int, nth);
    QFETCH(QString, reference);
    const QStringList lines = cardLines(file, nodeType, nth);
    QVERIFY2(std::any_of(lines.begin(), lines.end(), [&](const QString &line) { return line.contains(reference); }),
             qPrintable(lines.join(QLatin1String(" | "))));
}

// PostgreSQL 18 prints "Disabled: true" under a node chosen although a setting disabled its
// kind (the manual's enable_seqscan = off on a table with no index).
void TestModernFieldsOnCards::disabledNodeIsMarked_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("nodeType");
    QTest::addColumn<bool>("disabled");
    QTest::newRow("Disabled: true") << "postgres-fields/pg18docs__disabled.txt" << "Seq Scan" << true;
    QTest::newRow("Disabled: true, Settings: enable_seqscan = 'off'")
        << "postgres-fields/pev2__enable-parameter-disabled.txt" << "Seq Scan" << true;
    QTest::newRow("not disabled") << "postgres-modern/pg18__docs.perform__021.txt" << "Seq Scan" << false;
}

void TestModernFieldsOnCards::disabledNodeIsMarked()
{
    QFETCH(QString, file);
    QFETCH(QString, nodeType);
    QFETCH(bool, disabled);
    const LoadedPlan loaded = loadPlan(dataFile(file));
    const int scan = indexOfType(loaded.plan, nodeType);
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    QCOMPARE(scene.card(scan)->text().disabled, disabled);
    QCOMPARE(cardLines(scene, scan).contains(QStringLiteral("disabled by a planner setting")), disabled);
    // The mark is drawn outside the card's own frame, at its left edge.
    QImage painted(scene.card(scan)->boundingRect().size().toSize() + QSize(2, 2), QImage::Format_ARGB32);
    painted.fill(Qt::transparent);
    QPainter painter(&painted);
    painter.translate(-scene.card(scan)->boundingRect().topLeft());
    QStyleOptionGraphicsItem option;
    scene.card(scan)->paint(&painter, &option, nullptr);
    painter.end();
    QCOMPARE(painted.pixelColor(2, painted.height() / 2).alpha() > 0, disabled);
}

void TestModernFieldsOnCards::headerLines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("text: planning memory, serialization")
        << "postgres-modern/pev2__23-serialization-and-planning__L13.txt"
        << QStringList{"Planning: buffers hit 6 · memory 6 kB used of 8 kB allocated",
                       "Serialization: 4.69 ms · 30.5 MB sent as text · buffers hit 200"};
    QTest::newRow("json: planning memory, serialization")
        << "postgres-fields/pev2__serialization-and-planning.json.txt"
        << QStringList{"Planning: buffers hit 6 · memory 6 kB used of 8 kB allocated",
                       "Serialization: 25.5 ms · 30.5 MB sent as text · buffers hit 200"};
    QTest::newRow("yaml: serialization without figures") << "postgres-fields/pg__explain.serialize.yaml.txt"
                                                         << QStringList{"Serialization: sent as text"};
    QTest::newRow("text: planning buffers, WAL") << "postgres-fields/pev2__wal-cte.txt"
                                                 << QStringList{"Planning: buffers hit 3", "WAL: 20 records · 1.29 kB"};
    QTest::newRow("text: WAL buffers full (PG18)") << "postgres-fields/future__wal-buffers-full.txt"
                                                   << QStringList{"WAL: 30.1k records · 2.3 MB · WAL buffers full 268 times"};
    QTest::newRow("text: planning buffers, flush left") << "postgres-fields/27a1__initplan-col1-materialize.txt"
                                                       << QStringList{"Planning: buffers hit 177"};
    QTest::newRow("text: JIT") << "postgres-modern/pg18__docs.jit__002.txt"
                               << QStringList{"JIT: 3 function(s) compiled · 7.1 ms in total"};
}

void TestModernFieldsOnCards::headerLines()
{
    QFETCH(QString, file);
    QFETCH(QStringList, lines);
    const LoadedPlan loaded = loadPlan(dataFile(file));
    PlanScene scene(loaded.plan, loaded.analysis, ColorMode::Worker);
    const QStringList shown = scene.titleItem()->lines();
    for (const QString &line : lines)
        QVERIFY2(shown.contains(line), qPrintable(shown.join(QLatin1String(" | "))));
}

QTEST_MAIN(TestModernFieldsOnCards)
#include "tst_ModernFieldsOnCards.moc"
