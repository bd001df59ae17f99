// What the functions pyco writes over a C++ header need at run time (pyco/interop.h): binding Python's
// arguments to C++ parameters, and handles on C++ objects.
#include <fmt/format.h>

#include <cstring>

#include "pyco/exceptions.h"
#include "pyco/interop.h"
#include "pyco/ops.h"

namespace pyco::interop {

namespace {

[[noreturn]] void type_error(const std::string& message) { raise(TypeErrorType, message); }

std::string plural(size_t n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

// "'x' and 'y'", "'x', 'y' and 'z'", as CPython lists missing arguments.
std::string name_list(const std::vector<const char*>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += i + 1 == names.size() ? (names.size() > 2 ? ", and " : " and ") : ", ";
        out += fmt::format("'{}'", names[i]);
    }
    return out;
}

}  // namespace

size_t bind_args(const char* fname, const Args& a, std::initializer_list<const char*> names, size_t required,
                 Object* out, bool fills_defaults) {
    size_t n = names.size();
    if (a.npos > n) {
        std::string takes = required == n ? fmt::format("{}", n) : fmt::format("from {} to {}", required, n);
        type_error(fmt::format("{}() takes {} positional argument{} but {} {} given", fname, takes, n == 1 ? "" : "s",
                               a.npos, a.npos == 1 ? "was" : "were"));
    }
    for (size_t i = 0; i < a.npos; ++i) out[i] = a.pos[i];
    for (size_t k = 0; k < a.nkw; ++k) {
        size_t i = 0;
        for (const char* name : names) {
            if (a.kw[k].name == name) break;
            ++i;
        }
        if (i == n) type_error(fmt::format("{}() got an unexpected keyword argument '{}'", fname, a.kw[k].name));
        if (!out[i].null()) type_error(fmt::format("{}() got multiple values for argument '{}'", fname, a.kw[k].name));
        out[i] = a.kw[k].value;
    }
    std::vector<const char*> missing;
    for (size_t i = 0; i < required; ++i)
        if (out[i].null()) missing.push_back(names.begin()[i]);
    if (!missing.empty())
        type_error(fmt::format("{}() missing {}: {}", fname, plural(missing.size(), "required positional argument"),
                               name_list(missing)));
    size_t given = n;
    while (given > required && out[given - 1].null()) --given;
    for (size_t i = required; i < given && !fills_defaults; ++i)
        if (out[i].null())
            type_error(fmt::format("{}() needs argument '{}' too: C++ fills in defaults only at the end", fname,
                                   names.begin()[i]));
    return given;
}

namespace {

struct HandleObj : Obj {
    std::shared_ptr<void> object;
    const char* type_name;
    HandleObj(std::shared_ptr<void> o, const char* t);
};
Type HandleType("cpp_handle", "builtins", &ObjectType);
HandleObj::HandleObj(std::shared_ptr<void> o, const char* t) : Obj(&HandleType), object(std::move(o)), type_name(t) {}

}  // namespace

Object make_handle(std::shared_ptr<void> object, const char* type_name) {
    return Object::adopt(new HandleObj(std::move(object), type_name));
}

void* handle_ptr(const Object& instance, const char* type_name, const char* python_name) {
    Object h = getattr_or_null(instance, "_pyco_handle");
    if (h.null() || !isinstance_exact(h, HandleType) || std::strcmp(h.as<HandleObj>()->type_name, type_name) != 0)
        type_error(fmt::format("expected {}, got {}", python_name, pyco::type_name(instance)));
    return h.as<HandleObj>()->object.get();
}

}  // namespace pyco::interop
