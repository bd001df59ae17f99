// The addresses CPython's allocator would give Futures and Tasks, for their identity hash.
//
// A set of tasks (what asyncio.wait returns) iterates in the order of hash(task), which CPython derives from
// the object's address. pymalloc carves 16 KiB pools into equal blocks of the object's size class and hands
// out freed blocks first (last freed, first reused), then fresh ones in address order; a GC object's address
// is 16 bytes into its block. Hashing a pyco Future by the address it would have had in a fresh CPython pool
// reproduces CPython's order for the common case of tasks created one after another, and, unlike hashing
// pyco's own heap addresses, does not change with unrelated allocations elsewhere in the program.
#include "internal.h"
#include "internal/values.h"

#include <vector>

namespace pyco::aio {

namespace {

constexpr uint64_t kPoolSize = 16 * 1024;
constexpr uint64_t kPoolHeader = 48;  // struct pool_header, rounded up to 16 bytes
constexpr uint64_t kGcHeader = 16;    // PyGC_Head precedes the object in its block
constexpr uint64_t kFirstPool = 0x7f0000000000;  // any pool-aligned base: only the low bits reach the hash

struct SizeClassPools {
    uint64_t block;              // the size class: the C type's basicsize plus the GC header, 16-aligned
    uint64_t next_fresh = 0;     // blocks handed out so far, counting across pools
    std::vector<uint64_t> freed;  // addresses to reuse, last freed first

    uint64_t acquire() {
        if (!freed.empty()) {
            uint64_t a = freed.back();
            freed.pop_back();
            return a;
        }
        uint64_t per_pool = (kPoolSize - kPoolHeader) / block;
        uint64_t pool = next_fresh / per_pool, index = next_fresh % per_pool;
        ++next_fresh;
        return kFirstPool + pool * kPoolSize + kPoolHeader + index * block + kGcHeader;
    }
};

// _asyncio.Task and _asyncio.Future have basicsizes 176 and 128 in CPython 3.11 (64-bit).
SizeClassPools& pools_for(const Type* t) {
    static SizeClassPools tasks{176 + kGcHeader}, futures{128 + kGcHeader};
    return t == &TaskType || (t != &FutureType && t->is_subtype_of(&TaskType)) ? tasks : futures;
}

}  // namespace

uint64_t acquire_emulated_address(const Type* t) { return pools_for(t).acquire(); }

void release_emulated_address(const Type* t, uint64_t address) { pools_for(t).freed.push_back(address); }

int64_t future_identity_hash(const Object& fut) {
    return pointer_hash(reinterpret_cast<const void*>(as_future(fut)->emulated_address));
}

}  // namespace pyco::aio
