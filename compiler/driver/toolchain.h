// Turning generated C++ into an executable: finds the runtime (build tree or install prefix, relative to the
// pyco executable), keeps a precompiled header of the runtime in a cache, and runs $CXX (default g++) to compile
// each translation unit and to link them (object_cache.h decides which units need compiling).
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
    bool lld = false;                // link with LLVM's lld (docs/toolchain.md, "Linking")
};

// Where the runtime is, or an error message. A pyco built with PYCO_SANITIZE=ON has an instrumented runtime and
// always builds sanitized programs; `sanitize` (pyco build --sanitize) asks for that and is an error elsewhere.
std::optional<Toolchain> find_toolchain(std::string& error, bool sanitize = false);

// pyco's library of modules written in Python: PREFIX/share/pyco/lib installed, runtime/lib in the build tree;
// empty when neither exists.
std::string python_library_dir();

// What a compiled object depends on besides its C++ text: the compiler, the flags and the runtime headers' state.
std::string toolchain_key(const Toolchain& tc);
// The cache folder (PCH, objects): $PYCO_CACHE_DIR, else $XDG_CACHE_HOME/pyco, else ~/.cache/pyco.
std::string cache_root();
// Compiles one translation unit to an object file. Returns false with the compiler's output in `output`.
bool compile_object(const Toolchain& tc, const std::string& cpp_path, const std::string& object_path,
                    std::string& output, const std::vector<std::string>& extra_flags = {});
// Links objects with the runtime into an executable.
// `libraries` (a C++ module's --link: library files or -lname) come after the objects and before the runtime.
bool link_executable(const Toolchain& tc, const std::vector<std::string>& objects, const std::string& exe_path,
                     std::string& output, const std::vector<std::string>& libraries = {});

// Puts objects into a static library (`pyco library`), replacing the file.
bool archive_objects(const std::vector<std::string>& objects, const std::string& archive_path, std::string& output);

}  // namespace pyco::driver
