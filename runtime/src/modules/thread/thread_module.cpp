// The _thread module (CPython's Modules/_threadmodule.c): starting threads, their identifiers and count, the
// stack size, the lock types (locks.cpp) and thread-local data (local.cpp). threading, queue and
// concurrent.futures are written in Python over it (runtime/lib/, docs/stdlib.md).
#include <fmt/format.h>

#include <vector>

#include "internal/module_registry.h"
#include "internal/threads.h"
#include "internal/unraisable.h"
#include "internal/values.h"
#include "locks.h"
#include "pyco/exceptions.h"
#include "pyco/ops.h"

namespace pyco::thread_module {

Object local_type();  // local.cpp

namespace {

int64_t started_alive = 0;  // _count(): threads started by start_new_thread that have not ended
size_t new_stack_size = 0;  // stack_size(): 0 is the system's default

// The locks _set_sentinel gave this thread: released when it ends (what Thread.join waits on).
thread_local std::vector<Object>* tl_sentinels = nullptr;

void release_sentinels() {
    if (!tl_sentinels) return;
    for (auto& s : *tl_sentinels) {
        auto* l = static_cast<LockObj*>(s.ptr());
        threads::change_and_notify([l] { l->locked = false; });
    }
    delete tl_sentinels;
    tl_sentinels = nullptr;
}

void run_thread(const Object& fn, const Object& args, const Object& kwargs) {
    ++started_alive;
    try {
        call_ex(fn, args, kwargs);
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, SystemExitType))
            write_unraisable_message("Exception ignored in thread started by: " + repr_utf8(fn), e.exc);
    } catch (const std::bad_alloc&) {
        write_stderr("Exception ignored in thread started by: " + repr_utf8(fn) + "\nMemoryError\n");
    }
    release_sentinels();
    --started_alive;
}

Object f_start_new_thread(const Args& a) {
    check_no_kwargs("start_new_thread", a);
    if (a.npos < 2 || a.npos > 3)
        type_error(fmt::format("start_new_thread expected {} 2 arguments, got {}", a.npos < 2 ? "at least" : "at most",
                               a.npos));
    if (!a[0].type()->call) type_error("first arg must be callable");
    if (!isinstance(a[1], TupleType)) type_error("2nd arg must be a tuple");
    Object kwargs = a.npos == 3 ? a[2] : Object();
    if (!kwargs.null() && !isinstance(kwargs, DictType)) type_error("optional 3rd arg must be a dictionary");
    Object fn = a[0], args = a[1];
    uint64_t ident = threads::start_thread([fn, args, kwargs] { run_thread(fn, args, kwargs); }, new_stack_size);
    return int_(int64_t(ident));
}

Object f_get_ident(const Args& a) {
    check_nargs("get_ident", a, 0, 0);
    return int_(int64_t(threads::current_ident()));
}

Object f_get_native_id(const Args& a) {
    check_nargs("get_native_id", a, 0, 0);
    return int_(int64_t(threads::native_id()));
}

Object f_count(const Args& a) {
    check_nargs("_count", a, 0, 0);
    return int_(started_alive);
}

Object f_stack_size(const Args& a) {
    check_nargs("stack_size", a, 0, 1);
    size_t old = new_stack_size;
    if (a.npos == 1) {
        int64_t size = index_value(a[0]);
        if (size != 0 && size < 32768) value_error(fmt::format("size not valid: {} bytes", size));
        new_stack_size = size_t(size);
    }
    return int_(int64_t(old));
}

Object f_allocate_lock(const Args& a) {
    check_nargs("allocate_lock", a, 0, 0);
    return new_lock();
}

Object f_set_sentinel(const Args& a) {
    check_nargs("_set_sentinel", a, 0, 0);
    Object lock = new_lock();
    static_cast<LockObj*>(lock.ptr())->locked = true;
    if (!tl_sentinels) tl_sentinels = new std::vector<Object>;
    tl_sentinels->push_back(lock);
    return lock;
}

Object f_exit(const Args& a) {
    check_nargs("exit", a, 0, 0);
    raise_(new_exception(SystemExitType));
}

}  // namespace

}  // namespace pyco::thread_module

namespace pyco {

void init_thread_module(ModuleObj& m) {
    using namespace thread_module;
    module_add_functions(m, {{"start_new_thread", f_start_new_thread}, {"start_new", f_start_new_thread},
                             {"get_ident", f_get_ident}, {"get_native_id", f_get_native_id}, {"_count", f_count},
                             {"stack_size", f_stack_size}, {"allocate_lock", f_allocate_lock},
                             {"allocate", f_allocate_lock}, {"_set_sentinel", f_set_sentinel}, {"exit", f_exit},
                             {"exit_thread", f_exit}});
    module_add(m, "LockType", type_object(ThreadLockType));
    module_add(m, "RLock", type_object(ThreadRLockType));
    module_add(m, "_local", local_type());
    module_add(m, "error", type_object(RuntimeErrorType));
    module_add(m, "TIMEOUT_MAX", float_(9223372036.0));
}

}  // namespace pyco
