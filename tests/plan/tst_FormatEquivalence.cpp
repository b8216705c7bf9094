// The same query in two formats must give the same tree. The captured pairs come from
// separate runs: where Citus shows "One of N" tasks it may pick another shard each run, so
// there only the shape and the coordinator's rows must agree; where every task is shown,
// workers and rows must agree too.

#include "Fixtures.h"
#include "NodeLabel.h"
#include "PlanReader.h"

#include <QTest>

#include <algorithm>

using namespace shardscope;

namespace {

Plan readPlan(const QString &path)
{
    PlanParseError error;
    auto plan = PlanReader::readFile(path, &error);
    if (!plan)
        qFatal("%s: %s", qPrintable(path), qPrintable(error.toString()));
    return *plan;
}

bool showsEveryTask(const Plan &plan)
{
    for (const auto &node : plan.nodes) {
        if (node.kind == NodeKind::Job && node.citus.tasksShown != QLatin1String("All"))
            return false;
    }
    return true;
}

bool writes(const Plan &plan)
{
    for (const auto &node : plan.nodes) {
        if (node.nodeType == QLatin1String("ModifyTable"))
            return true;
    }
    return false;
}

// Parallel workers share rows differently on every run.
bool underGather(const Plan &plan, int index)
{
    for (int at = plan.nodes[size_t(index)].parent; at >= 0; at = plan.nodes[size_t(at)].parent) {
        if (plan.nodes[size_t(at)].nodeType.startsWith(QLatin1String("Gather")))
            return true;
    }
    return false;
}

// (worker, node types, and rows unless the statement writes: dead tuples left by a rolled
// back run change what an index scan visits) per task, sorted: tasks may come in another order.
QStringList taskSignatures(const Plan &plan)
{
    QStringList signatures;
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        if (plan.nodes[i].kind != NodeKind::Task)
            continue;
        QString signature = plan.nodes[i].citus.worker.toString();
        for (size_t k = i + 1; k < plan.nodes.size() && plan.ancestorOfKind(int(k), NodeKind::Task) == int(i); ++k)
            signature += QStringLiteral(" %1:%2").arg(plan.nodes[k].nodeType).arg(writes(plan) ? -1 : plan.nodes[k].actualRows.value_or(-1));
        signatures << signature;
    }
    std::sort(signatures.begin(), signatures.end());
    return signatures;
}

void compareShape(const Plan &expected, const Plan &actual)
{
    QCOMPARE(actual.nodes.size(), expected.nodes.size());
    QCOMPARE(actual.analyzed, expected.analyzed);
    for (size_t i = 0; i < expected.nodes.size(); ++i) {
        const auto &want = expected.nodes[i];
        const auto &got = actual.nodes[i];
        const QByteArray where = QByteArray::number(qulonglong(i)) + ' ' + want.nodeType.toUtf8();
        QVERIFY2(got.kind == want.kind, where.constData());
        QCOMPARE(got.nodeType, want.nodeType);
        QCOMPARE(got.parent, want.parent);
        if (want.kind != NodeKind::DistributedSubplan) // only TEXT names the subplan ("2_1")
            QCOMPARE(NodeLabel::title(got), NodeLabel::title(want));
        QCOMPARE(got.citus.worker.isEmpty(), want.citus.worker.isEmpty());
        QCOMPARE(got.joinType, want.joinType);
        QCOMPARE(got.strategy, want.strategy);
        QCOMPARE(got.parallelAware, want.parallelAware);
        QCOMPARE(got.neverExecuted, want.neverExecuted);
        // Coordinator rows do not depend on the shard shown.
        if (got.citus.worker.isEmpty() && !underGather(expected, int(i)))
            QCOMPARE(got.actualRows, want.actualRows);
    }
}

} // namespace

class TestFormatEquivalence : public QObject
{
    Q_OBJECT

private slots:
    void jsonAndTextGiveTheSameTree_data();
    void jsonAndTextGiveTheSameTree();
    void everyFormatGivesTheSameRouterPlan_data();
    void everyFormatGivesTheSameRouterPlan();
};

void TestFormatEquivalence::jsonAndTextGiveTheSameTree_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("text");
    int pairs = 0;
    for (const QString &path : fixtures::planFiles()) {
        if (!path.endsWith(QLatin1String(".json")))
            continue;
        const QString text = path.chopped(4) + QStringLiteral("txt");
        if (!QFile::exists(text))
            continue;
        QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path << text;
        ++pairs;
    }
    QVERIFY(pairs >= 27); // every JSON fixture with a TEXT twin
}

void TestFormatEquivalence::jsonAndTextGiveTheSameTree()
{
    QFETCH(QString, json);
    QFETCH(QString, text);
    const Plan fromJson = readPlan(json);
    const Plan fromText = readPlan(text);
    QCOMPARE(fromText.format, PlanFormat::Text);
    compareShape(fromJson, fromText);
    if (showsEveryTask(fromJson))
        QCOMPARE(taskSignatures(fromText), taskSignatures(fromJson));
}

void TestFormatEquivalence::everyFormatGivesTheSameRouterPlan_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("extension");
    for (const QString &user : {QStringLiteral("router_user1"), QStringLiteral("router_user2")}) {
        for (const QString &extension : {QStringLiteral("txt"), QStringLiteral("yaml"), QStringLiteral("xml")})
            QTest::newRow(qPrintable(user + QLatin1Char('.') + extension)) << user << extension;
    }
}

void TestFormatEquivalence::everyFormatGivesTheSameRouterPlan()
{
    QFETCH(QString, base);
    QFETCH(QString, extension);
    const Plan fromJson = readPlan(fixtures::citus(base + QStringLiteral(".analyze.json")));
    const Plan other = readPlan(fixtures::citus(base + QStringLiteral(".analyze.") + extension));
    compareShape(fromJson, other);
    QCOMPARE(taskSignatures(other), taskSignatures(fromJson));
    for (size_t i = 0; i < fromJson.nodes.size(); ++i) {
        QCOMPARE(other.nodes[i].citus.worker, fromJson.nodes[i].citus.worker);
        QCOMPARE(other.nodes[i].citus.shardId, fromJson.nodes[i].citus.shardId);
        QCOMPARE(other.nodes[i].relationName, fromJson.nodes[i].relationName);
        QCOMPARE(other.nodes[i].indexName, fromJson.nodes[i].indexName);
    }
}

QTEST_GUILESS_MAIN(TestFormatEquivalence)
#include "tst_FormatEquivalence.moc"
