// Milliseconds: a time as EXPLAIN prints it (to the microsecond), in the locale's numbers.

#include "Milliseconds.h"

#include <QLocale>
#include <QTest>

using namespace shardscope;

class TestMilliseconds : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void text_data();
    void text();
};

void TestMilliseconds::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestMilliseconds::text_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("ms");
    QTest::addColumn<QString>("expected");
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    QTest::newRow("EXPLAIN's three decimals") << english << 2.565 << "2.565 ms";
    QTest::newRow("trailing zeros kept") << english << 0.19 << "0.190 ms";
    QTest::newRow("whole") << english << 12.0 << "12.000 ms";
    QTest::newRow("below a microsecond") << english << 0.0004 << "0.000 ms";
    QTest::newRow("rounded to the microsecond") << english << 1.23456 << "1.235 ms";
    QTest::newRow("thousands grouped") << english << 97850.5 << "97,850.500 ms";
    QTest::newRow("Spanish decimal comma") << spanish << 2.565 << "2,565 ms";
    QTest::newRow("Spanish thousands") << spanish << 97850.5 << "97.850,500 ms";
}

void TestMilliseconds::text()
{
    QFETCH(QLocale, locale);
    QFETCH(double, ms);
    QFETCH(QString, expected);
    QLocale::setDefault(locale);
    QCOMPARE(Milliseconds::text(ms), expected);
}

QTEST_GUILESS_MAIN(TestMilliseconds)
#include "tst_Milliseconds.moc"
