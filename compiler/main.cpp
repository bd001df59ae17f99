// The `pyco` command: build, run and translate async Python programs.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>

#include "driver/process.h"
#include "driver/toolchain.h"
#include "pipeline.h"

namespace fs = std::filesystem;
using namespace pyco;

namespace {

constexpr const char* kVersion = "0.1.0";

// Translates or reports diagnostics (exit status 1).
std::optional<Translation> translate_or_report(const std::string& input) {
    Diagnostics diags;
    std::string source;
    auto t = translate_file(input, source, diags);
    if (!t) {
        std::fputs(diags.render(source).c_str(), stderr);
        if (!diags.has_errors()) std::fprintf(stderr, "%s: error: internal error: translation failed\n", input.c_str());
    }
    return t;
}

bool write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    return bool(out);
}

// Writes the C++ to a scratch folder and compiles it; on a C++ compiler failure the generated file is kept
// beside the output and reported as an internal error (a pyco bug, not the user's).
int build(const std::string& input, const std::string& output, bool sanitize) {
    auto t = translate_or_report(input);
    if (!t) return 1;
    std::string error;
    auto tc = driver::find_toolchain(error, sanitize);
    if (!tc) {
        std::fprintf(stderr, "pyco: error: %s\n", error.c_str());
        return 1;
    }
    char tmpl[] = "/tmp/pyco-build-XXXXXX";
    if (!mkdtemp(tmpl)) {
        std::fprintf(stderr, "pyco: error: cannot create a temporary folder\n");
        return 1;
    }
    fs::path dir = tmpl;
    fs::path cpp = dir / (t->module_name + ".cpp");
    int status = 0;
    std::string compiler_output;
    if (!write_file(cpp.string(), t->cpp)) {
        std::fprintf(stderr, "pyco: error: cannot write %s\n", cpp.c_str());
        status = 1;
    } else if (!driver::build_executable(*tc, cpp.string(), output, compiler_output)) {
        std::string kept = output + ".pyco.cpp";
        std::error_code ec;
        fs::copy_file(cpp, kept, fs::copy_options::overwrite_existing, ec);
        std::fprintf(stderr, "%s: error: internal error: the C++ compiler rejected the generated code (kept in %s)\n%s",
                     input.c_str(), kept.c_str(), compiler_output.substr(0, 4000).c_str());
        status = 1;
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
    return status;
}

int run(const std::string& input, const std::vector<std::string>& args, bool sanitize) {
    char tmpl[] = "/tmp/pyco-run-XXXXXX";
    if (!mkdtemp(tmpl)) return 1;
    fs::path exe = fs::path(tmpl) / fs::path(input).stem();
    int status = build(input, exe.string(), sanitize);
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

int translate(const std::string& input, const std::string& output) {
    auto t = translate_or_report(input);
    if (!t) return 1;
    if (output.empty() || output == "-") {
        std::fputs(t->cpp.c_str(), stdout);
        return 0;
    }
    if (!write_file(output, t->cpp)) {
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

    std::string input, output;
    std::vector<std::string> run_args;
    bool sanitize = false;
    const char* sanitize_help = "build with ASan+UBSan (needs a pyco built with -DPYCO_SANITIZE=ON, which does so "
                                "by default)";
    auto* b = app.add_subcommand("build", "compile a Python file to an executable");
    b->add_option("file", input, "the .py file")->required();
    b->add_option("-o,--output", output, "the executable to write (default: the file's name without .py)");
    b->add_flag("--sanitize", sanitize, sanitize_help);
    auto* r = app.add_subcommand("run", "compile a Python file and run it with the given arguments");
    r->add_flag("--sanitize", sanitize, sanitize_help);
    r->add_option("file", input, "the .py file")->required();
    r->add_option("args", run_args, "arguments for the program");
    r->prefix_command();
    auto* t = app.add_subcommand("translate", "write the C++ that pyco generates for a Python file");
    t->add_option("file", input, "the .py file")->required();
    t->add_option("-o,--output", output, "the .cpp file to write (default: standard output)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 1;
    }
    try {
        if (*b) return build(input, output.empty() ? default_output(input, "") : output, sanitize);
        if (*r) return run(input, run_args, sanitize);
        if (*t) return translate(input, output);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: error: internal error: %s\n", input.c_str(), e.what());
        return 1;
    }
    return 1;
}
