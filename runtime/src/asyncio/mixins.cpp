// mixins._LoopBoundMixin: a synchronisation primitive binds to the loop running when it first needs one (its
// first waiter), and refuses any other loop afterwards.
#include <fmt/format.h>

#include "internal.h"
#include "pyco/ops.h"

namespace pyco::aio {

LoopObj* bound_loop(const Object& self) {
    auto* b = self.as<LoopBoundObj>();
    LoopObj* loop = running_loop();
    if (b->loop.null() && loop) b->loop = Object::borrow(loop);
    if (loop != (b->loop.null() ? nullptr : as_loop(b->loop)))
        raise(RuntimeErrorType, fmt::format("{} is bound to a different event loop", repr_utf8(self)));
    // CPython then calls loop.create_future() on None.
    if (!loop) raise_attribute_error(None(), "create_future");
    return loop;
}

Object new_waiter(std::deque<Object>& waiters, const Object& self) {
    Object fut = new_future(bound_loop(self));
    waiters.push_back(fut);
    return fut;
}

void remove_waiter(std::deque<Object>& waiters, const Object& fut) {
    for (auto it = waiters.begin(); it != waiters.end(); ++it)
        if (is_(*it, fut)) {
            waiters.erase(it);
            return;
        }
}

std::string object_repr_with(const Object& self, const std::string& extra) {
    const Type* t = self.type();
    return fmt::format("<{}.{} object at {:#x} [{}]>", t->module, t->name, self.bits(), extra);
}

}  // namespace pyco::aio
