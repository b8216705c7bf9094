// The heap that `shardscope` reads and draws large plans in: after HugePageHeap::reserve(),
// a block the size of a large plan's arrays lies in memory advised for huge pages (the
// "hg" flag the kernel shows in /proc/self/smaps), so that it is not faulted in 4 kB at a
// time. Needs Linux with glibc's malloc and a kernel with transparent huge pages.

#include "HugePageHeap.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace shardscope;

class TestHugePageHeap : public QObject
{
    Q_OBJECT

private slots:
    void largeBlocksLieInAdvisedMemory();
};

namespace {

// The VmFlags of the mapping that holds address, from /proc/self/smaps; empty if none.
QByteArray flagsOfMappingAt(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const auto at = quintptr(address);
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        bool startOk = false;
        bool endOk = false;
        const quintptr start = dash > 0 ? line.left(dash).toULongLong(&startOk, 16) : 0;
        const quintptr end = space > dash ? line.mid(dash + 1, space - dash - 1).toULongLong(&endOk, 16) : 0;
        if (startOk && endOk)
            inside = start <= at && at < end;
        else if (inside && line.startsWith("VmFlags:"))
            return line.mid(8).simplified();
    }
    return {};
}

} // namespace

void TestHugePageHeap::largeBlocksLieInAdvisedMemory()
{
#if !defined(__linux__) || !defined(__GLIBC__)
    QSKIP("needs Linux with glibc's malloc");
#elif defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer's malloc replaces glibc's");
#else
    if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
        QSKIP("the kernel has no transparent huge pages (/sys/kernel/mm/transparent_hugepage)");
    // Mapped apart, by default, a block this large would be in small pages.
    constexpr size_t planArrays = size_t(12) << 20;
    const std::unique_ptr<char[]> before(new char[planArrays]);
    QVERIFY2(!flagsOfMappingAt(before.get()).split(' ').contains("hg"),
             "a large block was advised before anything asked: the test would prove nothing");

    HugePageHeap::reserve(size_t(64) << 20);
    const std::unique_ptr<char[]> after(new char[planArrays]);
    const QByteArray flags = flagsOfMappingAt(after.get());
    QVERIFY2(!flags.isEmpty(), "the block is in no mapping of /proc/self/smaps");
    QVERIFY2(flags.split(' ').contains("hg"), flags.constData());
#endif
}

QTEST_GUILESS_MAIN(TestHugePageHeap)
#include "tst_HugePageHeap.moc"
