// Compiled programs set up the built-in types first thing (run_main calls runtime_init); the unit tests call the
// runtime directly, so every test run starts the same way. Each test case runs in a process of its own under
// ctest, so this cannot depend on which case runs first.
// Catch2 v2 declares the listener base classes only with this defined.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include "pyco/program.h"

namespace {

struct RuntimeInitListener : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testRunStarting(const Catch::TestRunInfo&) override { pyco::runtime_init(); }
};

}  // namespace

CATCH_REGISTER_LISTENER(RuntimeInitListener)
