// collections.deque (CPython's Modules/_collectionsmodule.c): a double-ended queue with an optional maximum
// length, its iterators, and CPython's errors ("pop from an empty deque", "deque mutated during iteration").
#include <fmt/format.h>

#include <algorithm>
#include <deque>

#include "internal.h"
#include "internal/typing_objects.h"
#include "internal/module_args.h"
#include "internal/module_registry.h"
#include "internal/type_setup.h"
#include "internal/values.h"

namespace pyco::collections {

namespace {

Type DequeType("deque", "collections", &ObjectType);
Type DequeIterType("_deque_iterator", "_collections", &ObjectType);
Type DequeRevIterType("_deque_reverse_iterator", "_collections", &ObjectType);

struct DequeObj : Obj {
    std::deque<Object> items;
    int64_t maxlen = -1;  // -1: unbounded
    uint64_t state = 0;   // bumped by every mutation, so that iterators notice
    DequeObj() : Obj(&DequeType) {}
};

DequeObj* dq(const Object& o) { return o.as<DequeObj>(); }

// ---- mutation primitives honouring maxlen ----

void push_right(DequeObj* d, const Object& x) {
    if (d->maxlen == 0) return;
    d->items.push_back(x);
    if (d->maxlen > 0 && int64_t(d->items.size()) > d->maxlen) d->items.pop_front();
    ++d->state;
}

void push_left(DequeObj* d, const Object& x) {
    if (d->maxlen == 0) return;
    d->items.push_front(x);
    if (d->maxlen > 0 && int64_t(d->items.size()) > d->maxlen) d->items.pop_back();
    ++d->state;
}

void extend_right(DequeObj* d, const Object& iterable) {
    // d.extend(d) reads a copy: the deque changes while it is read.
    std::vector<Object> items = to_vector(iterable);
    for (const Object& x : items) push_right(d, x);
}

void extend_left(DequeObj* d, const Object& iterable) {
    std::vector<Object> items = to_vector(iterable);
    for (const Object& x : items) push_left(d, x);
}

Object deque_of(const DequeObj* src) {
    auto* d = new DequeObj();
    d->items = src->items;
    d->maxlen = src->maxlen;
    return Object::adopt(d);
}

// ---- construction and slots ----

Object deque_ctor(const Type&, const Args& a) {
    std::vector<Object> v = clinic_args("deque", a, {"iterable", "maxlen"}, 0);
    auto* d = new DequeObj();
    Object self = Object::adopt(d);
    if (!v[1].null() && !is_none(v[1])) {
        d->maxlen = index_value(v[1]);
        if (d->maxlen < 0) value_error("maxlen must be non-negative");
    }
    if (!v[0].null()) extend_right(d, v[0]);
    return self;
}

std::string deque_repr(const Object& o) {
    ReprGuard guard(o.ptr());
    if (!guard.active()) return "[...]";
    DequeObj* d = dq(o);
    std::vector<Object> items(d->items.begin(), d->items.end());
    std::string list = sequence_repr(items, "[", "]");
    if (d->maxlen < 0) return fmt::format("deque({})", list);
    return fmt::format("deque({}, maxlen={})", list, d->maxlen);
}

int64_t deque_len(const Object& o) { return int64_t(dq(o)->items.size()); }

size_t deque_index_arg(DequeObj* d, const Object& key) {
    if (!is_intlike(key)) type_error(fmt::format("sequence index must be integer, not '{}'", type_name(key)));
    return size_t(seq_index(key, int64_t(d->items.size()), "deque"));
}

Object deque_getitem(const Object& o, const Object& key) {
    DequeObj* d = dq(o);
    return d->items[deque_index_arg(d, key)];
}

void deque_setitem(const Object& o, const Object& key, const Object& v) {
    DequeObj* d = dq(o);
    d->items[deque_index_arg(d, key)] = v;
}

void deque_delitem(const Object& o, const Object& key) {
    DequeObj* d = dq(o);
    size_t i = deque_index_arg(d, key);
    d->items.erase(d->items.begin() + ptrdiff_t(i));
    ++d->state;
}

int deque_contains(const Object& o, const Object& x) {
    DequeObj* d = dq(o);
    uint64_t state = d->state;
    for (size_t i = 0; i < d->items.size(); ++i) {
        Object item = d->items[i];
        if (eq(item, x)) return 1;
        if (d->state != state) raise(RuntimeErrorType, "deque mutated during iteration");
    }
    return 0;
}

Object deque_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!isinstance_exact(b, DequeType)) return NotImplemented();
    std::vector<Object> x(dq(a)->items.begin(), dq(a)->items.end());
    std::vector<Object> y(dq(b)->items.begin(), dq(b)->items.end());
    return sequence_compare(x, y, op);
}

Object deque_binop(const Object& a, const Object& b, BinOp op) {
    if (op != BinOp::Add || !isinstance_exact(a, DequeType)) return NotImplemented();
    if (!isinstance_exact(b, DequeType))
        type_error(fmt::format("can only concatenate deque (not \"{}\") to deque", type_name(b)));
    Object r = deque_of(dq(a));
    extend_right(dq(r), b);
    return r;
}

Object deque_inplace(const Object& a, const Object& b, BinOp op) {
    if (op != BinOp::Add) return NotImplemented();
    extend_right(dq(a), b);
    return a;
}

// ---- iterators ----

struct DequeIterObj : Obj {
    Object deque;
    size_t pos = 0;  // items given so far
    uint64_t state;
    DequeIterObj(const Type* t, Object d) : Obj(t), deque(std::move(d)), state(dq(deque)->state) {}
};

Object deque_iter_next(const Object& o) {
    auto* it = o.as<DequeIterObj>();
    DequeObj* d = dq(it->deque);
    if (d->state != it->state) raise(RuntimeErrorType, "deque mutated during iteration");
    if (it->pos >= d->items.size()) return {};
    size_t i = it->type == &DequeRevIterType ? d->items.size() - 1 - it->pos : it->pos;
    ++it->pos;
    return d->items[i];
}

Object deque_iter(const Object& o) { return Object::adopt(new DequeIterObj(&DequeIterType, o)); }

// ---- methods ----

Object m_append(const Args& a) {
    check_nargs("append", a, 2, 2);
    push_right(dq(a[0]), a[1]);
    return None();
}
Object m_appendleft(const Args& a) {
    check_nargs("appendleft", a, 2, 2);
    push_left(dq(a[0]), a[1]);
    return None();
}
Object pop_end(const Args& a, const char* name, bool left) {
    check_nargs(name, a, 1, 1);
    DequeObj* d = dq(a[0]);
    if (d->items.empty()) raise(IndexErrorType, "pop from an empty deque");
    Object x = left ? d->items.front() : d->items.back();
    if (left)
        d->items.pop_front();
    else
        d->items.pop_back();
    ++d->state;
    return x;
}
Object m_pop(const Args& a) { return pop_end(a, "pop", false); }
Object m_popleft(const Args& a) { return pop_end(a, "popleft", true); }
Object m_extend(const Args& a) {
    check_nargs("extend", a, 2, 2);
    extend_right(dq(a[0]), a[1]);
    return None();
}
Object m_extendleft(const Args& a) {
    check_nargs("extendleft", a, 2, 2);
    extend_left(dq(a[0]), a[1]);
    return None();
}
Object m_rotate(const Args& a) {
    check_nargs("rotate", a, 1, 2);
    DequeObj* d = dq(a[0]);
    int64_t n = a.npos > 1 ? index_value(a[1]) : 1;
    int64_t size = int64_t(d->items.size());
    if (size <= 1) return None();
    n = ((n % size) + size) % size;  // rotating right by n
    std::rotate(d->items.begin(), d->items.end() - n, d->items.end());
    ++d->state;
    return None();
}
Object m_clear(const Args& a) {
    check_nargs("clear", a, 1, 1);
    dq(a[0])->items.clear();
    ++dq(a[0])->state;
    return None();
}
Object m_count(const Args& a) {
    check_nargs("count", a, 2, 2);
    int64_t n = 0;
    for (const Object& x : std::deque<Object>(dq(a[0])->items)) n += eq(x, a[1]);
    return int_(n);
}
// The start/stop of index(): clamped like slice bounds.
int64_t clamp_index(const Object& v, int64_t size) {
    int64_t i = index_value(v);
    if (i < 0) i = std::max<int64_t>(i + size, 0);
    return std::min(i, size);
}
Object m_index(const Args& a) {
    check_nargs("index", a, 2, 4);
    DequeObj* d = dq(a[0]);
    int64_t size = int64_t(d->items.size());
    int64_t start = a.npos > 2 ? clamp_index(a[2], size) : 0;
    int64_t stop = a.npos > 3 ? clamp_index(a[3], size) : size;
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < int64_t(d->items.size()); ++i) {
        Object item = d->items[size_t(i)];
        if (eq(item, a[1])) return int_(i);
        if (d->state != state) raise(RuntimeErrorType, "deque mutated during iteration");
    }
    value_error(fmt::format("{} is not in deque", repr_utf8(a[1])));
}
Object m_remove(const Args& a) {
    check_nargs("remove", a, 2, 2);
    DequeObj* d = dq(a[0]);
    uint64_t state = d->state;
    for (size_t i = 0; i < d->items.size(); ++i) {
        Object item = d->items[i];
        bool equal = eq(item, a[1]);
        if (d->state != state) raise(IndexErrorType, "deque mutated during iteration");
        if (equal) {
            d->items.erase(d->items.begin() + ptrdiff_t(i));
            ++d->state;
            return None();
        }
    }
    value_error(fmt::format("{} is not in deque", repr_utf8(a[1])));
}
Object m_insert(const Args& a) {
    check_nargs("insert", a, 3, 3);
    DequeObj* d = dq(a[0]);
    int64_t size = int64_t(d->items.size());
    if (d->maxlen >= 0 && size >= d->maxlen) raise(IndexErrorType, "deque already at its maximum size");
    int64_t i = index_value(a[1]);
    if (i < 0) i = std::max<int64_t>(i + size, 0);
    i = std::min(i, size);
    d->items.insert(d->items.begin() + ptrdiff_t(i), a[2]);
    ++d->state;
    return None();
}
Object m_reverse(const Args& a) {
    check_nargs("reverse", a, 1, 1);
    std::reverse(dq(a[0])->items.begin(), dq(a[0])->items.end());
    ++dq(a[0])->state;
    return None();
}
Object m_copy(const Args& a) {
    check_nargs("copy", a, 1, 1);
    return deque_of(dq(a[0]));
}
Object m_reversed(const Args& a) {
    check_nargs("__reversed__", a, 1, 1);
    return Object::adopt(new DequeIterObj(&DequeRevIterType, a[0]));
}

Object deque_getattr(const Object& o, std::string_view name) {
    if (name == "maxlen") return dq(o)->maxlen < 0 ? None() : int_(dq(o)->maxlen);
    return {};
}

}  // namespace

}  // namespace pyco::collections

void pyco::setup_collections_deque() {
    add_class_getitem(collections::DequeType);
    using namespace collections;
    DequeType.collection_flags = kCollectionSequence;  // matched by sequence/mapping patterns
    DequeType.tp_name = "collections.deque";
    set_slots(DequeType, {.repr = deque_repr, .unhashable = true, .richcompare = deque_richcompare,
                          .binop = deque_binop, .inplace = deque_inplace, .len = deque_len, .iter = deque_iter,
                          .getitem = deque_getitem, .setitem = deque_setitem, .delitem = deque_delitem,
                          .contains = deque_contains, .getattr = deque_getattr});
    add_methods(DequeType, {{"append", m_append}, {"appendleft", m_appendleft}, {"pop", m_pop}, {"popleft", m_popleft},
                            {"extend", m_extend}, {"extendleft", m_extendleft}, {"rotate", m_rotate},
                            {"clear", m_clear}, {"count", m_count}, {"index", m_index}, {"remove", m_remove},
                            {"insert", m_insert}, {"reverse", m_reverse}, {"copy", m_copy}, {"__copy__", m_copy},
                            {"__reversed__", m_reversed}});
    set_type_constructor(DequeType, deque_ctor);
    for (Type* t : {&DequeIterType, &DequeRevIterType}) set_iterator_type(*t, deque_iter_next, no_instances);
}

namespace pyco::collections {

void add_deque(ModuleObj& m) { module_add(m, "deque", type_object(DequeType)); }

}  // namespace pyco::collections
