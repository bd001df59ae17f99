// Assembling the translation unit: the embedded source, code tables, constants, globals, functions, the module
// entry point and `main`.
#include <fmt/format.h>

#include "../ast_walk.h"
#include "../utf8.h"
#include "codegen.h"
#include "cpp_text.h"
#include "function_gen.h"

namespace pyco::codegen {

namespace {

std::vector<std::u32string> split_lines(const std::string& source) {
    std::vector<std::u32string> lines;
    size_t start = 0;
    while (start <= source.size()) {
        size_t nl = source.find('\n', start);
        std::string l = source.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        if (!l.empty() && l.back() == '\r') l.pop_back();
        auto cps = utf8::decode(l);
        lines.emplace_back(cps.begin(), cps.end());
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    return lines;
}

// The source as a C++ literal, one Python line per C++ line so that the file stays diffable.
std::string embedded_source(const std::string& source) {
    if (source.empty()) return " \"\"";
    std::string out;
    size_t start = 0;
    while (start < source.size()) {
        size_t nl = source.find('\n', start);
        size_t end = nl == std::string::npos ? source.size() : nl + 1;
        out += "\n    " + cpp_string(std::string_view(source).substr(start, end - start));
        start = end;
    }
    return out;
}

std::string code_tables(const ModuleState& m) {
    std::string out;
    for (auto& c : m.codes) {
        std::vector<std::string> rows;
        for (auto& p : c->positions)
            rows.push_back(fmt::format("{{{}, {}, {}, {}, {}, {}}}", p.line, p.col, p.end_line, p.end_col,
                                       p.anchor_left, p.anchor_right));
        out += fmt::format("static const pyco::Pos {}_pos[] = {{{}}};\n", c->cpp_name, fmt::join(rows, ", "));
        out += fmt::format("static const pyco::CodeInfo {0}{{.name = {1}, .qualname = {2}, .file = &source_file, "
                           ".firstlineno = {3}, .positions = {0}_pos}};\n",
                           c->cpp_name, cpp_string(c->name), cpp_string(c->qualname), c->firstlineno);
    }
    return out;
}

// The Python value of a constant, for the comment beside its declaration.
std::string constant_comment(const std::string& key) {
    bool cut = false;
    std::string text = comment_text(std::string_view(key).substr(1), key[0] == 'i' ? 24 : 40, cut);
    if (key[0] == 's') text = '"' + text + '"';
    if (key[0] == 'b') text = "b\"" + text + '"';
    if (key[0] == 'j' && !cut) text += 'j';
    return cut ? text + "..." : text;
}

// `from m import *` anywhere in the module's own code (not in a function or class, where it is a SyntaxError).
bool has_star_import(const ast::Body& body) {
    for (auto& s : body) {
        if (auto* imp = ast::as<ast::ImportFrom>(*s))
            for (auto& a : imp->names)
                if (a.name == "*") return true;
        if (ast::as<ast::FunctionDef>(*s) || ast::as<ast::ClassDef>(*s)) continue;
        bool found = false;
        ast::for_each_child(*s, [](const ast::Expr&) {}, [&](const ast::Body& b) { found = found || has_star_import(b); });
        if (found) return true;
    }
    return false;
}

// The module's docstring: a string constant as its first statement.
const std::string* docstring(const ast::Module& mod) {
    if (mod.body.empty()) return nullptr;
    auto* e = ast::as<ast::ExprStmt>(*mod.body[0]);
    auto* c = e ? ast::as<ast::Constant>(*e->value) : nullptr;
    return c && c->kind == ast::Constant::Kind::Str ? &c->value : nullptr;
}

// What the import system knows the module by (pyco/module.h, ModuleDef): its variables by name, and its entry
// points.
std::string module_def(const ModuleState& m, const ast::Module& mod, const sema::ModuleScopes& scopes) {
    std::string out = "// The module's variables by name, for its module object (m.x from other modules).\n";
    out += "static const pyco::GlobalSlot module_globals[] = {";
    for (auto& name : scopes.global_order) out += fmt::format("\n    {{{}, &{}}},", cpp_string(name), m.global(name));
    out += scopes.module_globals.empty() ? "{nullptr, nullptr}};\n\n" : "\n};\n\n";
    const std::string* doc = docstring(mod);
    out += "extern const pyco::ModuleDef module_def;\n";
    out += fmt::format("const pyco::ModuleDef module_def{{.name = {}, .file = {}, .doc = {}, .package = {}, "
                       ".self = &module_object, .body = module_body, .clear_globals = clear_globals, "
                       ".globals = module_globals, .nglobals = {}}};\n",
                       cpp_string(m.id.name), cpp_string(m.abs_path), doc ? cpp_string(*doc) : "nullptr",
                       m.id.is_package ? "true" : "false", scopes.module_globals.size());
    return out;
}

}  // namespace

std::string generate(const ast::Module& mod, const sema::ModuleScopes& scopes, const std::string& source,
                     const std::string& display_path, const Options& opts, Diagnostics& diags) {
    ModuleState m(diags, scopes);
    m.abs_path = mod.path;
    m.id = opts.id;
    m.star_import = has_star_import(mod.body);
    m.lazy_annotations = scopes.lazy_annotations;
    m.hide_frames = opts.hide_frames;
    m.display_path = display_path;
    m.lines = split_lines(source);
    CodeTable& module_code = m.new_code("<module>", "<module>", 1);
    FunctionGen gen(m, *scopes.module, FunctionGen::Kind::Module, module_code);
    gen.setup_annotations(mod.body);
    gen.body(mod.body);

    const std::string& ns = opts.cpp_namespace;
    std::string out;
    out += fmt::format("// Generated by pyco from {}. Do not edit: edit the Python source and rebuild.\n",
                       display_path);
    out += "#include <pyco/abi.h>\n\n";
    out += fmt::format("namespace {} {{\n\n", ns);
    if (m.uses_how)
        out += "// How a try or with body was left when its cleanup (finally, __exit__) ran: the jump to go on with.\n"
               "enum How { kHowNone, kHowBreak, kHowContinue, kHowReturn };\n\n";
    out += fmt::format("static const pyco::SourceFile source_file{{{},{},\n    {}}};\n\n", cpp_string(mod.path),
                       embedded_source(source), cpp_string(m.id.name));
    out += "// This module's object, made by the import system before module_body runs.\nstatic pyco::Object module_object;\n\n";
    out += code_tables(m) + "\n";
    for (auto& fi : m.func_infos) out += fi + "\n";
    out += "\n// Constants, module globals and the builtins this module uses.\n";
    for (auto& k : m.constant_defs)
        out += fmt::format("static pyco::Object {};  // {}\n", k.name, constant_comment(k.key));
    for (auto& name : scopes.module_globals) out += fmt::format("static pyco::Object {};\n", m.global(name));
    for (auto& name : m.builtins_used) out += fmt::format("static pyco::Object {};\n", m.builtin(name));
    out += "\n";
    for (auto& f : m.functions) out += f + "\n";

    out += "// Creates the constants and looks up the builtins once, before the module body runs.\n";
    out += "static void init_module() {\n";
    for (auto& k : m.constant_defs) out += fmt::format("    {} = pyco::immortal({});\n", k.name, k.init);
    for (auto& name : m.builtins_used)
        out += fmt::format("    {} = pyco::builtin({});\n", m.builtin(name), cpp_string(name));
    out += "}\n\n";

    out += "// The module's top-level code.\nvoid module_body() {\n    init_module();\n";
    out += fmt::format("    pyco::FrameGuard _fg({});\n    pyco::Frame& _f = _fg.frame;\n", module_code.cpp_name);
    if (gen.needs_return_slot()) out += "    pyco::Object _rv;\n";
    out += "    try {\n" + gen.text() + "    } catch (const pyco::PyExc& _e) {\n        _e.add_frame(_f);\n        throw;\n    }\n}\n\n";

    out += "// Drops the module's globals, as CPython does when the interpreter finalises.\nvoid clear_globals() {\n";
    for (auto& name : scopes.module_globals) out += fmt::format("    {} = pyco::Object();\n", m.global(name));
    out += "}\n\n";
    out += module_def(m, mod, scopes);
    out += fmt::format("\n}}  // namespace {}\n", ns);
    return out;
}

}  // namespace pyco::codegen
