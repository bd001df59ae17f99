// The method resolution order of a new class (C3, as CPython's mro_implementation) and the checks on its
// bases that decide what its instances are made of (CPython's best_base / solid_base).
#include <fmt/format.h>

#include <algorithm>

#include "internal/class_layout.h"

namespace pyco {

std::vector<const Type*> mro_of(const Type* t) {
    if (is_user_class(t)) return t->mro;
    std::vector<const Type*> out;
    for (; t; t = t->base) out.push_back(t);
    return out;
}

namespace {

bool in_tail(const std::vector<const Type*>& list, size_t head, const Type* t) {
    return std::find(list.begin() + int64_t(head) + 1, list.end(), t) != list.end();
}

// CPython lists the heads that could not be placed, each once, in the order it met them.
[[noreturn]] void raise_mro_error(const std::vector<std::vector<const Type*>>& lists, const std::vector<size_t>& heads) {
    std::vector<const Type*> seen;
    for (size_t i = 0; i < lists.size(); ++i)
        if (heads[i] < lists[i].size() && std::find(seen.begin(), seen.end(), lists[i][heads[i]]) == seen.end())
            seen.push_back(lists[i][heads[i]]);
    std::string names;
    for (const Type* t : seen) names += (names.empty() ? "" : ", ") + t->name;
    type_error("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
}

}  // namespace

std::vector<const Type*> compute_mro(const std::vector<const Type*>& bases) {
    if (bases.size() == 1) return mro_of(bases[0]);
    std::vector<std::vector<const Type*>> lists;
    for (const Type* b : bases) lists.push_back(mro_of(b));
    lists.push_back(bases);
    std::vector<size_t> heads(lists.size(), 0);
    std::vector<const Type*> out;
    for (;;) {
        bool empty = true, placed = false;
        for (size_t i = 0; i < lists.size() && !placed; ++i) {
            if (heads[i] >= lists[i].size()) continue;
            empty = false;
            const Type* candidate = lists[i][heads[i]];
            bool blocked = false;
            for (size_t j = 0; j < lists.size() && !blocked; ++j) blocked = in_tail(lists[j], heads[j], candidate);
            if (blocked) continue;
            out.push_back(candidate);
            for (size_t j = 0; j < lists.size(); ++j)
                if (heads[j] < lists[j].size() && lists[j][heads[j]] == candidate) ++heads[j];
            placed = true;
        }
        if (empty) return out;
        if (!placed) raise_mro_error(lists, heads);
    }
}

namespace {

// Built-in types CPython refuses as bases (no Py_TPFLAGS_BASETYPE).
bool final_type(const Type* t) {
    for (const Type* f : {&BoolType, &NoneType, &FunctionType, &BuiltinFunctionType, &MethodType, &RangeType,
                          &SliceType, &CellType, &EllipsisType, &NotImplementedType, &PropertyType, &StaticMethodType,
                          &ClassMethodType, &SuperType})
        if (t == f) return true;
    return false;
}

Layout layout_of(const Type* t) {
    if (is_user_class(t)) return as_class(t)->layout;
    if (t->is_subtype_of(&BaseExceptionType)) return Layout::Exception;
    if (t == &ObjectType) return Layout::Object;
    if (t == &ListType) return Layout::List;
    if (t == &DictType) return Layout::Dict;
    if (t->is_subtype_of(&TypeType)) return Layout::Type;
    if (t->native_layout) return t->native_layout->allocate ? Layout::Native : Layout::Object;
    // Tuple types made at run time (collections.namedtuple) have the tuple layout; tuple itself is not yet a base.
    if (t != &TupleType && t->is_subtype_of(&TupleType)) return Layout::Tuple;
    if (final_type(t)) type_error(fmt::format("type '{}' is not an acceptable base type", t->name));
    // int, str, list, dict, ... are valid bases in CPython; their instances need the built-in layout.
    type_error(fmt::format("pyco does not support subclassing the built-in type '{}'", t->name));
}

const Type* native_base_of(const Type* t) {
    if (is_user_class(t)) return as_class(t)->native_base;
    return t->native_layout && t->native_layout->allocate ? t : nullptr;
}

}  // namespace

const Type* native_base(const std::vector<const Type*>& bases) {
    const Type* native = nullptr;
    for (const Type* b : bases)
        if (const Type* n = native_base_of(b); n && (!native || n->is_subtype_of(native))) native = n;
    return native;
}

Layout check_layout(const std::vector<const Type*>& bases) {
    Layout best = Layout::Object;
    const Type* native = native_base(bases);
    for (const Type* b : bases) {
        Layout l = layout_of(b);
        if (l == Layout::Object) continue;
        if (best != Layout::Object && best != l) type_error("multiple bases have instance lay-out conflict");
        // Built-in bases of the native kind must lie on one line of descent (the loop's classes): the most
        // derived of them extends every other.
        if (const Type* n = native_base_of(b); n && !native->is_subtype_of(n))
            type_error("multiple bases have instance lay-out conflict");
        best = l;
    }
    return best;
}

}  // namespace pyco
