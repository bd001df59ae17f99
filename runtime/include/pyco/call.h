// Calling: positional arguments and keyword arguments as arrays (like CPython's vectorcall), function objects
// for compiled Python functions, built-in functions and bound methods.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "object.h"
#include "type.h"

namespace pyco {

struct KwArg {
    std::string_view name;  // points at static storage (literals in generated code) or at a live str object
    Object value;
};

struct Args {
    const Object* pos = nullptr;
    size_t npos = 0;
    const KwArg* kw = nullptr;
    size_t nkw = 0;
    const Object& operator[](size_t i) const { return pos[i]; }
};

struct CodeInfo;
// Static description of a compiled Python function: its name, parameters and where it was defined. Every field
// has a default, so that generated code names only the fields that differ (designated initializers).
struct FuncInfo {
    const char* name = nullptr;      // __name__
    const char* qualname = nullptr;  // __qualname__
    const CodeInfo* code = nullptr;
    std::vector<std::string> params = {};  // positional-or-keyword parameter names, in order (posonly first)
    int posonly = 0;                       // how many of params are positional-only
    std::vector<std::string> kwonly = {};
    bool has_varargs = false, has_varkw = false;
    bool is_async = false, is_generator = false;
    const char* doc = nullptr;  // __doc__, null for None
    // The names of *args and **kwargs (inspect.signature), null when absent.
    const char* varargs = nullptr;
    const char* varkw = nullptr;
};

struct FunctionObj;
// Binds the call's arguments into `out` (params, then *args tuple, kwonly, then **kwargs dict), applying
// defaults and raising CPython's TypeErrors ("f() missing 1 required positional argument: 'x'").
using Entry = Object (*)(FunctionObj* self, const Args& args);

struct FunctionObj : Obj {
    const FuncInfo* info;
    Entry entry;
    std::vector<Object> defaults;                 // for the last len(defaults) positional parameters
    std::vector<std::pair<std::string, Object>> kwdefaults;
    std::vector<Object> cells;                    // closure cells, in the order the generated code expects
    Object dict;                                  // __dict__ once an attribute is set (functools.wraps etc.)
    Object annotations;                           // __annotations__, made empty on first read when null
    CycleLink link{this};                         // a closure holding itself through its cell is a cycle
    FunctionObj(const FuncInfo* info, Entry entry);
};

struct CellObj : Obj {
    Object value;
    CellObj() : Obj(&CellType) {}
};

using BuiltinFn = Object (*)(const Args& args);
struct BuiltinFunctionObj : Obj {
    const char* name;
    BuiltinFn fn;
    Object self;  // bound receiver for methods of built-in objects (module functions: null)
    BuiltinFunctionObj(const char* name, BuiltinFn fn, Object self = {});
};

struct MethodObj : Obj {  // a Python function bound to an instance
    Object func, self;
    MethodObj(Object f, Object s) : Obj(&MethodType), func(std::move(f)), self(std::move(s)) {}
};

Object make_function(const FuncInfo* info, Entry entry, std::vector<Object> defaults = {},
                     std::vector<std::pair<std::string, Object>> kwdefaults = {}, std::vector<Object> cells = {});
// A def with annotations hands them over once the function exists (evaluated before it, as CPython does).
void set_annotations(const Object& fn, Object annotations);
Object make_builtin(const char* name, BuiltinFn fn);
Object make_cell(Object value = {});

// Calls `f` with positional and keyword arguments.
Object call(const Object& f, const Args& args);
Object call(const Object& f, std::initializer_list<Object> pos = {}, std::initializer_list<KwArg> kw = {});
// f(*args, **kwargs): `args` any iterable, `kwargs` a mapping or null.
Object call_ex(const Object& f, const Object& args, const Object& kwargs);
// o.name(args...) without creating a bound method object where avoidable.
Object call_method(const Object& o, std::string_view name, std::initializer_list<Object> pos = {},
                   std::initializer_list<KwArg> kw = {});

// Binds arguments for a compiled function: fills `out` with params.size() + kwonly.size() (+1 for *args, +1 for
// **kwargs) values, in the order: params, *args, kwonly, **kwargs.
void bind_args(FunctionObj* fn, const Args& args, Object* out);
size_t bound_slots(const FuncInfo* info);

// Helpers for built-in functions to check their arguments with CPython's messages.
void check_nargs(const char* fname, const Args& a, size_t min, size_t max);
void check_no_kwargs(const char* fname, const Args& a);
// The keyword argument `name`, or null.
Object kwarg(const Args& a, std::string_view name);

}  // namespace pyco
