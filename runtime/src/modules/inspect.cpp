// `_inspect`, pyco's own private module under runtime/lib/inspect.py: what CPython's inspect reads from a
// function's code object (co_varnames, co_argcount, co_posonlyargcount, co_kwonlyargcount, co_flags). Compiled
// functions have no code object (docs/stdlib.md); their FuncInfo holds the same facts.
#include "internal/module_args.h"
#include "internal/module_registry.h"
#include "internal/values.h"

namespace pyco {
namespace {

// CPython's code flags, as inspect's CO_* constants name them.
constexpr int64_t kVarargs = 0x04, kVarKeywords = 0x08, kGenerator = 0x20, kCoroutine = 0x80,
                  kAsyncGenerator = 0x200;

// function_info(f): None unless `f` is a compiled function, else
// (positional parameter names, how many are positional-only, keyword-only names, *args name or None,
//  **kwargs name or None, code flags).
Object in_function_info(const Args& a) {
    check_nargs("function_info", a, 1, 1);
    const Object& f = a[0];
    if (!f.is_ptr() || f.type() != &FunctionType) return None();
    const FuncInfo* info = f.as<FunctionObj>()->info;
    std::vector<Object> params, kwonly;
    for (const std::string& p : info->params) params.push_back(str_(p));
    for (const std::string& k : info->kwonly) kwonly.push_back(str_(k));
    int64_t flags = 0;
    if (info->has_varargs) flags |= kVarargs;
    if (info->has_varkw) flags |= kVarKeywords;
    if (info->is_async) flags |= info->is_generator ? kAsyncGenerator : kCoroutine;
    else if (info->is_generator) flags |= kGenerator;
    auto name_or_none = [](const char* s) { return s ? str_(s) : None(); };
    return tuple_from({tuple_from(std::move(params)), int_(info->posonly), tuple_from(std::move(kwonly)),
                       name_or_none(info->varargs), name_or_none(info->varkw), int_(flags)});
}

}  // namespace

void init_inspect_module(ModuleObj& m) { module_add_functions(m, {{"function_info", in_function_info}}); }

}  // namespace pyco
