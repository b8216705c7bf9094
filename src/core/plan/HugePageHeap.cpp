#include "HugePageHeap.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#endif

namespace shardscope {

void HugePageHeap::reserve(size_t bytes)
{
#if defined(__linux__) && defined(__GLIBC__)
    // Blocks up to glibc's largest mmap threshold come from the heap, as a plan's arrays
    // and an image do; otherwise each would be mapped apart, in small pages.
    constexpr int largestMmapThreshold = 32 << 20;
    mallopt(M_MMAP_THRESHOLD, largestMmapThreshold);
    // The heap grows by bytes at its next growth, and freed memory stays in it instead of
    // being given back and taken again in small pages.
    mallopt(M_TOP_PAD, int(bytes));
    mallopt(M_TRIM_THRESHOLD, int(bytes));
    // That growth, now: a block larger than the little heap the program has so far, so it
    // is cut from the start of the heap's free top. Freed at once, it gives that free top
    // back, now grown, which every later block is cut from: advise it all, from the block.
    void *const block = malloc(size_t(largestMmapThreshold) / 2);
    const auto blockStart = uintptr_t(block);
    free(block);
    const auto end = uintptr_t(sbrk(0));
    if (!blockStart || blockStart >= end)
        return; // mapped apart after all: no heap to advise
    const auto page = uintptr_t(sysconf(_SC_PAGESIZE));
    const auto start = blockStart & ~(page - 1);
    madvise(reinterpret_cast<void *>(start), size_t(end - start), MADV_HUGEPAGE);
#else
    (void)bytes;
#endif
}

} // namespace shardscope
