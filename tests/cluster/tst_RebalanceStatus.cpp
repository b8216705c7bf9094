// RebalanceStatus against rows of citus_rebalance_status() a real Citus 13.2.2 cluster gave
// (tests/data/citus/rebalance_status_*.txt: state|details): the moves done and in all, the
// move that runs, and the error of a move Citus keeps retrying.

#include "ErrorDiagnosis.h"
#include "Fixtures.h"
#include "RebalanceStatus.h"

#include <QTest>

using namespace shardscope;
using State = RebalanceStatus::State;

Q_DECLARE_METATYPE(shardscope::RebalanceStatus::State)

class TestRebalanceStatus : public QObject
{
    Q_OBJECT

private slots:
    void capturedRows_data();
    void capturedRows();
    void retriedMoveNeedsBlockingTransfer();
    void malformedDetailsGiveNoMoves();
};

void TestRebalanceStatus::capturedRows_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<State>("state");
    QTest::addColumn<int>("done");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("over");

    QTest::newRow("running") << "rebalance_status_running.txt" << State::Running << 3 << 15 << "127.0.0.1:9792"
                             << "127.0.0.1:9791" << false;
    QTest::newRow("retrying") << "rebalance_status_retrying_wal_level.txt" << State::Running << 0 << 15 << ""
                              << "" << false;
    QTest::newRow("finished") << "rebalance_status_finished.txt" << State::Finished << 15 << 15 << "" << ""
                              << true;
    QTest::newRow("cancelled") << "rebalance_status_cancelled.txt" << State::Cancelled << 0 << 15 << "" << ""
                               << true;
}

void TestRebalanceStatus::capturedRows()
{
    QFETCH(QString, fixture);
    QFETCH(State, state);
    QFETCH(int, done);
    QFETCH(int, total);
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(bool, over);
    const QString row = QString::fromUtf8(fixtures::read(fixtures::citus(fixture))).trimmed();
    const RebalanceStatus status = RebalanceStatus::parse(row.section(QLatin1Char('|'), 0, 0), row.section(QLatin1Char('|'), 1));
    QCOMPARE(status.state, state);
    QCOMPARE(status.done, done);
    QCOMPARE(status.total, total);
    // Empty: no move runs.
    QCOMPARE(status.source, NodeAddress::parse(source).value_or(NodeAddress{}));
    QCOMPARE(status.target, NodeAddress::parse(target).value_or(NodeAddress{}));
    QCOMPARE(status.isOver(), over);
}

void TestRebalanceStatus::retriedMoveNeedsBlockingTransfer()
{
    const QString row =
        QString::fromUtf8(fixtures::read(fixtures::citus(QStringLiteral("rebalance_status_retrying_wal_level.txt")))).trimmed();
    const RebalanceStatus status = RebalanceStatus::parse(row.section(QLatin1Char('|'), 0, 0), row.section(QLatin1Char('|'), 1));
    QVERIFY(status.taskError.contains(QLatin1String("logical decoding requires wal_level >= logical")));
    PgError error;
    error.message = status.taskError;
    const ErrorDiagnosis diagnosis = ErrorDiagnosis::of(error);
    QCOMPARE(diagnosis.problem, ErrorDiagnosis::Problem::LogicalDecodingOff);
    QVERIFY(ErrorDiagnosis::needsBlockingTransfer(diagnosis.problem));
    // The worker whose wal_level is too low, and the way out.
    QVERIFY2(diagnosis.explanation.contains(QLatin1String("127.0.0.1:9792")), qPrintable(diagnosis.explanation));
    QVERIFY2(diagnosis.explanation.contains(QLatin1String("block_writes")), qPrintable(diagnosis.explanation));
}

void TestRebalanceStatus::malformedDetailsGiveNoMoves()
{
    const RebalanceStatus status = RebalanceStatus::parse(QStringLiteral("paused"), QStringLiteral("{not json"));
    QCOMPARE(status.state, State::Unknown);
    QCOMPARE(status.total, 0);
    QVERIFY(status.source.isEmpty());
    QVERIFY(!status.isOver());
}

QTEST_GUILESS_MAIN(TestRebalanceStatus)
#include "tst_RebalanceStatus.moc"
