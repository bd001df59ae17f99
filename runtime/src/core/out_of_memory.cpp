// Running out of memory the way CPython does: a request the allocator refuses raises MemoryError instead of
// crashing the program (Objects/listobject.c list_repeat, tupleobject.c, unicodeobject.c unicode_repeat).
#include <sys/sysinfo.h>

#include <cstdint>
#include <cstdlib>

#include "internal/values.h"

namespace pyco {
namespace {

// Below this a refused allocation is not worth a probe: std::bad_alloc still ends the program cleanly.
constexpr size_t kProbeBytes = size_t(64) << 20;

[[noreturn]] void raise_memory_error() { raise_(new_exception(MemoryErrorType)); }

// Memory and swap together: Linux's default (heuristic) overcommit refuses any single request above this.
uint64_t backing_bytes() {
    struct sysinfo info {};
    if (sysinfo(&info) != 0) return UINT64_MAX;
    return (uint64_t(info.totalram) + uint64_t(info.totalswap)) * info.mem_unit;
}

// CPython asks malloc and raises MemoryError when it says no. A std::vector asks operator new, which under
// AddressSanitizer aborts on a refused request instead of throwing. So a request larger than the machine's
// memory and swap is refused here, as the kernel would refuse it (without a sanitizer's warning), and other large
// requests are tried with malloc first; nothing is touched, nothing kept.
void probe(size_t bytes) {
    if (bytes < kProbeBytes) return;
    static const uint64_t limit = backing_bytes();
    if (bytes > limit) raise_memory_error();
    void* p = std::malloc(bytes);
    if (!p) raise_memory_error();
    std::free(p);
}

}  // namespace

int64_t repeat_count(const Object& count) {
    Object n = index_object(count);  // a user class's __index__ too
    int64_t v;
    if (int_small(n, v)) return v;
    if (!int_fits_int64(n)) raise(OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    return index_value(n);
}

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
