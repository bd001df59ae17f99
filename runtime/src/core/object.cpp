// The root of the object model: the singletons, Type itself, `object`, None, bool, Ellipsis and NotImplemented,
// and the helpers every value's implementation shares (default repr, repr recursion guard, identity hash).
#include <fmt/format.h>

#include <unordered_map>

#include "pyco/builtins.h"
#include "pyco/classes.h"
#include "internal/typing_objects.h"
#include "internal/values.h"
#include "internal/type_setup.h"
#include "internal/class_lookup.h"

namespace pyco {

Type TypeType("type", "builtins", &ObjectType);
Type ObjectType("object", "builtins", nullptr);
Type NoneType("NoneType", "builtins", &ObjectType);
Type BoolType("bool", "builtins", &IntType);
Type EllipsisType("ellipsis", "builtins", &ObjectType);
Type NotImplementedType("NotImplementedType", "builtins", &ObjectType);

Obj None_obj(&NoneType), True_obj(&BoolType), False_obj(&BoolType), Ellipsis_obj(&EllipsisType),
    NotImplemented_obj(&NotImplementedType);

Type::Type(std::string n, std::string m, const Type* b)
    : Obj(&TypeType), name(std::move(n)), module(std::move(m)), base(b) {
    refcnt = kImmortal;  // built-in types are statics; user classes may lower it after construction
}

bool Type::is_subtype_of(const Type* other) const noexcept {
    if (!mro.empty()) {  // a user class: multiple inheritance, so its ancestors are its MRO
        for (const Type* t : mro)
            if (t == other) return true;
        return false;
    }
    for (const Type* t = this; t; t = t->base)
        if (t == other) return true;
    return false;
}

std::string Type::qualified_name() const {
    const std::string& n = qualname.empty() ? name : qualname;
    if (module == "builtins") return n;
    return module + "." + n;
}

// ---- shared helpers ----

void type_error(const std::string& msg) { raise(TypeErrorType, msg); }
void value_error(const std::string& msg) { raise(ValueErrorType, msg); }

int64_t pointer_hash(const void* p) noexcept {
    // CPython rotates the address by 4 bits: the low bits of an aligned pointer carry no information.
    uint64_t y = reinterpret_cast<uintptr_t>(p);
    int64_t h = int64_t((y >> 4) | (y << 60));
    return h == -1 ? -2 : h;
}

std::string addr_str(const void* p) { return fmt::format("{:#x}", reinterpret_cast<uintptr_t>(p)); }

std::string default_repr(const Object& o) {
    return fmt::format("<{} object at {}>", o.type()->qualified_name(), addr_str(o.ptr()));
}

namespace {
thread_local std::vector<const Obj*> tl_repr_stack;
}

ReprGuard::ReprGuard(const Obj* o) : o_(o), active_(true) {
    for (const Obj* p : tl_repr_stack)
        if (p == o) { active_ = false; return; }
    tl_repr_stack.push_back(o);
}
ReprGuard::~ReprGuard() {
    if (active_) tl_repr_stack.pop_back();
}

void check_kwargs(const char* fname, const Args& a, std::initializer_list<std::string_view> allowed) {
    for (size_t i = 0; i < a.nkw; ++i) {
        bool ok = false;
        for (auto n : allowed) ok |= n == a.kw[i].name;
        if (!ok) type_error(fmt::format("{}() got an unexpected keyword argument '{}'", fname, a.kw[i].name));
    }
}

void check_c_kwargs(const char* fname, const Args& a, std::initializer_list<std::string_view> allowed) {
    for (size_t i = 0; i < a.nkw; ++i) {
        bool ok = false;
        for (auto n : allowed) ok |= n == a.kw[i].name;
        if (!ok) type_error(fmt::format("'{}' is an invalid keyword argument for {}()", a.kw[i].name, fname));
    }
}

void check_method_nargs(const char* qualname, const Args& a, size_t min, size_t max, MethodConv conv) {
    size_t n = a.npos ? a.npos - 1 : 0;  // without self
    if (n >= min && n <= max) return;
    if (conv == MethodConv::NoArgs) type_error(fmt::format("{}() takes no arguments ({} given)", qualname, n));
    if (conv == MethodConv::One) type_error(fmt::format("{}() takes exactly one argument ({} given)", qualname, n));
    // Argument Clinic and PyArg_ParseTuple name the method without its type.
    std::string_view name(qualname);
    if (auto dot = name.rfind('.'); dot != std::string_view::npos) name.remove_prefix(dot + 1);
    size_t bound = n < min ? min : max;
    if (conv == MethodConv::VarArgs) {
        const char* how = min == max ? "exactly" : n < min ? "at least" : "at most";
        type_error(fmt::format("{}() takes {} {} argument{} ({} given)", name, how, bound, bound == 1 ? "" : "s", n));
    }
    const char* how = min == max ? "" : n < min ? "at least " : "at most ";
    type_error(fmt::format("{} expected {}{} argument{}, got {}", name, how, bound, bound == 1 ? "" : "s", n));
}

// ---- types as values ----

std::string type_name(const Object& o) {
    const Type* t = o.type();
    return t->tp_name.empty() ? t->name : t->tp_name;
}
bool isinstance(const Object& o, const Type& t) noexcept { return o.type()->is_subtype_of(&t); }
Object type_object(const Type& t) { return Object::borrow(const_cast<Type*>(&t)); }

namespace {

std::unordered_map<const Type*, TypeCtor>& ctor_table() {
    static std::unordered_map<const Type*, TypeCtor> table;
    return table;
}

// Exception classes without a registered constructor: type(*args) stores the arguments.
Object construct_exception(const Type& cls, const Args& a) {
    if (a.nkw) type_error(cls.name + "() takes no keyword arguments");
    Object e = new_exception(cls);
    std::vector<Object> args(a.pos, a.pos + a.npos);
    e.as<ExceptionObj>()->args = tuple_from(std::move(args));
    return e;
}

Object type_call(const Object& f, const Args& a) {
    const Type* cls = f.as<Type>();
    if (is_user_class(cls)) return call_user_class(*cls, a);
    auto& table = ctor_table();
    for (const Type* t = cls; t; t = t->base) {
        auto it = table.find(t);
        if (it != table.end()) return it->second(*cls, a);
    }
    if (cls->is_subtype_of(&BaseExceptionType)) return construct_exception(*cls, a);
    type_error(fmt::format("cannot create '{}' instances", cls->qualified_name()));
}

std::string type_repr(const Object& o) { return fmt::format("<class '{}'>", o.as<Type>()->qualified_name()); }

Object type_getattr(const Object& o, std::string_view name) {
    const Type* cls = o.as<Type>();
    if (is_user_class(cls)) return user_class_getattr(o, name);
    if (name == "__name__" || name == "__qualname__") return str_(cls->name);
    if (name == "__module__") return str_(cls->module);
    if (name == "__base__") return cls->base ? type_object(*cls->base) : None();
    std::string key(name);
    for (const Type* t = cls; t; t = t->base) {
        auto a = t->attrs.find(key);
        if (a != t->attrs.end()) return a->second;
        auto m = t->methods.find(key);
        if (m == t->methods.end()) continue;
        // Unbound: called with the instance first; type's __new__ and __prepare__ bind as CPython's do.
        const Type* kind = m->second.type();
        if (kind == &StaticMethodType || kind == &ClassMethodType) return bind_attribute(m->second, Object(), cls);
        return m->second;
    }
    return builtin_class_getattr(cls, name);  // __mro__, __dict__, object's methods, ...
}

int64_t type_hash(const Object& o) { return pointer_hash(o.ptr()); }

// `int | None` makes a types.UnionType.
Object type_binop(const Object& a, const Object& b, BinOp op) {
    return op == BinOp::Or ? union_type_or(a, b) : NotImplemented();
}

// ---- None, Ellipsis, NotImplemented ----
std::string none_repr(const Object&) { return "None"; }
int none_truthy(const Object&) { return 0; }
std::string ellipsis_repr(const Object&) { return "Ellipsis"; }
std::string notimpl_repr(const Object&) { return "NotImplemented"; }

// ---- bool: an int whose repr is a word and whose &, |, ^ stay bool ----
std::string bool_repr(const Object& o) { return o.ptr() == &True_obj ? "True" : "False"; }
int64_t bool_hash(const Object& o) { return o.ptr() == &True_obj ? 1 : 0; }
int bool_truthy(const Object& o) { return o.ptr() == &True_obj; }
bool is_bool(const Object& o) { return o.is_ptr() && o.ptr()->type == &BoolType; }

Object bool_binop(const Object& a, const Object& b, BinOp op) {
    if ((op == BinOp::And || op == BinOp::Or || op == BinOp::Xor) && is_bool(a) && is_bool(b)) {
        bool x = a.ptr() == &True_obj, y = b.ptr() == &True_obj;
        return bool_(op == BinOp::And ? (x && y) : op == BinOp::Or ? (x || y) : (x != y));
    }
    return int_binop(a, b, op);
}

Object object_ctor(const Type& cls, const Args& a) {
    if (a.npos || a.nkw) type_error("object() takes no arguments");
    return Object::adopt(new Obj(&cls));
}
Object bool_ctor(const Type&, const Args& a) {
    check_no_kwargs("bool", a);
    check_nargs("bool", a, 0, 1);
    return bool_(a.npos && truthy(a[0]));
}
Object none_ctor(const Type&, const Args& a) {
    if (a.npos || a.nkw) type_error("NoneType takes no arguments");
    return None();
}

}  // namespace

void setup_object() {
    for (Obj* o : {&None_obj, &True_obj, &False_obj, &Ellipsis_obj, &NotImplemented_obj}) o->refcnt = kImmortal;
    set_slots(TypeType, {.repr = type_repr, .hash = type_hash, .binop = type_binop, .call = type_call, .getattr = type_getattr,
                         .setattr = class_setattr});
    set_slots(NoneType, {.repr = none_repr, .truthy = none_truthy});
    set_slots(EllipsisType, {.repr = ellipsis_repr});
    set_slots(NotImplementedType, {.repr = notimpl_repr});
    set_slots(BoolType, {.repr = bool_repr, .hash = bool_hash, .richcompare = int_richcompare, .binop = bool_binop,
                         .unop = int_unop, .truthy = bool_truthy});
    set_type_constructor(ObjectType, object_ctor);
    set_type_constructor(BoolType, bool_ctor);
    set_type_constructor(NoneType, none_ctor);
}

void set_type_constructor(const Type& t, TypeCtor ctor) { ctor_table()[&t] = ctor; }

}  // namespace pyco
