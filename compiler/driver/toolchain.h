// Turning generated C++ into an executable: finds the runtime (build tree or install prefix, relative to the
// pyco executable), keeps a precompiled header of the runtime in a cache, and runs $CXX (default g++).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pyco::driver {

struct Toolchain {
    std::string cxx;          // $CXX or g++
    std::string include_dir;  // holds pyco/abi.h
    std::string library;      // libpyco_runtime.a
    std::vector<std::string> flags;  // compile flags shared by the PCH and the program
    bool sanitize = false;           // ASan+UBSan flags in `flags` (the runtime is instrumented)
};

// Where the runtime is, or an error message. A pyco built with PYCO_SANITIZE=ON has an instrumented runtime and
// always builds sanitized programs; `sanitize` (pyco build --sanitize) asks for that and is an error elsewhere.
std::optional<Toolchain> find_toolchain(std::string& error, bool sanitize = false);

// Compiles and links `cpp_path` into `exe_path`. Returns false with the compiler's output in `output`.
bool build_executable(const Toolchain& tc, const std::string& cpp_path, const std::string& exe_path,
                      std::string& output);

}  // namespace pyco::driver
