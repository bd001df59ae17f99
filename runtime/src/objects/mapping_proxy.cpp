// types.MappingProxyType: a read-only view of a mapping, as CPython's Objects/descrobject.c (mappingproxy). A
// class's __dict__ is one over the class namespace, so writes through it fail instead of going unseen.
#include <fmt/format.h>

#include "internal/type_setup.h"
#include "pyco/builtins.h"
#include "internal/values.h"

namespace pyco {

Type MappingProxyType("mappingproxy", "builtins", &ObjectType);

namespace {

struct MappingProxyObj : Obj {
    Object mapping;
    explicit MappingProxyObj(Object m) : Obj(&MappingProxyType), mapping(std::move(m)) {}
};

const Object& target(const Object& o) { return o.as<MappingProxyObj>()->mapping; }

const Object& self_target(const Args& a, const char* method) {
    if (a.npos == 0 || !isinstance(a[0], MappingProxyType))
        type_error(fmt::format("descriptor '{}' for 'mappingproxy' objects doesn't apply to a '{}' object", method,
                               a.npos ? a[0].type()->name : "NoneType"));
    return target(a[0]);
}

// CPython's mappingproxy_check_mapping: anything subscriptable except a list or a tuple.
bool proxyable(const Object& m) {
    if (isinstance(m, ListType) || isinstance(m, TupleType)) return false;
    return m.type()->getitem != nullptr || !getattr_or_null(type_object(*m.type()), "__getitem__").null();
}

Object mapping_proxy_ctor(const Type&, const Args& a) {
    check_nargs("mappingproxy", a, 1, 1);
    Object m = a.npos ? a[0] : kwarg(a, "mapping");
    if (m.null()) type_error("mappingproxy() missing required argument 'mapping' (pos 1)");
    if (!proxyable(m))
        type_error(fmt::format("mappingproxy() argument must be a mapping, not {}", m.type()->name));
    return mapping_proxy(m);
}

std::string proxy_repr(const Object& o) { return "mappingproxy(" + repr_utf8(target(o)) + ")"; }
std::string proxy_str(const Object& o) { return str_utf8(target(o)); }
Object proxy_getitem(const Object& o, const Object& k) { return getitem(target(o), k); }
int64_t proxy_len(const Object& o) { return len(target(o)); }
Object proxy_iter(const Object& o) { return iter(target(o)); }
int proxy_contains(const Object& o, const Object& k) { return contains(target(o), k); }
Object proxy_richcompare(const Object& a, const Object& b, CmpOp op) { return compare(op, target(a), b); }

// `proxy | other` and `other | proxy` merge what the proxies show, as a new dict (never a proxy).
Object proxy_binop(const Object& a, const Object& b, BinOp op) {
    if (op != BinOp::Or) return NotImplemented();
    auto unwrap = [](const Object& x) { return isinstance(x, MappingProxyType) ? target(x) : x; };
    return binop(BinOp::Or, unwrap(a), unwrap(b));
}

Object m_get(const Args& a) {
    const Object& m = self_target(a, "get");
    check_nargs("get", a, 2, 3);
    return call_method(m, "get", {a[1], a.npos > 2 ? a[2] : None()});
}
Object m_keys(const Args& a) { return call_method(self_target(a, "keys"), "keys"); }
Object m_values(const Args& a) { return call_method(self_target(a, "values"), "values"); }
Object m_items(const Args& a) { return call_method(self_target(a, "items"), "items"); }
Object m_copy(const Args& a) { return call_method(self_target(a, "copy"), "copy"); }
Object m_reversed(const Args& a) { return call(builtin("reversed"), {self_target(a, "__reversed__")}); }

}  // namespace

Object mapping_proxy(const Object& mapping) { return Object::adopt(new MappingProxyObj(mapping)); }

void setup_mapping_proxy() {
    MappingProxyType.collection_flags = kCollectionMapping;  // matched by sequence/mapping patterns
    set_slots(MappingProxyType, {.repr = proxy_repr, .str = proxy_str, .unhashable = true, .richcompare = proxy_richcompare,
                                 .binop = proxy_binop, .len = proxy_len, .iter = proxy_iter, .getitem = proxy_getitem,
                                 .contains = proxy_contains});
    add_methods(MappingProxyType, {{"get", m_get}, {"keys", m_keys}, {"values", m_values}, {"items", m_items},
                                   {"copy", m_copy}, {"__reversed__", m_reversed}});
    set_type_constructor(MappingProxyType, mapping_proxy_ctor);
}

}  // namespace pyco
