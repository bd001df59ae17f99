#include "toolchain.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>

#include <fstream>
#include <mutex>

#include "build_paths.h"
#include "process.h"

namespace pyco::driver {

namespace fs = std::filesystem;

static fs::path self_dir() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::current_path() : exe.parent_path();
}

std::string python_library_dir() {
    std::error_code ec;
    fs::path installed = self_dir().parent_path() / "share/pyco/lib";
    if (fs::is_directory(installed, ec)) return installed.string();
    fs::path tree = fs::path(PYCO_SOURCE_DIR) / "runtime/lib";
    return fs::is_directory(tree, ec) ? tree.string() : std::string();
}

// The sanitizer flags the runtime was built with (cmake/sanitizers.cmake), or an error when it was not.
static bool add_sanitizer_flags(Toolchain& tc, bool requested, std::string& error) {
    if (!PYCO_RUNTIME_SANITIZED) {
        if (requested)
            error = "--sanitize needs a pyco built with -DPYCO_SANITIZE=ON (its runtime is instrumented; "
                    "see docs/toolchain.md)";
        return !requested;
    }
    tc.sanitize = true;
    tc.flags = {"-std=c++20", "-fPIE"};
#if PYCO_RUNTIME_SANITIZED
    tc.flags.insert(tc.flags.end(), {PYCO_SANITIZE_FLAGS});
#endif
    return true;
}

// Whether LLVM's linker is on the PATH: it links a program against the static runtime several times faster
// than GNU ld, most of all when debug information is kept (sanitized programs).
static bool has_lld() {
    const char* path = std::getenv("PATH");
    std::string_view dirs = path ? path : "/usr/bin";
    for (size_t start = 0; start <= dirs.size();) {
        size_t end = dirs.find(':', start);
        if (end == std::string_view::npos) end = dirs.size();
        std::error_code ec;
        if (end > start && fs::exists(fs::path(dirs.substr(start, end - start)) / "ld.lld", ec)) return true;
        start = end + 1;
    }
    return false;
}

std::optional<Toolchain> find_toolchain(std::string& error, bool sanitize) {
    Toolchain tc;
    const char* cxx = std::getenv("CXX");
    tc.cxx = cxx && *cxx ? cxx : "g++";
    fs::path dir = self_dir();
    // Installed: PREFIX/bin/pyco next to PREFIX/include/pyco and PREFIX/lib*/libpyco_runtime.a.
    fs::path prefix = dir.parent_path();
    for (const char* lib : {"lib", "lib64", PYCO_INSTALL_LIBDIR}) {
        if (fs::exists(prefix / "include/pyco/abi.h") && fs::exists(prefix / lib / "libpyco_runtime.a")) {
            tc.include_dir = (prefix / "include").string();
            tc.library = (prefix / lib / "libpyco_runtime.a").string();
        }
    }
    // Build tree: the runtime library beside the compiler's folder, the headers in the source tree.
    if (tc.library.empty() && fs::exists(dir / "../runtime/libpyco_runtime.a")) {
        tc.include_dir = PYCO_SOURCE_DIR "/runtime/include";
        tc.library = fs::weakly_canonical(dir / "../runtime/libpyco_runtime.a").string();
    }
    if (tc.library.empty()) {
        error = fmt::format("cannot find the pyco runtime (libpyco_runtime.a) near {}", dir.string());
        return std::nullopt;
    }
    tc.flags = {"-std=c++20", "-O2", "-fPIE"};
    if (!add_sanitizer_flags(tc, sanitize, error)) return std::nullopt;
    tc.lld = has_lld();
    return tc;
}

std::string toolchain_key(const Toolchain& tc) {
    std::string key = tc.cxx + "|" + tc.include_dir;
    for (auto& f : tc.flags) key += "|" + f;
    std::error_code ec;
    for (auto& e : fs::directory_iterator(fs::path(tc.include_dir) / "pyco", ec))
        key += fmt::format("|{}:{}", e.path().filename().string(),
                           e.last_write_time(ec).time_since_epoch().count());
    return key;
}

std::string cache_root() {
    if (const char* c = std::getenv("PYCO_CACHE_DIR"); c && *c) return c;
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return (fs::path(x) / "pyco").string();
    if (const char* h = std::getenv("HOME"); h && *h) return (fs::path(h) / ".cache/pyco").string();
    return (fs::temp_directory_path() / "pyco-cache").string();
}

// A cache folder for the precompiled runtime header, keyed by compiler, flags and the headers' state.
static fs::path pch_dir(const Toolchain& tc) {
    return fs::path(cache_root()) / fmt::format("pch-{:016x}", std::hash<std::string>{}(toolchain_key(tc)));
}

// Builds the PCH once; a missing or failed PCH only costs time, so errors here are not fatal.
static std::string ensure_pch(const Toolchain& tc) {
    static std::mutex building;  // units compile in parallel: one of them builds it, the others wait
    std::lock_guard<std::mutex> lock(building);
    fs::path dir = pch_dir(tc);
    fs::path gch = dir / "pyco/abi.h.gch";
    std::error_code ec;
    if (fs::exists(gch, ec)) return dir.string();
    fs::create_directories(dir / "pyco", ec);
    fs::path tmp = dir / fmt::format("pyco/abi.h.gch.{}", getpid());
    std::vector<std::string> argv{tc.cxx};
    argv.insert(argv.end(), tc.flags.begin(), tc.flags.end());
    argv.insert(argv.end(), {"-x", "c++-header", "-I" + tc.include_dir, tc.include_dir + "/pyco/abi.h", "-o",
                             tmp.string()});
    if (run_process(argv).status != 0) {
        fs::remove(tmp, ec);
        return {};
    }
    fs::rename(tmp, gch, ec);
    return ec ? std::string() : dir.string();
}

// g++'s -O2 on generated code costs about 12 ms of compile time per Python line (most of it optimising the
// coroutine bodies) and buys little: the time goes into the runtime library, which is always -O2. Measured on
// bench/ (docs/toolchain.md): -Og made the asyncio programs no slower and the CPU-bound one 20% slower, and a
// 1,000-line program compiles 3x faster. So a program above this size gets -Og, with sibling calls kept so
// that symmetric transfer between coroutines stays a tail call (the same pair the sanitizer build uses).
static bool is_large_translation(const std::string& cpp_path) {
    constexpr size_t kLargeLines = 4000;  // of generated C++, about 300 lines of Python
    std::ifstream in(cpp_path);
    size_t lines = 0;
    for (std::string l; lines <= kLargeLines && std::getline(in, l);) ++lines;
    return lines > kLargeLines;
}

bool compile_object(const Toolchain& tc, const std::string& cpp_path, const std::string& object_path,
                    std::string& output, const std::vector<std::string>& extra_flags) {
    std::vector<std::string> argv{tc.cxx};
    argv.insert(argv.end(), tc.flags.begin(), tc.flags.end());
    // g++ uses DIR/pyco/abi.h.gch for `#include <pyco/abi.h>` when DIR comes first on the path.
    if (tc.cxx.find("clang") == std::string::npos) {
        std::string pch = ensure_pch(tc);
        if (!pch.empty()) argv.push_back("-I" + pch);
    }
    if (is_large_translation(cpp_path))
        argv.insert(argv.end(), {"-Og", "-foptimize-sibling-calls"});  // after -O2: the later -O wins
    argv.insert(argv.end(), extra_flags.begin(), extra_flags.end());
    argv.insert(argv.end(), {"-I" + tc.include_dir, "-c", cpp_path, "-o", object_path});
    ProcessResult r = run_process(argv);
    output = r.output;
    return r.status == 0;
}

bool link_executable(const Toolchain& tc, const std::vector<std::string>& objects, const std::string& exe_path,
                     std::string& output, const std::vector<std::string>& libraries) {
    std::vector<std::string> argv{tc.cxx};
    argv.insert(argv.end(), tc.flags.begin(), tc.flags.end());
    argv.insert(argv.end(), objects.begin(), objects.end());
    argv.insert(argv.end(), libraries.begin(), libraries.end());
    if (tc.lld) argv.push_back("-fuse-ld=lld");
    argv.insert(argv.end(), {"-o", exe_path, tc.library, "-lfmt", "-lgmpxx", "-lgmp", "-lboost_context"});
    // The runtime library carries debug information (RelWithDebInfo); copying it into every program took
    // three quarters of the link (0.77 s of hello's; 0.10 s without). Programs keep their symbols, so stacks
    // still name functions; sanitized programs keep everything, for file:line in their reports.
    if (!tc.sanitize) argv.push_back("-Wl,-S");
    ProcessResult r = run_process(argv);
    output = r.output;
    return r.status == 0;
}

bool archive_objects(const std::vector<std::string>& objects, const std::string& archive_path, std::string& output) {
    std::error_code ec;
    fs::remove(archive_path, ec);  // `ar r` would keep members of an older library that are gone now
    std::vector<std::string> argv{"ar", "qcs", archive_path};
    argv.insert(argv.end(), objects.begin(), objects.end());
    ProcessResult r = run_process(argv);
    output = r.output;
    return r.status == 0;
}

}  // namespace pyco::driver
