// How a header's declarations (cxx_api.h) look from Python: the names a `--cpp-module` offers, the names its
// parameters are passed by, and why a declaration cannot be used. Plain data in, plain data out: sema's checks of
// calls (sema/cpp_calls.cpp) and the .pyi stub (stub_gen.cpp) read the same answers, so that what the stub shows
// is what the compiler accepts.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cxx_api.h"

namespace pyco::cxx {

// A C++ name as Python code writes it: a Python keyword gets a trailing underscore (`from` -> `from_`), the way
// codegen/embed_gen.cpp treats C++ keywords in the other direction.
std::string python_identifier(std::string_view name);

// The name a parameter is passed by: its Python identifier, or `arg<index>` when the declaration leaves it unnamed.
std::string python_param_name(const Param& param, size_t index);

// How many leading parameters Python can pass only by position: up to the last unnamed one, since nothing names
// it and Python's positional-only parameters must come first.
size_t positional_only_count(const std::vector<Param>& params);

// Why a declaration cannot be used from Python, with what a message needs to point at it.
struct Unmappable {
    std::string why;          // "parameter 'p' is a raw pointer 'int *'"
    std::string file;         // the declaration's place
    int line = 0;
    std::string declaration;  // "void f(int *p)", or "struct Point" for a record
};

// A function cannot be called when the reader marked it (`Function::unsupported`), when a parameter or its result
// has (or holds, as an element) an Unsupported type, or when a parameter is a non-const reference to anything but a
// Class: Python passes a copy of such a value, so what the callee writes would be lost.
std::optional<Unmappable> unmappable(const Function& fn);

// A value struct cannot be used when a field cannot be copied across; a class, when it declares constructors and
// none can be called (a class without one may still come back from functions, so it is usable).
std::optional<Unmappable> unmappable(const Record& record);

// The record an enum or record is declared in (Python reaches it as that class's attribute); null at namespace
// level.
const Record* enclosing_record(const Api& api, std::string_view qualified);

// The Python name of an enum or record type, from the module's top: "Counter", "Counter.Snapshot".
std::string python_type_name(const Api& api, std::string_view qualified);

// What one name of the Python module stands for. Namespaces do not show in Python: functions of the same name in
// two namespaces are overloads of one name.
struct ModuleName {
    std::vector<const Function*> functions;  // in declaration order
    const Record* record = nullptr;
    const Enum* enumeration = nullptr;
};

// The module's names: free functions, and the enums and records not declared inside a record. The pointers point
// into `api`.
std::map<std::string, ModuleName> module_names(const Api& api);

}  // namespace pyco::cxx
