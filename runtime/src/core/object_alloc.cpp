// Obj's operator new and delete: small objects from per-size free lists, as CPython's pymalloc.
//
// Every Python value is a heap Obj, and asyncio programs make and drop them at a high rate (a task, its future
// state, a timer handle, the floats of its delays, bound methods). Through malloc each costs about 150
// instructions to allocate and free (callgrind, bench/ timers: a third of all instructions); from a free list it
// is a pointer pop and push. Blocks are carved from 256 KiB chunks in 16-byte size classes and recycled within
// their class; chunks are kept for the life of the thread (the pools only ever hold what the program's peak
// needed). One set of pools serves every thread: objects are made and freed only by the thread holding the
// global lock (docs/threads.md), and a block freed by a thread that ends stays usable.
#include <new>

#include "pyco/object.h"

namespace pyco {

namespace {

constexpr size_t kGranule = 16, kLargest = 512, kChunk = 256 * 1024;
#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer (PYCO_SANITIZE) every object goes to the heap, so that a use after free is reported.
constexpr bool kPooled = false;
#else
constexpr bool kPooled = true;
#endif

struct FreeBlock {
    FreeBlock* next;
};

struct Pools {
    FreeBlock* free[kLargest / kGranule + 1] = {};
    char* next = nullptr;  // the unused rest of the current chunk
    char* end = nullptr;

    void* carve(size_t bytes) {
        if (size_t(end - next) < bytes) {
            next = static_cast<char*>(::operator new(kChunk));
            end = next + kChunk;
        }
        void* p = next;
        next += bytes;
        return p;
    }
};

Pools pools;

size_t size_class(size_t n) noexcept { return (n + kGranule - 1) / kGranule; }

}  // namespace

void* Obj::operator new(size_t n) {
    if (!kPooled || n > kLargest) return ::operator new(n);
    size_t c = size_class(n);
    if (FreeBlock* b = pools.free[c]) {
        pools.free[c] = b->next;
        return b;
    }
    return pools.carve(c * kGranule);
}

void Obj::operator delete(void* p, size_t n) noexcept {
    if (!kPooled || n > kLargest) return ::operator delete(p);
    auto* b = static_cast<FreeBlock*>(p);
    size_t c = size_class(n);
    b->next = pools.free[c];
    pools.free[c] = b;
}

}  // namespace pyco
