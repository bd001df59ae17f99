// The `pyco` command: build, run and translate async Python programs.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>

#include "driver/cpp_modules.h"
#include "driver/object_cache.h"
#include "driver/process.h"
#include "driver/toolchain.h"
#include "codegen/cpp_text.h"
#include "cxx/stub_gen.h"
#include "codegen/embed_gen.h"
#include "program/program.h"

namespace fs = std::filesystem;
using namespace pyco;

namespace {

// The C++ headers --cpp-module names, read before translating (driver/cpp_modules.h), and --link's libraries.
driver::LoadedCppModules g_cpp_modules;
std::vector<std::string> g_link;

constexpr const char* kVersion = "0.2.0";

// Where imports are looked for: the main file's folder, then --module-path folders, then $PYCO_PATH's, then
// pyco's own library.
program::SearchPath search_path(const std::string& input, const std::vector<std::string>& module_path) {
    program::SearchPath p;
    p.dirs.push_back(fs::path(input).parent_path().string());
    p.dirs.insert(p.dirs.end(), module_path.begin(), module_path.end());
    if (const char* env = std::getenv("PYCO_PATH"); env && *env) {
        std::string_view rest = env;
        while (!rest.empty()) {
            size_t colon = rest.find(':');
            std::string_view dir = rest.substr(0, colon);
            if (!dir.empty()) p.dirs.emplace_back(dir);
            rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        }
    }
    p.library = driver::python_library_dir();
    for (auto& m : g_cpp_modules.modules) p.cpp_modules.push_back(&m);
    return p;
}

// Translates the program or reports diagnostics (exit status 1).
std::optional<program::Program> translate_or_report(const std::string& input, const std::vector<std::string>& module_path) {
    Diagnostics diags;
    auto p = program::translate_program(input, search_path(input, module_path), diags);
    if (!p) {
        std::fputs(diags.render().c_str(), stderr);
        if (!diags.has_errors()) std::fprintf(stderr, "%s: error: internal error: translation failed\n", input.c_str());
    }
    return p;
}

bool write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    return bool(out);
}

// A Makefile-syntax list of the files the output was made from (CMake's DEPFILE): every module's .py, so that
// editing one rebuilds what depends on it.
bool write_depfile(const std::string& depfile, const std::string& target, const program::Program& p) {
    if (depfile.empty()) return true;
    auto escape = [](const std::string& path) {
        std::string out;
        for (char c : path) {
            if (c == ' ' || c == '#') out += '\\';
            if (c == '$') out += '$';
            out += c;
        }
        return out;
    };
    std::string text = escape(target) + ":";
    for (auto& m : p.modules)
        if (!m.cpp.empty() && m.flags.empty()) text += " \\\n  " + escape(fs::absolute(m.file).string());
    for (auto& api : g_cpp_modules.apis)
        for (auto& f : api.files) text += " \\\n  " + escape(fs::absolute(f).string());
    if (!write_file(depfile, text + "\n")) {
        std::fprintf(stderr, "pyco: error: cannot write %s\n", depfile.c_str());
        return false;
    }
    return true;
}

// Writes `text` unless the file holds it already: a header or stub left untouched does not make the C++ that
// includes it recompile, nor an editor reload it.
bool update_file(const std::string& path, const std::string& text) {
    std::ifstream in(path, std::ios::binary);
    std::string old((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in && old == text) return true;
    if (write_file(path, text)) return true;
    std::fprintf(stderr, "pyco: error: cannot write %s\n", path.c_str());
    return false;
}

// The C++ headers of a library's user modules (codegen/embed_gen.h) under `dir`.
bool write_headers(const program::Program& p, const std::string& dir) {
    for (auto& m : p.modules) {
        if (m.header.empty()) continue;
        fs::path path = fs::path(dir) / codegen::embed_header_path(m.name);
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        if (!update_file(path.string(), m.header)) return false;
    }
    return true;
}

// Each C++ module's .pyi stub (cxx/stub_gen.h).
bool write_stubs(const std::string& dir) {
    for (auto& m : g_cpp_modules.modules)
        if (!update_file((fs::path(dir) / (m.name + ".pyi")).string(), cxx::pyi_stub(*m.api, m.name))) return false;
    return true;
}

// The ModuleDef array of a library: named after its first source, so two pyco libraries can share a host.
std::string modules_array_name(const std::vector<std::string>& sources) {
    return "pyco_embed_modules_" + codegen::cpp_ident(fs::path(sources.front()).stem().string());
}

std::optional<program::Program> translate_library_or_report(const std::vector<std::string>& sources,
                                                            const std::vector<std::string>& module_path) {
    Diagnostics diags;
    auto p = program::translate_library(sources, modules_array_name(sources), search_path(sources.front(), module_path), diags);
    if (!p) {
        std::fputs(diags.render().c_str(), stderr);
        if (!diags.has_errors()) std::fprintf(stderr, "%s: error: internal error: translation failed\n", sources.front().c_str());
    }
    return p;
}

// `pyco translate --embed`: each module's unit as DIR/<module>.cpp (with the library's module array in
// DIR/pyco_modules.cpp) and each user module's header as DIR/<module>.hpp.
int translate_embed(const std::vector<std::string>& sources, const std::string& dir, const std::vector<std::string>& module_path) {
    auto p = translate_library_or_report(sources, module_path);
    if (!p) return 1;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (!write_headers(*p, dir)) return 1;
    for (auto& m : p->modules) {
        if (m.cpp.empty()) continue;
        std::string path = (fs::path(dir) / (m.name + ".cpp")).string();
        if (!write_file(path, m.cpp)) {
            std::fprintf(stderr, "pyco: error: cannot write %s\n", path.c_str());
            return 1;
        }
    }
    return write_file((fs::path(dir) / "pyco_modules.cpp").string(), p->main_cpp) ? 0 : 1;
}

// Finds the toolchain and compiles every module's unit and `main_unit` (cached by content, in parallel). A C++
// compiler failure is a pyco bug, not the user's: the unit is kept beside the output and reported as an internal
// error. Returns the toolchain, for linking or archiving the objects, or nullopt after reporting.
std::optional<driver::Toolchain> compile_program(const program::Program& p, const std::string& input,
                                                 const std::string& output, bool sanitize, const char* main_unit,
                                                 driver::CompiledUnits& compiled) {
    std::string error;
    auto tc = driver::find_toolchain(error, sanitize);
    if (!tc) {
        std::fprintf(stderr, "pyco: error: %s\n", error.c_str());
        return std::nullopt;
    }
    char tmpl[] = "/tmp/pyco-build-XXXXXX";
    if (!mkdtemp(tmpl)) {
        std::fprintf(stderr, "pyco: error: cannot create a temporary folder\n");
        return std::nullopt;
    }
    std::vector<driver::Unit> units;
    for (auto& m : p.modules)
        if (!m.cpp.empty()) units.push_back({m.name, m.cpp, m.flags});
    units.push_back({main_unit, p.main_cpp});
    bool ok = driver::compile_units(*tc, units, tmpl, kVersion, compiled);
    if (!ok) {
        std::string kept = output + ".pyco.cpp";
        std::error_code ec;
        fs::copy_file(compiled.failed_cpp, kept, fs::copy_options::overwrite_existing, ec);
        std::fprintf(stderr, "%s: error: internal error: the C++ compiler rejected the generated code of %s (kept in %s)\n%s",
                     input.c_str(), compiled.failed_unit.c_str(), kept.c_str(), compiled.output.substr(0, 4000).c_str());
    }
    std::error_code ec;
    fs::remove_all(tmpl, ec);
    if (!ok) return std::nullopt;
    return tc;
}

// `pyco library`: a static library of every module's unit, and the user modules' headers.
int build_library(const std::vector<std::string>& sources, const std::string& output, const std::string& header_dir,
                  const std::string& depfile, const std::vector<std::string>& module_path) {
    auto p = translate_library_or_report(sources, module_path);
    if (!p || !write_headers(*p, header_dir)) return 1;
    driver::CompiledUnits compiled;
    if (!compile_program(*p, sources.front(), output, false, "modules", compiled)) return 1;
    std::string ar_output;
    if (!driver::archive_objects(compiled.objects, output, ar_output)) {
        std::fprintf(stderr, "pyco: error: cannot write %s\n%s", output.c_str(), ar_output.c_str());
        return 1;
    }
    return write_depfile(depfile, output, *p) ? 0 : 1;
}

// `pyco build`: every module's unit compiled, then linked with the runtime and --link's libraries.
int build(const std::string& input, const std::string& output, bool sanitize, const std::vector<std::string>& module_path,
          const std::string& depfile = "") {
    auto p = translate_or_report(input, module_path);
    if (!p || !write_depfile(depfile, output, *p)) return 1;
    driver::CompiledUnits compiled;
    auto tc = compile_program(*p, input, output, sanitize, "program", compiled);
    if (!tc) return 1;
    std::string linker_output;
    if (!driver::link_executable(*tc, compiled.objects, output, linker_output, g_link)) {
        std::fprintf(stderr, "%s: error: internal error: linking failed\n%s", input.c_str(),
                     linker_output.substr(0, 4000).c_str());
        return 1;
    }
    return 0;
}

int run(const std::string& input, const std::vector<std::string>& args, bool sanitize,
        const std::vector<std::string>& module_path) {
    char tmpl[] = "/tmp/pyco-run-XXXXXX";
    if (!mkdtemp(tmpl)) return 1;
    fs::path exe = fs::path(tmpl) / fs::path(input).stem();
    int status = build(input, exe.string(), sanitize, module_path);
    if (status == 0) {
        std::vector<std::string> argv{exe.string()};
        argv.insert(argv.end(), args.begin(), args.end());
        std::fflush(stdout);
        status = driver::run_attached(argv);
    }
    std::error_code ec;
    fs::remove_all(tmpl, ec);
    return status;
}

// The whole program as one C++ file: every module's namespace, then `main`.
int translate(const std::string& input, const std::string& output, const std::vector<std::string>& module_path) {
    auto p = translate_or_report(input, module_path);
    if (!p) return 1;
    std::string cpp = program::single_file(*p);
    if (output.empty() || output == "-") {
        std::fputs(cpp.c_str(), stdout);
        return 0;
    }
    if (!write_file(output, cpp)) {
        std::fprintf(stderr, "pyco: error: cannot write %s\n", output.c_str());
        return 1;
    }
    return 0;
}

std::string default_output(const std::string& input, const char* ext) {
    return fs::path(input).filename().replace_extension(ext).string();
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"pyco: compiles async Python (CPython 3.11's asyncio) to native executables through C++20"};
    app.set_version_flag("--version", fmt::format("pyco {}", kVersion));
    app.require_subcommand(1);

    std::string input, output, depfile, header_dir;
    std::vector<std::string> sources;
    bool embed = false;
    std::vector<std::string> run_args, module_path;
    const char* module_path_help = "another folder to find imported modules in (repeatable; searched after the "
                                   "main file's folder and before $PYCO_PATH)";
    bool sanitize = false;
    const char* sanitize_help = "build with ASan+UBSan (needs a pyco built with -DPYCO_SANITIZE=ON, which does so "
                                "by default)";
    auto* b = app.add_subcommand("build", "compile a Python file to an executable");
    b->add_option("file", input, "the .py file")->required();
    b->add_option("-o,--output", output, "the executable to write (default: the file's name without .py)");
    b->add_flag("--sanitize", sanitize, sanitize_help);
    b->add_option("--module-path", module_path, module_path_help)->allow_extra_args(false);
    const char* depfile_help = "also write a Makefile-syntax list of the .py files read (CMake's DEPFILE)";
    b->add_option("--depfile", depfile, depfile_help);
    driver::CppModuleOptions cpp;
    std::string stub_dir;
    // --cpp-module and its header's -I/-D, and --link: on build, run and library (docs/embedding.md).
    auto add_cpp_options = [&](CLI::App* sub) {
        sub->add_option("--cpp-module", cpp.specs, "NAME=HEADER[:NAMESPACE]: the Python module NAME is the C++ "
                                                   "header's declarations, read with libTooling (repeatable)")
            ->allow_extra_args(false);
        sub->add_option("-I", cpp.include_dirs, "a folder for the C++ headers' includes (repeatable)")->allow_extra_args(false);
        sub->add_option("-D", cpp.defines, "a macro for the C++ headers, NAME or NAME=VALUE (repeatable)")->allow_extra_args(false);
        sub->add_option("--link", g_link, "a library to link: a file or -lNAME (repeatable)")->allow_extra_args(false);
        sub->add_option("--stub-dir", stub_dir, "where to write each C++ module's NAME.pyi stub, for editors and "
                                                "type checkers (default: the folder of the main .py file)");
    };
    add_cpp_options(b);
    auto* r = app.add_subcommand("run", "compile a Python file and run it with the given arguments");
    r->add_flag("--sanitize", sanitize, sanitize_help);
    r->add_option("--module-path", module_path, module_path_help)->allow_extra_args(false);
    add_cpp_options(r);
    r->add_option("file", input, "the .py file")->required();
    r->add_option("args", run_args, "arguments for the program");
    r->prefix_command();
    auto* t = app.add_subcommand("translate", "write the C++ that pyco generates for a Python file");
    t->add_option("file", input, "the .py file")->required();
    t->add_option("-o,--output", output, "the .cpp file to write (default: standard output)");
    t->add_option("--module-path", module_path, module_path_help)->allow_extra_args(false);
    t->add_flag("--embed", embed, "write the C++ of a library for a C++ host (docs/embedding.md): -o names a folder "
                                  "that receives each module's .cpp and each user module's .hpp");
    t->add_option("more", sources, "with --embed: more modules of the library");
    auto* l = app.add_subcommand("library", "compile Python modules to a static library and C++ headers for a C++ host");
    l->add_option("files", sources, "the .py files: each is a module named after its file")->required();
    l->add_option("-o,--output", output, "the static library to write (libNAME.a)")->required();
    l->add_option("--header-dir", header_dir, "the folder for the modules' C++ headers")->required();
    l->add_option("--depfile", depfile, depfile_help);
    l->add_option("--module-path", module_path, module_path_help)->allow_extra_args(false);
    add_cpp_options(l);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 1;
    }
    if (!cpp.specs.empty()) {
        std::string error;
        if (!driver::load_cpp_modules(cpp, g_cpp_modules, error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return 1;
        }
        std::string main_file = !input.empty() ? input : sources.empty() ? std::string() : sources.front();
        if (stub_dir.empty()) stub_dir = fs::path(main_file).parent_path().string();
        if (!write_stubs(stub_dir.empty() ? "." : stub_dir)) return 1;
    }
    try {
        if (*b) return build(input, output.empty() ? default_output(input, "") : output, sanitize, module_path, depfile);
        if (*l) return build_library(sources, output, header_dir, depfile, module_path);
        if (*r) return run(input, run_args, sanitize, module_path);
        if (*t && embed) {
            sources.insert(sources.begin(), input);
            if (output.empty() || output == "-") {
                std::fprintf(stderr, "pyco: error: translate --embed needs -o FOLDER\n");
                return 1;
            }
            return translate_embed(sources, output, module_path);
        }
        if (*t && !sources.empty()) {
            std::fprintf(stderr, "pyco: error: translate takes one file (several only with --embed)\n");
            return 1;
        }
        if (*t) return translate(input, output, module_path);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: error: internal error: %s\n", (input.empty() && !sources.empty() ? sources.front() : input).c_str(), e.what());
        return 1;
    }
    return 1;
}
