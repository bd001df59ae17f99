// The compiler's passes over one module, in order: read -> parse -> check -> scopes -> codegen. Each stage adds
// diagnostics; the pipeline stops after the first stage that reported an error. program/program.h runs it over
// every module of a program.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics.h"
#include "cxx/cxx_api.h"
#include "sema/imports.h"

namespace pyco {

// Which module is being translated: the main file unless said otherwise.
struct ModuleOptions {
    sema::ModuleIdentity id{"__main__", "", false};
    std::string cpp_namespace;  // empty: pyco_<the file's stem>
    bool library = false;       // one of pyco's own modules (runtime/lib): what it uses internally is allowed
    // Embedding (pyco translate --embed, pyco library): the name of the library's ModuleDef array; the module
    // then also gets its typed C++ functions (codegen/embed_gen.h). Empty: an ordinary program's module.
    std::string embed_modules_array;
    // The C++ modules of the program (--cpp-module) by name: calls into them are checked (sema/cpp_calls.h).
    const std::map<std::string, const cxx::Api*>* cpp_modules = nullptr;
    bool hide_frames = false;  // codegen::Options::hide_frames: the Python side of a C++ module
};

struct Translation {
    std::string cpp;                          // the generated translation unit
    std::string cpp_namespace;                // pyco_<name>: where its entry points are
    std::vector<sema::ImportRequest> imports;  // the modules it imports
    std::string embed_header;                  // with embed_modules_array: the module's C++ header
};

// Translates the Python file at `path` (as the user named it). On failure returns nullopt and `diags` holds at
// least one diagnostic (with the file's text, for rendering them).
std::optional<Translation> translate_file(const std::string& path, Diagnostics& diags,
                                          const ModuleOptions& options = {});

// Translates Python text already in memory (`display_path` names it in diagnostics, `abs_path` is stored in the
// module). translate_file reads the file and calls this; the fuzzer and its replay driver call it directly.
std::optional<Translation> translate_source(const std::string& display_path, const std::string& abs_path,
                                            const std::string& source, Diagnostics& diags,
                                            const ModuleOptions& options = {});

}  // namespace pyco
