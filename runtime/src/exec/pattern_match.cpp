// The match statement's run-time steps (pyco/pattern_match.h), after CPython 3.11's ceval.c: match_keys,
// match_class and match_class_attr, the MATCH_SEQUENCE / MATCH_MAPPING flag tests.
#include "pyco/pattern_match.h"

#include <fmt/format.h>

#include <algorithm>

#include "internal/class_layout.h"
#include "internal/values.h"
#include "pyco/call.h"
#include "pyco/exceptions.h"
#include "pyco/ops.h"

namespace pyco {

namespace {

// CPython's _Py_TPFLAGS_MATCH_SELF: one positional sub-pattern matches the subject itself. Subclasses inherit
// it along their solid bases.
bool matches_self(const Type* t) {
    static const Type* const kinds[] = {&BoolType,     &ByteArrayType, &BytesType, &DictType, &FloatType, &FrozenSetType,
                                        &IntType,      &ListType,      &SetType,   &StrType,  &TupleType};
    for (; t; t = t->base)
        if (std::find(std::begin(kinds), std::end(kinds), t) != std::end(kinds)) return true;
    return false;
}

// The name error messages give a class: CPython's tp_name.
std::string message_name(const Type* t) { return t->tp_name.empty() ? t->name : t->tp_name; }

bool is_attribute_error(const PyExc& e) { return isinstance(e.exc, AttributeErrorType); }

// One attribute for a sub-pattern; null when the subject lacks it. An attribute named twice is an error.
Object match_class_attr(const Object& subject, const Type* type, std::string_view name,
                        std::vector<std::string_view>& seen) {
    if (std::find(seen.begin(), seen.end(), name) != seen.end())
        type_error(fmt::format("{}() got multiple sub-patterns for attribute {}", message_name(type), repr_utf8(str_(name))));
    seen.push_back(name);
    try {
        return getattr(subject, name);
    } catch (const PyExc& e) {
        if (!is_attribute_error(e)) throw;
        return Object();
    }
}

// The class's __match_args__, or null when it has none (then matches_self decides).
Object match_args_of(const Object& cls) {
    try {
        return getattr(cls, "__match_args__");
    } catch (const PyExc& e) {
        if (!is_attribute_error(e)) throw;
        return Object();
    }
}

// Appends the values of the positional sub-patterns; false when an attribute is missing.
bool positional_attrs(const Object& subject, const Object& cls, size_t n, std::vector<std::string_view>& seen,
                      std::vector<Object>& attrs) {
    const Type* type = cls.as<Type>();
    Object match_args = match_args_of(cls);
    if (!match_args.null() && !isinstance_exact(match_args, TupleType))
        type_error(fmt::format("{}.__match_args__ must be a tuple (got {})", message_name(type), type_name(match_args)));
    bool match_self = match_args.null() && matches_self(type);
    size_t allowed = match_self ? 1 : match_args.null() ? 0 : size_t(len(match_args));
    if (allowed < n)
        type_error(fmt::format("{}() accepts {} positional sub-pattern{} ({} given)", message_name(type), allowed,
                               allowed == 1 ? "" : "s", n));
    if (match_self) {
        attrs.push_back(subject);
        return true;
    }
    for (size_t i = 0; i < n; ++i) {
        Object name = getitem(match_args, int_(int64_t(i)));
        if (!isinstance_exact(name, StrType))
            type_error(fmt::format("__match_args__ elements must be strings (got {})", type_name(name)));
        Object attr = match_class_attr(subject, type, str_view(name), seen);
        if (attr.null()) return false;
        attrs.push_back(std::move(attr));
    }
    return true;
}

}  // namespace

bool match_sequence(const Object& subject) { return subject.type()->collection_flags & kCollectionSequence; }
bool match_mapping(const Object& subject) { return subject.type()->collection_flags & kCollectionMapping; }

Object match_item_from_end(const Object& subject, int64_t k) {
    Object n = int_(len(subject));
    return getitem(subject, binop(BinOp::Sub, n, int_(k)));
}

bool match_keys(const Object& subject, std::initializer_list<Object> keys, std::vector<Object>& values) {
    if (keys.size() == 0) return true;
    Object get = getattr(subject, "get");
    Object seen = set_();
    // A fresh object() as the default: no value a mapping holds can be it.
    Object dummy = call(type_object(ObjectType), {});
    for (const Object& key : keys) {
        if (contains(seen, key)) raise(ValueErrorType, fmt::format("mapping pattern checks duplicate key ({})", repr_utf8(key)));
        set_add(seen, key);
        Object value = call(get, {key, dummy});
        if (is_(value, dummy)) return false;
        values.push_back(std::move(value));
    }
    return true;
}

Object match_rest(const Object& subject, std::initializer_list<Object> keys) {
    Object rest = dict_();
    dict_update(rest, subject);
    for (const Object& key : keys) delitem(rest, key);
    return rest;
}

bool match_class(const Object& subject, const Object& cls, size_t npositional,
                 std::initializer_list<std::string_view> keywords, std::vector<Object>& attrs) {
    if (!is_type(cls)) type_error("called match pattern must be a type");
    if (!isinstance_check(subject, cls)) return false;
    std::vector<std::string_view> seen;
    if (npositional && !positional_attrs(subject, cls, npositional, seen, attrs)) return false;
    for (std::string_view name : keywords) {
        Object attr = match_class_attr(subject, cls.as<Type>(), name, seen);
        if (attr.null()) return false;
        attrs.push_back(std::move(attr));
    }
    return true;
}

}  // namespace pyco
