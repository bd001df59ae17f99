// The Type slots of user classes (CPython's slot_* functions in typeobject.c): each calls the dunder method
// found along the instance's MRO and checks its result as CPython does. A slot is set only when a user class
// in the MRO defines one of its dunders before any built-in type provides the slot; otherwise the class
// inherits the built-in base's slot (BaseException's repr/str) or none (object: the default behaviour).
#include <fmt/format.h>

#include "pyco/generator.h"
#include "internal/class_layout.h"
#include "internal/type_setup.h"

namespace pyco {

namespace {

// Calls the special method `name` of `o`'s class, bound to `o`; null when the class has none. A plain
// function is called with `o` prepended, without making a bound method.
Object call_special(const Object& o, const char* name, std::initializer_list<Object> args) {
    const Type* owner = nullptr;
    Object m = lookup_mro_owner(o.type(), name, owner);
    if (m.null()) return {};
    if (isinstance_exact(m, FunctionType) && args.size() < 4) {
        Object pos[4] = {o};
        std::copy(args.begin(), args.end(), pos + 1);
        return call(m, Args{pos, args.size() + 1, nullptr, 0});
    }
    return call(bind_found(m, owner, o, o.type()), args);
}

bool is_notimpl(const Object& o) { return o.ptr() == &NotImplemented_obj; }

// ---- text ----

std::string text_result(const Object& r, const char* name) {
    if (!is_str(r)) type_error(fmt::format("{} returned non-string (type {})", name, type_name(r)));
    return std::string(str_view(r));
}
std::string slot_repr(const Object& o) { return text_result(call_special(o, "__repr__", {}), "__repr__"); }
std::string slot_str(const Object& o) { return text_result(call_special(o, "__str__", {}), "__str__"); }

// ---- hash and comparison ----

int64_t slot_hash(const Object& o) {
    Object r = call_special(o, "__hash__", {});
    if (!is_intlike(r)) type_error("__hash__ method should return an integer");
    if (!int_fits_int64(r)) return hash(r);  // a big int is reduced as hash(int) does
    int64_t h = int_as_int64(r);
    return h == -1 ? -2 : h;
}

const char* const kCmpNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

Object slot_richcompare(const Object& a, const Object& b, CmpOp op) {
    Object r = call_special(a, kCmpNames[int(op)], {b});
    return r.null() ? NotImplemented() : r;
}

// ---- numbers ----

struct BinNames {
    const char *name, *rname, *iname;
};
const BinNames kBinNames[] = {
    {"__add__", "__radd__", "__iadd__"},          {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},          {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},          {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__or__", "__ror__", "__ior__"},             {"__xor__", "__rxor__", "__ixor__"},
    {"__and__", "__rand__", "__iand__"},
};

Object slot_binop(const Object& a, const Object& b, BinOp op);

Object call_or_notimpl(const Object& o, const char* name, const Object& arg) {
    Object r = call_special(o, name, {arg});
    return r.null() ? NotImplemented() : r;
}

// CPython's SLOT1BINFULL: one slot serves both operand positions. When the right operand's class is a
// subclass that overrides the reflected method, that runs first.
Object slot_binop(const Object& a, const Object& b, BinOp op) {
    const BinNames& n = kBinNames[int(op)];
    const Type* ta = a.type();
    const Type* tb = b.type();
    bool do_other = ta != tb && tb->binop == slot_binop && !lookup_mro(tb, n.rname).null();
    if (ta->binop == slot_binop) {
        if (do_other && tb->is_subtype_of(ta) && !is_(lookup_mro(tb, n.rname), lookup_mro(ta, n.rname))) {
            Object r = call_or_notimpl(b, n.rname, a);
            if (!is_notimpl(r)) return r;
            do_other = false;
        }
        Object r = call_or_notimpl(a, n.name, b);
        if (!is_notimpl(r) || ta == tb) return r;
    }
    if (do_other) return call_or_notimpl(b, n.rname, a);
    return NotImplemented();
}

Object slot_inplace(const Object& a, const Object& b, BinOp op) {
    return call_or_notimpl(a, kBinNames[int(op)].iname, b);
}

const char* const kUnNames[] = {"__neg__", "__pos__", "__invert__"};

Object slot_unop(const Object& a, UnOp op) {
    Object r = call_special(a, kUnNames[int(op)], {});
    return r.null() ? NotImplemented() : r;
}

// ---- truth and length ----

int slot_truthy(const Object& o) {
    Object r = call_special(o, "__bool__", {});
    if (!isinstance_exact(r, BoolType))
        type_error(fmt::format("__bool__ should return bool, returned {}", type_name(r)));
    return r.ptr() == &True_obj;
}

int64_t slot_len(const Object& o) {
    Object r = call_special(o, "__len__", {});
    if (!is_intlike(r)) type_error(fmt::format("'{}' object cannot be interpreted as an integer", type_name(r)));
    if (int_sign(r) < 0) value_error("__len__() should return >= 0");
    if (!int_fits_int64(r)) raise(OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    return int_as_int64(r);
}

// ---- iteration ----

Object slot_iter(const Object& o) {
    Object r = call_special(o, "__iter__", {});
    if (!r.type()->next) type_error(fmt::format("iter() returned non-iterator of type '{}'", type_name(r)));
    return r;
}

// A user __next__ ends the iteration by raising StopIteration; the slot reports that as null.
Object slot_next(const Object& o) {
    try {
        return call_special(o, "__next__", {});
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, StopIterationType)) throw;
        set_stop_value(getattr(e.exc, "value"));  // what a `yield from` over this iterator evaluates to
        return {};
    }
}

// Classes with __getitem__ but no __iter__ iterate over the indices 0, 1, ... until IndexError (the old
// sequence protocol, CPython's iterobject.c).
Type SeqIterType("iterator", "builtins", &ObjectType);
struct SeqIterObj : Obj {
    Object seq;
    int64_t index = 0;
    explicit SeqIterObj(Object s) : Obj(&SeqIterType), seq(std::move(s)) {}
};
Object seq_iter(const Object& o) { return Object::adopt(new SeqIterObj(o)); }
Object seq_iter_next(const Object& it) {
    auto* s = it.as<SeqIterObj>();
    if (s->seq.null()) return {};
    try {
        return getitem(s->seq, int_(s->index++));
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, IndexErrorType) && !isinstance(e.exc, StopIterationType)) throw;
        s->seq = Object();
        return {};
    }
}

// ---- items, membership, calls ----

Object slot_getitem(const Object& o, const Object& key) { return call_special(o, "__getitem__", {key}); }
Object dict_missing_getitem(const Object& o, const Object& key) {
    Object v = dict_get(o, key);
    return v.null() ? call_special(o, "__missing__", {key}) : v;
}
void slot_setitem(const Object& o, const Object& key, const Object& v) { call_special(o, "__setitem__", {key, v}); }
void slot_delitem(const Object& o, const Object& key) { call_special(o, "__delitem__", {key}); }
int slot_contains(const Object& o, const Object& item) { return truthy(call_special(o, "__contains__", {item})); }
Object slot_call(const Object& o, const Args& a) { return call(special_method(o, "__call__"), a); }

// ---- computing the slots ----

// Which class of the MRO provides a slot: a user class defining one of `names` (`*value` gets the attribute:
// None disables the slot), or a built-in type for which `builtin` says it has the slot. Null when none does.
template <class F>
const Type* provider(const ClassObj* cls, std::initializer_list<const char*> names, F builtin, Object* value = nullptr) {
    for (const Type* t : cls->mro) {
        if (is_user_class(t)) {
            for (const char* n : names) {
                Object v = dict_get(as_class(t)->dict, str_(n));
                if (v.null()) continue;
                if (value) *value = v;
                return t;
            }
        } else if (builtin(t)) {
            return t;
        }
    }
    return nullptr;
}

// Sets `slot` to the user slot function, the built-in provider's slot, or null.
template <class S>
void inherit(ClassObj* cls, S TypeSlots::*slot, S user_fn, std::initializer_list<const char*> names) {
    Object v;
    const Type* p = provider(cls, names, [&](const Type* t) { return t->*slot != nullptr; }, &v);
    if (!p) cls->*slot = nullptr;
    else if (!is_user_class(p)) cls->*slot = p->*slot;
    else cls->*slot = is_none(v) ? nullptr : user_fn;
}

void update_hash(ClassObj* cls) {
    Object v;
    const Type* p = provider(cls, {"__hash__"}, [](const Type* t) { return t->hash || t->unhashable; }, &v);
    cls->hash = nullptr;
    cls->unhashable = false;
    if (!p) return;
    if (!is_user_class(p)) {
        cls->hash = p->hash;
        cls->unhashable = p->unhashable;
    } else if (is_none(v)) {
        cls->unhashable = true;
    } else {
        cls->hash = slot_hash;
    }
}

void update_iter(ClassObj* cls) {
    inherit(cls, &TypeSlots::iter, &slot_iter, {"__iter__"});
    if (!cls->iter && cls->getitem && !provider(cls, {"__iter__"}, [](const Type*) { return false; }))
        cls->iter = seq_iter;
}

void update_own_slots(ClassObj* c) {
    bool metaclass = c->layout == Layout::Type;  // its instances are classes
    c->getattr = metaclass ? metaclass_instance_getattr : instance_getattr;
    c->setattr = metaclass ? metaclass_instance_setattr : instance_setattr;
    c->has_getattribute = !user_special(c, "__getattribute__").null();
    c->has_getattr = !user_special(c, "__getattr__").null();
    c->has_setattr = !user_special(c, "__setattr__").null();
    c->has_delattr = !user_special(c, "__delattr__").null();
    inherit(c, &TypeSlots::repr, &slot_repr, {"__repr__"});
    inherit(c, &TypeSlots::str, &slot_str, {"__str__"});
    update_hash(c);
    inherit(c, &TypeSlots::richcompare, &slot_richcompare, {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"});
    inherit(c, &TypeSlots::binop, &slot_binop,
            {"__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__matmul__", "__rmatmul__",
             "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__",
             "__rpow__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__or__", "__ror__", "__xor__",
             "__rxor__", "__and__", "__rand__"});
    inherit(c, &TypeSlots::inplace, &slot_inplace,
            {"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__ifloordiv__", "__imod__",
             "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__"});
    inherit(c, &TypeSlots::unop, &slot_unop, {"__neg__", "__pos__", "__invert__"});
    inherit(c, &TypeSlots::truthy, &slot_truthy, {"__bool__"});
    inherit(c, &TypeSlots::len, &slot_len, {"__len__"});
    inherit(c, &TypeSlots::getitem, &slot_getitem, {"__getitem__"});
    // dict subclasses: a missing key goes to __missing__ (CPython's dict_subscript).
    if (c->layout == Layout::Dict && c->getitem == DictType.getitem && !user_special(c, "__missing__").null())
        c->getitem = dict_missing_getitem;
    inherit(c, &TypeSlots::setitem, &slot_setitem, {"__setitem__"});
    inherit(c, &TypeSlots::delitem, &slot_delitem, {"__delitem__"});
    inherit(c, &TypeSlots::contains, &slot_contains, {"__contains__"});
    inherit(c, &TypeSlots::call, &slot_call, {"__call__"});
    inherit(c, &TypeSlots::next, &slot_next, {"__next__"});
    update_iter(c);
}

}  // namespace

void setup_special_methods() { set_iterator_type(SeqIterType, seq_iter_next); }

void update_slots(ClassObj* cls) {
    update_own_slots(cls);
    for (ClassObj* sub : cls->subclasses) update_slots(sub);
}

}  // namespace pyco
