// Private to modules/thread/: _thread's lock types, which threading, queue and concurrent.futures build on.
#pragma once

#include <cstdint>

#include "pyco/object.h"

namespace pyco::thread_module {

// _thread.lock. `locked` changes only under the scheduler's mutex (threads/blocking.cpp), so a waiter can
// claim it the moment it is released.
struct LockObj : Obj {
    bool locked = false;
    LockObj();
};

// _thread.RLock: the owner's identifier (0: none) and how many times it acquired it.
struct RLockObj : Obj {
    uint64_t owner = 0, count = 0;
    RLockObj();
};

Object new_lock();
extern Type ThreadLockType, ThreadRLockType;

}  // namespace pyco::thread_module
