// The greenlet module's shared parts: the greenlet object and the switching operations its methods call
// (docs/runtime.md, "Greenlets"). greenlet.cpp holds the type and the module, switch.cpp how control moves.
#pragma once

#include <exception>
#include <memory>

#include "internal/fiber.h"
#include "pyco/call.h"
#include "pyco/type.h"

namespace pyco::greenlet {

extern Type GreenletType;

enum class State : uint8_t { Pending, Active, Dead };

// One greenlet: a Fiber once it has started (the main greenlet uses the thread's own stack), its parent, and
// the callable and arguments it starts with. While suspended it holds no reference to itself, so dropping the
// last outside reference kills it (GreenletExit), as greenlet's dealloc does.
struct GreenletObj : Obj {
    Object run;               // until it starts (null: none; a subclass's `run` method is found as an attribute)
    Object parent;            // a greenlet; null for the main greenlet
    Object dict;              // attributes a plain greenlet instance gets (a subclass's go to its own dict)
    Object start_args, start_kwargs;  // what run() is called with: a tuple and a dict (or null)
    std::unique_ptr<Fiber> fiber;
    State state = State::Pending;
    bool is_main = false;

    GreenletObj();  // parent: the current greenlet, as greenlet's tp_new sets it
    struct MainTag {};
    explicit GreenletObj(MainTag);  // the thread's main greenlet: running, no parent
    void destroy() override;
};

GreenletObj* as_greenlet(const Object& o);
bool is_greenlet(const Object& o) noexcept;

// The running greenlet (made on first use: the thread's main greenlet).
Object current();
// GreenletExit and greenlet.error, the classes the module defines.
const Object& greenlet_exit_class();
const Object& error_class();

// switch(*args, **kwargs) into `target`: the value it (or whoever switches back) passes back, or the
// exception delivered here. `error` non-null: throw() — raised in the target instead of passing a value.
Object switch_to(const Object& target, const Args& args, std::exception_ptr error = nullptr);
// gr_frame: the innermost frame of a suspended greenlet (a frame snapshot), else None.
Object suspended_frame(GreenletObj* g);
// greenlet's dealloc of a greenlet suspended in its run(): GreenletExit is raised in it, with the current
// greenlet as its parent. True when it died; false when it switched away instead (it is then discarded).
bool kill_suspended(GreenletObj* g);
// Discards a suspended greenlet without running any of its Python code (interpreter exit, a greenlet that
// would not die): only C++ destructors run on its stack.
void discard_suspended(GreenletObj* g) noexcept;

}  // namespace pyco::greenlet
