// Helpers for the value tests: text of a value, the "Type: message" line of what an operation raises, and calls
// of builtins and methods by name.
#pragma once

#include <functional>
#include <string>

#include "pyco/abi.h"

namespace values_test {

using namespace pyco;

inline std::string r(const Object& o) { return repr_utf8(o); }
inline std::string s(const Object& o) { return str_utf8(o); }

// What `f` raises, as CPython's last traceback line; "no exception" when it returns.
inline std::string err(const std::function<void()>& f) {
    try {
        f();
    } catch (const PyExc& e) {
        std::string line = format_exception_only(e.exc);
        while (!line.empty() && line.back() == '\n') line.pop_back();
        return line;
    }
    return "no exception";
}

inline Object bi(const char* name, std::initializer_list<Object> pos = {}, std::initializer_list<KwArg> kw = {}) {
    return call(builtin(name), pos, kw);
}

inline Object m(const Object& o, const char* name, std::initializer_list<Object> pos = {},
                std::initializer_list<KwArg> kw = {}) {
    return call(getattr(o, name), pos, kw);
}

inline Object I(int64_t v) { return int_(v); }
inline Object F(double v) { return float_(v); }
inline Object S(const char* v) { return str_(v); }
inline Object big(const char* digits) { return int_from_string(digits); }

}  // namespace values_test
