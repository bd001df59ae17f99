// `await x` for an x that is neither a coroutine nor a Future: a class whose __await__ is a generator (a bare
// `yield`, `yield from fut`), a coroutine's or a Future's __await__() iterator, any object whose __await__
// returns an iterator. CPython runs `yield from x.__await__()` in the awaiting frame; pyco runs the iterator in
// a small coroutine of its own, awaited inline, whose every yield goes out of the whole chain to the driver (a
// Task, or coroutine.send) as the raw value it is, and whose driver's answer goes back into the iterator.
#include <fmt/format.h>

#include "pyco/call.h"
#include "pyco/coroutine.h"
#include "pyco/generator.h"
#include "pyco/ops.h"
#include "internal/class_lookup.h"
#include "internal/values.h"

namespace pyco {

namespace {

// The frame of the running iterator's coroutine: without a file, so tracebacks leave it out (CPython's
// `yield from` has no frame of its own either).
const CodeInfo kAwaitCode{"__await__", "__await__", nullptr, 0, nullptr};
// ensure_future(awaitable)'s coroutine (CPython's tasks._wrap_awaitable), which a Task's repr names.
const CodeInfo kWrapCode{"_wrap_awaitable", "_wrap_awaitable", nullptr, 0, nullptr};

bool has_next(const Object& it) { return it.is_ptr() && it.type()->next != nullptr; }

// CPython's _PyCoro_GetAwaitableIter: x.__await__(), which must return an iterator that is not a coroutine.
Object awaitable_iterator(const Object& x) {
    Object await_method = special_method(x, "__await__");
    if (await_method.null())
        raise(TypeErrorType, fmt::format("object {} can't be used in 'await' expression", type_name(x)));
    Object it = call(await_method, {});
    if (is_coroutine(it)) raise(TypeErrorType, "__await__() returned a coroutine");
    if (!has_next(it))
        raise(TypeErrorType, fmt::format("__await__() returned non-iterator of type '{}'", type_name(it)));
    return it;
}

// One step of the iterator: its next value (it.send(sent), or it.throw(thrown)), or null once it finished, with
// `ret` its StopIteration's value.
Object step(const Object& it, const Object& sent, const Object& thrown, Object& ret) {
    if (is_generator(it)) {
        Object y = thrown.null() ? generator_send(it, sent) : generator_throw(it, thrown);
        if (y.null()) ret = generator_return_value(it);
        return y;
    }
    if (!thrown.null()) {
        Object throw_method = getattr_or_null(it, "throw");
        if (throw_method.null()) rethrow(thrown);
        try {
            return call(throw_method, {thrown});
        } catch (const PyExc& e) {
            if (!isinstance(e.exc, StopIterationType)) throw;
            ret = getattr(e.exc, "value");
            return {};
        }
    }
    Object y = yield_from_send(it, sent);
    if (y.null()) ret = generator_return_value_or_none(it);
    return y;
}

// `it` is x.__await__(), called by the `await` itself in the awaiting frame; or null, and x.__await__() is
// called at the coroutine's first step (ensure_future's Task, as CPython's _wrap_awaitable does).
Coro run_iterator(const CodeInfo&, Object it, Object awaitable) {
    if (it.null()) it = awaitable_iterator(awaitable);
    awaitable = Object();
    Object sent = None(), thrown;
    for (;;) {
        Object ret;
        Object y = step(it, sent, thrown, ret);
        if (y.null()) co_return ret;
        sent = None();
        thrown = Object();
        try {
            sent = co_await raw_yield(std::move(y));
        } catch (const PyExc& e) {
            thrown = e.exc;  // cancellation, or coroutine.throw(): into the iterator where it yielded
        }
    }
}

}  // namespace

bool is_awaitable(const Object& x) {
    return is_coroutine(x) || is_future(x) || !special_method(x, "__await__").null();
}

Object await_via_iterator(const Object& awaitable) {
    if (!is_awaitable(awaitable))
        raise(TypeErrorType, fmt::format("object {} can't be used in 'await' expression", type_name(awaitable)));
    return run_iterator(kAwaitCode, awaitable_iterator(awaitable), Object()).obj;
}

Object wrap_awaitable(const Object& awaitable) { return run_iterator(kWrapCode, Object(), awaitable).obj; }

}  // namespace pyco
