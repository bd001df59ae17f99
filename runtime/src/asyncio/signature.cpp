// Python signatures for methods written in C++: CPython's asyncio classes are Python code, so calling
// `queue.put()` without an item fails with "Queue.put() missing 1 required positional argument: 'item'". The
// binding itself is the compiled functions' (call.cpp bind_args), fed with a FuncInfo built once per method.
#include "internal.h"

#include "pyco/ops.h"

namespace pyco::aio {

Signature::Signature(const char* qualname, std::vector<std::string> params, std::vector<Object> defaults,
                     std::vector<std::string> kwonly) {
    std::string_view q = qualname;
    size_t dot = q.rfind('.');
    auto* info = new FuncInfo{};  // lives as long as the program, as a code object does
    info->name = dot == std::string_view::npos ? qualname : qualname + dot + 1;
    info->qualname = qualname;
    info->code = nullptr;
    info->params = std::move(params);
    info->kwonly = std::move(kwonly);
    for (Object& d : defaults) d = immortal(d);
    std::vector<std::pair<std::string, Object>> kwdefaults;
    for (const std::string& k : info->kwonly) kwdefaults.emplace_back(k, None());
    required_ = info->params.size() - defaults.size();
    fn_ = immortal(make_function(info, nullptr, std::move(defaults), std::move(kwdefaults)));
}

std::vector<Object> Signature::bind(const Args& a) const {
    auto* fn = fn_.as<FunctionObj>();
    std::vector<Object> out(bound_slots(fn->info));
    bind_args(fn, a, out.data());
    return out;
}

void Signature::check(const Args& a) const {
    auto* fn = fn_.as<FunctionObj>();
    if (a.nkw == 0 && a.npos >= required_ && a.npos <= fn->info->params.size()) return;
    bind(a);
}

std::vector<Object> Signature::bind_new(const Args& a) const {
    std::vector<Object> pos{None()};
    pos.insert(pos.end(), a.pos, a.pos + a.npos);
    return bind(Args{pos.data(), pos.size(), a.kw, a.nkw});
}

}  // namespace pyco::aio
