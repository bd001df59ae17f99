#include "binding_gen.h"

#include "py_mapping.h"

#include <fmt/format.h>

#include <map>
#include <set>

namespace pyco::cxx {

namespace {

std::string ident(std::string_view qualified) {
    std::string out;
    for (char c : qualified) {
        if (c == ':') {
            if (!out.empty() && out.back() != '_') out += '_';
        } else {
            out += (std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
        }
    }
    while (!out.empty() && out.front() == '_') out.erase(0, 1);
    return out;
}

std::string spec_name(const std::string& record) { return "spec_" + ident(record); }

std::string quoted(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string spec(const Type& t);

std::string join_specs(const std::vector<Type>& ts, size_t from = 0) {
    std::vector<std::string> parts;
    for (size_t i = from; i < ts.size(); ++i) parts.push_back(spec(ts[i]));
    return fmt::format("{}", fmt::join(parts, ", "));
}

// The pyco/convert.h spec of a C++ type.
std::string spec(const Type& t) {
    switch (t.kind) {
    case Kind::Void: return "pyco::py::None";
    case Kind::Bool: return "pyco::py::Bool";
    case Kind::Int: return fmt::format("pyco::py::Int<{}>", t.spelling);
    case Kind::Float: return fmt::format("pyco::py::Float<{}>", t.spelling);
    case Kind::String: return "pyco::py::Str<std::string>";
    case Kind::StringView: return "pyco::py::Str<std::string_view>";
    case Kind::CString: return "pyco::py::Str<const char*>";
    case Kind::Vector: return fmt::format("pyco::py::List<{}, {}>", spec(t.args[0]), t.spelling);
    case Kind::Span: return fmt::format("pyco::py::Span<{}, {}>", spec(t.args[0]), t.spelling);
    case Kind::Map:
    case Kind::UnorderedMap: return fmt::format("pyco::py::Dict<{}, {}, {}>", spec(t.args[0]), spec(t.args[1]), t.spelling);
    case Kind::Pair: return fmt::format("pyco::py::Pair<{}>", join_specs(t.args));
    case Kind::Tuple: return fmt::format("pyco::py::Tuple<{}>", join_specs(t.args));
    case Kind::Optional: return fmt::format("pyco::py::Optional<{}>", spec(t.args[0]));
    case Kind::Function: return fmt::format("pyco::py::Function<{}>", join_specs(t.args));
    case Kind::Enum:
    case Kind::Struct:
    case Kind::Class: return spec_name(t.record);
    case Kind::PycoObject: return "pyco::py::Any";
    default: return "";
    }
}

// Why a type cannot cross, or "".
std::string type_problem(const Type& t, bool parameter) {
    if (t.kind == Kind::Unsupported) return t.unsupported.empty() ? "an unsupported type" : t.unsupported;
    if (t.kind == Kind::Awaitable && parameter) return "an awaitable parameter";
    if (t.is_ref && t.kind != Kind::Class) return fmt::format("a non-const reference '{}&'", t.spelling);
    if (t.kind == Kind::Span && parameter && !t.is_const && !t.args.empty() && !t.args[0].is_const)
        return fmt::format("a span of writable elements '{}'", t.spelling);
    for (const Type& a : t.args)
        if (std::string p = type_problem(a, false); !p.empty()) return p;
    return "";
}

}  // namespace

std::string unmappable_reason(const Function& f) {
    if (!f.unsupported.empty()) return f.unsupported;
    for (const Param& p : f.params)
        if (std::string why = type_problem(p.type, true); !why.empty())
            return fmt::format("parameter '{}' is {}", p.name, why);
    if (std::string why = type_problem(f.result, false); !why.empty()) return "its result is " + why;
    return "";
}

namespace {

enum class CallKind { Free, Method, Static, Constructor };

// The call expression of one overload with its first `n` converted arguments p0.. .
std::string invoke(const Function& f, CallKind kind, const Record* r, size_t n) {
    std::vector<std::string> args;
    for (size_t i = 0; i < n; ++i)
        args.push_back(f.params[i].type.kind == Kind::Span ? fmt::format("{}(p{})", f.params[i].type.spelling, i)
                                                           : fmt::format("p{}", i));
    std::string list = fmt::format("{}", fmt::join(args, ", "));
    switch (kind) {
    case CallKind::Free:
    case CallKind::Static: return fmt::format("{}({})", f.qualified, list);
    case CallKind::Method: return fmt::format("self.{}({})", f.name, list);
    case CallKind::Constructor: return fmt::format("std::make_shared<{}>({})", r->qualified, list);
    }
    return "";
}

std::string returned(const Function& f, CallKind kind, const Record* r, size_t n) {
    std::string call = invoke(f, kind, r, n);
    if (kind == CallKind::Constructor) return fmt::format("pyco::interop::make_handle({}, {})", call, quoted(r->qualified));
    const Type& res = f.result;
    if (res.kind == Kind::Awaitable) {
        if (res.spelling.rfind("pyco::Task<", 0) == 0) return fmt::format("pyco::Object(({}).object())", call);
        const Type& value = res.args.empty() ? Type{Kind::Void} : res.args[0];
        return fmt::format("pyco::await_cpp<{}>({})", spec(value), call);
    }
    std::string converted = fmt::format("pyco::py::result_to<{}>([&]() -> decltype(auto) {{ return {}; }})", spec(res), call);
    if (kind == CallKind::Method && r->is_value && !f.is_const)
        return fmt::format("[&] {{ pyco::Object result = {}; {}::store(self, self_object); return result; }}()", converted,
                           spec_name(r->qualified));
    return converted;
}

// The namespace a free function is declared in ("::host" for "::host::scale").
std::string enclosing(const std::string& qualified) { return qualified.substr(0, qualified.rfind("::")); }

// A free function's defaults can be spelled by code placed in its own namespace, where the header wrote them:
// then a call may leave out a defaulted parameter before one it gives by keyword.
bool spells_defaults(const Function& f, CallKind kind) {
    if (kind != CallKind::Free) return false;
    for (auto& p : f.params)
        if (p.has_default && (p.default_text.empty() || p.type.kind == Kind::Class || p.type.kind == Kind::Span))
            return false;
    return true;
}

std::string default_helper(const Function& f, size_t overload, size_t i) {
    return fmt::format("pyco_default_{}_{}_{}", f.name, overload, i);
}

// The helpers that evaluate a free function's defaults where the header wrote them.
std::string default_helpers(const Function& f, size_t overload) {
    std::string ns = enclosing(f.qualified), body;
    for (size_t i = 0; i < f.params.size(); ++i) {
        const Param& p = f.params[i];
        if (!p.has_default) continue;
        body += fmt::format("inline {} {}() {{ return {}; }}\n", p.type.spelling, default_helper(f, overload, i), p.default_text);
    }
    if (body.empty()) return "";
    return ns.empty() ? body + "\n" : fmt::format("namespace {} {{\n{}}}\n\n", ns.substr(2), body);
}

// One overload: bind, convert (a conversion error lets the next overload try), call.
std::string overload_block(const Function& f, CallKind kind, const Record* r, const std::string& shown, bool last,
                           size_t overload) {
    size_t n = f.params.size(), required = 0;
    while (required < n && !f.params[required].has_default) ++required;
    bool fills = spells_defaults(f, kind);
    std::vector<std::string> names;
    for (size_t i = 0; i < f.params.size(); ++i) names.push_back(quoted(python_param_name(f.params[i], i)));
    std::string out = "    {\n        bool converted = false;\n        try {\n";
    out += fmt::format("            pyco::Object v[{}];\n", n ? n : 1);
    out += fmt::format("            size_t n = pyco::interop::bind_args({}, a, {{{}}}, {}, v{});\n", quoted(shown),
                       fmt::join(names, ", "), required, fills ? ", true" : "");
    out += "            (void)n;\n";
    if (kind == CallKind::Method && r->is_value)
        out += fmt::format("            auto self = {}::from(self_object);\n", spec_name(r->qualified));
    else if (kind == CallKind::Method)
        out += fmt::format("            auto& self = {}::from(self_object);\n", spec_name(r->qualified));
    for (size_t i = 0; i < n; ++i) {
        if (i >= required)
            out += fmt::format("            if (n == {}) {{\n                converted = true;\n                return {};\n            }}\n",
                               i, returned(f, kind, r, i));
        const Type& t = f.params[i].type;
        std::string conv = t.kind == Kind::Span ? fmt::format("pyco::py::List<{}>::from(v[{}])", spec(t.args[0]), i)
                                                : fmt::format("{}::from(v[{}])", spec(t), i);
        if (fills && f.params[i].has_default)
            conv = fmt::format("v[{0}].null() ? {1}::{2}() : {3}({4})", i, enclosing(f.qualified),
                               default_helper(f, overload, i), t.spelling, conv);
        out += fmt::format("            auto&& p{} = {};\n", i, conv);
    }
    out += fmt::format("            converted = true;\n            return {};\n", returned(f, kind, r, n));
    out += fmt::format("        }} catch (const pyco::PyExc&) {{\n            if (converted{}) throw;\n", last ? " || true" : "");
    out += "        } catch (...) {\n            pyco::raise_from_cpp_exception();\n        }\n    }\n";
    return out;
}

std::string native_function(const std::string& cname, const std::vector<const Function*>& overloads, CallKind kind,
                            const Record* r, const std::string& shown) {
    std::string out = fmt::format("static pyco::Object {}(const pyco::Args& args) {{\n", cname);
    if (kind == CallKind::Method)
        out += "    pyco::check_nargs(\"" + shown + "\", args, 1, size_t(-1));\n    const pyco::Object& self_object = args[0];\n"
               "    pyco::Args a{args.pos + 1, args.npos - 1, args.kw, args.nkw};\n";
    else
        out += "    const pyco::Args& a = args;\n";
    for (size_t i = 0; i < overloads.size(); ++i)
        out += overload_block(*overloads[i], kind, r, shown, i + 1 == overloads.size(), i);
    out += "    pyco::raise(pyco::TypeErrorType, \"" + shown + "(): no C++ overload matches these arguments\");\n}\n\n";
    return out;
}

std::string enum_spec(const Enum& e, const std::string& python_name) {
    std::string s = spec_name(e.qualified);
    return fmt::format(
        "struct {0} {{\n    using type = {1};\n"
        "    static pyco::Object to(type v) {{ return pyco::call(python_class({2}), {{pyco::py::Int<std::underlying_type_t<type>>::to(std::underlying_type_t<type>(v))}}); }}\n"
        "    static type from(const pyco::Object& o) {{\n"
        "        return type(pyco::py::Int<std::underlying_type_t<type>>::from(pyco::is_int(o) ? o : pyco::getattr(o, \"value\")));\n"
        "    }}\n}};\n\n",
        s, e.qualified, quoted(python_name));
}

// A value struct is copied both ways; `store` writes a copy back into the Python object after a method that
// may have changed it.
std::string struct_spec(const Record& r, const std::string& python_name) {
    std::vector<std::string> to_fields, from_fields, store_fields;
    for (auto& f : r.fields) {
        std::string py = quoted(python_identifier(f.name));
        to_fields.push_back(fmt::format("{}::to(v.{})", spec(f.type), f.name));
        from_fields.push_back(fmt::format("        v.{0} = {1}::from(pyco::getattr(o, {2}));\n", f.name, spec(f.type), py));
        store_fields.push_back(fmt::format("        pyco::setattr(o, {2}, {1}::to(v.{0}));\n", f.name, spec(f.type), py));
    }
    return fmt::format(
        "struct {0} {{\n    using type = {1};\n"
        "    static pyco::Object to(const type& v) {{ return pyco::call(python_class({2}), {{{3}}}); }}\n"
        "    static type from(const pyco::Object& o) {{\n        type v{{}};\n{4}        return v;\n    }}\n"
        "    static void store(const type& v, const pyco::Object& o) {{\n{5}    }}\n}};\n\n",
        spec_name(r.qualified), r.qualified, quoted(python_name), fmt::join(to_fields, ", "), fmt::join(from_fields, ""),
        fmt::join(store_fields, ""));
}

std::string class_spec(const Record& r, const std::string& python_name) {
    std::string to = r.copyable
        ? fmt::format("    static pyco::Object to(type v) {{\n"
                      "        return pyco::call(pyco::getattr(python_class({0}), \"_pyco_wrap\"),\n"
                      "                          {{pyco::interop::make_handle(std::make_shared<type>(std::move(v)), {1})}});\n    }}\n",
                      quoted(python_name), quoted(r.qualified))
        : "";
    return fmt::format(
        "struct {0} {{\n    using type = {1};\n{2}"
        "    static type& from(const pyco::Object& o) {{\n"
        "        return *static_cast<type*>(pyco::interop::handle_ptr(o, {3}, {4}));\n    }}\n}};\n\n",
        spec_name(r.qualified), r.qualified, to, quoted(r.qualified), quoted(python_name));
}

struct Export {
    std::string python_name;  // in the native module
    std::string cname;
};

// The Python classes of the header's enums and records, each with the ones declared inside it nested in its
// body, as C++ nests them (`Counter.Snapshot`); methods, constructors and static methods forward to the C++
// module's functions, which it adds to `cpp` and `exports`.
struct PythonClasses {
    const Api& api;
    std::string& cpp;
    std::vector<Export>& exports;

    std::string enumeration(const Enum& e, const std::string& indent) {
        std::string py = fmt::format("{}class {}(_IntEnum):\n", indent, python_identifier(e.name));
        for (auto& v : e.values) py += fmt::format("{}    {} = {}\n", indent, python_identifier(v.name), v.value);
        if (e.values.empty()) py += indent + "    pass\n";
        return py;
    }

    std::string record(const Record& r, const std::string& indent) {
        std::string in = indent + "    ";
        std::string py = r.is_value ? fmt::format("{}@_dataclass\n{}class {}:\n", indent, indent, python_identifier(r.name))
                                    : fmt::format("{}class {}:\n", indent, python_identifier(r.name));
        for (auto& e : api.enums)
            if (enclosing_record(api, e.qualified) == &r) py += enumeration(e, in) + "\n";
        for (auto& inner : api.records)
            if (enclosing_record(api, inner.qualified) == &r) py += record(inner, in) + "\n";
        if (r.is_value) {
            for (auto& f : r.fields) py += fmt::format("{}{}: object\n", in, python_identifier(f.name));
        } else {
            py += constructor(r, in);
        }
        py += methods(r, in);
        return py + in + "pass\n";
    }

    std::string constructor(const Record& r, const std::string& in) {
        std::vector<const Function*> ctors;
        for (auto& c : r.constructors)
            if (unmappable_reason(c).empty()) ctors.push_back(&c);
        if (ctors.empty() && r.default_constructible && r.constructors.empty()) {
            static const Function default_ctor{};
            ctors.push_back(&default_ctor);
        }
        std::string py;
        if (!ctors.empty()) {
            std::string cname = fmt::format("{}__new", ident(r.qualified));
            cpp += native_function(cname, ctors, CallKind::Constructor, &r, python_identifier(r.name));
            exports.push_back({cname, cname});
            py += fmt::format("{0}def __init__(self, *args, **kwargs):\n{0}    self._pyco_handle = _native.{1}(*args, **kwargs)\n\n",
                              in, cname);
        } else {
            py += fmt::format("{0}def __init__(self, *args, **kwargs):\n{0}    raise TypeError(\"cannot create '{1}' instances\")\n\n",
                              in, python_identifier(r.name));
        }
        return py + fmt::format("{0}@classmethod\n{0}def _pyco_wrap(cls, handle):\n{0}    self = cls.__new__(cls)\n"
                                "{0}    self._pyco_handle = handle\n{0}    return self\n\n", in);
    }

    std::string methods(const Record& r, const std::string& in) {
        std::map<std::string, std::vector<const Function*>> by_name;
        std::vector<std::string> order;
        for (auto& m : r.methods) {
            if (!unmappable_reason(m).empty()) continue;
            std::string name = python_identifier(m.name);
            if (!by_name.count(name)) order.push_back(name);
            by_name[name].push_back(&m);
        }
        std::string py;
        for (auto& name : order) {
            auto& ov = by_name[name];
            bool is_static = ov.front()->is_static;
            std::string cname = fmt::format("{}__{}", ident(r.qualified), name);
            cpp += native_function(cname, ov, is_static ? CallKind::Static : CallKind::Method, &r, name);
            exports.push_back({cname, cname});
            if (is_static)
                py += fmt::format("{0}@staticmethod\n{0}def {1}(*args, **kwargs):\n{0}    return _native.{2}(*args, **kwargs)\n\n",
                                  in, name, cname);
            else
                py += fmt::format("{0}def {1}(self, *args, **kwargs):\n{0}    return _native.{2}(self, *args, **kwargs)\n\n",
                                  in, name, cname);
        }
        return py;
    }
};

}  // namespace

Binding generate_binding(const Api& api, const std::string& module, const std::string& header_path,
                         const std::string& digest) {
    Binding b;
    b.native_module = "_pyco_cpp_" + module;
    std::string ns = "pyco_cpp_" + ident(module);
    std::string cpp = fmt::format(
        "// Generated by pyco from {} (content {}): the C++ functions of the module `{}` (docs/embedding.md).\n"
        "#include <pyco/abi.h>\n#include <pyco/convert.h>\n#include <pyco/interop.h>\n\n#include <memory>\n"
        "#include <type_traits>\n\n#include {}\n\nnamespace {} {{\n\nstatic pyco::Object module_object;\n\n"
        "// The classes of the Python module `{}`: enums, structs and C++ classes cross as their instances.\n"
        "static pyco::Object python_class(std::string_view dotted) {{\n"
        "    pyco::Object o = pyco::import_module({});\n"
        "    for (size_t dot; (dot = dotted.find('.')) != std::string_view::npos; dotted.remove_prefix(dot + 1))\n"
        "        o = pyco::getattr(o, dotted.substr(0, dot));\n"
        "    return pyco::getattr(o, dotted);\n}}\n\n",
        header_path, digest, module, quoted(header_path), ns, module, quoted(module));
    std::string py = fmt::format("# Generated by pyco from {}: the Python side of the C++ module `{}`.\n", header_path, module);
    py += "from enum import IntEnum as _IntEnum\nfrom dataclasses import dataclass as _dataclass\n";
    py += fmt::format("import {} as _native\n", b.native_module);
    std::vector<Export> exports;
    std::string defaults;  // helpers in the header's own namespaces, placed before this unit's namespace

    for (auto& e : api.enums) cpp += enum_spec(e, python_type_name(api, e.qualified));
    // Forward declarations of the class specs: a struct's field may be a class declared later.
    for (auto& r : api.records) cpp += fmt::format("struct {};\n", spec_name(r.qualified));
    cpp += "\n";
    for (auto& r : api.records)
        cpp += r.is_value ? struct_spec(r, python_type_name(api, r.qualified)) : class_spec(r, python_type_name(api, r.qualified));
    PythonClasses classes{api, cpp, exports};
    for (auto& e : api.enums)
        if (!enclosing_record(api, e.qualified)) py += "\n\n" + classes.enumeration(e, "");
    for (auto& r : api.records)
        if (!enclosing_record(api, r.qualified)) py += "\n\n" + classes.record(r, "");

    std::vector<std::string> reexported;
    for (auto& [name, entry] : module_names(api)) {
        std::vector<const Function*> usable;
        for (const Function* f : entry.functions)
            if (unmappable_reason(*f).empty()) usable.push_back(f);
        if (usable.empty()) continue;
        std::string cname = "fn_" + name;
        for (size_t i = 0; i < usable.size(); ++i)
            if (spells_defaults(*usable[i], CallKind::Free)) defaults += default_helpers(*usable[i], i);
        cpp += native_function(cname, usable, CallKind::Free, nullptr, name);
        exports.push_back({name, cname});
        reexported.push_back(name);
    }
    if (!reexported.empty())
        py += fmt::format("\n\nfrom {} import {}\n", b.native_module, fmt::join(reexported, ", "));

    // The native module: one global per function, set by its body.
    for (auto& e : exports) cpp += fmt::format("static pyco::Object g_{};\n", e.cname);
    cpp += "\nstatic void body() {\n";
    for (auto& e : exports) cpp += fmt::format("    g_{} = pyco::make_builtin({}, {});\n", e.cname, quoted(e.python_name), e.cname);
    cpp += "}\n\nstatic void clear_globals() {\n";
    for (auto& e : exports) cpp += fmt::format("    g_{} = pyco::Object();\n", e.cname);
    cpp += "}\n\nstatic const pyco::GlobalSlot globals[] = {\n";
    for (auto& e : exports) cpp += fmt::format("    {{{}, &g_{}}},\n", quoted(e.python_name), e.cname);
    if (exports.empty()) cpp += "    {nullptr, nullptr},\n";
    cpp += "};\n\nextern const pyco::ModuleDef module_def;\n";
    cpp += fmt::format("const pyco::ModuleDef module_def{{.name = {}, .file = {}, .doc = nullptr, .package = false, "
                       ".self = &module_object, .body = body, .clear_globals = clear_globals, .globals = globals, "
                       ".nglobals = {}}};\n\n}}  // namespace {}\n",
                       quoted(b.native_module), quoted(header_path), exports.size(), ns);
    std::string opening = fmt::format("namespace {} {{\n", ns);
    if (!defaults.empty())
        cpp.insert(cpp.find(opening), "// C++ defaults, evaluated where the header wrote them.\n" + defaults);
    b.native_cpp = std::move(cpp);
    b.cpp_namespace = ns;
    b.python_source = std::move(py);
    return b;
}

}  // namespace pyco::cxx
