// The atexit module (CPython's Modules/atexitmodule.c): callbacks registered with their arguments, run last
// registered first when the program ends (core/program.cpp runs them after the uncaught exception's report and
// before the modules are finalized, as Py_FinalizeEx does). An exception in a callback, SystemExit included, is
// reported as unraisable and changes nothing else; callbacks registered while they run are not called.
#include <fmt/format.h>

#include "internal/exit_registry.h"
#include "internal/module_args.h"
#include "internal/module_registry.h"
#include "internal/unraisable.h"
#include "internal/values.h"
#include "pyco/builtins.h"
#include "pyco/exceptions.h"

namespace pyco {
namespace {

struct Callback {
    Object func, args, kwargs;  // kwargs: a dict, or null
};

std::vector<Callback>& callbacks() {
    static auto* v = new std::vector<Callback>;  // never destroyed: read while the program ends
    return *v;
}

void call_one(const Callback& cb) {
    const std::vector<Object>& pos = tuple_items(cb.args);
    std::vector<KwArg> kw;  // the names point into the dict's keys, alive for the call
    if (!cb.kwargs.null())
        for (const DictEntry& e : cb.kwargs.as<DictObj>()->entries)
            if (!e.key.null()) kw.push_back(KwArg{str_view(e.key), e.value});
    call(cb.func, Args{pos.data(), pos.size(), kw.data(), kw.size()});
}

// Runs the callbacks registered so far, newest first, then forgets them all (atexit_callfuncs + cleanup).
void run_callbacks() {
    std::vector<Callback> todo = callbacks();
    for (size_t i = todo.size(); i-- > 0;) {
        try {
            call_one(todo[i]);
        } catch (const PyExc& e) {
            flush_stdout();
            write_unraisable_message("Exception ignored in atexit callback: " + repr_utf8(todo[i].func), e.exc);
        }
    }
    callbacks().clear();
}

Object ae_register(const Args& a) {
    if (a.npos == 0) type_error(fmt::format("register() takes at least 1 argument ({} given)", a.npos));
    if (a[0].type()->call == nullptr) type_error("the first argument must be callable");
    Callback cb{a[0], tuple_from(std::vector<Object>(a.pos + 1, a.pos + a.npos)), Object()};
    if (a.nkw) {
        cb.kwargs = dict_();
        for (size_t i = 0; i < a.nkw; ++i) dict_set(cb.kwargs, str_(a.kw[i].name), a.kw[i].value);
    }
    callbacks().push_back(std::move(cb));
    return a[0];
}

Object ae_unregister(const Args& a) {
    if (a.npos != 1 || a.nkw)
        type_error(fmt::format("atexit.unregister() takes exactly one argument ({} given)", a.npos + a.nkw));
    auto& v = callbacks();
    for (size_t i = v.size(); i-- > 0;)
        if (eq(v[i].func, a[0])) v.erase(v.begin() + ptrdiff_t(i));
    return None();
}

Object ae_run_exitfuncs(const Args& a) {
    check_nargs("_run_exitfuncs", a, 0, 0);
    run_callbacks();
    return None();
}

Object ae_clear(const Args& a) {
    check_nargs("_clear", a, 0, 0);
    callbacks().clear();
    return None();
}

Object ae_ncallbacks(const Args& a) {
    check_nargs("_ncallbacks", a, 0, 0);
    return int_(int64_t(callbacks().size()));
}

}  // namespace

void init_atexit_module(ModuleObj& m) {
    at_program_end(run_callbacks);
    module_add_functions(m, {{"register", ae_register},
                             {"unregister", ae_unregister},
                             {"_run_exitfuncs", ae_run_exitfuncs},
                             {"_clear", ae_clear},
                             {"_ncallbacks", ae_ncallbacks}});
}

}  // namespace pyco
