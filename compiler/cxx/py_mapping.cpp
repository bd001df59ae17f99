#include "py_mapping.h"

#include <set>

namespace pyco::cxx {

namespace {

// CPython 3.11's keyword.kwlist. The soft keywords (match, case, _) are valid names and stay as they are.
bool is_python_keyword(std::string_view name) {
    static const std::set<std::string_view> keywords = {
        "False", "None",   "True",    "and",      "as",   "assert", "async", "await",    "break",
        "class", "continue", "def",   "del",      "elif", "else",   "except", "finally", "for",
        "from",  "global", "if",      "import",   "in",   "is",     "lambda", "nonlocal", "not",
        "or",    "pass",   "raise",   "return",   "try",  "while",  "with",   "yield"};
    return keywords.count(name) > 0;
}

// "a raw pointer", "an array", "an rvalue reference": the reader's reasons are noun phrases, and a message reads
// "parameter 'p' is a raw pointer 'int *'". Said aloud, "union" starts with a consonant and "rvalue" with a vowel.
std::string with_article(const std::string& noun) {
    bool vowel = noun.find_first_of("aeiou") == 0 && noun.rfind("union", 0) != 0;
    if (noun.rfind("rvalue", 0) == 0) vowel = true;
    return (vowel ? "an " : "a ") + noun;
}

// The reason an Unsupported type gives; one built without a reason still says what it is.
std::string reason(const Type& t) {
    return t.unsupported.empty() ? "unsupported type '" + t.spelling + "'" : t.unsupported;
}

// The reason of the first Unsupported type in `t` or among its elements, depth first; empty when there is none.
std::string innermost_unsupported(const Type& t) {
    if (t.kind == Kind::Unsupported) return reason(t);
    for (const Type& arg : t.args)
        if (std::string inner = innermost_unsupported(arg); !inner.empty()) return inner;
    return {};
}

// "parameter 'p' is a raw pointer 'int *'", "parameter 'v' holds a raw pointer 'int *'". A reason that is a
// sentence of its own ("'::x::Hidden' is not declared in the API ...") follows a colon instead.
std::string describe(const std::string& what, const char* verb, const std::string& why) {
    if (!why.empty() && why.front() == '\'') return what + ": " + why;
    return what + " " + verb + " " + with_article(why);
}

// Why `t` cannot cross between Python and C++ as `what`; empty when it can.
std::string type_problem(const Type& t, const std::string& what) {
    if (t.kind == Kind::Unsupported) return describe(what, "is", reason(t));
    std::string inner = innermost_unsupported(t);
    return inner.empty() ? inner : describe(what, "holds", inner);
}

// An unnamed parameter is known by its place, as the declaration shows it.
std::string param_label(const Param& p, size_t index) {
    return p.name.empty() ? "parameter " + std::to_string(index + 1) : "parameter '" + p.name + "'";
}

std::string param_problem(const Param& p, size_t index) {
    std::string what = param_label(p, index);
    if (std::string problem = type_problem(p.type, what); !problem.empty()) return problem;
    if (p.type.is_ref && p.type.kind != Kind::Class)
        return what + " is a non-const reference '" + p.type.spelling + " &'";
    return {};
}

std::string last_component(std::string_view qualified) {
    size_t colons = qualified.rfind("::");
    return std::string(colons == std::string_view::npos ? qualified : qualified.substr(colons + 2));
}

}  // namespace

std::string python_identifier(std::string_view name) {
    return is_python_keyword(name) ? std::string(name) + "_" : std::string(name);
}

std::string python_param_name(const Param& param, size_t index) {
    return param.name.empty() ? "arg" + std::to_string(index) : python_identifier(param.name);
}

size_t positional_only_count(const std::vector<Param>& params) {
    for (size_t i = params.size(); i > 0; --i)
        if (params[i - 1].name.empty()) return i;
    return 0;
}

std::optional<Unmappable> unmappable(const Function& fn) {
    auto at = [&](std::string why) { return Unmappable{std::move(why), fn.file, fn.line, fn.declaration}; };
    if (!fn.unsupported.empty()) return at(fn.unsupported);
    for (size_t i = 0; i < fn.params.size(); ++i)
        if (std::string problem = param_problem(fn.params[i], i); !problem.empty()) return at(problem);
    if (std::string problem = type_problem(fn.result, "the result"); !problem.empty()) return at(problem);
    return std::nullopt;
}

std::optional<Unmappable> unmappable(const Record& record) {
    if (record.is_value) {
        for (const Field& field : record.fields)
            if (std::string problem = type_problem(field.type, "field '" + field.name + "'"); !problem.empty())
                return Unmappable{problem, record.file, record.line, "struct " + record.name};
        return std::nullopt;
    }
    std::optional<Unmappable> first;
    for (const Function& ctor : record.constructors) {
        std::optional<Unmappable> problem = unmappable(ctor);
        if (!problem) return std::nullopt;
        if (!first) first = std::move(problem);
    }
    if (first) first->why = "no constructor can be called: " + first->why;
    return first;
}

const Record* enclosing_record(const Api& api, std::string_view qualified) {
    size_t colons = qualified.rfind("::");
    if (colons == std::string_view::npos || colons == 0) return nullptr;
    return find_record(api, qualified.substr(0, colons));
}

std::string python_type_name(const Api& api, std::string_view qualified) {
    std::string name = python_identifier(last_component(qualified));
    const Record* outer = enclosing_record(api, qualified);
    return outer ? python_type_name(api, outer->qualified) + "." + name : name;
}

std::map<std::string, ModuleName> module_names(const Api& api) {
    std::map<std::string, ModuleName> names;
    for (const Function& fn : api.functions) names[python_identifier(fn.name)].functions.push_back(&fn);
    for (const Enum& e : api.enums)
        if (!enclosing_record(api, e.qualified)) {
            ModuleName& name = names[python_identifier(e.name)];
            if (!name.enumeration) name.enumeration = &e;
        }
    for (const Record& r : api.records)
        if (!enclosing_record(api, r.qualified)) {
            ModuleName& name = names[python_identifier(r.name)];
            if (!name.record) name.record = &r;
        }
    return names;
}

}  // namespace pyco::cxx
