// The interner shared by the plan builder and the YAML and XML readers: one value per
// distinct text, made once, found again by every byte of the text, not by its ends.

#include "StringInterner.h"

#include <QString>
#include <QTest>

#include <string>

using namespace shardscope;

class TestStringInterner : public QObject
{
    Q_OBJECT

private slots:
    void textsDifferingInTheMiddle();
    void keepsItsOwnCopy();
};

// 20 bytes each, alike in their first and last 8: as costs and ids of one width are.
void TestStringInterner::textsDifferingInTheMiddle()
{
    constexpr int count = 4096;
    std::vector<std::string> texts;
    for (int i = 0; i < count; ++i)
        texts.push_back("cost=100" + QByteArray::number(i, 16).rightJustified(4, '0').toStdString() + ".00..200");
    QCOMPARE(texts.front().size(), size_t(20));
    QCOMPARE(texts.back().size(), size_t(20));

    StringInterner<QString> interner;
    int made = 0;
    const auto make = [&made](std::string_view text) {
        ++made;
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    };
    for (int round = 0; round < 2; ++round) {
        for (const std::string &text : texts)
            QCOMPARE(interner.intern(text, make), QString::fromStdString(text));
    }
    QCOMPARE(made, count);
    QCOMPARE(interner.size(), size_t(count));
    // Every byte counts: the texts spread over the table instead of queueing in one chain.
    const size_t calls = 2 * count;
    QVERIFY2(interner.probes() <= 2 * calls,
             qPrintable(QStringLiteral("%1 slots looked at for %2 calls").arg(interner.probes()).arg(calls)));
}

void TestStringInterner::keepsItsOwnCopy()
{
    StringInterner<int> interner;
    int made = 0;
    const auto make = [&made](std::string_view) { return ++made; };
    {
        std::string gone = "Node Type";
        QCOMPARE(interner.intern(gone, make), 1);
        gone.assign("Xxxx Xxxx");
    }
    const std::string again = "Node Type";
    QCOMPARE(interner.intern(again, make), 1);
    QCOMPARE(interner.intern("Xxxx Xxxx", make), 2);
    QCOMPARE(made, 2);
}

QTEST_APPLESS_MAIN(TestStringInterner)
#include "tst_StringInterner.moc"
