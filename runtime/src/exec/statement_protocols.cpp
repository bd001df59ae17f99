// The protocols behind `with`, `async with` and `async for` (CPython 3.11's BEFORE_WITH, BEFORE_ASYNC_WITH,
// GET_AITER and GET_ANEXT), with CPython's error messages.
#include "pyco/statement_protocols.h"

#include <fmt/format.h>

#include "pyco/call.h"
#include "pyco/classes.h"
#include "pyco/exceptions.h"
#include "pyco/ops.h"
#include "internal/class_lookup.h"

namespace pyco {

namespace {

// Special methods are looked up on the object's class, not on the instance; a bound method is returned.
Object special(const Object& o, std::string_view name) { return special_method(o, name); }

Object exit_args_call(const Object& exit, const Object& exc) {
    if (exc.null()) return call(exit, {None(), None(), None()});
    return call(exit, {type_object(*exc.type()), exc, getattr(exc, "__traceback__")});
}

// `with` and `async with`: both methods are looked up before the enter method is called.
Object enter_context(const Object& mgr, Object& exit_out, const char* enter_name, const char* exit_name,
                     const char* protocol) {
    Object enter = special(mgr, enter_name);
    if (enter.null())
        raise(TypeErrorType, fmt::format("'{}' object does not support the {} protocol", type_name(mgr), protocol));
    Object exit = special(mgr, exit_name);
    if (exit.null())
        raise(TypeErrorType, fmt::format("'{}' object does not support the {} protocol (missed {} method)",
                                         type_name(mgr), protocol, exit_name));
    exit_out = exit;
    return call(enter);
}

}  // namespace

Object with_enter(const Object& mgr, Object& exit_out) {
    return enter_context(mgr, exit_out, "__enter__", "__exit__", "context manager");
}

bool with_exit(const Object& exit, const Object& exc) { return truthy(exit_args_call(exit, exc)); }

Object async_with_enter(const Object& mgr, Object& exit_out) {
    return enter_context(mgr, exit_out, "__aenter__", "__aexit__", "asynchronous context manager");
}

Object async_with_exit(const Object& exit, const Object& exc) { return exit_args_call(exit, exc); }

Object async_iter(const Object& o) {
    Object aiter = special(o, "__aiter__");
    if (aiter.null())
        raise(TypeErrorType,
              fmt::format("'async for' requires an object with __aiter__ method, got {}", type_name(o)));
    Object it = call(aiter);
    if (special(it, "__anext__").null())
        raise(TypeErrorType, fmt::format("'async for' received an object from __aiter__ that does not implement "
                                         "__anext__: {}", type_name(it)));
    return it;
}

Object async_next(const Object& it) { return call(special(it, "__anext__")); }

bool is_stop_async_iteration(const Object& exc) { return isinstance(exc, StopAsyncIterationType); }

}  // namespace pyco
