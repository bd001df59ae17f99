#include "stub_gen.h"

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join

#include <set>
#include <vector>

#include "py_mapping.h"

namespace pyco::cxx {

namespace {

std::string indent(int depth) { return std::string(size_t(depth) * 4, ' '); }

// How a function appears in a class body: what it takes first and how it is decorated.
enum class Member { Free, Method, Static, Init };

class StubWriter {
public:
    explicit StubWriter(const Api& api) : api_(api), shadowing_(declared_names(api)) {}

    std::string module(const std::string& module_name) {
        for (const Enum& e : api_.enums) {
            if (enclosing_record(api_, e.qualified)) continue;
            enumeration(e, 0);
            out_ += "\n";
        }
        for (const Record& r : api_.records) {
            if (enclosing_record(api_, r.qualified)) continue;
            record(r, 0);
            out_ += "\n";
        }
        functions(api_.functions, 0, [](const Function&) { return Member::Free; });
        return header(module_name) + out_;
    }

private:
    const Api& api_;
    std::string out_;
    std::set<std::string> typing_;  // what the stub takes from typing
    bool uses_enum_ = false, uses_dataclass_ = false, uses_builtins_ = false;
    // Every name the stub declares, in any scope: a function called `str` would otherwise be what `-> str` means.
    const std::set<std::string> shadowing_;

    static std::set<std::string> declared_names(const Api& api) {
        std::set<std::string> names;
        auto functions = [&](const std::vector<Function>& list) {
            for (const Function& fn : list) names.insert(python_identifier(fn.name));
        };
        functions(api.functions);
        for (const Enum& e : api.enums) {
            names.insert(python_identifier(e.name));
            for (const Enumerator& v : e.values) names.insert(python_identifier(v.name));
        }
        for (const Record& r : api.records) {
            names.insert(python_identifier(r.name));
            functions(r.methods);
            for (const Field& f : r.fields) names.insert(python_identifier(f.name));
        }
        return names;
    }

    // A builtin type, through the builtins module where a declaration of the stub hides it.
    std::string builtin(const std::string& name) {
        if (!shadowing_.count(name)) return name;
        uses_builtins_ = true;
        return "builtins." + name;
    }

    std::string header(const std::string& module_name) const {
        std::string text = fmt::format("# The C++ module '{}', read from {} by pyco: a stub for editors and type "
                                       "checkers.\n# Generated from the header: change the header, not this file.\n\n",
                                       module_name, api_.header);
        std::string imports;
        if (uses_builtins_) imports += "import builtins\n";
        if (uses_dataclass_) imports += "from dataclasses import dataclass\n";
        if (uses_enum_) imports += "from enum import IntEnum\n";
        if (!typing_.empty()) imports += fmt::format("from typing import {}\n", fmt::join(typing_, ", "));
        return imports.empty() ? text : text + imports + "\n";
    }

    // ---- types

    std::string element(const Type& t, size_t index) {
        return index < t.args.size() ? type(t.args[index]) : builtin("object");
    }

    std::string elements(const Type& t, size_t from) {
        std::vector<std::string> parts;
        for (size_t i = from; i < t.args.size(); ++i) parts.push_back(type(t.args[i]));
        return fmt::format("{}", fmt::join(parts, ", "));
    }

    std::string from_typing(const std::string& name, const std::string& inside) {
        typing_.insert(name);
        return name + "[" + inside + "]";
    }

    std::string type(const Type& t) {
        switch (t.kind) {
            case Kind::Void: return "None";
            case Kind::Bool: return builtin("bool");
            case Kind::Int: return builtin("int");
            case Kind::Float: return builtin("float");
            case Kind::String: case Kind::StringView: case Kind::CString: return builtin("str");
            case Kind::Vector: case Kind::Span: return builtin("list") + "[" + element(t, 0) + "]";
            case Kind::Map: case Kind::UnorderedMap:
                return builtin("dict") + "[" + element(t, 0) + ", " + element(t, 1) + "]";
            case Kind::Pair: case Kind::Tuple:
                return builtin("tuple") + "[" + (t.args.empty() ? "()" : elements(t, 0)) + "]";
            case Kind::Optional: return from_typing("Optional", element(t, 0));
            case Kind::Function: return from_typing("Callable", "[" + elements(t, 1) + "], " + element(t, 0));
            case Kind::Awaitable: return from_typing("Awaitable", element(t, 0));
            case Kind::Enum: case Kind::Struct: case Kind::Class: return python_type_name(api_, t.record);
            // unmappable() keeps declarations with an Unsupported type out of the stub.
            case Kind::PycoObject: case Kind::Unsupported: return builtin("object");
        }
        return builtin("object");
    }

    // ---- functions

    std::string parameters(const Function& fn, Member member) {
        std::vector<std::string> parts;
        if (member == Member::Method || member == Member::Init) parts.push_back("self");
        size_t positional_only = positional_only_count(fn.params);
        for (size_t i = 0; i < fn.params.size(); ++i) {
            const Param& p = fn.params[i];
            parts.push_back(python_param_name(p, i) + ": " + type(p.type) + (p.has_default ? " = ..." : ""));
            if (i + 1 == positional_only) parts.push_back("/");
        }
        return fmt::format("{}", fmt::join(parts, ", "));
    }

    void function(const Function& fn, int depth, Member member, bool overloaded) {
        if (overloaded) {
            typing_.insert("overload");
            out_ += indent(depth) + "@overload\n";
        }
        if (member == Member::Static) out_ += indent(depth) + "@staticmethod\n";
        std::string name = member == Member::Init ? "__init__" : python_identifier(fn.name);
        std::string result = member == Member::Init ? "None" : type(fn.result);
        out_ += fmt::format("{}def {}({}) -> {}: ...\n", indent(depth), name, parameters(fn, member), result);
    }

    void skipped(const std::string& name, const Unmappable& why, int depth) {
        out_ += fmt::format("{}# {} left out: {} ({}:{}: {})\n", indent(depth), name, why.why, why.file, why.line,
                            why.declaration);
    }

    // Every function of `list`, grouped by name in the order the names first appear: a name with more than one
    // usable overload gets @overload on each.
    template <class MemberOf> void functions(const std::vector<Function>& list, int depth, MemberOf member_of) {
        std::set<std::string> done;
        for (const Function& first : list) {
            if (!done.insert(first.name).second) continue;
            std::vector<const Function*> usable;
            for (const Function& fn : list) {
                if (fn.name != first.name) continue;
                std::optional<Unmappable> why = unmappable(fn);
                if (!why) usable.push_back(&fn);
                else if (member_of(fn) == Member::Init) skipped("a constructor", *why, depth);
                else skipped("'" + python_identifier(fn.name) + "'", *why, depth);
            }
            for (const Function* fn : usable) function(*fn, depth, member_of(*fn), usable.size() > 1);
        }
    }

    // ---- enums and records

    void enumeration(const Enum& e, int depth) {
        uses_enum_ = true;
        out_ += fmt::format("{}class {}(IntEnum):\n", indent(depth), python_identifier(e.name));
        for (const Enumerator& v : e.values) {
            // An unsigned enumerator above INT64_MAX is stored wrapped (cxx_api.h).
            std::string value = e.underlying.is_signed ? std::to_string(v.value) : std::to_string(uint64_t(v.value));
            out_ += fmt::format("{}{} = {}\n", indent(depth + 1), python_identifier(v.name), value);
        }
        if (e.values.empty()) out_ += indent(depth + 1) + "...\n";
    }

    void record(const Record& r, int depth) {
        std::string name = python_identifier(r.name);
        if (std::optional<Unmappable> why = unmappable(r)) return skipped("class '" + name + "'", *why, depth);
        if (r.is_value) {
            uses_dataclass_ = true;
            out_ += indent(depth) + "@dataclass\n";
        }
        out_ += fmt::format("{}class {}:\n", indent(depth), name);
        size_t body = out_.size();
        nested(r, depth + 1);
        if (r.is_value)
            for (const Field& f : r.fields)
                out_ += fmt::format("{}{}: {}\n", indent(depth + 1), python_identifier(f.name), type(f.type));
        else
            constructors(r, depth + 1);
        functions(r.methods, depth + 1,
                  [](const Function& fn) { return fn.is_static ? Member::Static : Member::Method; });
        if (!has_statement(body)) out_ += indent(depth + 1) + "...\n";
    }

    // Whether the output from `from` on holds more than comments: a class body of comments alone does not parse.
    bool has_statement(size_t from) const {
        for (size_t line = from; line < out_.size();) {
            size_t first = out_.find_first_not_of(' ', line), end = out_.find('\n', line);
            if (first != std::string::npos && out_[first] != '#' && out_[first] != '\n') return true;
            if (end == std::string::npos) break;
            line = end + 1;
        }
        return false;
    }

    // The enums and records declared inside `r`, which Python reaches as its attributes.
    void nested(const Record& r, int depth) {
        for (const Enum& e : api_.enums)
            if (enclosing_record(api_, e.qualified) == &r) enumeration(e, depth);
        for (const Record& inner : api_.records)
            if (enclosing_record(api_, inner.qualified) == &r) record(inner, depth);
    }

    // A class without a public constructor of its own takes no arguments when `T()` compiles; when it does not, it
    // only comes back from functions.
    void constructors(const Record& r, int depth) {
        if (r.constructors.empty() && r.default_constructible)
            out_ += indent(depth) + "def __init__(self) -> None: ...\n";
        if (r.constructors.empty() && !r.default_constructible)
            out_ += indent(depth) + "# no public constructor: its instances come from C++\n";
        functions(r.constructors, depth, [](const Function&) { return Member::Init; });
    }
};

}  // namespace

std::string pyi_stub(const Api& api, const std::string& module_name) { return StubWriter(api).module(module_name); }

}  // namespace pyco::cxx
