// PlanPropertyMapper's figures: read whole however long, and a figure its field cannot
// hold (not a number, infinite, past the integer type) leaves the field unknown while the
// node keeps the server's text, so such a plan still loads. Converting those figures was
// undefined behaviour (the fuzzers' UBSan reports); the asan preset stops on it.

#include "PlanPropertyMapper.h"
#include "PlanReader.h"

#include <QTest>

using namespace shardscope;

namespace {

// What EXPLAIN prints (rows=%.0f) for the largest estimate the planner makes, 1e100 rows.
const QString largestEstimate = QString::number(1e100, 'f', 0);

// The integer field a key sets, as the test compares it.
std::optional<qint64> integerField(const PlanNode &node, const QString &key)
{
    if (key == QLatin1String("Shared Hit Blocks"))
        return node.buffers.sharedHit;
    if (key == QLatin1String("Temp Written Blocks"))
        return node.buffers.tempWritten;
    if (key == QLatin1String("Task Count"))
        return node.citus.taskCount;
    if (key == QLatin1String("Merge Task Count"))
        return node.citus.mergeTaskCount;
    if (key == QLatin1String("Workers Launched"))
        return node.workersLaunched;
    if (key == QLatin1String("Workers Planned"))
        return node.workersPlanned;
    qFatal("no integer field for %s in this test", qPrintable(key));
}

} // namespace

class TestPlanPropertyMapper : public QObject
{
    Q_OBJECT

private slots:
    void number_data();
    void number();
    void integerFields_data();
    void integerFields();
    void absurdFiguresStillLoad_data();
    void absurdFiguresStillLoad();
};

void TestPlanPropertyMapper::number_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<double>("expected");
    QTest::newRow("time with its unit") << "0.338 ms" << true << 0.338;
    QTest::newRow("two decimals (PG18 rows)") << "10.00" << true << 10.0;
    QTest::newRow("exponent") << "1.5e3" << true << 1500.0;
    QTest::newRow("101-digit estimate read whole") << largestEstimate << true << 1e100;
    QTest::newRow("past a double") << "1e400" << false << 0.0;
    QTest::newRow("nan") << "nan" << false << 0.0;
    QTest::newRow("inf") << "inf" << false << 0.0;
    QTest::newRow("-infinity") << "-infinity" << false << 0.0;
    QTest::newRow("trailing letters") << "12abc" << false << 0.0;
    QTest::newRow("empty") << "" << false << 0.0;
}

void TestPlanPropertyMapper::number()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(double, expected);
    const std::optional<double> parsed = PlanPropertyMapper::number(text);
    QCOMPARE(parsed.has_value(), known);
    if (known)
        QCOMPARE(*parsed, expected);
}

void TestPlanPropertyMapper::integerFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("blocks") << "Shared Hit Blocks" << "12" << true << qint64(12);
    // The largest double below 2^63 still fits a qint64; 2^63 itself does not.
    QTest::newRow("largest block count that fits")
        << "Shared Hit Blocks" << "9223372036854774784" << true << qint64(9223372036854774784);
    QTest::newRow("blocks past qint64") << "Shared Hit Blocks" << "9223372036854775808" << false << qint64(0);
    QTest::newRow("fuzzer's huge figure") << "Temp Written Blocks" << "3.44444e+63" << false << qint64(0);
    QTest::newRow("blocks below qint64") << "Temp Written Blocks" << "-1e19" << false << qint64(0);
    QTest::newRow("blocks nan") << "Shared Hit Blocks" << "nan" << false << qint64(0);
    QTest::newRow("tasks inf") << "Task Count" << "inf" << false << qint64(0);
    QTest::newRow("tasks 1e19") << "Merge Task Count" << "1e19" << false << qint64(0);
    QTest::newRow("workers") << "Workers Planned" << "2" << true << qint64(2);
    QTest::newRow("largest worker count") << "Workers Planned" << "2147483647" << true << qint64(2147483647);
    // An int holds no more; the old code wrapped this to 2 workers.
    QTest::newRow("workers past int") << "Workers Launched" << "4294967298" << false << qint64(0);
    QTest::newRow("workers not a number") << "Workers Launched" << "many" << false << qint64(0);
}

void TestPlanPropertyMapper::integerFields()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(qint64, expected);
    PlanNode node;
    PlanPropertyMapper::apply(node, key, text);
    const std::optional<qint64> field = integerField(node, key);
    QCOMPARE(field.has_value(), known);
    if (known)
        QCOMPARE(*field, expected);
    // Whatever the field makes of it, the details keep what the server sent.
    QCOMPARE(node.property(key), text);
}

void TestPlanPropertyMapper::absurdFiguresStillLoad_data()
{
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::newRow("text: 1e100 rows")
        << QStringLiteral("Seq Scan on t  (cost=0.00..1.00 rows=%1 width=4)").arg(largestEstimate).toUtf8()
        << "Plan Rows" << largestEstimate;
    QTest::newRow("text: buffers past qint64")
        << QByteArray("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n"
                      "  Buffers: shared hit=99999999999999999999")
        << "Shared Hit Blocks" << "99999999999999999999";
    QTest::newRow("json: buffers past qint64")
        << QByteArray(R"([{"Plan": {"Node Type": "Seq Scan", "Relation Name": "t", "Plan Rows": 1,)"
                      R"( "Shared Hit Blocks": 1e300}}])")
        << "Shared Hit Blocks" << "1e300";
    QTest::newRow("yaml: tasks past qint64")
        << QByteArray("- Plan: \n"
                      "    Node Type: \"Custom Scan\"\n"
                      "    Custom Plan Provider: \"Citus Adaptive\"\n"
                      "    Distributed Query: \n"
                      "      Job: \n"
                      "        Task Count: 1e30\n"
                      "        Tasks Shown: \"None, not supported for re-partition queries\"\n")
        << "Task Count" << "1e30";
    QTest::newRow("xml: rows nan")
        << QByteArray(R"(<explain xmlns="http://www.postgresql.org/2009/explain"><Query><Plan>)"
                      R"(<Node-Type>Seq Scan</Node-Type><Relation-Name>t</Relation-Name>)"
                      R"(<Plan-Rows>nan</Plan-Rows></Plan></Query></explain>)")
        << "Plan Rows" << "nan";
}

void TestPlanPropertyMapper::absurdFiguresStillLoad()
{
    QFETCH(QByteArray, plan);
    QFETCH(QString, key);
    QFETCH(QString, text);
    PlanParseError error;
    const std::optional<Plan> read = PlanReader::read(plan, &error);
    QVERIFY2(read, qPrintable(error.toString()));
    bool shown = false;
    for (const PlanNode &node : read->nodes)
        shown = shown || node.property(key) == text;
    QVERIFY2(shown, qPrintable(QStringLiteral("no node shows %1: %2").arg(key, text)));
}

QTEST_GUILESS_MAIN(TestPlanPropertyMapper)
#include "tst_PlanPropertyMapper.moc"
