// The stacks fibers run on: mmap'd, with a PROT_NONE guard page below (internal/fiber_stack.h).
#include "internal/fiber_stack.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdlib>
#include <new>
#include <string>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

namespace pyco {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kDefaultStack = 8u << 20;
#else
constexpr size_t kDefaultStack = 2u << 20;
#endif
constexpr size_t kMinStack = 64u << 10;

size_t page_size() {
    static const size_t page = size_t(sysconf(_SC_PAGESIZE));
    return page;
}

// "262144", "256K", "1M": bytes; 0 when the text is not a size.
size_t parse_size(const char* text) {
    char* end = nullptr;
    unsigned long long n = std::strtoull(text, &end, 10);
    if (end == text) return 0;
    std::string unit(end);
    if (unit == "K" || unit == "k") n <<= 10;
    else if (unit == "M" || unit == "m") n <<= 20;
    else if (!unit.empty()) return 0;
    return size_t(n);
}

size_t round_to_pages(size_t n) { return (n + page_size() - 1) / page_size() * page_size(); }

}  // namespace

size_t default_fiber_stack_size() {
    static const size_t size = [] {
        const char* env = std::getenv("PYCO_GREENLET_STACK_SIZE");
        size_t n = env ? parse_size(env) : 0;
        return round_to_pages(n >= kMinStack ? n : kDefaultStack);
    }();
    return size;
}

size_t fiber_stack_reserve(size_t stack_size) noexcept {
    size_t reserve = stack_size / 8;
    return reserve < (32u << 10) ? (32u << 10) : reserve;
}

boost::context::stack_context GuardedStack::allocate() {
    size_t guard = page_size();
    // MAP_NORESERVE: only the pages a greenlet touches cost memory, so thousands of idle greenlets are cheap.
    void* base = mmap(nullptr, size + guard, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                      -1, 0);
    if (base == MAP_FAILED) throw std::bad_alloc();
    mprotect(base, guard, PROT_NONE);
    boost::context::stack_context sctx;
    sctx.size = size;
    sctx.sp = static_cast<char*>(base) + guard + size;  // stacks grow down: sp is the top
    if (bottom_out) *bottom_out = static_cast<const char*>(base) + guard;
    return sctx;
}

void GuardedStack::deallocate(boost::context::stack_context& sctx) noexcept {
    char* bottom = static_cast<char*>(sctx.sp) - sctx.size;
#if defined(__SANITIZE_ADDRESS__)
    // Frames that were unwound by an exception leave their redzones poisoned; a later mapping at the same
    // addresses must not inherit that.
    __asan_unpoison_memory_region(bottom, sctx.size);
#endif
    munmap(bottom - page_size(), sctx.size + page_size());
}

}  // namespace pyco
