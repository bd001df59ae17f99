// Running out of memory the way CPython does: a request the allocator refuses raises MemoryError instead of
// crashing the program (Objects/listobject.c list_repeat, tupleobject.c, unicodeobject.c unicode_repeat).
#include <cstdint>
#include <cstdlib>

#include "values.h"

namespace pyco {
namespace {

// Below this a refused allocation is not worth a probe: std::bad_alloc still ends the program cleanly.
constexpr size_t kProbeBytes = size_t(64) << 20;

[[noreturn]] void raise_memory_error() { raise_(new_exception(MemoryErrorType)); }

// CPython asks malloc and raises MemoryError when it says no. A std::vector asks operator new, which under
// AddressSanitizer aborts on a refused request instead of throwing; malloc returns null there too (with
// ASAN_OPTIONS=allocator_may_return_null=1) and, with Linux's heuristic overcommit, for requests beyond what the
// machine can back. So large requests are tried with malloc first; nothing is touched, nothing kept.
void probe(size_t bytes) {
    if (bytes < kProbeBytes) return;
    void* p = std::malloc(bytes);
    if (!p) raise_memory_error();
    std::free(p);
}

}  // namespace

void check_repeat_size(int64_t length, int64_t times, size_t item_bytes, const char* overflow_message) {
    if (times <= 0 || length <= 0) return;
    if (length > INT64_MAX / times) {
        if (overflow_message) raise(OverflowErrorType, overflow_message);
        raise_memory_error();
    }
    uint64_t count = uint64_t(length) * uint64_t(times);
    if (count > SIZE_MAX / item_bytes) raise_memory_error();
    probe(size_t(count) * item_bytes);
}

}  // namespace pyco
