// The tree the JSON, YAML and XML readers fill: the values the JSON reader copies into it
// stay as they were copied, however many follow and whatever their size, as the tree's
// entries view them until the plan is built.

#include "StructuredTree.h"

#include <QTest>

#include <string>
#include <vector>

using namespace shardscope;

class TestStructuredTree : public QObject
{
    Q_OBJECT

private slots:
    void copiesStayAsCopied_data();
    void copiesStayAsCopied();
};

void TestStructuredTree::copiesStayAsCopied_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("size");
    QTest::newRow("empty texts") << 10 << 0;
    QTest::newRow("short values, over many blocks") << 100000 << 7;
    QTest::newRow("texts larger than a block") << 5 << 200000;
    QTest::newRow("one byte") << 1 << 1;
}

void TestStructuredTree::copiesStayAsCopied()
{
    QFETCH(int, count);
    QFETCH(int, size);
    StructuredTree tree;
    std::vector<std::string> originals;
    std::vector<std::string_view> copies;
    for (int i = 0; i < count; ++i) {
        // Each text differs from the one before, so a block written twice would show.
        std::string text(size_t(size), char('a' + i % 26));
        if (size > 0)
            text.back() = char('0' + i % 10);
        copies.push_back(tree.copy(text));
        QVERIFY(size == 0 || copies.back().data() != text.data());
        originals.push_back(std::move(text));
    }
    for (int i = 0; i < count; ++i)
        QCOMPARE(copies[size_t(i)], std::string_view(originals[size_t(i)]));
}

QTEST_GUILESS_MAIN(TestStructuredTree)
#include "tst_StructuredTree.moc"
