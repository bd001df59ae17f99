// The abc module (CPython's Lib/abc.py and _py_abc.py): ABCMeta, ABC and abstractmethod. A class ABCMeta
// makes records its abstract methods (__abstractmethods__), and object.__new__ refuses to instantiate it while
// any remain. Virtual subclass registration (ABC.register) is not provided.
#include <fmt/format.h>

#include <algorithm>

#include "internal/class_layout.h"
#include "pyco/module.h"
#include "internal/module_registry.h"
#include "internal/type_setup.h"

namespace pyco {

Type ABCMetaType("ABCMeta", "abc", &TypeType);

namespace {

bool is_abstract(const Object& value) {
    if (value.null()) return false;
    try {
        Object flag = getattr_or_null(value, "__isabstractmethod__");
        return !flag.null() && truthy(flag);
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, AttributeErrorType)) throw;
        return false;
    }
}

Object f_abstractmethod(const Args& a) {
    check_nargs("abstractmethod", a, 1, 1);
    setattr(a[0], "__isabstractmethod__", bool_(true));
    return a[0];
}

}  // namespace

void compute_abstract_methods(ClassObj* cls) {
    std::vector<std::string> names;
    for (const DictEntry& e : cls->dict.as<DictObj>()->entries)
        if (!e.key.null() && is_abstract(e.value)) names.emplace_back(str_view(e.key));
    for (const Object& b : cls->bases) {
        if (!is_user_class(b.as<Type>())) continue;
        for (const std::string& n : as_class(b.as<Type>())->abstract_methods)
            if (is_abstract(lookup_mro(cls, n))) names.push_back(n);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    cls->abstract_methods = std::move(names);
    std::vector<Object> items;
    for (const std::string& n : cls->abstract_methods) items.push_back(str_(n));
    dict_set(cls->dict, str_("__abstractmethods__"), call(type_object(FrozenSetType), {list_from(std::move(items))}));
    bump_class_epoch();
}

void check_not_abstract(const Type* cls) {
    if (!is_user_class(cls)) return;
    const auto& names = as_class(cls)->abstract_methods;
    if (names.empty()) return;
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
    type_error(fmt::format("Can't instantiate abstract class {} with abstract method{} {}", cls->name,
                           names.size() > 1 ? "s" : "", list));
}

// A metaclass behaves as `type` does: it has type's slots (setups.def lists this after setup_object).
void setup_abc() { set_slots(ABCMetaType, TypeType); }

void init_abc_module(ModuleObj& m) {
    Object ns = dict_();
    dict_set(ns, str_("__module__"), str_("abc"));
    dict_set(ns, str_("__qualname__"), str_("ABC"));
    dict_set(ns, str_("__doc__"), str_("Helper class that provides a standard way to create an ABC using\n"
                                       "inheritance.\n    "));
    dict_set(ns, str_("__slots__"), tuple_());
    module_add(m, "ABC", new_class(&ABCMetaType, str_("ABC"), tuple_(), ns, Object()));
    module_add(m, "ABCMeta", type_object(ABCMetaType));
    module_add_function(m, "abstractmethod", f_abstractmethod);
}

}  // namespace pyco
