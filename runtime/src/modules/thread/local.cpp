// _thread._local (threading.local): attributes that each thread sees on its own. The object keeps one
// __dict__ per thread; an instance of a subclass gets the calling thread's dict swapped in at each attribute
// access (as CPython's pure-Python _threading_local does), and in a thread that meets it for the first time
// __init__ runs again with the constructor's arguments. A thread's dicts go when it ends.
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "internal/class_layout.h"
#include "internal/threads.h"
#include "internal/type_setup.h"
#include "internal/values.h"
#include "pyco/exceptions.h"
#include "pyco/ops.h"

namespace pyco::thread_module {

Type LocalType("_local", "_thread", &ObjectType);

namespace {

struct LocalObj : Obj {
    Object args, kwargs;  // what the class was called with: __init__'s arguments in each new thread
    std::unordered_map<uint64_t, Object> dicts;
    LocalObj();
    ~LocalObj() override;
};

std::vector<LocalObj*>& live_locals() {
    static auto* v = new std::vector<LocalObj*>;
    return *v;
}

LocalObj::LocalObj() : Obj(&LocalType) {
    dicts[threads::current_ident()] = dict_();  // the creating thread's: __init__ runs in it as for any class
    live_locals().push_back(this);
}

LocalObj::~LocalObj() {
    auto& v = live_locals();
    v.erase(std::find(v.begin(), v.end(), this));
}

LocalObj* as_local(const Object& o) { return static_cast<LocalObj*>(o.ptr()); }
bool is_plain(const Object& o) { return o.type() == &LocalType; }

// local_new's check: arguments only make sense to a subclass that defines __init__.
void check_arguments(const Object& o, const Args& a) {
    if (a.npos == 0 && a.nkw == 0) return;
    if (is_plain(o) || is_(lookup_mro(o.type(), "__init__"), object_method("__init__")))
        type_error("Initialization arguments are not supported");
}

void created(const Object& o, const Args& a) {
    check_arguments(o, a);
    LocalObj* l = as_local(o);
    l->args = tuple_from(std::vector<Object>(a.pos, a.pos + a.npos));
    l->kwargs = dict_();
    for (size_t i = 0; i < a.nkw; ++i) dict_set(l->kwargs, str_(a.kw[i].name), a.kw[i].value);
}

// The calling thread's dict, made (and, for a subclass, initialised) on its first access.
Object thread_dict(const Object& o) {
    LocalObj* l = as_local(o);
    uint64_t me = threads::current_ident();
    if (auto it = l->dicts.find(me); it != l->dicts.end()) {
        if (!is_plain(o)) native_extras(o.ptr())->dict = it->second;
        return it->second;
    }
    Object d = dict_();
    l->dicts[me] = d;
    if (!is_plain(o)) {
        native_extras(o.ptr())->dict = d;
        Object init = lookup_mro(o.type(), "__init__");
        if (!is_(init, object_method("__init__"))) call_ex(getattr(o, "__init__"), l->args, l->kwargs);
    }
    return d;
}

Object local_getattr(const Object& o, std::string_view name) {
    Object d = thread_dict(o);
    if (!is_plain(o)) return {};  // the subclass's generic lookup reads the dict just swapped in
    if (name == "__dict__") return d;
    return dict_get(d, str_(name));
}

void local_setattr(const Object& o, std::string_view name, const Object& v) {
    Object d = thread_dict(o);
    if (name == "__dict__") raise(AttributeErrorType, "'_thread._local' object attribute '__dict__' is read-only");
    if (!v.null()) return dict_set(d, str_(name), v);
    if (!dict_del(d, str_(name)))
        raise(AttributeErrorType, fmt::format("'_thread._local' object has no attribute '{}'", name));
}

Object local_ctor(const Type&, const Args& a) {
    Object o = Object::adopt(new LocalObj());
    created(o, a);
    return o;
}

// A thread that ends takes its dicts with it.
void drop_thread_dicts() {
    uint64_t me = threads::current_ident();
    std::vector<Object> dropped;  // released after the walk: a dict's values may own locals
    for (LocalObj* l : live_locals()) {
        auto it = l->dicts.find(me);
        if (it == l->dicts.end()) continue;
        dropped.push_back(std::move(it->second));
        l->dicts.erase(it);
    }
}

}  // namespace

Object local_type() { return type_object(LocalType); }

}  // namespace pyco::thread_module

namespace pyco {

void setup_thread_local() {
    using namespace thread_module;
    LocalType.tp_name = "_thread._local";
    set_slots(LocalType, {.getattr = local_getattr, .setattr = local_setattr});
    set_type_constructor(LocalType, local_ctor);
    allow_native_subclasses<LocalObj>(LocalType, created);
    threads::at_thread_exit(drop_thread_dicts);
}

}  // namespace pyco
