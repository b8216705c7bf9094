// Progress from what `docker compose up -d` prints, in v2's plain form and v1's.

#include "ComposeProgress.h"
#include "ComposeProject.h"

#include <QTest>

using namespace shardscope;

class TestComposeProgress : public QObject
{
    Q_OBJECT

private slots:
    void versionTwo();
    void versionOneSaysLess();
    void alreadyRunning();
    void otherLinesChangeNothing();
};

void TestComposeProgress::versionTwo()
{
    ComposeProgress progress(1, QLatin1String(ComposeProject::standardName));
    QCOMPARE(progress.total(), 10); // image; 2 servers x 3; registration x 2; registered
    QVERIFY(progress.take(QStringLiteral(" coordinator Pulling ")));
    QCOMPARE(progress.step(), 0);
    QVERIFY(progress.label().startsWith(QStringLiteral("Downloading the Citus image")));
    QVERIFY(progress.take(QStringLiteral(" coordinator Pulled ")));
    QCOMPARE(progress.step(), 1);
    progress.take(QStringLiteral(" Container postgres_sharding-coordinator-1  Creating"));
    QCOMPARE(progress.label(), QStringLiteral("Creating coordinator"));
    progress.take(QStringLiteral(" Container postgres_sharding-coordinator-1  Created"));
    progress.take(QStringLiteral(" Container postgres_sharding-worker1-1  Created"));
    progress.take(QStringLiteral(" Container postgres_sharding-register-1-1  Created"));
    QCOMPARE(progress.step(), 4);
    QCOMPARE(progress.label(), QStringLiteral("the worker registration created"));
    progress.take(QStringLiteral(" Container postgres_sharding-worker1-1  Started"));
    QCOMPARE(progress.step(), 5);
    progress.take(QStringLiteral(" Container postgres_sharding-worker1-1  Waiting"));
    QCOMPARE(progress.label(), QStringLiteral("Waiting for worker1 to accept connections"));
    progress.take(QStringLiteral(" Container postgres_sharding-worker1-1  Healthy"));
    QCOMPARE(progress.step(), 6);
    QCOMPARE(progress.label(), QStringLiteral("worker1 accepts connections"));
    progress.composeDone();
    QCOMPARE(progress.step(), 9);
    QCOMPARE(progress.label(), QStringLiteral("Registering the workers with the coordinator"));
    progress.registered();
    QCOMPARE(progress.step(), 10);
    QCOMPARE(progress.label(), QStringLiteral("Cluster ready"));
}

void TestComposeProgress::versionOneSaysLess()
{
    ComposeProgress progress(2, QLatin1String(ComposeProject::standardName));
    QVERIFY(progress.take(QStringLiteral("Pulling coordinator (citusdata/citus:13.2.0-pg15)...")));
    QCOMPARE(progress.step(), 0);
    QVERIFY(progress.take(QStringLiteral("Creating postgres_sharding_worker2_1     ... ")));
    QCOMPARE(progress.label(), QStringLiteral("Creating worker2"));
    QCOMPARE(progress.step(), 0);
    QVERIFY(progress.take(QStringLiteral("Creating postgres_sharding-coordinator-1 ... done")));
    QCOMPARE(progress.step(), 3); // image, created, started
    QVERIFY(progress.take(QStringLiteral("Creating postgres_sharding_worker2_1     ... done")));
    QCOMPARE(progress.step(), 5);
    QCOMPARE(progress.label(), QStringLiteral("worker2 started"));
    progress.composeDone(); // every server healthy, the registration started
    QCOMPARE(progress.step(), progress.total() - 1);
}

void TestComposeProgress::alreadyRunning()
{
    ComposeProgress progress(1, QLatin1String(ComposeProject::standardName));
    QVERIFY(progress.take(QStringLiteral(" Container postgres_sharding-coordinator-1  Running")));
    QVERIFY(progress.take(QStringLiteral("postgres_sharding_worker1_1 is up-to-date")));
    QCOMPARE(progress.step(), 5);
}

void TestComposeProgress::otherLinesChangeNothing()
{
    ComposeProgress progress(2, QLatin1String(ComposeProject::standardName));
    for (const char *line : {" Network postgres_sharding_default  Created", " 2a1b3c4d5e6f Pulling fs layer ",
                             " 2a1b3c4d5e6f Downloading [==>      ]  1.2MB/29.1MB", "Creating network \"x\" with the default driver",
                             " Container other_project-db-1  Started", ""}) {
        QVERIFY2(!progress.take(QLatin1String(line)), line);
    }
    QCOMPARE(progress.step(), 0);
    // Steps never go back, nor reach the end before the registration.
    for (int round = 0; round < 2; ++round) {
        progress.take(QStringLiteral(" Container postgres_sharding-worker1-1  Healthy"));
        progress.take(QStringLiteral(" Container postgres_sharding-worker1-1  Created"));
    }
    QCOMPARE(progress.step(), 4);
    for (const char *service : {"coordinator", "worker1", "worker2", "register-2", "register-5", "worker7"})
        progress.take(QStringLiteral(" Container postgres_sharding-%1-1  Healthy").arg(QLatin1String(service)));
    QCOMPARE(progress.step(), progress.total() - 1);
}

QTEST_GUILESS_MAIN(TestComposeProgress)
#include "tst_ComposeProgress.moc"
