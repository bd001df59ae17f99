// Type objects: a Python class is a `Type`, an Obj itself, holding the slots the runtime dispatches through.
// Built-in types are statics defined next to their implementation; a slot left null means "not supported" and
// the generic operation raises CPython's TypeError for it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "object.h"

namespace pyco {

struct Args;
enum class BinOp : uint8_t { Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, Or, Xor, And };
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
// Whether `x op y` holds, for anything ordered: machine integers, sizes, a three-way result against 0.
template <class T>
constexpr bool cmp_holds(CmpOp op, const T& x, const T& y) noexcept {
    switch (op) {
        case CmpOp::Lt: return x < y;
        case CmpOp::Le: return x <= y;
        case CmpOp::Eq: return x == y;
        case CmpOp::Ne: return x != y;
        case CmpOp::Gt: return x > y;
        case CmpOp::Ge: return x >= y;
    }
    return false;
}
enum class UnOp : uint8_t { Neg, Pos, Invert };

// The operations a type supports, each a function the runtime dispatches through; a null slot means "not
// supported" and the generic operation raises CPython's TypeError. A built-in type's setup function sets them all
// at once, `set_slots(ListType, {.repr = ..., .len = ...})` (docs/design.md, "Type setup"); user classes compute
// them from their dunder methods (classes.h).
struct TypeSlots {
    using ReprFn = std::string (*)(const Object&);
    ReprFn repr = nullptr;  // null: "<module.name object at 0x...>"
    ReprFn str = nullptr;   // null: repr
    int64_t (*hash)(const Object&) = nullptr;                               // null: identity hash
    bool unhashable = false;                                                // list, dict, set: TypeError
    Object (*richcompare)(const Object&, const Object&, CmpOp) = nullptr;   // NotImplemented when unsupported
    Object (*binop)(const Object&, const Object&, BinOp) = nullptr;         // NotImplemented when unsupported
    Object (*inplace)(const Object&, const Object&, BinOp) = nullptr;       // a += b; null or NotImplemented: binop
    Object (*unop)(const Object&, UnOp) = nullptr;
    int (*truthy)(const Object&) = nullptr;                                 // null: len, else true
    int64_t (*len)(const Object&) = nullptr;
    Object (*iter)(const Object&) = nullptr;
    Object (*next)(const Object&) = nullptr;  // returns null at the end instead of raising StopIteration
    Object (*getitem)(const Object&, const Object&) = nullptr;
    void (*setitem)(const Object&, const Object&, const Object&) = nullptr;
    void (*delitem)(const Object&, const Object&) = nullptr;
    int (*contains)(const Object&, const Object&) = nullptr;               // null: iterate
    Object (*call)(const Object&, const Args&) = nullptr;
    // Instance attribute hooks; null: look up `methods`/`attrs` along the base chain only.
    Object (*getattr)(const Object&, std::string_view) = nullptr;          // null Object: not found
    void (*setattr)(const Object&, std::string_view, const Object&) = nullptr;
};

struct Type : Obj, TypeSlots {
    std::string name;       // __name__, e.g. "Task"
    std::string module;     // "builtins", "asyncio", "_asyncio", "__main__"
    // CPython's tp_name, what error messages call the type, where it is not `name`: a type written in C outside
    // the builtins module is named with its module ("collections.deque"). Empty: `name`.
    std::string tp_name;
    const Type* base;       // single inheritance for the built-in hierarchy
    // Methods take the instance as their first positional argument and are bound on attribute access.
    std::unordered_map<std::string, Object> methods;
    // Class-level attributes returned as they are (constants, nested types).
    std::unordered_map<std::string, Object> attrs;

    // User classes (classes.h): __qualname__, and the C3 linearisation with the class itself first. Built-in
    // types leave both empty: their ancestry is the `base` chain.
    std::string qualname;
    std::vector<const Type*> mro;
    // A built-in type whose instances are C++ objects that user classes may extend (the asyncio loop): how a
    // subclass instance is made (internal/class_layout.h). Null: the type is no base of that kind.
    const struct NativeLayout* native_layout = nullptr;
    // CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING: what match's sequence and mapping patterns accept.
    // Built-in types set them in their setup; a class inherits them along its MRO, and an ABC passes its own
    // to the classes registered with it (runtime/src/exec/pattern_match.cpp).
    uint8_t collection_flags = 0;

    Type(std::string name, std::string module, const Type* base);
    bool is_subtype_of(const Type* other) const noexcept;
    // "module.name" for messages, just "name" for builtins.
    std::string qualified_name() const;
};

enum CollectionFlag : uint8_t { kCollectionSequence = 1, kCollectionMapping = 2 };

extern Type TypeType, ObjectType, NoneType, BoolType, FloatType, StrType, BytesType, ListType, TupleType, DictType,
    SetType, FrozenSetType, RangeType, SliceType, FunctionType, BuiltinFunctionType, MethodType, ModuleType,
    CellType, EllipsisType, NotImplementedType;

// How calling a class makes an instance (`int("3")`, `ValueError("x")`, a user class): one constructor per type,
// found along the base chain of the class called (`cls`, passed so that subclasses construct themselves).
// Exception classes without one get BaseException's behaviour: the positional arguments become `args`.
using TypeCtor = Object (*)(const Type& cls, const Args& args);
void set_type_constructor(const Type& t, TypeCtor ctor);

inline bool isinstance_exact(const Object& o, const Type& t) noexcept { return o.is_ptr() && o.ptr()->type == &t; }
inline bool is_int(const Object& o) noexcept { return o.is_small() || (o.is_ptr() && o.ptr()->type == &IntType); }

}  // namespace pyco
