#include "embed_gen.h"

#include <fmt/format.h>

#include <set>

#include "cpp_text.h"

namespace pyco::codegen {

namespace {

// How a Python annotation crosses into C++: the convert.h spec and the C++ type it carries.
struct Mapped {
    std::string spec;
    std::string type;
    bool is_none = false;
    bool is_str = false;  // a parameter takes std::string_view
};

Mapped any() { return {"pyco::py::Any", "pyco::Object"}; }

// The name an annotation is spelled with: `int`, `typing.List` -> "List".
std::string head_name(const ast::Expr& e) {
    if (auto* n = ast::as<ast::Name>(e)) return n->id;
    if (auto* a = ast::as<ast::Attribute>(e)) return a->attr;
    return "";
}

bool is_none_expr(const ast::Expr& e) {
    if (auto* c = ast::as<ast::Constant>(e)) return c->kind == ast::Constant::Kind::None;
    return head_name(e) == "None";
}

Mapped map_annotation(const ast::Expr* e);

Mapped optional_of(const Mapped& inner) {
    if (inner.is_none || inner.spec == "pyco::py::Any") return any();
    return {fmt::format("pyco::py::Optional<{}>", inner.spec), fmt::format("std::optional<{}>", inner.type)};
}

std::vector<const ast::Expr*> slice_items(const ast::Expr& slice) {
    std::vector<const ast::Expr*> out;
    if (auto* t = ast::as<ast::Tuple>(slice)) {
        for (auto& x : t->elts) out.push_back(x.get());
    } else {
        out.push_back(&slice);
    }
    return out;
}

// A key type std::hash knows: scalars and strings; a tuple key takes std::map.
bool hashable_key(const Mapped& k) { return k.type.rfind("std::tuple", 0) != 0 && k.type.rfind("std::optional", 0) != 0; }

Mapped map_subscript(const ast::Subscript& s) {
    std::string head = head_name(*s.value);
    auto items = slice_items(*s.slice);
    auto arg = [&](size_t i) { return map_annotation(items[i]); };
    if ((head == "list" || head == "List" || head == "Sequence") && items.size() == 1) {
        Mapped t = arg(0);
        if (t.is_none) return any();
        return {fmt::format("pyco::py::List<{}>", t.spec), fmt::format("std::vector<{}>", t.type)};
    }
    if ((head == "dict" || head == "Dict") && items.size() == 2) {
        Mapped k = arg(0), v = arg(1);
        if (k.is_none || v.is_none) return any();
        std::string map = hashable_key(k) ? "std::unordered_map" : "std::map";
        std::string type = fmt::format("{}<{}, {}>", map, k.type, v.type);
        return {fmt::format("pyco::py::Dict<{}, {}, {}>", k.spec, v.spec, type), type};
    }
    if ((head == "tuple" || head == "Tuple") && !items.empty()) {
        std::vector<std::string> specs, types;
        for (size_t i = 0; i < items.size(); ++i) {
            if (auto* c = ast::as<ast::Constant>(*items[i]); c && c->kind == ast::Constant::Kind::Ellipsis) return any();
            Mapped t = arg(i);
            if (t.is_none) return any();
            specs.push_back(t.spec);
            types.push_back(t.type);
        }
        return {fmt::format("pyco::py::Tuple<{}>", fmt::join(specs, ", ")),
                fmt::format("std::tuple<{}>", fmt::join(types, ", "))};
    }
    if (head == "Optional" && items.size() == 1) return optional_of(arg(0));
    if (head == "Union" && items.size() == 2) {
        if (is_none_expr(*items[1])) return optional_of(arg(0));
        if (is_none_expr(*items[0])) return optional_of(arg(1));
    }
    return any();
}

Mapped map_annotation(const ast::Expr* e) {
    if (!e) return any();
    if (is_none_expr(*e)) return {"pyco::py::None", "void", true};
    if (auto* s = ast::as<ast::Subscript>(*e)) return map_subscript(*s);
    if (auto* b = ast::as<ast::BinOp>(*e); b && b->op == ast::BinOpKind::BitOr) {
        if (is_none_expr(*b->right)) return optional_of(map_annotation(b->left.get()));
        if (is_none_expr(*b->left)) return optional_of(map_annotation(b->right.get()));
        return any();
    }
    if (!ast::as<ast::Name>(*e)) return any();
    std::string n = head_name(*e);
    if (n == "int") return {"pyco::py::Int<int64_t>", "int64_t"};
    if (n == "float") return {"pyco::py::Float<double>", "double"};
    if (n == "bool") return {"pyco::py::Bool", "bool"};
    if (n == "str") return {"pyco::py::Str<std::string>", "std::string", false, true};
    if (n == "bytes") return {"pyco::py::Bytes", "std::string"};
    return any();
}

// A constant default as a C++ default argument, or "" when it is not one pyco spells.
std::string cpp_default(const ast::Expr* d, const Mapped& t) {
    if (!d) return "";
    auto* c = ast::as<ast::Constant>(*d);
    const ast::Expr* inner = d;
    bool negative = false;
    if (auto* u = ast::as<ast::UnaryOp>(*d); u && u->op == ast::UnaryOpKind::USub) {
        c = ast::as<ast::Constant>(*u->operand);
        inner = u->operand.get();
        negative = true;
    }
    (void)inner;
    if (!c) return "";
    using K = ast::Constant::Kind;
    std::string sign = negative ? "-" : "";
    if (t.type == "int64_t" && c->kind == K::Int && c->value.size() < 19) return sign + c->value;
    if (t.type == "double" && (c->kind == K::Float || c->kind == K::Int)) {
        std::string v = c->value;
        if (c->kind == K::Int) v += ".0";
        return sign + v;
    }
    if (negative) return "";
    if (t.type == "bool" && (c->kind == K::True || c->kind == K::False)) return c->kind == K::True ? "true" : "false";
    if (t.is_str && c->kind == K::Str) return cpp_string(c->value);
    if (t.type.rfind("std::optional", 0) == 0 && c->kind == K::None) return "std::nullopt";
    return "";
}

struct Param {
    std::string name;  // the Python name
    Mapped type;
    std::string def;   // C++ default argument, or ""
    bool keyword_only = false;
};

const std::set<std::string>& cpp_keywords() {
    static const std::set<std::string> k{"alignas", "alignof", "and", "asm", "auto", "bool", "break", "case", "catch",
        "char", "class", "const", "constexpr", "continue", "default", "delete", "do", "double", "else", "enum",
        "explicit", "export", "extern", "false", "float", "for", "friend", "goto", "if", "inline", "int", "long",
        "mutable", "namespace", "new", "noexcept", "not", "nullptr", "operator", "or", "private", "protected",
        "public", "register", "return", "short", "signed", "sizeof", "static", "struct", "switch", "template",
        "this", "throw", "true", "try", "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual",
        "void", "volatile", "while", "co_await", "co_return", "co_yield", "concept", "requires", "int64_t"};
    return k;
}

std::string cpp_name(const std::string& python) {
    std::string id = cpp_ident(python);
    return cpp_keywords().count(id) ? id + "_" : id;
}

// C++ spelling of a parameter: strings as views, containers by const reference.
std::string param_decl(const Param& p) {
    std::string t = p.type.is_str ? "std::string_view" : p.type.type;
    bool by_ref = t.rfind("std::", 0) == 0 && !p.type.is_str;
    return fmt::format("{}{}{} {}", by_ref ? "const " : "", t, by_ref ? "&" : "", cpp_name(p.name));
}

std::vector<Param> params_of(const ast::Arguments& a) {
    std::vector<Param> out;
    size_t npos = a.posonlyargs.size() + a.args.size();
    size_t first_default = npos - a.defaults.size();
    size_t i = 0;
    for (auto* list : {&a.posonlyargs, &a.args})
        for (auto& arg : *list) {
            Param p{arg.name, map_annotation(arg.annotation.get())};
            if (i >= first_default) p.def = cpp_default(a.defaults[i - first_default].get(), p.type);
            out.push_back(std::move(p));
            ++i;
        }
    for (size_t k = 0; k < a.kwonlyargs.size(); ++k) {
        Param p{a.kwonlyargs[k].name, map_annotation(a.kwonlyargs[k].annotation.get())};
        p.keyword_only = true;
        if (k < a.kw_defaults.size()) p.def = cpp_default(a.kw_defaults[k].get(), p.type);
        out.push_back(std::move(p));
    }
    // C++ default arguments must be trailing: a default pyco cannot spell makes the ones before it required.
    bool trailing = true;
    for (size_t j = out.size(); j-- > 0;) {
        if (out[j].def.empty()) trailing = false;
        if (!trailing) out[j].def.clear();
    }
    return out;
}

std::string python_signature(const ast::FunctionDef& f, const std::vector<Param>& ps, const Mapped& r) {
    std::vector<std::string> parts;
    for (auto& p : ps) parts.push_back(p.name);
    (void)r;
    return fmt::format("{}def {}({})", f.is_async ? "async " : "", f.name, fmt::join(parts, ", "));
}

std::string result_type(const ast::FunctionDef& f, const Mapped& r) {
    return f.is_async ? fmt::format("pyco::Coroutine<{}>", r.type) : r.type;
}

std::string declaration(const ast::FunctionDef& f, const std::vector<Param>& ps, const Mapped& r, bool with_defaults) {
    std::vector<std::string> parts;
    for (auto& p : ps) parts.push_back(param_decl(p) + (with_defaults && !p.def.empty() ? " = " + p.def : ""));
    return fmt::format("{} {}({})", result_type(f, r), cpp_name(f.name), fmt::join(parts, ", "));
}

// The body: the module imported (once), the function looked up as an attribute (it may have been rebound),
// called with the converted arguments, its result converted back.
std::string definition(const ast::FunctionDef& f, const std::vector<Param>& ps, const Mapped& r,
                       const EmbedOptions& o) {
    std::vector<std::string> pos, kw;
    for (auto& p : ps) {
        std::string value = fmt::format("{}::to({})", p.type.spec, cpp_name(p.name));
        if (p.keyword_only) kw.push_back(fmt::format("{{{}, {}}}", cpp_string(p.name), value));
        else pos.push_back(value);
    }
    std::string call = fmt::format("pyco::call(f, {{{}}}{})", fmt::join(pos, ", "),
                                   kw.empty() ? "" : fmt::format(", {{{}}}", fmt::join(kw, ", ")));
    std::string out = declaration(f, ps, r, false) + " {\n    pyco::embed::Call in_python;\n";
    out += "    return pyco::embed::guarded([&] {\n        static pyco::ModuleAttrCache cache;\n";
    out += fmt::format("        pyco::Object f = pyco::getattr_cached(module_object(), {}, cache);\n", cpp_string(f.name));
    if (f.is_async) {
        out += fmt::format("        return {}({}, [](const pyco::Object& o) {{ return {}::from(o); }});\n",
                           result_type(f, r), call, r.spec);
    } else if (r.is_none) {
        out += fmt::format("        {}::from({});\n", r.spec, call);
    } else {
        out += fmt::format("        return {}::from({});\n", r.spec, call);
    }
    out += "    });\n}\n";
    (void)o;
    return out;
}

std::string cpp_namespace_of(const std::string& dotted) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t dot; (dot = dotted.find('.', start)) != std::string::npos; start = dot + 1)
        parts.push_back(cpp_name(dotted.substr(start, dot - start)));
    parts.push_back(cpp_name(dotted.substr(start)));
    return fmt::format("{}", fmt::join(parts, "::"));
}

}  // namespace

std::string embed_header_path(const std::string& dotted) {
    std::string p = dotted;
    for (char& c : p)
        if (c == '.') c = '/';
    return p + ".hpp";
}

EmbedApi generate_embed(const ast::Module& m, const EmbedOptions& o) {
    std::string ns = cpp_namespace_of(o.module);
    EmbedApi api;
    api.header = fmt::format(
        "// Generated by pyco from {}: the C++ functions of the Python module `{}` (docs/embedding.md).\n"
        "// Calling one imports the module first, once. Do not edit: edit the Python source and rebuild.\n"
        "#pragma once\n\n#include <pyco/embed.h>\n\n#include <cstdint>\n#include <map>\n#include <optional>\n"
        "#include <string>\n#include <string_view>\n#include <tuple>\n#include <unordered_map>\n#include <vector>\n\n"
        "namespace {} {{\n",
        o.file, o.module, ns);
    api.definitions = fmt::format(
        "\n// ---- the C++ functions of {} (docs/embedding.md) ----\n#include <pyco/convert.h>\n#include <pyco/embed.h>\n\n"
        "extern const pyco::ModuleDef* const {}[];\nextern const size_t {}_count;\n\nnamespace {} {{\n\n"
        "static pyco::Object module_object() {{\n"
        "    return pyco::embed::import_module({}, {}_count, {});\n}}\n",
        o.module, o.modules_array, o.modules_array, ns, o.modules_array, o.modules_array, cpp_string(o.module));
    for (auto& s : m.body) {
        auto* f = ast::as<ast::FunctionDef>(*s);
        if (!f || f->name.empty() || f->name[0] == '_') continue;
        std::vector<Param> ps = params_of(f->args);
        Mapped r = map_annotation(f->returns.get());
        api.header += fmt::format("\n// {}  ({}:{})\n{};\n", python_signature(*f, ps, r), o.file, s->span.line,
                                  declaration(*f, ps, r, true));
        api.definitions += "\n" + definition(*f, ps, r, o);
    }
    api.header += fmt::format("\n}}  // namespace {}\n", ns);
    api.definitions += fmt::format("\n}}  // namespace {}\n", ns);
    return api;
}

}  // namespace pyco::codegen
