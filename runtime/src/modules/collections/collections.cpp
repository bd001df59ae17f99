// The _collections module, the C half of the collections package (runtime/lib/collections/, which re-exports
// these names as CPython's Lib/collections/__init__.py does with Modules/_collectionsmodule.c): deque,
// defaultdict, OrderedDict, Counter and namedtuple. defaultdict, OrderedDict and Counter are dict subclasses
// made at import as a class statement would make them, so that every dict operation, isinstance(x, dict) and
// subclassing work on them; this file holds defaultdict and OrderedDict, the others have their own files.
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal.h"
#include "internal/native_function.h"
#include "internal/module_registry.h"

namespace pyco::collections {

namespace {

// dict.fromkeys as a classmethod of these classes: the result is an instance of the class it is called on.
Object fromkeys_entry(FunctionObj*, const Args& a) {
    if (a.npos < 2 || a.npos > 3)
        type_error(fmt::format("fromkeys expected {} arguments, got {}", a.npos < 2 ? "at least 1" : "at most 2",
                               a.npos - 1));
    Object d = call(a[0]);
    Object value = a.npos > 2 ? a[2] : None();
    Object it = iter(a[1]);
    for (Object k = next(it); !k.null(); k = next(it)) setitem(d, k, value);
    return d;
}

}  // namespace

Object make_dict_class(const char* name, std::initializer_list<std::pair<const char*, Entry>> methods) {
    Object ns = dict_();
    dict_set(ns, str_("__module__"), str_("collections"));
    dict_set(ns, str_("__qualname__"), str_(name));
    const FuncInfo& fromkeys = intern_func_info("fromkeys", fmt::format("{}.fromkeys", name), {"cls"});
    dict_set(ns, str_("fromkeys"), new_classmethod(native_function(fromkeys, fromkeys_entry)));
    for (auto& [m, entry] : methods) {
        const FuncInfo& info = intern_func_info(m, fmt::format("{}.{}", name, m), {"self"});
        dict_set(ns, str_(m), native_function(info, entry));
    }
    return immortal(new_class(&TypeType, str_(name), tuple_({type_object(DictType)}), ns, Object()));
}

std::vector<std::pair<Object, Object>> dict_items(const Object& d) {
    std::vector<std::pair<Object, Object>> out;
    for (const DictEntry& e : d.as<DictObj>()->entries)
        if (!e.key.null()) out.emplace_back(e.key, e.value);
    return out;
}

namespace {

std::string dict_text(const Object& d) { return DictType.repr(d); }

// ---- defaultdict ----

Object dd_init(FunctionObj*, const Args& a) {
    Object factory = a.npos > 1 ? a[1] : None();
    if (!is_none(factory) && !factory.type()->call) type_error("first argument must be callable or None");
    setattr(a[0], "default_factory", factory);
    std::vector<Object> rest{a[0]};
    for (size_t i = 2; i < a.npos; ++i) rest.push_back(a[i]);
    call(builtin_init(&DictType), Args{rest.data(), rest.size(), a.kw, a.nkw});
    return None();
}

Object dd_missing(FunctionObj*, const Args& a) {
    check_nargs("__missing__", a, 2, 2);
    Object factory = getattr(a[0], "default_factory");
    if (is_none(factory)) raise_(new_exception(KeyErrorType, {a[1]}));
    Object value = call(factory);
    setitem(a[0], a[1], value);
    return value;
}

Object dd_repr(FunctionObj*, const Args& a) {
    // No ReprGuard here: dict's repr guards the instance itself, and would print {...} if this one did.
    std::string factory = repr_utf8(getattr(a[0], "default_factory"));
    return str_(fmt::format("{}({}, {})", type_name(a[0]), factory, dict_text(a[0])));
}

Object dd_copy(FunctionObj*, const Args& a) {
    check_nargs("copy", a, 1, 1);
    return call(type_object(*a[0].type()), {getattr(a[0], "default_factory"), a[0]});
}

// ---- OrderedDict ----

// Re-inserts every item with `key` first (move_to_end(key, last=False)).
void move_to_front(const Object& d, const Object& key, const Object& value) {
    auto items = dict_items(d);
    call_method(d, "clear");
    dict_set(d, key, value);
    for (auto& [k, v] : items)
        if (!eq(k, key)) dict_set(d, k, v);
}

bool last_argument(const Args& a, size_t pos) {
    Object last = a.npos > pos ? a[pos] : kwarg(a, "last");
    return last.null() || truthy(last);
}

Object od_move_to_end(FunctionObj*, const Args& a) {
    if (a.npos < 2) type_error("OrderedDict.move_to_end() missing required argument 'key' (pos 1)");
    Object value = dict_get(a[0], a[1]);
    if (value.null()) raise_(new_exception(KeyErrorType, {a[1]}));
    if (last_argument(a, 2)) {
        dict_del(a[0], a[1]);
        dict_set(a[0], a[1], value);
    } else {
        move_to_front(a[0], a[1], value);
    }
    return None();
}

Object od_popitem(FunctionObj*, const Args& a) {
    auto items = dict_items(a[0]);
    if (items.empty()) raise_(new_exception(KeyErrorType, {str_("dictionary is empty")}));
    auto& [k, v] = last_argument(a, 1) ? items.back() : items.front();
    dict_del(a[0], k);
    return tuple_({k, v});
}

Object od_repr(FunctionObj*, const Args& a) {
    ReprGuard guard(a[0].ptr());
    if (!guard.active()) return str_("...");
    auto items = dict_items(a[0]);
    if (items.empty()) return str_(type_name(a[0]) + "()");
    std::vector<Object> pairs;
    for (auto& [k, v] : items) pairs.push_back(tuple_({k, v}));
    return str_(fmt::format("{}({})", type_name(a[0]), sequence_repr(pairs, "[", "]")));
}

// Between two OrderedDicts equality also compares the order; against a plain dict it does not.
Object od_equal(const Object& a, const Object& b) {
    Object r = DictType.richcompare(a, b, CmpOp::Eq);
    if (!truthy(r) || !isinstance(b, *a.type()) || !isinstance(a, *b.type())) return r;
    auto x = dict_items(a), y = dict_items(b);
    for (size_t i = 0; i < x.size(); ++i)
        if (!eq(x[i].first, y[i].first)) return bool_(false);
    return bool_(true);
}

Object od_eq(FunctionObj*, const Args& a) {
    check_nargs("__eq__", a, 2, 2);
    if (!is_dict(a[1])) return NotImplemented();
    return od_equal(a[0], a[1]);
}

Object od_ne(FunctionObj*, const Args& a) {
    check_nargs("__ne__", a, 2, 2);
    if (!is_dict(a[1])) return NotImplemented();
    return bool_(!truthy(od_equal(a[0], a[1])));
}

Object od_copy(FunctionObj*, const Args& a) {
    check_nargs("copy", a, 1, 1);
    return call(type_object(*a[0].type()), {a[0]});
}

}  // namespace

}  // namespace pyco::collections

namespace pyco {

void init_collections_module(ModuleObj& m) {
    using namespace collections;
    add_deque(m);
    module_add(m, "defaultdict", make_dict_class("defaultdict", {{"__init__", dd_init},
                                                                 {"__missing__", dd_missing},
                                                                 {"__repr__", dd_repr},
                                                                 {"copy", dd_copy},
                                                                 {"__copy__", dd_copy}}));
    module_add(m, "OrderedDict", make_dict_class("OrderedDict", {{"move_to_end", od_move_to_end},
                                                                 {"popitem", od_popitem},
                                                                 {"__repr__", od_repr},
                                                                 {"__eq__", od_eq},
                                                                 {"__ne__", od_ne},
                                                                 {"copy", od_copy}}));
    add_counter(m);
    add_namedtuple(m);
}

}  // namespace pyco
