// Reading plans on a worker thread: results, errors with their position, and requests
// that are cancelled or overtaken dropping their results.

#include "Fixtures.h"

#include "PlanLoader.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace shardscope;

namespace {

const QString bigPlan = QStringLiteral("pwj_10k.analyze_buffers.json");

// Lets every background read finish and its result reach the loader; a read of the
// largest plan takes well under a second.
// False when one does not end within 20 s.
bool settle()
{
    if (!QThreadPool::globalInstance()->waitForDone(20000))
        return false;
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return true;
}

} // namespace

class TestPlanLoader : public QObject
{
    Q_OBJECT

private slots:
    void readsAFile();
    void readsPsqlOutput();
    void tellsWhatWasSkipped_data();
    void tellsWhatWasSkipped();
    void errorsSayWhere();
    void missingFile();
    void cancelDropsTheResult();
    void newerRequestWins();
};

void TestPlanLoader::readsAFile()
{
    PlanLoader loader;
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    QSignalSpy busy(&loader, &PlanLoader::busyChanged);
    const QString path = fixtures::citus(QStringLiteral("router_user1.analyze.yaml"));
    loader.loadFile(path);
    QVERIFY(loader.isBusy());
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!loader.isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).first().toBool(), true);
    QCOMPARE(busy.at(1).first().toBool(), false);
    const auto document = loaded.first().first().value<PlanDocumentPtr>();
    QCOMPARE(document->name, QStringLiteral("router_user1.analyze.yaml"));
    QCOMPARE(document->path, path);
    QCOMPARE(document->plan.format, PlanFormat::Yaml);
    QCOMPARE(document->analysis.kind, PlanKind::Router);
    QCOMPARE(document->analysis.nodes.size(), document->plan.nodes.size());
}

void TestPlanLoader::readsPsqlOutput()
{
    PlanLoader loader;
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    loader.loadText(fixtures::read(fixtures::citus(QStringLiteral("tutorial_06_explain_analyze_user2.txt"))),
                    QStringLiteral("Pasted plan"));
    QTRY_COMPARE(loaded.count(), 1);
    const auto document = loaded.first().first().value<PlanDocumentPtr>();
    QCOMPARE(document->name, QStringLiteral("Pasted plan"));
    QVERIFY(document->path.isEmpty());
    QCOMPARE(document->analysis.workers.size(), size_t(1));
    QCOMPARE(document->analysis.workers.front().worker.toString(), QStringLiteral("127.0.0.1:9701"));
}

void TestPlanLoader::tellsWhatWasSkipped_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("plans");
    QTest::addColumn<bool>("skipped");
    const QByteArray session =
        fixtures::read(QStringLiteral(SHARDSCOPE_FIXTURES_DIR "/postgres-rules/rule_delete_analyze_text.txt"));
    QTest::newRow("BEGIN and ROLLBACK around two plans") << session << 2 << true;
    QTest::newRow("a prompt after one plan")
        << fixtures::read(fixtures::citus(QStringLiteral("router_user1.analyze.txt"))) + "postgres=# " << 1 << true;
    QTest::newRow("one plan alone") << fixtures::read(fixtures::citus(QStringLiteral("router_user1.analyze.txt"))) << 1
                                    << false;
}

void TestPlanLoader::tellsWhatWasSkipped()
{
    QFETCH(QByteArray, text);
    QFETCH(int, plans);
    QFETCH(bool, skipped);
    PlanLoader loader;
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    loader.loadText(text, QStringLiteral("Pasted plan"));
    QTRY_COMPARE(loaded.count(), 1);
    const auto document = loaded.first().first().value<PlanDocumentPtr>();
    QCOMPARE(int(document->plan.roots().size()), plans);
    QCOMPARE(int(document->sections.size()), plans > 1 ? plans : 0);
    QCOMPARE(!document->skipped.isEmpty(), skipped);
    QCOMPARE(document->analysis.nodes.size(), document->plan.nodes.size());
}

void TestPlanLoader::errorsSayWhere()
{
    PlanLoader loader;
    QSignalSpy failed(&loader, &PlanLoader::failed);
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    loader.loadText("[{\"Plan\": {\"Node Type\": \"Result\"}", QStringLiteral("Pasted plan"));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!loader.isBusy());
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Pasted plan"));
    const auto error = failed.first().at(1).value<PlanParseError>();
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, 34);
    QVERIFY(!error.message.isEmpty());
}

void TestPlanLoader::missingFile()
{
    PlanLoader loader;
    QSignalSpy failed(&loader, &PlanLoader::failed);
    loader.loadFile(QStringLiteral("/nonexistent/plan.json"));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("plan.json"));
    QVERIFY(!failed.first().at(1).value<PlanParseError>().message.isEmpty());
}

void TestPlanLoader::cancelDropsTheResult()
{
    PlanLoader loader;
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    QSignalSpy busy(&loader, &PlanLoader::busyChanged);
    loader.loadFile(fixtures::postgres(bigPlan));
    loader.cancel();
    QVERIFY(!loader.isBusy());
    QCOMPARE(busy.count(), 2);
    QVERIFY2(settle(), "a background read did not end within 20 s");
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(busy.count(), 2);
    loader.cancel(); // idle: nothing to say
    QCOMPARE(busy.count(), 2);
}

void TestPlanLoader::newerRequestWins()
{
    PlanLoader loader;
    QSignalSpy loaded(&loader, &PlanLoader::loaded);
    QSignalSpy busy(&loader, &PlanLoader::busyChanged);
    loader.loadFile(fixtures::postgres(bigPlan));
    loader.loadFile(fixtures::citus(QStringLiteral("router_user2.analyze.json")));
    QVERIFY2(settle(), "a background read did not end within 20 s");
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().value<PlanDocumentPtr>()->name, QStringLiteral("router_user2.analyze.json"));
    // Busy once for both requests.
    QCOMPARE(busy.count(), 2);
}

QTEST_MAIN(TestPlanLoader)
#include "tst_PlanLoader.moc"
