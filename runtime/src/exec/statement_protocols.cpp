#include "pyco/statement_protocols.h"

#include <fmt/format.h>

#include "pyco/call.h"
#include "pyco/classes.h"
#include "pyco/exceptions.h"
#include "pyco/ops.h"

namespace pyco {

namespace {

// Special methods are looked up on the object's class, not on the instance; a bound method is returned.
Object special(const Object& o, std::string_view name) { return special_method(o, name); }

Object exit_args_call(const Object& exit, const Object& exc) {
    if (exc.null()) return call(exit, {None(), None(), None()});
    return call(exit, {type_object(*exc.type()), exc, getattr(exc, "__traceback__")});
}

}  // namespace

Object with_enter(const Object& mgr, Object& exit_out) {
    Object enter = special(mgr, "__enter__");
    if (enter.null())
        raise(TypeErrorType, fmt::format("'{}' object does not support the context manager protocol", type_name(mgr)));
    Object exit = special(mgr, "__exit__");
    if (exit.null())
        raise(TypeErrorType, fmt::format("'{}' object does not support the context manager protocol (missed "
                                         "__exit__ method)", type_name(mgr)));
    exit_out = exit;
    return call(enter);
}

bool with_exit(const Object& exit, const Object& exc) { return truthy(exit_args_call(exit, exc)); }

Object async_with_enter(const Object& mgr, Object& exit_out) {
    Object enter = special(mgr, "__aenter__");
    if (enter.null())
        raise(TypeErrorType, fmt::format("'{}' object does not support the asynchronous context manager protocol",
                                         type_name(mgr)));
    Object exit = special(mgr, "__aexit__");
    if (exit.null())
        raise(TypeErrorType, fmt::format("'{}' object does not support the asynchronous context manager protocol "
                                         "(missed __aexit__ method)", type_name(mgr)));
    exit_out = exit;
    return call(enter);
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
