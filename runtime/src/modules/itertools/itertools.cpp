// The itertools module (CPython's Modules/itertoolsmodule.c): lazy iterators over other iterables. Each is a
// small object holding its source iterator(s) and the state its next() advances; the combinatoric ones live in
// combinatorics.cpp.
#include <fmt/format.h>

#include "internal.h"
#include "internal/module_args.h"
#include "internal/module_registry.h"
#include "internal/type_setup.h"

namespace pyco::itertools {

namespace {

Type CountType("count", "itertools", &ObjectType);
Type RepeatType("repeat", "itertools", &ObjectType);
Type CycleType("cycle", "itertools", &ObjectType);
Type ChainType("chain", "itertools", &ObjectType);
Type IsliceType("islice", "itertools", &ObjectType);
Type AccumulateType("accumulate", "itertools", &ObjectType);
Type ZipLongestType("zip_longest", "itertools", &ObjectType);
Type TakewhileType("takewhile", "itertools", &ObjectType);
Type DropwhileType("dropwhile", "itertools", &ObjectType);
Type StarmapType("starmap", "itertools", &ObjectType);
Type PairwiseType("pairwise", "itertools", &ObjectType);
Type GroupbyType("groupby", "itertools", &ObjectType);
Type GrouperType("_grouper", "itertools", &ObjectType);
Type TeeType("_tee", "itertools", &ObjectType);
Type TeeDataType("_tee_dataobject", "itertools", &ObjectType);

bool is_number(const Object& o) { return is_intlike(o) || is_float(o); }
bool is_int_one(const Object& o) {
    int64_t v;
    return is_intlike(o) && int_small(o, v) && v == 1;
}

// ---- count(start=0, step=1) ----

struct CountObj : Obj {
    Object cnt, step;
    CountObj(Object c, Object s) : Obj(&CountType), cnt(std::move(c)), step(std::move(s)) {}
};

Object count_ctor(const Type&, const Args& a) {
    std::vector<Object> v = clinic_args("count", a, {"start", "step"}, 0);
    Object start = v[0].null() ? Object::small(0) : v[0];
    Object step = v[1].null() ? Object::small(1) : v[1];
    if (!is_number(start) || !is_number(step)) type_error("a number is required");
    // CPython's fast mode keeps an int start as a plain integer when stepping by 1 (count(True) is count(1)).
    if (is_intlike(start) && is_int_one(step)) start = int_from_mpz(int_to_mpz(start));
    return Object::adopt(new CountObj(start, step));
}

Object count_next(const Object& o) {
    auto* c = o.as<CountObj>();
    Object r = c->cnt;
    c->cnt = add(c->cnt, c->step);
    return r;
}

std::string count_repr(const Object& o) {
    auto* c = o.as<CountObj>();
    if (is_int_one(c->step)) return fmt::format("count({})", repr_utf8(c->cnt));
    return fmt::format("count({}, {})", repr_utf8(c->cnt), repr_utf8(c->step));
}

// ---- repeat(object, times=None) ----

struct RepeatObj : Obj {
    Object element;
    int64_t cnt;  // -1: forever
    RepeatObj(Object e, int64_t n) : Obj(&RepeatType), element(std::move(e)), cnt(n) {}
};

Object repeat_ctor(const Type&, const Args& a) {
    std::vector<Object> v = clinic_args("repeat", a, {"object", "times"}, 1);
    int64_t n = v[1].null() ? -1 : std::max<int64_t>(index_value(v[1]), 0);
    return Object::adopt(new RepeatObj(v[0], n));
}

Object repeat_next(const Object& o) {
    auto* r = o.as<RepeatObj>();
    if (r->cnt == 0) return {};
    if (r->cnt > 0) --r->cnt;
    return r->element;
}

std::string repeat_repr(const Object& o) {
    auto* r = o.as<RepeatObj>();
    if (r->cnt < 0) return fmt::format("repeat({})", repr_utf8(r->element));
    return fmt::format("repeat({}, {})", repr_utf8(r->element), r->cnt);
}

// ---- cycle(iterable) ----

struct CycleObj : Obj {
    Object it;  // null once exhausted: then the saved items repeat
    std::vector<Object> saved;
    size_t index = 0;
    explicit CycleObj(Object i) : Obj(&CycleType), it(std::move(i)) {}
};

Object cycle_ctor(const Type&, const Args& a) {
    positional_args("cycle", a, 1, 1);
    return Object::adopt(new CycleObj(iter(a[0])));
}

Object cycle_next(const Object& o) {
    auto* c = o.as<CycleObj>();
    if (!c->it.null()) {
        Object item = next(c->it);
        if (!item.null()) {
            c->saved.push_back(item);
            return item;
        }
        c->it = Object();
    }
    if (c->saved.empty()) return {};
    Object item = c->saved[c->index];
    c->index = (c->index + 1) % c->saved.size();
    return item;
}

// ---- chain(*iterables), chain.from_iterable(iterable) ----

struct ChainObj : Obj {
    Object source, active;  // source: iterator over the iterables; both null once done
    explicit ChainObj(Object s) : Obj(&ChainType), source(std::move(s)) {}
};

Object chain_ctor(const Type&, const Args& a) {
    if (a.nkw) type_error("chain() takes no keyword arguments");
    return Object::adopt(new ChainObj(iter(tuple_from(std::vector<Object>(a.pos, a.pos + a.npos)))));
}

Object chain_from_iterable(const Args& a) {
    if (a.nkw) type_error("chain.from_iterable() takes no keyword arguments");
    if (a.npos != 1)
        type_error(fmt::format("chain.from_iterable() takes exactly one argument ({} given)", a.npos));
    return Object::adopt(new ChainObj(iter(a[0])));
}

Object chain_next(const Object& o) {
    auto* c = o.as<ChainObj>();
    while (!c->source.null()) {
        if (c->active.null()) {
            Object iterable = next(c->source);
            if (iterable.null()) {
                c->source = Object();
                return {};
            }
            c->active = iter(iterable);
        }
        Object item = next(c->active);
        if (!item.null()) return item;
        c->active = Object();
    }
    return {};
}

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ----

struct IsliceObj : Obj {
    Object it;
    int64_t next_index, stop, step, cnt = 0;  // stop -1: none
    IsliceObj(Object i, int64_t a, int64_t b, int64_t s)
        : Obj(&IsliceType), it(std::move(i)), next_index(a), stop(b), step(s) {}
};

// A start/stop/step argument: None (gives `dflt`) or an int in [0, sys.maxsize].
int64_t islice_index(const Object& v, int64_t dflt, const char* message) {
    if (is_none(v)) return dflt;
    if (!is_intlike(v) || int_sign(v) < 0) value_error(message);
    return int_fits_int64(v) ? int_as_int64(v) : INT64_MAX;
}

Object islice_ctor(const Type&, const Args& a) {
    positional_args("islice", a, 2, 4);
    const char* stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const char* index_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    int64_t start = 0, stop, step = 1;
    if (a.npos == 2) {
        stop = islice_index(a[1], -1, stop_msg);
    } else {
        start = islice_index(a[1], 0, index_msg);
        stop = islice_index(a[2], -1, index_msg);
        if (a.npos == 4) {
            step = islice_index(a[3], 1, index_msg);
            if (step == 0) value_error("Step for islice() must be a positive integer or None.");
        }
    }
    Object it = iter(a[0]);
    return Object::adopt(new IsliceObj(it, start, stop, step));
}

Object islice_next(const Object& o) {
    auto* s = o.as<IsliceObj>();
    if (s->it.null()) return {};
    while (s->cnt < s->next_index) {  // skip to the next selected position
        Object skipped = next(s->it);
        if (skipped.null()) {
            s->it = Object();
            return {};
        }
        ++s->cnt;
    }
    if (s->stop != -1 && s->cnt >= s->stop) {
        s->it = Object();
        return {};
    }
    Object item = next(s->it);
    if (item.null()) {
        s->it = Object();
        return {};
    }
    ++s->cnt;
    int64_t old = s->next_index;
    s->next_index += s->step;
    if (s->next_index < old || (s->stop != -1 && s->next_index > s->stop)) s->next_index = s->stop;
    return item;
}

// ---- accumulate(iterable, func=None, *, initial=None) ----

struct AccumulateObj : Obj {
    Object it, func, total, initial;
    AccumulateObj() : Obj(&AccumulateType) {}
};

Object accumulate_ctor(const Type&, const Args& a) {
    std::vector<Object> v = clinic_args("accumulate", a, {"iterable", "func", "initial"}, 1);
    if (a.npos > 2) type_error(fmt::format("accumulate() takes at most 2 positional arguments ({} given)", a.npos));
    auto* acc = new AccumulateObj();
    Object self = Object::adopt(acc);
    acc->it = iter(v[0]);
    if (!v[1].null() && !is_none(v[1])) acc->func = v[1];
    if (!v[2].null() && !is_none(v[2])) acc->initial = v[2];
    return self;
}

Object accumulate_next(const Object& o) {
    auto* acc = o.as<AccumulateObj>();
    if (!acc->initial.null()) {
        acc->total = acc->initial;
        acc->initial = Object();
        return acc->total;
    }
    Object val = next(acc->it);
    if (val.null()) return {};
    if (acc->total.null()) acc->total = val;
    else acc->total = acc->func.null() ? add(acc->total, val) : call(acc->func, {acc->total, val});
    return acc->total;
}

// ---- zip_longest(*iterables, fillvalue=None) ----

struct ZipLongestObj : Obj {
    std::vector<Object> its;  // an exhausted one becomes null
    size_t active;
    Object fill;
    ZipLongestObj() : Obj(&ZipLongestType) {}
};

Object zip_longest_ctor(const Type&, const Args& a) {
    auto* z = new ZipLongestObj();
    Object self = Object::adopt(z);
    z->fill = None();
    for (size_t k = 0; k < a.nkw; ++k) {
        if (a.kw[k].name != "fillvalue") type_error("zip_longest() got an unexpected keyword argument");
        z->fill = a.kw[k].value;
    }
    for (size_t i = 0; i < a.npos; ++i) z->its.push_back(iter(a[i]));
    z->active = z->its.size();
    return self;
}

Object zip_longest_next(const Object& o) {
    auto* z = o.as<ZipLongestObj>();
    if (z->active == 0) return {};
    std::vector<Object> items;
    for (Object& it : z->its) {
        Object item = it.null() ? Object() : next(it);
        if (item.null() && !it.null()) {
            if (--z->active == 0) {
                z->its.clear();
                return {};
            }
            it = Object();
        }
        items.push_back(item.null() ? z->fill : item);
    }
    return tuple_from(std::move(items));
}

// ---- takewhile / dropwhile (predicate, iterable) ----

struct PredicateObj : Obj {
    Object pred, it;
    bool flag = false;  // takewhile: stopped; dropwhile: started yielding
    PredicateObj(const Type* t, Object p, Object i) : Obj(t), pred(std::move(p)), it(std::move(i)) {}
};

Object takewhile_ctor(const Type&, const Args& a) {
    positional_args("takewhile", a, 2, 2);
    return Object::adopt(new PredicateObj(&TakewhileType, a[0], iter(a[1])));
}

Object takewhile_next(const Object& o) {
    auto* p = o.as<PredicateObj>();
    if (p->flag) return {};
    Object item = next(p->it);
    if (item.null()) return {};
    if (truthy(call(p->pred, {item}))) return item;
    p->flag = true;
    return {};
}

Object dropwhile_ctor(const Type&, const Args& a) {
    positional_args("dropwhile", a, 2, 2);
    return Object::adopt(new PredicateObj(&DropwhileType, a[0], iter(a[1])));
}

Object dropwhile_next(const Object& o) {
    auto* p = o.as<PredicateObj>();
    for (;;) {
        Object item = next(p->it);
        if (item.null()) return {};
        if (p->flag || !truthy(call(p->pred, {item}))) {
            p->flag = true;
            return item;
        }
    }
}

// ---- starmap(function, iterable) ----

Object starmap_ctor(const Type&, const Args& a) {
    positional_args("starmap", a, 2, 2);
    return Object::adopt(new PredicateObj(&StarmapType, a[0], iter(a[1])));
}

Object starmap_next(const Object& o) {
    auto* p = o.as<PredicateObj>();
    Object item = next(p->it);
    if (item.null()) return {};
    std::vector<Object> args = to_vector(item);
    return call(p->pred, Args{args.data(), args.size(), nullptr, 0});
}

// ---- pairwise(iterable) ----

struct PairwiseObj : Obj {
    Object it, old;
    explicit PairwiseObj(Object i) : Obj(&PairwiseType), it(std::move(i)) {}
};

Object pairwise_ctor(const Type&, const Args& a) {
    positional_args("pairwise", a, 1, 1);
    return Object::adopt(new PairwiseObj(iter(a[0])));
}

Object pairwise_next(const Object& o) {
    auto* p = o.as<PairwiseObj>();
    if (p->it.null()) return {};
    if (p->old.null()) {
        p->old = next(p->it);
        if (p->old.null()) {
            p->it = Object();
            return {};
        }
    }
    Object item = next(p->it);
    if (item.null()) {
        p->it = Object();
        p->old = Object();
        return {};
    }
    Object pair = tuple_({p->old, item});
    p->old = item;
    return pair;
}

// ---- groupby(iterable, key=None) ----
// The groups share the groupby's iterator: advancing the groupby abandons the current group (CPython's
// currgrouper check), and a group stops at the first item whose key differs from its own.

struct GroupbyObj : Obj {
    Object it, keyfunc, tgtkey, currkey, currvalue;
    const Obj* currgrouper = nullptr;  // the group still allowed to read, compared by identity only
    GroupbyObj() : Obj(&GroupbyType) {}
};

struct GrouperObj : Obj {
    Object parent, tgtkey;
    GrouperObj(Object p, Object k) : Obj(&GrouperType), parent(std::move(p)), tgtkey(std::move(k)) {}
};

Object groupby_ctor(const Type&, const Args& a) {
    std::vector<Object> v = clinic_args("groupby", a, {"iterable", "key"}, 1);
    auto* g = new GroupbyObj();
    Object self = Object::adopt(g);
    g->it = iter(v[0]);
    if (!v[1].null() && !is_none(v[1])) g->keyfunc = v[1];
    return self;
}

// Reads the next value and its key; false at the end.
bool groupby_step(GroupbyObj* g) {
    Object value = next(g->it);
    if (value.null()) return false;
    Object key = g->keyfunc.null() ? value : call(g->keyfunc, {value});
    g->currvalue = value;
    g->currkey = key;
    return true;
}

Object groupby_next(const Object& o) {
    auto* g = o.as<GroupbyObj>();
    g->currgrouper = nullptr;
    for (;;) {  // skip what is left of the current group
        if (!g->currkey.null() && (g->tgtkey.null() || !eq(g->tgtkey, g->currkey))) break;
        if (!groupby_step(g)) return {};
    }
    g->tgtkey = g->currkey;
    auto* grouper = new GrouperObj(o, g->tgtkey);
    Object group = Object::adopt(grouper);
    g->currgrouper = grouper;
    return tuple_({g->currkey, group});
}

Object grouper_next(const Object& o) {
    auto* gr = o.as<GrouperObj>();
    auto* g = gr->parent.as<GroupbyObj>();
    if (g->currgrouper != gr) return {};
    if (g->currvalue.null() && !groupby_step(g)) return {};
    if (!eq(gr->tgtkey, g->currkey)) return {};
    Object r = g->currvalue;
    g->currvalue = Object();
    g->currkey = Object();
    return r;
}

// ---- tee(iterable, n=2) ----
// The copies share a chain of links holding what the source gave so far (CPython's teedataobject); a link
// nobody points at any more is freed, so memory follows the distance between the slowest and fastest copy.

constexpr size_t kLinkCells = 57;

struct TeeDataObj : Obj {
    Object it;  // the source, shared by every link
    std::vector<Object> values;
    Object next_link;
    explicit TeeDataObj(Object i) : Obj(&TeeDataType), it(std::move(i)) {}
};

struct TeeObj : Obj {
    Object data;
    size_t index;
    TeeObj(Object d, size_t i) : Obj(&TeeType), data(std::move(d)), index(i) {}
};

Object tee_next(const Object& o) {
    auto* t = o.as<TeeObj>();
    if (t->index >= kLinkCells) {
        auto* d = t->data.as<TeeDataObj>();
        if (d->next_link.null()) d->next_link = Object::adopt(new TeeDataObj(d->it));
        t->data = d->next_link;
        t->index = 0;
    }
    auto* d = t->data.as<TeeDataObj>();
    if (t->index < d->values.size()) return d->values[t->index++];
    Object v = next(d->it);
    if (v.null()) return {};
    d->values.push_back(v);
    ++t->index;
    return v;
}

Object tee_copy(const Object& o) {
    auto* t = o.as<TeeObj>();
    return Object::adopt(new TeeObj(t->data, t->index));
}

Object m_tee_copy(const Args& a) {
    check_nargs("__copy__", a, 1, 1);
    return tee_copy(a[0]);
}

Object f_tee(const Args& a) {
    positional_args("tee", a, 1, 2);
    int64_t n = a.npos > 1 ? index_value(a[1]) : 2;
    if (n < 0) value_error("n must be >= 0");
    std::vector<Object> copies;
    if (n == 0) return tuple_from(std::move(copies));
    Object it = iter(a[0]);
    // tee of a tee copies it: both then read the same links.
    Object first = isinstance_exact(it, TeeType) ? tee_copy(it)
                                                  : Object::adopt(new TeeObj(Object::adopt(new TeeDataObj(it)), 0));
    copies.push_back(first);
    for (int64_t i = 1; i < n; ++i) copies.push_back(tee_copy(first));
    return tuple_from(std::move(copies));
}


}  // namespace

}  // namespace pyco::itertools

void pyco::setup_itertools() {
    using namespace itertools;
    set_slots(CountType, {.repr = count_repr, .iter = self_iter, .next = count_next});
    set_type_constructor(CountType, count_ctor);
    set_slots(RepeatType, {.repr = repeat_repr, .iter = self_iter, .next = repeat_next});
    set_type_constructor(RepeatType, repeat_ctor);
    set_iterator_type(CycleType, cycle_next, cycle_ctor);
    set_iterator_type(ChainType, chain_next, chain_ctor);
    add_unbound_functions(ChainType, {{"from_iterable", chain_from_iterable}});
    set_iterator_type(IsliceType, islice_next, islice_ctor);
    set_iterator_type(AccumulateType, accumulate_next, accumulate_ctor);
    set_iterator_type(ZipLongestType, zip_longest_next, zip_longest_ctor);
    set_iterator_type(TakewhileType, takewhile_next, takewhile_ctor);
    set_iterator_type(DropwhileType, dropwhile_next, dropwhile_ctor);
    set_iterator_type(StarmapType, starmap_next, starmap_ctor);
    set_iterator_type(PairwiseType, pairwise_next, pairwise_ctor);
    set_iterator_type(GroupbyType, groupby_next, groupby_ctor);
    set_iterator_type(GrouperType, grouper_next, no_instances);
    set_iterator_type(TeeType, tee_next, no_instances);
    add_methods(TeeType, {{"__copy__", m_tee_copy}});
}


namespace pyco {

void init_itertools_module(ModuleObj& m) {
    using namespace itertools;
    for (Type* t : {&CountType, &RepeatType, &CycleType, &ChainType, &IsliceType, &AccumulateType, &ZipLongestType,
                    &TakewhileType, &DropwhileType, &StarmapType, &PairwiseType, &GroupbyType})
        module_add(m, t->name.c_str(), type_object(*t));
    module_add_function(m, "tee", f_tee);
    add_combinatorics(m);
}

}  // namespace pyco
