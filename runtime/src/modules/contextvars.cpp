// The contextvars module (CPython's Python/context.c): Context, ContextVar and Token. A Context maps variables
// to values; CPython's is an immutable HAMT shared between copies. Here copies share one dict until either
// side sets a variable, which copies it first (copy on write): every Task copies the context when it is
// created, and most never set a variable, so a copy must cost one small object, not a dict.
#include "internal/threads.h"
#include "internal/typing_objects.h"
#include "internal/contextvars.h"

#include <fmt/format.h>

#include "internal/module_args.h"
#include "internal/asyncio.h"
#include "pyco/module.h"
#include "internal/module_registry.h"
#include "internal/values.h"
#include "internal/type_setup.h"

namespace pyco {

namespace {

Type ContextType("Context", "_contextvars", &ObjectType);
Type ContextVarType("ContextVar", "_contextvars", &ObjectType);
Type TokenType("Token", "_contextvars", &ObjectType);
Type MissingType("Token.MISSING", "_contextvars", &ObjectType);

struct ContextObj : Obj {
    Object vars;  // ContextVar -> value (ContextVars hash by identity); null while empty; shared by copies
    bool entered = false;
    ContextObj() : Obj(&ContextType) {}
};

struct ContextVarObj : Obj {
    Object name, dflt;  // dflt null: none
    ContextVarObj() : Obj(&ContextVarType) {}
};

struct TokenObj : Obj {
    Object ctx, var, old;  // old: the MISSING marker when the variable had no value
    bool used = false;
    TokenObj() : Obj(&TokenType) {}
};

Obj Missing_obj(&MissingType);
Object missing() { return Object::borrow(&Missing_obj); }

// The current context of each thread: a new thread starts in a new empty context (CPython 3.11), the main
// thread's is created before main() runs. Leaked on purpose (the main thread's is read while the program
// ends); a thread that ends drops its own (release_thread_context).
thread_local Object* tl_context = nullptr;
Object& current_slot() {
    if (!tl_context) tl_context = new Object(Object::adopt(new ContextObj()));
    return *tl_context;
}
const bool main_context_made = (current_slot(), true);

void release_thread_context() {
    delete tl_context;
    tl_context = nullptr;
}
const bool context_released = (threads::at_thread_exit(release_thread_context), true);

ContextObj* ctx_of(const Object& o) { return o.as<ContextObj>(); }

// The variables of a context, to read.
const Object& vars_of(const Object& ctx) {
    static const Object empty = immortal(dict_());
    const Object& v = ctx_of(ctx)->vars;
    return v.null() ? empty : v;
}

// The variables of a context, to change: its own dict, copied first when other contexts share it.
const Object& own_vars(const Object& ctx) {
    Object& v = ctx_of(ctx)->vars;
    if (v.null()) {
        v = dict_();
    } else if (v.ptr()->refcnt > 1) {
        Object copy = dict_();
        dict_update(copy, v);
        v = std::move(copy);
    }
    return v;
}

Object context_copy(const Object& src) {
    auto* c = new ContextObj();
    c->vars = ctx_of(src)->vars;
    return Object::adopt(c);
}

// ---- Context ----

Object context_ctor(const Type&, const Args& a) {
    if (a.npos || a.nkw) type_error("Context() does not accept any arguments");
    return Object::adopt(new ContextObj());
}

Object m_run(const Args& a) {
    if (a.npos < 2) type_error("run() missing 1 required positional argument");
    ContextObj* c = ctx_of(a[0]);
    if (c->entered)
        raise(RuntimeErrorType, fmt::format("cannot enter context: {} is already entered", default_repr(a[0])));
    ContextScope scope(a[0]);
    return call(a[1], Args{a.pos + 2, a.npos - 2, a.kw, a.nkw});
}

Object m_ctx_copy(const Args& a) {
    check_nargs("copy", a, 1, 1);
    return context_copy(a[0]);
}

void check_var(const Object& v) {
    if (!isinstance_exact(v, ContextVarType))
        type_error(fmt::format("a ContextVar key was expected, got {}", repr_utf8(v)));
}

Object context_getitem(const Object& o, const Object& key) {
    check_var(key);
    Object v = dict_get(vars_of(o), key);
    if (v.null()) raise_(new_exception(KeyErrorType, {key}));
    return v;
}

int context_contains(const Object& o, const Object& key) {
    check_var(key);
    return !dict_get(vars_of(o), key).null();
}

int64_t context_len(const Object& o) { return len(vars_of(o)); }
Object context_iter(const Object& o) { return iter(vars_of(o)); }

Object m_ctx_get(const Args& a) {
    check_nargs("get", a, 2, 3);
    check_var(a[1]);
    Object v = dict_get(vars_of(a[0]), a[1]);
    return v.null() ? (a.npos > 2 ? a[2] : None()) : v;
}
Object m_ctx_keys(const Args& a) { return call_method(vars_of(a[0]), "keys"); }
Object m_ctx_values(const Args& a) { return call_method(vars_of(a[0]), "values"); }
Object m_ctx_items(const Args& a) { return call_method(vars_of(a[0]), "items"); }

// ---- ContextVar ----

Object var_ctor(const Type&, const Args& a) {
    for (size_t k = 0; k < a.nkw; ++k)
        if (a.kw[k].name != "default")
            type_error(fmt::format("'{}' is an invalid keyword argument for ContextVar()", a.kw[k].name));
    if (a.npos != 1)
        type_error(fmt::format("ContextVar() takes exactly 1 positional argument ({} given)", a.npos));
    if (!is_str(a[0])) type_error("context variable name must be a str");
    auto* v = new ContextVarObj();
    v->name = a[0];
    v->dflt = kwarg(a, "default");
    return Object::adopt(v);
}

std::string var_repr(const Object& o) {
    auto* v = o.as<ContextVarObj>();
    std::string out = "<ContextVar name=" + repr_utf8(v->name);
    if (!v->dflt.null()) out += " default=" + repr_utf8(v->dflt);
    return out + " at " + addr_str(o.ptr()) + ">";
}

Object m_var_get(const Args& a) {
    check_nargs("get", a, 1, 2);
    auto* v = a[0].as<ContextVarObj>();
    Object got = dict_get(vars_of(current_slot()), a[0]);
    if (!got.null()) return got;
    if (a.npos > 1) return a[1];
    if (!v->dflt.null()) return v->dflt;
    raise_(new_exception(LookupErrorType, {a[0]}));
}

Object m_var_set(const Args& a) {
    if (a.npos != 2) type_error(fmt::format("ContextVar.set() takes exactly one argument ({} given)", a.npos - 1));
    Object ctx = current_slot();
    auto* t = new TokenObj();
    Object token = Object::adopt(t);
    t->ctx = ctx;
    t->var = a[0];
    Object old = dict_get(vars_of(ctx), a[0]);
    t->old = old.null() ? missing() : old;
    dict_set(own_vars(ctx), a[0], a[1]);
    return token;
}

std::string token_repr(const Object& o);

Object m_var_reset(const Args& a) {
    if (a.npos != 2) type_error(fmt::format("ContextVar.reset() takes exactly one argument ({} given)", a.npos - 1));
    if (!isinstance_exact(a[1], TokenType)) type_error(fmt::format("expected an instance of Token, got {}", repr_utf8(a[1])));
    auto* t = a[1].as<TokenObj>();
    if (t->used) raise(RuntimeErrorType, fmt::format("{} has already been used once", token_repr(a[1])));
    if (!is_(t->var, a[0])) value_error(fmt::format("{} was created by a different ContextVar", token_repr(a[1])));
    Object ctx = current_slot();
    if (!is_(t->ctx, ctx)) value_error(fmt::format("{} was created in a different Context", token_repr(a[1])));
    t->used = true;
    if (t->old.ptr() == &Missing_obj) dict_del(own_vars(ctx), a[0]);
    else dict_set(own_vars(ctx), a[0], t->old);
    return None();
}

Object var_getattr(const Object& o, std::string_view name) {
    if (name == "name") return o.as<ContextVarObj>()->name;
    return {};
}

// ---- Token ----

std::string token_repr(const Object& o) {
    auto* t = o.as<TokenObj>();
    return fmt::format("<Token{} var={} at {}>", t->used ? " used" : "", repr_utf8(t->var), addr_str(o.ptr()));
}

Object token_getattr(const Object& o, std::string_view name) {
    auto* t = o.as<TokenObj>();
    if (name == "var") return t->var;
    if (name == "old_value") return t->old;
    return {};
}

std::string missing_repr(const Object&) { return "<Token.MISSING>"; }

Object f_copy_context(const Args& a) {
    check_nargs("copy_context", a, 0, 0);
    return copy_current_context();
}

}  // namespace

void setup_contextvars() {
    add_class_getitem(ContextVarType);
    add_class_getitem(TokenType);
    set_slots(ContextType, {.unhashable = true, .len = context_len, .iter = context_iter, .getitem = context_getitem,
                            .contains = context_contains});
    add_methods(ContextType, {{"run", m_run}, {"copy", m_ctx_copy}, {"get", m_ctx_get}, {"keys", m_ctx_keys},
                              {"values", m_ctx_values}, {"items", m_ctx_items}});
    set_type_constructor(ContextType, context_ctor);
    set_slots(ContextVarType, {.repr = var_repr, .getattr = var_getattr});
    add_methods(ContextVarType, {{"get", m_var_get}, {"set", m_var_set}, {"reset", m_var_reset}});
    set_type_constructor(ContextVarType, var_ctor);
    set_slots(TokenType, {.repr = token_repr, .getattr = token_getattr});
    TokenType.attrs["MISSING"] = missing();
    set_slots(MissingType, {.repr = missing_repr});
    Missing_obj.refcnt = kImmortal;
}

Object copy_current_context() { return context_copy(current_slot()); }

bool is_context(const Object& o) noexcept { return isinstance_exact(o, ContextType); }

void set_task_context(const Object& task, const Object& ctx) {
    if (ctx.null() || is_none(ctx)) return;
    if (!is_context(ctx)) type_error("an instance of Context was expected");
    as_task(task)->context = ctx;
}

ContextScope::ContextScope(const Object& ctx) {
    if (ctx.null()) return;
    saved_ = current_slot();
    current_slot() = ctx;
    ctx_of(ctx)->entered = true;
    entered_ = true;
}

ContextScope::~ContextScope() {
    if (!entered_) return;
    ctx_of(current_slot())->entered = false;
    current_slot() = saved_;
}

void init_contextvars_module(ModuleObj& m) {
    module_add(m, "Context", type_object(ContextType));
    module_add(m, "ContextVar", type_object(ContextVarType));
    module_add(m, "Token", type_object(TokenType));
    module_add_function(m, "copy_context", f_copy_context);
}

}  // namespace pyco
