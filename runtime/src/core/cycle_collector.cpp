// The exit-time cycle collector (internal/cycle_collector.h): CPython's collection algorithm (subtract the
// references objects of the set hold on each other; what keeps a count above zero is held from outside, and so
// is everything it reaches), run once over the objects reachable from user instances and functions.
#include "internal/cycle_collector.h"

#include <unordered_map>
#include <vector>

#include "internal/class_layout.h"

namespace pyco {

namespace {

CycleLink* first_link = nullptr;
CycleLink* last_link = nullptr;

enum class Kind { Opaque, Instance, UserList, UserDict, UserTuple, UserException, Native, List, Tuple, Dict,
                  Set, Function, Cell, Method };

Kind kind_of(const Obj* o) {
    const Type* t = o->type;
    if (is_user_class(t)) {
        switch (as_class(t)->layout) {
            case Layout::Object: return Kind::Instance;
            case Layout::List: return Kind::UserList;
            case Layout::Dict: return Kind::UserDict;
            case Layout::Tuple: return Kind::UserTuple;
            case Layout::Exception: return Kind::UserException;
            case Layout::Native: return Kind::Native;
            case Layout::Type: return Kind::Opaque;  // a class: the exit registry releases it
        }
    }
    if (t == &ListType) return Kind::List;
    if (t == &TupleType) return Kind::Tuple;
    if (t == &DictType) return Kind::Dict;
    if (t == &SetType || t == &FrozenSetType) return Kind::Set;
    if (t == &FunctionType) return Kind::Function;
    if (t == &CellType) return Kind::Cell;
    if (t == &MethodType) return Kind::Method;
    return Kind::Opaque;
}

// Calls f(Object&) on each reference `o` holds that the collector can see (tp_traverse); the same fields are
// the ones it clears (tp_clear), so an object it frees keeps no reference it did not count.
template <class F>
void each_ref(Obj* o, Kind k, F&& f) {
    auto items = [&](std::vector<Object>& v) {
        for (Object& x : v) f(x);
    };
    auto entries = [&](DictObj* d) {
        for (DictEntry& e : d->entries) {
            f(e.key);
            f(e.value);
        }
    };
    switch (k) {
        case Kind::Opaque: return;
        case Kind::Instance: {
            auto* i = static_cast<InstanceObj*>(o);
            f(i->dict);
            f(i->slots);
            return;
        }
        case Kind::UserList: items(static_cast<UserListObj*>(o)->items); f(static_cast<UserListObj*>(o)->dict); return;
        case Kind::UserDict: entries(static_cast<UserDictObj*>(o)); f(static_cast<UserDictObj*>(o)->dict); return;
        case Kind::UserTuple: items(static_cast<UserTupleObj*>(o)->items); f(static_cast<UserTupleObj*>(o)->dict); return;
        case Kind::UserException: {
            auto* e = static_cast<UserExceptionObj*>(o);
            f(e->args);
            f(e->cause);
            f(e->context);
            f(e->notes);
            f(e->dict);
            return;
        }
        case Kind::Native: f(native_extras(o)->dict); return;
        case Kind::List: items(static_cast<ListObj*>(o)->items); return;
        case Kind::Tuple: items(static_cast<TupleObj*>(o)->items); return;
        case Kind::Dict: entries(static_cast<DictObj*>(o)); return;
        case Kind::Set:
            for (SetEntry& e : static_cast<SetObj*>(o)->table) f(e.key);
            return;
        case Kind::Function: {
            auto* fn = static_cast<FunctionObj*>(o);
            items(fn->defaults);
            for (auto& kw : fn->kwdefaults) f(kw.second);
            items(fn->cells);
            f(fn->dict);
            f(fn->annotations);
            return;
        }
        case Kind::Cell: f(static_cast<CellObj*>(o)->value); return;
        case Kind::Method: {
            auto* m = static_cast<MethodObj*>(o);
            f(m->func);
            f(m->self);
            return;
        }
    }
}

// Moves every counted reference of `o` into `out`: the containers are emptied in a consistent state (dicts and
// sets through their own clearing), and the objects die only when `out` does.
void take_refs(Obj* o, Kind k, std::vector<Object>& out) {
    auto take_entries = [&](DictObj* d) {
        for (DictEntry& e : dict_take_entries(d)) {
            out.push_back(std::move(e.key));
            out.push_back(std::move(e.value));
        }
    };
    if (k == Kind::Dict || k == Kind::UserDict) take_entries(static_cast<DictObj*>(o));
    if (k == Kind::Set)
        for (SetEntry& e : set_take_entries(static_cast<SetObj*>(o))) out.push_back(std::move(e.key));
    each_ref(o, k, [&](Object& x) {
        if (!x.null()) out.push_back(std::move(x));
    });
    if (k == Kind::Function) static_cast<FunctionObj*>(o)->kwdefaults.clear();  // the values are moved out
}

struct Graph {
    std::vector<Obj*> nodes;  // in the order found: user instances in creation order, then what they reach
    std::vector<Kind> kinds;
    std::vector<int64_t> refs;
    std::unordered_map<Obj*, size_t> index;

    void add(Obj* o, Kind k) {
        if (index.count(o)) return;
        index.emplace(o, nodes.size());
        nodes.push_back(o);
        kinds.push_back(k);
    }
    // Index of the node `x` refers to, or -1.
    int64_t node_of(const Object& x) const {
        if (!x.is_ptr()) return -1;
        auto it = index.find(x.ptr());
        return it == index.end() ? -1 : int64_t(it->second);
    }
};

Graph reachable_from_instances(const CycleLink* first) {
    Graph g;
    for (const CycleLink* l = first; l; l = l->next()) g.add(l->owner(), kind_of(l->owner()));
    for (size_t i = 0; i < g.nodes.size(); ++i)
        each_ref(g.nodes[i], g.kinds[i], [&](Object& x) {
            if (!x.is_ptr()) return;
            Kind k = kind_of(x.ptr());
            if (k != Kind::Opaque) g.add(x.ptr(), k);
        });
    return g;
}

// Marks the nodes something outside the graph holds, and everything they reach.
std::vector<bool> held_from_outside(Graph& g) {
    g.refs.resize(g.nodes.size());
    for (size_t i = 0; i < g.nodes.size(); ++i) g.refs[i] = g.nodes[i]->refcnt;
    for (size_t i = 0; i < g.nodes.size(); ++i)
        each_ref(g.nodes[i], g.kinds[i], [&](Object& x) {
            int64_t n = g.node_of(x);
            if (n >= 0) --g.refs[size_t(n)];
        });
    std::vector<bool> alive(g.nodes.size(), false);
    std::vector<size_t> work;
    for (size_t i = 0; i < g.nodes.size(); ++i)
        if (g.refs[i] > 0) {
            alive[i] = true;
            work.push_back(i);
        }
    while (!work.empty()) {
        size_t i = work.back();
        work.pop_back();
        each_ref(g.nodes[i], g.kinds[i], [&](Object& x) {
            int64_t n = g.node_of(x);
            if (n >= 0 && !alive[size_t(n)]) {
                alive[size_t(n)] = true;
                work.push_back(size_t(n));
            }
        });
    }
    return alive;
}

}  // namespace

CycleLink::CycleLink(Obj* owner) noexcept : owner_(owner), prev_(last_link), next_(nullptr) {
    (last_link ? last_link->next_ : first_link) = this;
    last_link = this;
}

CycleLink::~CycleLink() {
    (prev_ ? prev_->next_ : first_link) = next_;
    (next_ ? next_->prev_ : last_link) = prev_;
}

void collect_cycles() {
    Graph g = reachable_from_instances(first_link);
    std::vector<bool> alive = held_from_outside(g);
    // Every garbage object stays alive until all are cleared, so none dies while another is being emptied.
    std::vector<Object> garbage, dropped;
    for (size_t i = 0; i < g.nodes.size(); ++i)
        if (!alive[i]) garbage.push_back(Object::borrow(g.nodes[i]));
    for (size_t i = 0; i < g.nodes.size(); ++i)
        if (!alive[i]) take_refs(g.nodes[i], g.kinds[i], dropped);
    garbage.clear();
    dropped.clear();
}

}  // namespace pyco
