// C++-implemented functions that look like Python ones, and functools.update_wrapper's copying.
#include "internal/native_function.h"

#include <deque>

#include "pyco/exceptions.h"
#include "pyco/ops.h"

namespace pyco {

Object native_function(const FuncInfo& info, Entry entry, std::vector<Object> state) {
    return make_function(&info, entry, {}, {}, std::move(state));
}

const FuncInfo& intern_func_info(const std::string& name, const std::string& qualname,
                                 std::vector<std::string> params, std::vector<std::string> kwonly) {
    // Deques never move their elements, so the char pointers and FuncInfo addresses stay valid.
    static std::deque<std::string> strings;
    static std::deque<FuncInfo> infos;
    strings.push_back(name);
    const char* n = strings.back().c_str();
    strings.push_back(qualname);
    const char* q = strings.back().c_str();
    infos.push_back(FuncInfo{n, q, nullptr, std::move(params), 0, std::move(kwonly)});
    return infos.back();
}

void update_wrapper(const Object& wrapper, const Object& wrapped) {
    for (const char* name : {"__module__", "__name__", "__qualname__", "__doc__"}) {
        Object v;
        try {
            v = getattr_or_null(wrapped, name);
        } catch (const PyExc& e) {
            if (!isinstance(e.exc, AttributeErrorType)) throw;
        }
        if (!v.null()) setattr(wrapper, name, v);
    }
    Object target = getattr_or_null(wrapper, "__dict__");
    Object source = getattr_or_null(wrapped, "__dict__");
    if (!target.null() && !source.null()) call_method(target, "update", {source});
    setattr(wrapper, "__wrapped__", wrapped);
}

}  // namespace pyco
