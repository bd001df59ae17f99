// The protocols behind `with`, `async with` and `async for`, as CPython 3.11's bytecode drives them
// (BEFORE_WITH, BEFORE_ASYNC_WITH, GET_AITER, GET_ANEXT), with its error messages.
#pragma once

#include "object.h"

namespace pyco {

// `with mgr:` looks up __enter__ and __exit__ on the manager; returns __enter__() and stores the bound __exit__.
Object with_enter(const Object& mgr, Object& exit_out);
// Calls __exit__(type, value, traceback) for `exc` (null: no exception, all three None); true when it returned
// a true value, which suppresses the exception.
bool with_exit(const Object& exit, const Object& exc);

// `async with mgr:` returns the awaitable of __aenter__() and stores the bound __aexit__.
Object async_with_enter(const Object& mgr, Object& exit_out);
// The awaitable of __aexit__(type, value, traceback); its result decides suppression as for with_exit.
Object async_with_exit(const Object& exit, const Object& exc);

// `async for x in it`: the asynchronous iterator (__aiter__) and the awaitable of its next item (__anext__).
Object async_iter(const Object& o);
Object async_next(const Object& it);
// Whether an exception ends an `async for` loop (StopAsyncIteration).
bool is_stop_async_iteration(const Object& exc);

}  // namespace pyco
