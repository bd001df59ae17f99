// Argument parsing for the standard modules (module_args.h), with CPython's messages.
#include "internal/module_args.h"

#include <fmt/format.h>

#include "pyco/exceptions.h"

namespace pyco {

std::vector<Object> clinic_args(const char* fname, const Args& a, std::initializer_list<const char*> names,
                                size_t required) {
    size_t n = names.size();
    // "keyword" when no argument is positional, as CPython words it (bpo-31229).
    if (a.npos + a.nkw > n)
        raise(TypeErrorType, fmt::format("{}() takes at most {} {}argument{} ({} given)", fname, n,
                                         a.npos ? "" : "keyword ", n == 1 ? "" : "s", a.npos + a.nkw));
    std::vector<Object> out(a.pos, a.pos + a.npos);
    out.resize(n);
    for (size_t k = 0; k < a.nkw; ++k) {
        size_t i = 0;
        for (const char* p : names) {
            if (a.kw[k].name == p) break;
            ++i;
        }
        if (i == n)
            raise(TypeErrorType, fmt::format("'{}' is an invalid keyword argument for {}()", a.kw[k].name, fname));
        if (i < a.npos)
            raise(TypeErrorType, fmt::format("argument for {}() given by name ('{}') and position ({})", fname,
                                             a.kw[k].name, i + 1));
        out[i] = a.kw[k].value;
    }
    size_t i = 0;
    for (const char* p : names) {
        if (i < required && out[i].null())
            raise(TypeErrorType, fmt::format("{}() missing required argument '{}' (pos {})", fname, p, i + 1));
        ++i;
    }
    return out;
}

void positional_args(const char* fname, const Args& a, size_t min, size_t max) {
    if (a.nkw) raise(TypeErrorType, fmt::format("{}() takes no keyword arguments", fname));
    if (a.npos >= min && a.npos <= max) return;
    const char* how = min == max ? "" : a.npos < min ? "at least " : "at most ";
    size_t bound = a.npos < min ? min : max;
    raise(TypeErrorType, fmt::format("{} expected {}{} argument{}, got {}", fname, how, bound, bound == 1 ? "" : "s",
                                     a.npos));
}

}  // namespace pyco
