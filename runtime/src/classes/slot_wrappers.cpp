// Special methods of built-in types as attributes (CPython's wrapper_descriptor / method-wrapper): list's
// __repr__, dict's __getitem__, ... found along an MRO call that type's slot, so that super().__repr__() in a
// list subclass prints the list.
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal/type_setup.h"

namespace pyco {

namespace {

Type SlotWrapperType("wrapper_descriptor", "builtins", &ObjectType);
Type MethodWrapperType("method-wrapper", "builtins", &ObjectType);

enum class Kind : uint8_t { Repr, Str, Hash, Len, Iter, Next, GetItem, SetItem, DelItem, Contains, Bool, Call, Cmp, Bin, RBin };

struct SlotWrapperObj : Obj {
    const Type* owner;
    const char* name;
    Kind kind;
    uint8_t op;   // CmpOp or BinOp
    Object self;  // bound instance (method-wrapper), null for the descriptor
    SlotWrapperObj(const Type* o, const char* n, Kind k, uint8_t x, Object s)
        : Obj(s.null() ? &SlotWrapperType : &MethodWrapperType), owner(o), name(n), kind(k), op(x), self(std::move(s)) {}
};

struct Spec {
    const char* name;
    Kind kind;
    uint8_t op;
};

const Spec kSpecs[] = {
    {"__repr__", Kind::Repr, 0}, {"__str__", Kind::Str, 0}, {"__hash__", Kind::Hash, 0},
    {"__len__", Kind::Len, 0}, {"__iter__", Kind::Iter, 0}, {"__next__", Kind::Next, 0},
    {"__getitem__", Kind::GetItem, 0}, {"__setitem__", Kind::SetItem, 0}, {"__delitem__", Kind::DelItem, 0},
    {"__contains__", Kind::Contains, 0}, {"__bool__", Kind::Bool, 0}, {"__call__", Kind::Call, 0},
    {"__lt__", Kind::Cmp, uint8_t(CmpOp::Lt)}, {"__le__", Kind::Cmp, uint8_t(CmpOp::Le)},
    {"__eq__", Kind::Cmp, uint8_t(CmpOp::Eq)}, {"__ne__", Kind::Cmp, uint8_t(CmpOp::Ne)},
    {"__gt__", Kind::Cmp, uint8_t(CmpOp::Gt)}, {"__ge__", Kind::Cmp, uint8_t(CmpOp::Ge)},
    {"__add__", Kind::Bin, uint8_t(BinOp::Add)}, {"__radd__", Kind::RBin, uint8_t(BinOp::Add)},
    {"__sub__", Kind::Bin, uint8_t(BinOp::Sub)}, {"__rsub__", Kind::RBin, uint8_t(BinOp::Sub)},
    {"__mul__", Kind::Bin, uint8_t(BinOp::Mul)}, {"__rmul__", Kind::RBin, uint8_t(BinOp::Mul)},
    {"__mod__", Kind::Bin, uint8_t(BinOp::Mod)}, {"__or__", Kind::Bin, uint8_t(BinOp::Or)},
    {"__and__", Kind::Bin, uint8_t(BinOp::And)}, {"__xor__", Kind::Bin, uint8_t(BinOp::Xor)},
    {"__truediv__", Kind::Bin, uint8_t(BinOp::TrueDiv)}, {"__floordiv__", Kind::Bin, uint8_t(BinOp::FloorDiv)},
};

// Whether `t` itself (not its base) provides the slot behind `kind`.
bool defines(const Type* t, Kind kind) {
    const Type* b = t->base;
    auto own = [&](auto slot) { return t->*slot && (!b || b->*slot != t->*slot); };
    switch (kind) {
        case Kind::Repr: return own(&Type::repr);
        case Kind::Str: return own(&Type::str);
        case Kind::Hash: return own(&Type::hash);
        case Kind::Len: return own(&Type::len);
        case Kind::Iter: return own(&Type::iter);
        case Kind::Next: return own(&Type::next);
        case Kind::GetItem: return own(&Type::getitem);
        case Kind::SetItem: return own(&Type::setitem);
        case Kind::DelItem: return own(&Type::delitem);
        case Kind::Contains: return own(&Type::contains);
        case Kind::Bool: return own(&Type::truthy);
        case Kind::Call: return own(&Type::call);
        case Kind::Cmp: return own(&Type::richcompare);
        case Kind::Bin:
        case Kind::RBin: return own(&Type::binop);
    }
    return false;
}

const Object& arg(const Args& a, size_t i, const char* name) {
    if (i >= a.npos) type_error(fmt::format("expected 1 argument, got 0 ({})", name));
    return a[i];
}

Object run(const SlotWrapperObj* w, const Object& self, const Args& a, size_t first) {
    const Type* t = w->owner;
    if (!self.type()->is_subtype_of(t))
        type_error(fmt::format("descriptor '{}' requires a '{}' object but received a '{}'", w->name, t->name,
                               type_name(self)));
    switch (w->kind) {
        case Kind::Repr: return str_(t->repr(self));
        case Kind::Str: return str_(t->str(self));
        case Kind::Hash: return int_(t->hash(self));
        case Kind::Len: return int_(t->len(self));
        case Kind::Iter: return t->iter(self);
        case Kind::Next: {
            Object v = t->next(self);
            if (v.null()) raise_(new_exception(StopIterationType));
            return v;
        }
        case Kind::GetItem: return t->getitem(self, arg(a, first, w->name));
        case Kind::SetItem:
            t->setitem(self, arg(a, first, w->name), arg(a, first + 1, w->name));
            return None();
        case Kind::DelItem:
            t->delitem(self, arg(a, first, w->name));
            return None();
        case Kind::Contains: return bool_(t->contains(self, arg(a, first, w->name)));
        case Kind::Bool: return bool_(t->truthy(self));
        case Kind::Call: return t->call(self, Args{a.pos + first, a.npos - first, a.kw, a.nkw});
        case Kind::Cmp: return t->richcompare(self, arg(a, first, w->name), CmpOp(w->op));
        case Kind::Bin: return t->binop(self, arg(a, first, w->name), BinOp(w->op));
        case Kind::RBin: return t->binop(arg(a, first, w->name), self, BinOp(w->op));
    }
    return None();
}

Object wrapper_call(const Object& o, const Args& a) {
    auto* w = o.as<SlotWrapperObj>();
    if (!w->self.null()) return run(w, w->self, a, 0);
    if (a.npos == 0) type_error(fmt::format("descriptor '{}' of '{}' object needs an argument", w->name, w->owner->name));
    return run(w, a[0], a, 1);
}

std::string wrapper_repr(const Object& o) {
    auto* w = o.as<SlotWrapperObj>();
    if (w->self.null()) return fmt::format("<slot wrapper '{}' of '{}' objects>", w->name, w->owner->name);
    return fmt::format("<method-wrapper '{}' of {} object at {:#x}>", w->name, type_name(w->self), w->self.bits());
}

}  // namespace

void setup_slot_wrappers() {
    for (Type* t : {&SlotWrapperType, &MethodWrapperType}) set_slots(*t, {.repr = wrapper_repr, .call = wrapper_call});
}

Object slot_wrapper(const Type* t, std::string_view name) {
    if (t == &ObjectType || is_user_class(t)) return {};
    for (const Spec& s : kSpecs)
        if (name == s.name && defines(t, s.kind)) return Object::adopt(new SlotWrapperObj(t, s.name, s.kind, s.op, {}));
    return {};
}

std::vector<const char*> slot_wrapper_names(const Type* t) {
    std::vector<const char*> names;
    if (t == &ObjectType || is_user_class(t)) return names;
    for (const Spec& s : kSpecs)
        if (defines(t, s.kind)) names.push_back(s.name);
    return names;
}

Object bind_slot_wrapper(const Object& attr, const Object& obj) {
    if (obj.null() || !isinstance_exact(attr, SlotWrapperType)) return {};
    auto* w = attr.as<SlotWrapperObj>();
    return Object::adopt(new SlotWrapperObj(w->owner, w->name, w->kind, w->op, obj));
}

}  // namespace pyco
