#include "pipeline.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "codegen/codegen.h"
#include "codegen/embed_gen.h"
#include "codegen/cpp_text.h"
#include "parse/parse.h"
#include "sema/checks.h"
#include "sema/cpp_calls.h"
#include "sema/scopes.h"

namespace pyco {

namespace fs = std::filesystem;

static bool read_file(const std::string& path, std::string& out, Diagnostics& diags) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        diags.error(path, {}, "is a directory, not a Python file");
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.error(path, {}, "cannot open file: No such file or directory");
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

std::optional<Translation> translate_file(const std::string& path, Diagnostics& diags,
                                          const ModuleOptions& options) {
    std::string source;
    if (!read_file(path, source, diags)) return std::nullopt;
    std::error_code ec;
    std::string abs = fs::weakly_canonical(fs::absolute(path, ec), ec).string();
    return translate_source(path, abs, source, diags, options);
}

std::optional<Translation> translate_source(const std::string& path, const std::string& abs,
                                            const std::string& source, Diagnostics& diags,
                                            const ModuleOptions& options) {
    diags.add_source(path, source);
    auto module = parse_module(path, abs, source, diags);
    if (!module || diags.has_errors()) return std::nullopt;
    sema::check_module(*module, path, diags, options.library);
    if (options.cpp_modules && !options.cpp_modules->empty())
        sema::check_cpp_calls(*module, path, *options.cpp_modules, diags);
    if (diags.has_errors()) return std::nullopt;
    sema::ModuleScopes scopes = sema::analyze_scopes(*module, path, diags);
    if (diags.has_errors()) return std::nullopt;
    Translation t;
    t.cpp_namespace = options.cpp_namespace.empty() ? "pyco_" + codegen::cpp_ident(fs::path(path).stem().string())
                                                    : options.cpp_namespace;
    t.imports = sema::collect_imports(*module, options.id);
    t.cpp = codegen::generate(*module, scopes, source, path, {options.id, t.cpp_namespace, options.hide_frames}, diags);
    if (diags.has_errors()) return std::nullopt;
    if (!options.embed_modules_array.empty()) {
        auto api = codegen::generate_embed(*module, {options.id.name, path, t.cpp_namespace, options.embed_modules_array});
        t.cpp += api.definitions;
        t.embed_header = std::move(api.header);
    }
    return t;
}

}  // namespace pyco
