// types.GenericAlias: what subscripting a generic built-in class makes (`list[int]`, `dict[str, T]`), as
// CPython's Objects/genericaliasobject.c: a thin wrapper that remembers the origin and the arguments, forwards
// calls and attribute reads to the origin, and substitutes type variables when subscripted again.
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal/type_setup.h"
#include "internal/typing_objects.h"
#include "internal/values.h"

namespace pyco {

Type GenericAliasType("GenericAlias", "types", &ObjectType);

namespace {

struct GenericAliasObj : Obj {
    Object origin, args;  // args: always a tuple
    Object parameters;    // __parameters__, computed on first use
    GenericAliasObj(Object o, Object a) : Obj(&GenericAliasType), origin(std::move(o)), args(std::move(a)) {}
};

GenericAliasObj* ga(const Object& o) { return o.as<GenericAliasObj>(); }

Object as_args_tuple(const Object& key) { return is_tuple(key) ? key : tuple_({key}); }

std::string generic_alias_repr(const Object& o) {
    auto* g = ga(o);
    std::string out = typing_repr_item(g->origin) + "[";
    const auto& items = tuple_items(g->args);
    if (items.empty()) out += "()";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        out += typing_repr_item(items[i]);
    }
    return out + "]";
}

// The attributes that belong to the alias itself; every other name is read from the origin.
bool own_attribute_name(std::string_view name) {
    for (const char* n : {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                          "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
                          "__copy__", "__deepcopy__"})
        if (name == n) return true;
    return false;
}

Object generic_alias_getattr(const Object& o, std::string_view name) {
    auto* g = ga(o);
    if (name == "__origin__") return g->origin;
    if (name == "__args__") return g->args;
    if (name == "__parameters__") return typing_parameters_of(o);
    if (name == "__unpacked__") return bool_(false);
    if (name == "__typing_unpacked_tuple_args__") return None();
    if (own_attribute_name(name)) return {};
    return getattr_or_null(g->origin, name);
}

Object generic_alias_richcompare(const Object& a, const Object& b, CmpOp op) {
    if ((op != CmpOp::Eq && op != CmpOp::Ne) || !isinstance_exact(b, GenericAliasType)) return NotImplemented();
    bool same = eq(ga(a)->origin, ga(b)->origin) && eq(ga(a)->args, ga(b)->args);
    return bool_(op == CmpOp::Eq ? same : !same);
}

int64_t generic_alias_hash(const Object& o) {
    int64_t h = hash(ga(o)->origin) ^ hash(ga(o)->args);
    return h == -1 ? -2 : h;
}

// Calling the alias makes an instance of the origin that remembers the alias, when it can hold attributes.
Object generic_alias_call(const Object& o, const Args& a) {
    Object obj = call(ga(o)->origin, a);
    try {
        setattr(obj, "__orig_class__", o);
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, AttributeErrorType) && !isinstance(e.exc, TypeErrorType)) throw;
    }
    return obj;
}

Object generic_alias_binop(const Object& a, const Object& b, BinOp op) {
    if (op != BinOp::Or) return NotImplemented();
    return union_type_or(a, b);
}

Object generic_alias_getitem(const Object& o, const Object& key) {
    auto* g = ga(o);
    return generic_alias_(g->origin, typing_substitute(o, g->args, key));
}

Object m_mro_entries(const Args& a) {
    check_nargs("__mro_entries__", a, 2, 2);
    return tuple_({ga(a[0])->origin});
}

Object m_instancecheck(const Args&) { type_error("isinstance() argument 2 cannot be a parameterized generic"); }
Object m_subclasscheck(const Args&) { type_error("issubclass() argument 2 cannot be a parameterized generic"); }

Object m_reduce(const Args& a) {
    return tuple_({type_object(GenericAliasType), tuple_({ga(a[0])->origin, ga(a[0])->args})});
}

Object generic_alias_ctor(const Type&, const Args& a) {
    check_no_kwargs("GenericAlias", a);
    check_nargs("GenericAlias", a, 2, 2);
    return generic_alias_(a[0], a[1]);
}

// type.__class_getitem__ for the built-in generic classes: `cls[key]`.
Object class_getitem_fn(const Args& a) {
    check_nargs("__class_getitem__", a, 2, 2);
    return generic_alias_(a[0], a[1]);
}

}  // namespace

std::string typing_repr_item(const Object& o) {
    if (is_(o, Ellipsis())) return "...";
    if (is_generic_alias(o) || is_union_type(o)) return repr_utf8(o);
    Object qualname = getattr_or_null(o, "__qualname__");
    Object module = getattr_or_null(o, "__module__");
    // Only classes (and what looks like one) show by name; typing's own objects have __origin__.
    if (qualname.null() || module.null() || !getattr_or_null(o, "__origin__").null() || !is_str(qualname))
        return repr_utf8(o);
    if (is_str(module) && str_view(module) == "builtins") return std::string(str_view(qualname));
    return fmt::format("{}.{}", str_utf8(module), str_view(qualname));
}

static Object parameters_among(const Object& args) {
    std::vector<Object> params;
    auto add = [&](const Object& p) {
        if (!sequence_contains(params, p)) params.push_back(p);
    };
    for (const Object& a : tuple_items(args)) {
        if (is_type(a)) continue;
        if (!getattr_or_null(a, "__typing_subst__").null()) {
            add(a);
            continue;
        }
        Object sub = getattr_or_null(a, "__parameters__");
        if (!sub.null() && is_tuple(sub))
            for (const Object& p : tuple_items(sub)) add(p);
    }
    return tuple_from(std::move(params));
}

Object typing_parameters_of(const Object& alias) {
    if (!is_generic_alias(alias)) return parameters_among(getattr(alias, "__args__"));
    Object& cached = ga(alias)->parameters;
    if (cached.null()) cached = parameters_among(ga(alias)->args);
    return cached;
}

// An argument that is not itself a variable but holds some (`list[T]` inside `dict[str, list[T]]`) is
// subscripted with the items its own variables map to.
static Object substitute_nested(const Object& arg, const std::vector<Object>& params,
                                const std::vector<Object>& items) {
    Object sub = getattr_or_null(arg, "__parameters__");
    if (sub.null() || !is_tuple(sub) || tuple_items(sub).empty()) return arg;
    std::vector<Object> subargs;
    for (const Object& p : tuple_items(sub))
        for (size_t i = 0; i < params.size(); ++i)
            if (is_(params[i], p)) subargs.push_back(items[i]);
    return getitem(arg, tuple_from(std::move(subargs)));
}

Object typing_substitute(const Object& alias, const Object& args, const Object& key) {
    Object param_tuple = typing_parameters_of(alias);
    const std::vector<Object>& params = tuple_items(param_tuple);
    if (params.empty()) type_error(fmt::format("{} is not a generic class", repr_utf8(alias)));
    std::vector<Object> items = is_tuple(key) ? tuple_items(key) : std::vector<Object>{key};
    if (items.size() != params.size())
        type_error(fmt::format("Too {} arguments for {}; actual {}, expected {}",
                               items.size() > params.size() ? "many" : "few", repr_utf8(alias), items.size(),
                               params.size()));
    std::vector<Object> out;
    for (const Object& arg : tuple_items(args)) {
        if (is_type(arg)) {
            out.push_back(arg);
            continue;
        }
        Object subst = getattr_or_null(arg, "__typing_subst__");
        if (subst.null()) {
            out.push_back(substitute_nested(arg, params, items));
            continue;
        }
        size_t i = 0;
        while (i < params.size() && !is_(params[i], arg)) ++i;
        out.push_back(call(subst, {items[i]}));
    }
    return tuple_from(std::move(out));
}

Object generic_alias_(const Object& origin, const Object& args) {
    return Object::adopt(new GenericAliasObj(origin, as_args_tuple(args)));
}

bool is_generic_alias(const Object& o) noexcept { return o.is_ptr() && o.type()->is_subtype_of(&GenericAliasType); }

// Each generic built-in class's setup calls this; `type[int]` is special-cased by getitem instead, since
// type's own attribute would make every class subscriptable.
void add_class_getitem(Type& t) {
    static Object fn = immortal(new_classmethod(make_builtin("__class_getitem__", class_getitem_fn)));
    t.methods["__class_getitem__"] = fn;
}

void setup_generic_alias() {
    GenericAliasType.tp_name = "types.GenericAlias";
    set_slots(GenericAliasType, {.repr = generic_alias_repr, .hash = generic_alias_hash,
                                 .richcompare = generic_alias_richcompare, .binop = generic_alias_binop,
                                 .getitem = generic_alias_getitem, .call = generic_alias_call,
                                 .getattr = generic_alias_getattr});
    add_methods(GenericAliasType, {{"__mro_entries__", m_mro_entries},
                                   {"__instancecheck__", m_instancecheck},
                                   {"__subclasscheck__", m_subclasscheck},
                                   {"__reduce__", m_reduce}});
    set_type_constructor(GenericAliasType, generic_alias_ctor);
}

}  // namespace pyco
