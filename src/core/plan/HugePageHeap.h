#pragma once

#include <cstddef>

namespace shardscope {

// Asks the kernel to back the first part of the heap with 2 MB pages, so that reading a
// large plan and drawing its image do not fault in memory 4 kB at a time. On the
// project's machine (transparent huge pages in "madvise" mode, as many distributions set
// them) faults were half the CPU time of `render` for a 10,000-node plan: 18,000 faults,
// 3,600 with huge pages, 0.53 s of CPU time down to 0.30 s. glibc does the same when
// started with GLIBC_TUNABLES=glibc.malloc.hugetlb=1; a program cannot set that for
// itself once it runs, hence this.
//
// Only with glibc on Linux; elsewhere, or where the kernel refuses, nothing changes.
class HugePageHeap
{
public:
    // bytes: how much heap to grow now and advise; later growth gets ordinary pages.
    static void reserve(size_t bytes);
};

} // namespace shardscope
