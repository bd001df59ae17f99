// Attribute names as str objects without allocating one per lookup: generated code passes names as string
// literals, so a small direct-mapped cache keyed by the text's address (and checked against its content, since
// a view into a temporary may reuse an address) returns the same str, whose hash is computed once.
#include "internal/class_layout.h"

namespace pyco {

namespace {

struct NameSlot {
    const char* data = nullptr;
    size_t size = 0;
    Object str;
};

constexpr size_t kSlots = 1024;
// One cache for all threads: only the thread holding the global lock looks names up (docs/threads.md).
NameSlot names_cache[kSlots];

size_t slot_of(const char* p, size_t n) {
    uintptr_t x = reinterpret_cast<uintptr_t>(p) ^ (uintptr_t(n) << 48);
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return size_t(x >> 54) & (kSlots - 1);
}

// Names are short: a byte loop beats a call to memcmp here.
bool same_text(const char* a, std::string_view b) noexcept {
    for (size_t i = 0; i < b.size(); ++i)
        if (a[i] != b[i]) return false;
    return true;
}

}  // namespace

Object attr_name(std::string_view name) {
    NameSlot& s = names_cache[slot_of(name.data(), name.size())];
    if (s.data == name.data() && s.size == name.size() && same_text(as_str(s.str)->s.data(), name)) return s.str;
    s.str = str_(name);
    s.data = name.data();
    s.size = name.size();
    return s.str;
}

}  // namespace pyco
