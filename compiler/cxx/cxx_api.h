// The public API of a C++ header, as plain data: what `header_reader` finds in it and what the code generator
// maps to Python (`from host_api import scale, Point`). No Clang type appears here, so the generator, the cache
// and the tests build without libTooling.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pyco::cxx {

enum class Kind {
    Void, Bool, Int, Float,
    String,       // std::string
    StringView,   // std::string_view
    CString,      // const char*
    Vector,       // std::vector<T>
    Span,         // std::span<T> of dynamic extent
    Map,          // std::map<K, V>
    UnorderedMap, // std::unordered_map<K, V>
    Pair, Tuple, Optional,
    Function,     // std::function<R(A...)>
    Enum,
    Struct,       // a value record: public fields, copied across
    Class,        // an opaque handle
    Awaitable,    // a type with promise_type, or pyco::Task<T>
    PycoObject,   // pyco::Object
    Unsupported,
};

// The enumerator's name ("Vector"), as the cache stores it; kind_from_name is its inverse (false: no such kind).
const char* kind_name(Kind kind);
bool kind_from_name(std::string_view name, Kind& kind);

struct Type {
    Kind kind = Kind::Unsupported;
    // The C++ type as generated code must write it: fully qualified, typedefs kept (std::vector<int64_t>,
    // ::ns::Point). For a reference it is the referred type, without the reference and its const.
    std::string spelling;
    int bits = 0;               // Int, Float: the size in bits (typedefs are resolved: int64_t is 64)
    bool is_signed = false;     // Int
    bool is_const_ref = false;  // written `const T&`
    bool is_ref = false;        // written `T&` (non-const): the callee may write through it
    bool is_const = false;      // an element written const: std::span<const T>'s T
    // Element (Vector, Span, Optional); key, value (Map, UnorderedMap); members (Pair, Tuple); return type then
    // parameters (Function); result type (Awaitable: Void when it has none or it is not known).
    std::vector<Type> args;
    std::string record;       // Enum, Struct, Class: the declaration's qualified name, a key into Api's enums/records
    std::string unsupported;  // Unsupported: why ("raw pointer 'int *'", "array", "rvalue reference", ...)
    friend bool operator==(const Type&, const Type&) = default;
};

struct Param {
    std::string name;
    Type type;
    bool has_default = false;
    std::string default_text;  // the default's source text, as written
    friend bool operator==(const Param&, const Param&) = default;
};

struct Function {
    std::string name, qualified;  // qualified: ::ns::scale, ::ns::Counter::add
    Type result;
    std::vector<Param> params;
    bool is_noexcept = false, is_variadic = false, is_static = false, is_const = false;
    std::string file;  // where it is declared, for diagnostics that name the declaration
    int line = 0, column = 0;
    std::string declaration;  // one line, as written: "double scale(double x, double factor = 2.0)"
    // Nonempty when the function itself cannot be mapped (a C variadic, a template, consteval): an error only
    // when a program uses it. A parameter or result that cannot be mapped is marked on its Type instead.
    std::string unsupported;
    friend bool operator==(const Function&, const Function&) = default;
};

struct Enumerator {
    std::string name;
    int64_t value = 0;  // an unsigned 64-bit value above INT64_MAX wraps: read it with underlying.is_signed
    friend bool operator==(const Enumerator&, const Enumerator&) = default;
};

struct Enum {
    std::string name, qualified;
    bool scoped = false;
    Type underlying;
    std::vector<Enumerator> values;
    std::string file;
    int line = 0;
    friend bool operator==(const Enum&, const Enum&) = default;
};

struct Field {
    std::string name;
    Type type;
    friend bool operator==(const Field&, const Field&) = default;
};

struct Record {
    std::string name, qualified;
    // Every field public, no user-declared constructor besides default/copy/move, no base, nothing virtual:
    // a Struct whose fields are copied across. Otherwise a Class, an opaque handle.
    bool is_value = false;
    std::vector<Field> fields;             // public non-static data members, in order
    std::vector<Function> methods;         // public methods that are not operators, static ones included
    std::vector<Function> constructors;    // public user-declared ones, copy and move left out; none for a Struct
    bool default_constructible = false;    // `T()` compiles (public, not deleted, the class not abstract)
    bool copyable = false;                 // `T(const T&)` compiles
    std::string file;
    int line = 0;
    friend bool operator==(const Record&, const Record&) = default;
};

struct Api {
    std::string header;  // as given in the request
    std::string ns;      // the request's namespace filter ("" = every namespace)
    std::vector<Function> functions;  // every overload, in declaration order
    std::vector<Enum> enums;
    std::vector<Record> records;      // nested records follow their enclosing one
    // The files Clang opened from the header's folder and the -I folders, the header first: what a cached
    // reading depends on besides the request.
    std::vector<std::string> files;
    friend bool operator==(const Api&, const Api&) = default;
};

// The declarations a Type's `record` names; null when the header does not declare it.
const Record* find_record(const Api& api, std::string_view qualified);
const Enum* find_enum(const Api& api, std::string_view qualified);

}  // namespace pyco::cxx
