// Private to the runtime: the current contextvars Context, for asyncio's tasks (each Task runs its steps in the
// copy of the context current when it was created, as CPython's Task does with contextvars.copy_context()).
#pragma once

#include "pyco/object.h"

namespace pyco {

// contextvars.copy_context(): a new Context holding the current one's values.
Object copy_current_context();
// Makes `ctx` (a Context; null: nothing changes) current for its lifetime, as Context.run does.
class ContextScope {
public:
    explicit ContextScope(const Object& ctx);
    ~ContextScope();
    ContextScope(const ContextScope&) = delete;
    ContextScope& operator=(const ContextScope&) = delete;

private:
    Object saved_;
    bool entered_ = false;
};
// Whether `o` is a contextvars.Context.
bool is_context(const Object& o) noexcept;
// The context= argument of create_task / Task(): the new task runs in `ctx` instead of a copy of the current
// context (null or None: no change); TypeError when it is not a Context.
void set_task_context(const Object& task, const Object& ctx);

}  // namespace pyco
