// The greenlet module (greenlet 2.x, as Debian's python3-greenlet 2.0.2 behaves): the greenlet type, its
// attributes and repr, GreenletExit, greenlet.error and getcurrent(). Switching is in switch.cpp.
#include "greenlet.h"

#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal/exit_registry.h"
#include "internal/module_args.h"
#include "internal/module_registry.h"
#include "internal/type_setup.h"
#include "internal/values.h"
#include "pyco/exceptions.h"
#include "pyco/ops.h"

namespace pyco::greenlet {

Type GreenletType("greenlet", "greenlet", &ObjectType);

namespace {

// A class the module defines in Python terms (greenlet's PyErr_NewException): `name(base)` in module greenlet.
Object make_exception_class(const char* name, const Type& base) {
    Object ns = dict_({{str_("__module__"), str_("greenlet")}});
    return immortal(call(type_object(TypeType), {str_(name), tuple_({type_object(base)}), ns}));
}

// greenlet's otid: the thread state a started greenlet belongs to (any address unique to the thread).
std::string otid(const GreenletObj* g) {
    thread_local char thread_marker;
    return g->state == State::Pending ? "0x(nil)" : addr_str(&thread_marker);
}

std::string greenlet_repr(const Object& o) {
    GreenletObj* g = as_greenlet(o);
    std::string name = o.type() == &GreenletType ? "greenlet.greenlet" : o.type()->name;
    std::string head = fmt::format("<{} object at {} (otid={})", name, addr_str(o.ptr()), otid(g));
    switch (g->state) {
        case State::Pending: return head + " pending>";
        case State::Dead: return head + " dead>";
        case State::Active: break;
    }
    bool running = is_(o, current());
    return head + (running ? " current" : " suspended") + " active started" + (g->is_main ? " main>" : ">");
}

int greenlet_truthy(const Object& o) { return as_greenlet(o)->state == State::Active; }

[[noreturn]] void expected_greenlet(const Object& v) {
    type_error(fmt::format("GreenletChecker: Expected any type of greenlet, not {}", v.type()->name));
}

// `g.parent = p`: a greenlet whose own parent chain does not lead back to g.
void set_parent(GreenletObj* g, const Object& p) {
    if (p.null()) raise(AttributeErrorType, "can't delete attribute");
    if (!is_greenlet(p)) expected_greenlet(p);
    if (g->is_main) raise(AttributeErrorType, "cannot set the parent of a main greenlet");
    for (const GreenletObj* q = as_greenlet(p); q; q = q->parent.null() ? nullptr : as_greenlet(q->parent))
        if (q == g) raise(ValueErrorType, "cyclic parent chain");
    g->parent = p;
}

void set_run(GreenletObj* g, const Object& run) {
    if (g->state != State::Pending) raise(AttributeErrorType, "run cannot be set after the start of the greenlet");
    g->run = run;
}

bool is_plain(const Object& o) { return o.type() == &GreenletType; }

Object greenlet_getattr(const Object& o, std::string_view name) {
    GreenletObj* g = as_greenlet(o);
    if (name == "run") {
        if (g->state == State::Pending && !g->run.null()) return g->run;
        if (is_plain(o)) raise(AttributeErrorType, "run");
        return {};  // a subclass's run method, found on its class
    }
    if (name == "parent") return g->parent.null() ? None() : g->parent;
    if (name == "dead") return bool_(g->state == State::Dead);
    if (name == "gr_frame") return suspended_frame(g);
    if (name == "gr_context") return None();
    if (!is_plain(o)) return {};
    if (g->dict.null()) g->dict = dict_();
    if (name == "__dict__") return g->dict;
    return dict_get(g->dict, str_(name));
}

void greenlet_setattr(const Object& o, std::string_view name, const Object& v) {
    GreenletObj* g = as_greenlet(o);
    if (name == "parent") return set_parent(g, v);
    if (name == "run") return set_run(g, v);
    if (g->dict.null()) g->dict = dict_();
    if (!v.null()) return dict_set(g->dict, str_(name), v);
    if (!dict_del(g->dict, str_(name)))
        raise(AttributeErrorType, fmt::format("'greenlet.greenlet' object has no attribute '{}'", name));
}

// greenlet(run=None, parent=None) and greenlet.__init__: CPython's green_init.
void init_from(GreenletObj* g, const Args& a) {
    std::vector<Object> v = clinic_args("green", a, {"run", "parent"}, 0);
    if (!v[0].null() && !is_none(v[0])) set_run(g, v[0]);
    if (!v[1].null() && !is_none(v[1])) set_parent(g, v[1]);
}

Object greenlet_ctor(const Type&, const Args& a) {
    auto* g = new GreenletObj();
    Object self = Object::adopt(g);
    init_from(g, a);
    return self;
}

Object m_init(const Args& a) {
    init_from(as_greenlet(a[0]), Args{a.pos + 1, a.npos - 1, a.kw, a.nkw});
    return None();
}

Object m_switch(const Args& a) { return switch_to(a[0], Args{a.pos + 1, a.npos - 1, a.kw, a.nkw}); }

// throw(typ=GreenletExit, val=None, tb=None): the exception as `raise` would make it, raised in the greenlet.
Object throw_exception(const Object& typ, const Object& val) {
    if (is_exception_instance(typ)) {
        if (!is_none(val)) type_error("instance exception may not have a separate value");
        return typ;
    }
    if (!is_exception_type(typ))
        type_error(fmt::format("exceptions must be classes, or instances, not {}", typ.type()->name));
    if (is_none(val)) return call(typ);
    if (isinstance(val, *typ.as<Type>())) return val;
    if (isinstance(val, TupleType)) return call_ex(typ, val, dict_());
    return call(typ, {val});
}

Object m_throw(const Args& a) {
    std::vector<Object> v = clinic_args("throw", Args{a.pos + 1, a.npos - 1, a.kw, a.nkw}, {"typ", "val", "tb"}, 0);
    Object typ = v[0].null() ? greenlet_exit_class() : v[0];
    Object exc = throw_exception(typ, v[1].null() ? None() : v[1]);
    return switch_to(a[0], Args{}, std::make_exception_ptr(PyExc{exc}));
}

Object f_getcurrent(const Args& a) {
    check_nargs("getcurrent", a, 0, 0);
    return current();
}

}  // namespace

GreenletObj::GreenletObj() : Obj(&GreenletType), parent(current()) {}

GreenletObj::GreenletObj(MainTag) : Obj(&GreenletType), state(State::Active), is_main(true) {}

void GreenletObj::destroy() {
    if (state == State::Active && !is_main && !finalizing()) {
        refcnt = 1;  // alive again while GreenletExit runs in it
        if (!kill_suspended(this)) {
            write_stderr("GreenletExit did not kill " + repr_utf8(Object::borrow(this)) + "\n");
            discard_suspended(this);
        }
        if (--refcnt > 0) return;  // its own code kept a reference to it
    }
    discard_suspended(this);
    exit_registry_remove(this);  // (it left the registry when it ended; kept so no entry can dangle)
    delete this;
}

GreenletObj* as_greenlet(const Object& o) { return static_cast<GreenletObj*>(o.ptr()); }
bool is_greenlet(const Object& o) noexcept { return o.is_ptr() && o.type()->is_subtype_of(&GreenletType); }

const Object& greenlet_exit_class() {
    static const Object cls = make_exception_class("GreenletExit", BaseExceptionType);
    return cls;
}

const Object& error_class() {
    static const Object cls = make_exception_class("error", ExceptionType);
    return cls;
}

}  // namespace pyco::greenlet

namespace pyco {

void setup_greenlet() {
    using namespace greenlet;
    GreenletType.tp_name = "greenlet.greenlet";
    set_slots(GreenletType, {.repr = greenlet_repr, .truthy = greenlet_truthy, .getattr = greenlet_getattr,
                             .setattr = greenlet_setattr});
    set_type_constructor(GreenletType, greenlet_ctor);
    allow_native_subclasses<GreenletObj>(GreenletType);
    add_methods(GreenletType, {{"switch", m_switch}, {"throw", m_throw}, {"__init__", m_init}});
}

void init_greenlet_module(ModuleObj& m) {
    using namespace greenlet;
    Object getcurrent = make_builtin("getcurrent", f_getcurrent);
    GreenletType.attrs["getcurrent"] = getcurrent;
    GreenletType.attrs["GreenletExit"] = greenlet_exit_class();
    GreenletType.attrs["error"] = error_class();
    module_add(m, "__version__", str_("2.0.2"));
    module_add(m, "greenlet", type_object(GreenletType));
    module_add(m, "getcurrent", getcurrent);
    module_add(m, "GreenletExit", greenlet_exit_class());
    module_add(m, "error", error_class());
}

}  // namespace pyco
