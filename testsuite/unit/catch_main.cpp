// The one translation unit that holds Catch2's main, shared by every unit-test executable.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

int main(int argc, char* argv[]) {
    int status = Catch::Session().run(argc, argv);
#if defined(__SANITIZE_ADDRESS__)
    // Leaks are checked once the tests have run, while statics still hold the runtime's immortal objects
    // (PYCO_SANITIZE, docs/toolchain.md); after static destructors those would be reported.
    __lsan_do_leak_check();
#endif
    return status;
}
