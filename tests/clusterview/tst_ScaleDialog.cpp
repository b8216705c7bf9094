// The dialog of Cluster > Add a Worker / Rebalance / Remove a Worker as a scaler reports:
// the moves listed as they come with the progress, a shard map refresh asked after each
// move, Cancel asked while running (Escape included), the block_writes offer exactly when
// the rebalancer cannot use logical replication, and the users' tasks side by side.

#include "ClusterScaler.h"
#include "PgConnection.h"
#include "ScaleDialog.h"

#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace shardscope;

namespace {

const NodeAddress first{QStringLiteral("127.0.0.1"), 9701};
const NodeAddress second{QStringLiteral("127.0.0.1"), 9702};
const NodeAddress added{QStringLiteral("127.0.0.1"), 9703};

ErrorDiagnosis diagnosisOf(const QString &sqlState, const QString &message)
{
    PgError error;
    error.sqlState = sqlState;
    error.message = message;
    return ErrorDiagnosis::of(error);
}

// A dialog following a scaler that never runs: the test speaks for the scaler.
struct Following {
    PgConnection connection;
    ClusterScaler scaler{&connection};
    ScaleDialog dialog;
    Following() { dialog.follow(&scaler); }
};

} // namespace

class TestScaleDialog : public QObject
{
    Q_OBJECT

private slots:
    void movesShownAsTheyHappen();
    void cancelWhileRunning();
    void blockWritesOffered_data();
    void blockWritesOffered();
    void tasksSideBySide();
};

void TestScaleDialog::movesShownAsTheyHappen()
{
    Following following;
    ClusterScaler &scaler = following.scaler;
    ScaleDialog &dialog = following.dialog;
    QSignalSpy moved(&dialog, &ScaleDialog::shardsMoved);
    dialog.begin(ScaleDialog::Operation::AddWorker);
    QVERIFY(dialog.isRunning());
    QVERIFY(!dialog.cancelButton()->isHidden());

    emit scaler.note(QStringLiteral("Citus moves the shards in background job 7."));
    emit scaler.moveProgress(0, 10, first, added);
    QCOMPARE(moved.count(), 0);
    emit scaler.moveProgress(1, 10, second, added);
    // One move done: the map reads again.
    QCOMPARE(moved.count(), 1);
    QCOMPARE(dialog.progressBar()->maximum(), 10);
    QCOMPARE(dialog.progressBar()->value(), 1);
    // (Plural forms come from the translations, which this test does not load.)
    QVERIFY2(dialog.progressBar()->text().startsWith(QLatin1String("1 of 10 shard move")),
             qPrintable(dialog.progressBar()->text()));
    QCOMPARE(dialog.stepList()->count(), 3);
    QVERIFY2(dialog.stepList()->item(2)->text().contains(QLatin1String("from 127.0.0.1:9702 to 127.0.0.1:9703")),
             qPrintable(dialog.stepList()->item(2)->text()));

    // The end is for whoever ran the change to announce, once (ClusterScaleControl).
    emit scaler.finished();
    QCOMPARE(moved.count(), 1);
    QVERIFY(dialog.problemText().isEmpty());
    QVERIFY(dialog.blockWritesButton()->isHidden());
    dialog.end();
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.cancelButton()->isHidden());

    // The next run starts with an empty list.
    dialog.begin(ScaleDialog::Operation::Rebalance);
    QCOMPARE(dialog.stepList()->count(), 0);
}

void TestScaleDialog::cancelWhileRunning()
{
    ScaleDialog dialog;
    QSignalSpy cancel(&dialog, &ScaleDialog::cancelRequested);
    dialog.begin(ScaleDialog::Operation::Rebalance);
    dialog.show();
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancel.count(), 1);
    // Escape asks the same, and the dialog stays until the moves have stopped.
    dialog.reject();
    QCOMPARE(cancel.count(), 2);
    QVERIFY(dialog.isVisible());
    dialog.end();
    dialog.reject();
    QCOMPARE(cancel.count(), 2);
    QVERIFY(!dialog.isVisible());
}

void TestScaleDialog::blockWritesOffered_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("offered");

    // As a background move reports it: no code of its own.
    QTest::newRow("wal_level") << "" << "ERROR:  logical decoding requires wal_level >= logical" << true;
    QTest::newRow("replica identity")
        << "0A000"
        << "cannot use logical replication to transfer shards of the relation users since it doesn't have a "
           "REPLICA IDENTITY or PRIMARY KEY"
        << true;
    QTest::newRow("other") << "08006" << "could not connect to server" << false;
}

void TestScaleDialog::blockWritesOffered()
{
    QFETCH(QString, sqlState);
    QFETCH(QString, message);
    QFETCH(bool, offered);
    Following following;
    ClusterScaler &scaler = following.scaler;
    ScaleDialog &dialog = following.dialog;
    QSignalSpy again(&dialog, &ScaleDialog::blockWritesRequested);
    dialog.begin(ScaleDialog::Operation::Rebalance);
    const ErrorDiagnosis diagnosis = diagnosisOf(sqlState, message);
    emit scaler.failed(diagnosis);
    dialog.end();
    QCOMPARE(dialog.problemText(), diagnosis.explanation);
    QCOMPARE(!dialog.blockWritesButton()->isHidden(), offered);
    if (!offered)
        return;
    dialog.show();
    QTest::mouseClick(dialog.blockWritesButton(), Qt::LeftButton);
    QCOMPARE(again.count(), 1);
    // Running again: the offer and the problem go, the steps so far stay.
    dialog.resume();
    QVERIFY(dialog.isRunning());
    QVERIFY(dialog.blockWritesButton()->isHidden());
    QVERIFY(dialog.problemText().isEmpty());
}

void TestScaleDialog::tasksSideBySide()
{
    ScaleDialog dialog;
    dialog.begin(ScaleDialog::Operation::AddWorker);
    QVERIFY(dialog.taskTable()->isHidden());
    dialog.showTaskMoves({{1, second}, {2, first}}, {{1, added}, {2, first}});
    QVERIFY(!dialog.taskTable()->isHidden());
    QCOMPARE(dialog.taskTable()->rowCount(), 2);
    QCOMPARE(dialog.taskTable()->item(0, 1)->text(), second.toString());
    QCOMPARE(dialog.taskTable()->item(0, 2)->text(), added.toString());
    QCOMPARE(dialog.taskTable()->item(1, 1)->text(), first.toString());
    QCOMPARE(dialog.taskTable()->item(1, 2)->text(), first.toString());
    const QStringList lines = dialog.taskMovesText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(QLatin1String("moved")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QLatin1String("still")), qPrintable(lines.at(1)));
}

QTEST_MAIN(TestScaleDialog)
#include "tst_ScaleDialog.moc"
