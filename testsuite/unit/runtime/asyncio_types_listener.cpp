// The asyncio types get their methods when a program imports asyncio (init_asyncio_types); the unit tests
// create Locks, Queues and Futures directly, so every test run starts by doing what the import does. Each
// test case runs in a process of its own under ctest, so this cannot depend on which case runs first.
// Catch2 v2 declares the listener base classes only with this defined.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include "pyco/asyncio.h"

namespace {

struct AsyncioTypesListener : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testRunStarting(const Catch::TestRunInfo&) override { pyco::init_asyncio_types(); }
};

}  // namespace

CATCH_REGISTER_LISTENER(AsyncioTypesListener)
