// The builtins aiter() and anext(): the async iteration protocol as functions (PEP 525). anext(it, default)
// returns an awaitable that turns StopAsyncIteration into the default; pyco writes it as a small coroutine
// without a frame of its own, where CPython has an anext_awaitable object.
#include <fmt/format.h>

#include "pyco/call.h"
#include "pyco/coroutine.h"
#include "pyco/ops.h"
#include "internal/class_lookup.h"
#include "internal/values.h"

namespace pyco {

namespace {

const CodeInfo kAnextCode{"anext_awaitable", "anext_awaitable", nullptr, 0, nullptr};

Coro anext_or_default(const CodeInfo&, Object awaitable, Object dflt) {
    try {
        co_return co_await std::move(awaitable);
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, StopAsyncIterationType)) throw;
    }
    co_return dflt;
}

}  // namespace

Object builtin_aiter(const Args& a) {
    check_nargs("aiter", a, 1, 1);
    Object method = special_method(a[0], "__aiter__");
    if (method.null()) type_error(fmt::format("'{}' object is not an async iterable", type_name(a[0])));
    Object it = call(method, {});
    if (special_method(it, "__anext__").null())
        type_error(fmt::format("aiter() returned not an async iterator of type '{}'", type_name(it)));
    return it;
}

Object builtin_anext(const Args& a) {
    check_nargs("anext", a, 1, 2);
    Object method = special_method(a[0], "__anext__");
    if (method.null()) type_error(fmt::format("'{}' object is not an async iterator", type_name(a[0])));
    Object awaitable = call(method, {});
    if (a.npos == 1) return awaitable;
    return anext_or_default(kAnextCode, std::move(awaitable), a[1]).obj;
}

}  // namespace pyco
