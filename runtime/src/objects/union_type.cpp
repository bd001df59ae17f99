// types.UnionType: `int | None`, as CPython's Objects/unionobject.c. Made by `|` between classes, None,
// generic aliases and unions; flattened and without duplicates; isinstance and issubclass accept it as they
// accept a tuple of its members.
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal/type_setup.h"
#include "internal/typing_objects.h"
#include "internal/values.h"

namespace pyco {

Type UnionTypeType("UnionType", "types", &ObjectType);

namespace {

struct UnionObj : Obj {
    Object args;        // a tuple of at least two members; None is stored as NoneType
    Object parameters;  // __parameters__, computed on first use
    explicit UnionObj(Object a) : Obj(&UnionTypeType), args(std::move(a)) {}
};

UnionObj* un(const Object& o) { return o.as<UnionObj>(); }

bool unionable(const Object& o) { return is_none(o) || is_type(o) || is_generic_alias(o) || is_union_type(o); }

// Members in order, unions spliced in, None as its type, each kept once (aliases compared by value, the rest
// by identity, as CPython's dedup_and_flatten_args).
std::vector<Object> flatten(std::initializer_list<Object> parts) {
    std::vector<Object> out;
    auto add = [&](const Object& m) {
        Object item = is_none(m) ? type_object(NoneType) : m;
        for (const Object& have : out) {
            bool dup = is_generic_alias(item) && is_generic_alias(have) ? eq(item, have) : is_(item, have);
            if (dup) return;
        }
        out.push_back(item);
    };
    for (const Object& p : parts) {
        if (is_union_type(p))
            for (const Object& m : tuple_items(un(p)->args)) add(m);
        else
            add(p);
    }
    return out;
}

std::string union_repr(const Object& o) {
    std::vector<std::string> parts;
    for (const Object& m : tuple_items(un(o)->args))
        parts.push_back(is_(m, type_object(NoneType)) ? "None" : typing_repr_item(m));
    return fmt::format("{}", fmt::join(parts, " | "));
}

Object union_getattr(const Object& o, std::string_view name) {
    if (name == "__args__") return un(o)->args;
    if (name == "__parameters__") {
        if (un(o)->parameters.null()) un(o)->parameters = typing_parameters_of(o);
        return un(o)->parameters;
    }
    return {};
}

// Equal when they have the same members in any order.
Object union_richcompare(const Object& a, const Object& b, CmpOp op) {
    if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_union_type(b)) return NotImplemented();
    bool same = eq(new_set(FrozenSetType, un(a)->args), new_set(FrozenSetType, un(b)->args));
    return bool_(op == CmpOp::Eq ? same : !same);
}

int64_t union_hash(const Object& o) { return hash(new_set(FrozenSetType, un(o)->args)); }

Object union_binop(const Object& a, const Object& b, BinOp op) {
    if (op != BinOp::Or) return NotImplemented();
    return union_type_or(a, b);
}

// `(list[T] | None)[int]`: the members with their variables replaced, joined again with |.
Object union_getitem(const Object& o, const Object& key) {
    Object args = typing_substitute(o, un(o)->args, key);
    const std::vector<Object>& items = tuple_items(args);
    Object result = items[0];
    for (size_t i = 1; i < items.size(); ++i) result = binop(BinOp::Or, result, items[i]);
    return result;
}

Object m_instancecheck(const Args& a) {
    check_nargs("__instancecheck__", a, 2, 2);
    return bool_(isinstance_check(a[1], un(a[0])->args));
}

Object m_subclasscheck(const Args& a) {
    check_nargs("__subclasscheck__", a, 2, 2);
    return bool_(issubclass_check(a[1], un(a[0])->args));
}

}  // namespace

bool is_union_type(const Object& o) noexcept { return isinstance_exact(o, UnionTypeType); }

const Object& union_args(const Object& u) { return un(u)->args; }

Object union_type_or(const Object& a, const Object& b) {
    if (!unionable(a) || !unionable(b)) return NotImplemented();
    std::vector<Object> members = flatten({a, b});
    if (members.size() == 1) return members[0];
    return Object::adopt(new UnionObj(tuple_from(std::move(members))));
}

void setup_union_type() {
    UnionTypeType.tp_name = "types.UnionType";
    set_slots(UnionTypeType, {.repr = union_repr, .hash = union_hash, .richcompare = union_richcompare,
                              .binop = union_binop, .getitem = union_getitem, .getattr = union_getattr});
    add_methods(UnionTypeType, {{"__instancecheck__", m_instancecheck}, {"__subclasscheck__", m_subclasscheck}});
    set_type_constructor(UnionTypeType, no_instances);
}

}  // namespace pyco
