// The generic operations of ops.h: dispatch through the operands' Type slots in CPython's order (a subclass's
// reflected method first, then the left operand, then the right), and CPython's TypeErrors when nothing applies.
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "pyco/call.h"
#include "internal/typing_objects.h"
#include "internal/values.h"

namespace pyco {

Object set_inplace_binop(const Object& a, const Object& b, BinOp op);  // set.cpp

namespace {

bool is_notimpl(const Object& o) { return o.ptr() == &NotImplemented_obj; }

const char* op_symbol(BinOp op) {
    switch (op) {
        case BinOp::Add: return "+";
        case BinOp::Sub: return "-";
        case BinOp::Mul: return "*";
        case BinOp::MatMul: return "@";
        case BinOp::TrueDiv: return "/";
        case BinOp::FloorDiv: return "//";
        case BinOp::Mod: return "%";
        case BinOp::Pow: return "**";
        case BinOp::LShift: return "<<";
        case BinOp::RShift: return ">>";
        case BinOp::Or: return "|";
        case BinOp::Xor: return "^";
        case BinOp::And: return "&";
    }
    return "?";
}

bool is_sequence_value(const Object& o) {
    const Type* t = o.type();
    return t == &StrType || t == &ListType || t == &TupleType || t == &BytesType || t == &ByteArrayType;
}

[[noreturn]] void binop_error(BinOp op, const Object& a, const Object& b, bool inplace) {
    const Type* ta = a.type();
    if (op == BinOp::Add && (ta == &StrType || ta == &ListType || ta == &TupleType))
        type_error(fmt::format("can only concatenate {} (not \"{}\") to {}", ta->name, type_name(b), ta->name));
    if (op == BinOp::Add && (ta == &BytesType || ta == &ByteArrayType))
        type_error(fmt::format("can't concat {} to {}", type_name(b), ta->name));
    if (op == BinOp::Mul && (is_sequence_value(a) || is_sequence_value(b)))
        type_error(fmt::format("can't multiply sequence by non-int of type '{}'",
                               is_sequence_value(a) ? type_name(b) : type_name(a)));
    std::string sym = op_symbol(op);
    if (inplace) sym += "=";
    else if (op == BinOp::Pow) sym = "** or pow()";
    type_error(fmt::format("unsupported operand type(s) for {}: '{}' and '{}'", sym, type_name(a), type_name(b)));
}

// Returns null when neither operand supports the operation.
Object try_binop(BinOp op, const Object& a, const Object& b) {
    const Type* ta = a.type();
    const Type* tb = b.type();
    auto fa = ta->binop, fb = tb->binop;
    bool right_first = tb != ta && fb && fb != fa && tb->is_subtype_of(ta);
    if (right_first) {
        Object r = fb(a, b, op);
        if (!is_notimpl(r)) return r;
    }
    if (fa) {
        Object r = fa(a, b, op);
        if (!is_notimpl(r)) return r;
    }
    if (fb && fb != fa && !right_first) {
        Object r = fb(a, b, op);
        if (!is_notimpl(r)) return r;
    }
    return {};
}

CmpOp swapped(CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return CmpOp::Gt;
        case CmpOp::Le: return CmpOp::Ge;
        case CmpOp::Gt: return CmpOp::Lt;
        case CmpOp::Ge: return CmpOp::Le;
        default: return op;
    }
}

const char* cmp_symbol(CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return "<";
        case CmpOp::Le: return "<=";
        case CmpOp::Eq: return "==";
        case CmpOp::Ne: return "!=";
        case CmpOp::Gt: return ">";
        case CmpOp::Ge: return ">=";
    }
    return "?";
}

}  // namespace

// ---- arithmetic ----

Object binop_generic(BinOp op, const Object& a, const Object& b) {
    if (a.is_small() && b.is_small()) return int_binop(a, b, op);
    Object r = try_binop(op, a, b);
    if (r.null()) binop_error(op, a, b, false);
    return r;
}

Object inplace_binop_generic(BinOp op, const Object& a, const Object& b) {
    if (a.is_small() && b.is_small()) return int_binop(a, b, op);
    if (is_list(a)) {
        if (op == BinOp::Add) {
            list_extend(a, b);
            return a;
        }
        if (op == BinOp::Mul && is_intlike(b)) {
            auto& v = list_items(a);
            int64_t n = index_value(b);
            if (n <= 0) {
                v.clear();
            } else {
                std::vector<Object> copy = v;
                for (int64_t i = 1; i < n; ++i) v.insert(v.end(), copy.begin(), copy.end());
            }
            return a;
        }
    }
    if (isinstance_exact(a, SetType)) {
        Object r = set_inplace_binop(a, b, op);
        if (!r.null()) return r;
    }
    if (is_dict(a) && op == BinOp::Or) {
        dict_update_arg(a, b);
        return a;
    }
    if (auto f = a.type()->inplace) {  // __iadd__ and friends
        Object r = f(a, b, op);
        if (!is_notimpl(r)) return r;
    }
    Object r = try_binop(op, a, b);
    if (r.null()) binop_error(op, a, b, true);
    return r;
}

Object unop(UnOp op, const Object& a) {
    if (a.is_small()) return int_unop(a, op);
    const Type* t = a.type();
    if (t->unop) {
        Object r = t->unop(a, op);
        if (!r.null() && !is_notimpl(r)) return r;
    }
    const char* sym = op == UnOp::Neg ? "-" : op == UnOp::Pos ? "+" : "~";
    type_error(fmt::format("bad operand type for unary {}: '{}'", sym, type_name(a)));
}

// ---- comparison ----

Object compare(CmpOp op, const Object& a, const Object& b) {
    if (a.is_small() && b.is_small()) return bool_(cmp_holds(op, a.small_value(), b.small_value()));
    const Type* ta = a.type();
    const Type* tb = b.type();
    auto fa = ta->richcompare, fb = tb->richcompare;
    // As CPython's do_richcompare: a subclass's reflected method first, even when both share the slot
    // function (user classes do).
    bool right_first = tb != ta && fb && tb->is_subtype_of(ta);
    if (right_first) {
        Object r = fb(b, a, swapped(op));
        if (!is_notimpl(r)) return r;
    }
    if (fa) {
        Object r = fa(a, b, op);
        if (!is_notimpl(r)) return r;
    }
    if (fb && !right_first) {
        Object r = fb(b, a, swapped(op));
        if (!is_notimpl(r)) return r;
    }
    if (op == CmpOp::Eq) return bool_(is_(a, b));
    if (op == CmpOp::Ne) return bool_(!is_(a, b));
    type_error(fmt::format("'{}' not supported between instances of '{}' and '{}'", cmp_symbol(op), type_name(a),
                           type_name(b)));
}

bool compare_bool(CmpOp op, const Object& a, const Object& b) {
    if (a.is_small() && b.is_small()) return cmp_holds(op, a.small_value(), b.small_value());
    Object r = compare(op, a, b);
    if (r.ptr() == &True_obj) return true;
    if (r.ptr() == &False_obj) return false;
    return truthy(r);
}

bool eq(const Object& a, const Object& b) {
    if (a.is_small() && b.is_small()) return a.bits() == b.bits();
    return compare_bool(CmpOp::Eq, a, b);
}

bool truthy(const Object& o) {
    if (o.is_small()) return o.small_value() != 0;
    Obj* p = o.ptr();
    if (p == &True_obj) return true;
    if (p == &False_obj || p == &None_obj) return false;
    const Type* t = p->type;
    if (t->truthy) return t->truthy(o) != 0;
    if (t->len) return t->len(o) != 0;
    return true;
}

Object not_(const Object& o) { return bool_(!truthy(o)); }

int64_t hash(const Object& o) {
    if (o.is_small()) return int_hash_small(o.small_value());
    const Type* t = o.type();
    if (t->hash) return t->hash(o);
    if (t->unhashable) type_error(fmt::format("unhashable type: '{}'", type_name(o)));
    return pointer_hash(o.ptr());
}

// ---- containers ----

int64_t len(const Object& o) {
    const Type* t = o.type();
    if (!t->len) type_error(fmt::format("object of type '{}' has no len()", t->name));
    return t->len(o);
}

// A class without a metaclass __getitem__ may define __class_getitem__ (`Generic[T]`).
static Object class_getitem(const Object& cls, const Object& key) {
    // type[int]: CPython special-cases type itself, whose own __class_getitem__ every class would inherit.
    if (cls.ptr() == &TypeType) return generic_alias_(cls, key);
    Object hook = getattr_or_null(cls, "__class_getitem__");
    if (hook.null()) type_error(fmt::format("type '{}' is not subscriptable", cls.as<Type>()->name));
    return call(hook, {key});
}

Object getitem(const Object& o, const Object& key) {
    const Type* t = o.type();
    if (!t->getitem) {
        if (t->is_subtype_of(&TypeType)) return class_getitem(o, key);
        type_error(fmt::format("'{}' object is not subscriptable", t->name));
    }
    return t->getitem(o, key);
}

void setitem(const Object& o, const Object& key, const Object& v) {
    const Type* t = o.type();
    if (!t->setitem) type_error(fmt::format("'{}' object does not support item assignment", t->name));
    t->setitem(o, key, v);
}

void delitem(const Object& o, const Object& key) {
    const Type* t = o.type();
    if (!t->delitem) {
        // CPython words it by the protocol it tried: a sequence's for an integer key (every class statement's type
        // has one), the mapping's otherwise.
        bool sequence = is_user_class(t) || t->len || t->contains || t->getitem;
        type_error(fmt::format("'{}' object {} support item deletion", t->name,
                               sequence && isinstance(key, IntType) ? "doesn't" : "does not"));
    }
    t->delitem(o, key);
}

bool contains(const Object& container, const Object& item) {
    const Type* t = container.type();
    if (t->contains) return t->contains(container, item) != 0;
    if (!t->iter) type_error(fmt::format("argument of type '{}' is not iterable", t->name));
    Object it = iter(container);
    for (Object x = next(it); !x.null(); x = next(it))
        if (is_(x, item) || eq(x, item)) return true;
    return false;
}

// ---- iteration ----

Object iter(const Object& o) {
    const Type* t = o.type();
    if (!t->iter) type_error(fmt::format("'{}' object is not iterable", t->name));
    return t->iter(o);
}

Object next(const Object& it) {
    const Type* t = it.type();
    if (!t->next) type_error(fmt::format("'{}' object is not an iterator", t->name));
    return t->next(it);
}

std::vector<Object> unpack(const Object& value, size_t before, bool starred, size_t after) {
    size_t want = before + after;
    std::vector<Object> items;
    if (is_tuple(value) || is_list(value)) {
        items = is_tuple(value) ? tuple_items(value) : list_items(value);
    } else {
        if (!value.type()->iter)
            type_error(fmt::format("cannot unpack non-iterable {} object", type_name(value)));
        Object it = iter(value);
        for (Object x = next(it); !x.null(); x = next(it)) {
            items.push_back(std::move(x));
            if (!starred && items.size() > want) break;  // CPython stops reading after one too many
        }
    }
    size_t n = items.size();
    if (!starred) {
        if (n < want) value_error(fmt::format("not enough values to unpack (expected {}, got {})", want, n));
        if (n > want) value_error(fmt::format("too many values to unpack (expected {})", want));
        return items;
    }
    if (n < want) value_error(fmt::format("not enough values to unpack (expected at least {}, got {})", want, n));
    std::vector<Object> out(items.begin(), items.begin() + int64_t(before));
    out.push_back(list_from(std::vector<Object>(items.begin() + int64_t(before), items.end() - int64_t(after))));
    out.insert(out.end(), items.end() - int64_t(after), items.end());
    return out;
}

// ---- attributes ----

static Object bind(const Object& o, const Object& fn) {
    if (isinstance_exact(fn, BuiltinFunctionType)) {
        auto* bf = fn.as<BuiltinFunctionObj>();
        return Object::adopt(new BuiltinFunctionObj(bf->name, bf->fn, o));
    }
    if (isinstance_exact(fn, FunctionType)) return Object::adopt(new MethodObj(fn, o));
    // type's __prepare__ (a classmethod) read on a built-in class binds the metatype.
    if (isinstance_exact(fn, ClassMethodType) || isinstance_exact(fn, StaticMethodType))
        return bind_attribute(fn, o, o.type());
    return fn;
}

Object getattr_or_null(const Object& o, std::string_view name) {
    const Type* t = o.type();
    // The nearest getattr hook along the base chain (a Task answers Future's private attributes).
    for (const Type* c = t; c; c = c->base) {
        if (!c->getattr) continue;
        Object r = c->getattr(o, name);
        if (!r.null()) return r;
        break;
    }
    std::string key(name);
    for (const Type* c = t; c; c = c->base) {
        auto m = c->methods.find(key);
        if (m != c->methods.end()) return bind(o, m->second);
        auto a = c->attrs.find(key);
        if (a != c->attrs.end()) return a->second;
    }
    if (name == "__class__") return type_object(*t);
    // Special methods of built-in types (tuple.__len__, int.__add__...) as method-wrappers.
    if (name.size() > 4 && name.substr(0, 2) == "__")
        for (const Type* c = t; c; c = c->base)
            if (Object w = slot_wrapper(c, name); !w.null()) return bind_slot_wrapper(w, o);
    return {};
}

Object getattr(const Object& o, std::string_view name) {
    Object r = getattr_or_null(o, name);
    if (r.null()) raise_attribute_error(o, name);
    return r;
}

void setattr(const Object& o, std::string_view name, const Object& v) {
    const Type* t = o.type();
    if (t->setattr) return t->setattr(o, name, v);
    if (!getattr_or_null(o, name).null() && !isinstance_exact(o, TypeType))
        raise(AttributeErrorType, fmt::format("'{}' object attribute '{}' is read-only", t->name, name));
    if (isinstance_exact(o, TypeType))
        type_error(fmt::format("cannot set '{}' attribute of immutable type '{}'", name, o.as<Type>()->name));
    raise(AttributeErrorType, fmt::format("'{}' object has no attribute '{}'", t->name, name));
}

void delattr(const Object& o, std::string_view name) {
    const Type* t = o.type();
    if (t->setattr) return t->setattr(o, name, Object());  // a null value deletes
    raise(AttributeErrorType, fmt::format("'{}' object has no attribute '{}'", t->name, name));
}

// ---- text ----

std::string repr_utf8(const Object& o) {
    if (o.is_small()) return fmt::format_int(o.small_value()).str();
    const Type* t = o.type();
    if (t->repr) return t->repr(o);
    return default_repr(o);
}

std::string str_utf8(const Object& o) {
    if (o.is_small()) return fmt::format_int(o.small_value()).str();
    const Type* t = o.type();
    if (t == &StrType) return as_str(o)->s;
    if (t->str) return t->str(o);
    return repr_utf8(o);
}

Object repr(const Object& o) { return str_own(repr_utf8(o)); }

Object str(const Object& o) {
    if (isinstance_exact(o, StrType)) return o;
    return str_own(str_utf8(o));
}

Object ascii(const Object& o) {
    std::string r = repr_utf8(o), out;
    for (size_t i = 0; i < r.size();) {
        char32_t c = utf8_decode(r, i);
        if (c < 0x80) out.push_back(char(c));
        else if (c < 0x100) out += fmt::format("\\x{:02x}", uint32_t(c));
        else if (c < 0x10000) out += fmt::format("\\u{:04x}", uint32_t(c));
        else out += fmt::format("\\U{:08x}", uint32_t(c));
    }
    return str_ascii(std::move(out));
}

}  // namespace pyco
