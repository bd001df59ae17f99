// The contextlib module (CPython's Lib/contextlib.py): contextmanager and asynccontextmanager over
// generators, suppress, nullcontext and closing.
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal/native_function.h"
#include "pyco/coroutine.h"
#include "pyco/generator.h"
#include "pyco/module.h"
#include "internal/module_registry.h"
#include "internal/type_setup.h"

namespace pyco {

namespace {

// ---- code objects for the coroutines written here (frames in tracebacks, coroutine reprs) ----

struct LibCode {
    std::string path;
    Pos pos;
    SourceFile file{nullptr, nullptr};
    CodeInfo code{};
};

// A code object naming CPython's contextlib.py, as the frames CPython shows for these methods.
const CodeInfo& contextlib_code(const char* name, const char* qualname, int line) {
    auto* c = new LibCode;  // immortal, as code objects are
    c->path = "/usr/lib/python3.11/contextlib.py";
    c->pos = Pos{line, 0, line, 0};
    c->file = SourceFile{c->path.c_str(), ""};
    c->code = CodeInfo{name, qualname, &c->file, line, &c->pos};
    return c->code;
}

bool is_exc(const PyExc& e, const Type& t) { return isinstance(e.exc, t); }

[[noreturn]] void raise_from_none(const char* message) {
    raise_from(new_exception(RuntimeErrorType, message), None());
}

// ---- _GeneratorContextManager ----

Type GeneratorCMType("_GeneratorContextManager", "contextlib", &ObjectType);
Type AsyncGeneratorCMType("_AsyncGeneratorContextManager", "contextlib", &ObjectType);

struct GeneratorCMObj : Obj {
    Object gen;
    GeneratorCMObj(const Type* t, Object g) : Obj(t), gen(std::move(g)) {}
};
const Object& gen_of(const Object& cm) { return cm.as<GeneratorCMObj>()->gen; }

// next(gen), null when it is exhausted.
Object step(const Object& gen) {
    if (isinstance_exact(gen, GeneratorType)) return generator_send(gen, None());
    return next(gen);
}

Object cm_enter(const Args& a) {
    check_nargs("__enter__", a, 1, 1);
    Object v = step(gen_of(a[0]));
    if (v.null()) raise_from_none("generator didn't yield");
    return v;
}

Object throw_into(const Object& gen, const Object& value) {
    if (isinstance_exact(gen, GeneratorType)) return generator_throw(gen, value);
    return call_method(gen, "throw", {value});
}

void close_gen(const Object& gen) {
    if (isinstance_exact(gen, GeneratorType)) generator_close(gen);
    else call_method(gen, "close");
}

[[noreturn]] void raise_and_close(const Object& gen, const char* message) {
    Object e = new_exception(RuntimeErrorType, message);
    try {
        raise_(e);
    } catch (const PyExc&) {
        close_gen(gen);
        throw;
    }
}

Object cm_exit(const Args& a) {
    check_nargs("__exit__", a, 4, 4);
    const Object& gen = gen_of(a[0]);
    const Object &typ = a[1], &tb = a[3];
    if (is_none(typ)) {
        if (step(gen).null()) return bool_(false);
        raise_and_close(gen, "generator didn't stop");
    }
    Object value = is_none(a[2]) ? call(typ) : a[2];
    Object yielded;
    try {
        yielded = throw_into(gen, value);
    } catch (const PyExc& e) {
        const Object& exc = e.exc;
        if (is_exc(e, StopIterationType)) return bool_(!is_(exc, value));
        if (is_exc(e, RuntimeErrorType)) {
            if (is_(exc, value)) {
                setattr(exc, "__traceback__", tb);
                return bool_(false);
            }
            if (isinstance(value, StopIterationType) && is_(getattr(exc, "__cause__"), value)) {
                setattr(value, "__traceback__", tb);
                return bool_(false);
            }
            throw;
        }
        if (!is_(exc, value)) throw;
        setattr(exc, "__traceback__", tb);
        return bool_(false);
    }
    if (yielded.null()) return bool_(true);  // the generator returned: StopIteration, not `value`
    raise_and_close(gen, "generator didn't stop after throw()");
}

// ---- _AsyncGeneratorContextManager: __aenter__/__aexit__ are coroutines ----

// The awaitables, made outside the coroutines: g++ 12 rejects braced lists and some literals inside a
// co_await operand.
Object anext_of(const Object& agen) { return call_method(agen, "__anext__"); }
Object athrow_of(const Object& agen, const Object& value) { return call_method(agen, "athrow", {value}); }

// Outside the coroutines: g++ 12 rejects string literals as arguments inside some coroutine bodies.
[[noreturn]] void raise_didnt_stop(const char* message) { raise(RuntimeErrorType, message); }

Coro acm_aenter(const CodeInfo&, Object self) {
    co_await enter();
    Object v;
    bool stopped = false;
    try {
        v = co_await anext_of(gen_of(self));
    } catch (const PyExc& e) {
        if (!is_exc(e, StopAsyncIterationType)) throw;
        stopped = true;
    }
    if (stopped) raise_from_none("generator didn't yield");
    co_return v;
}

Coro acm_aexit(const CodeInfo&, Object self, Object typ, Object value, Object tb) {
    co_await enter();
    const Object& gen = gen_of(self);
    if (is_none(typ)) {
        bool stopped = false;
        try {
            co_await anext_of(gen);
        } catch (const PyExc& e) {
            if (!is_exc(e, StopAsyncIterationType)) throw;
            stopped = true;
        }
        if (stopped) co_return bool_(false);
        raise_didnt_stop("generator didn't stop");
    }
    if (is_none(value)) value = call(typ);
    Object caught;
    try {
        co_await athrow_of(gen, value);
    } catch (const PyExc& e) {
        caught = e.exc;
    }
    if (caught.null()) raise_didnt_stop("generator didn't stop after athrow()");
    if (isinstance(caught, StopAsyncIterationType)) co_return bool_(!is_(caught, value));
    bool passed_through = is_(caught, value);
    if (!passed_through && isinstance(caught, RuntimeErrorType) &&
        (isinstance(value, StopIterationType) || isinstance(value, StopAsyncIterationType)) &&
        is_(getattr(caught, "__cause__"), value)) {
        setattr(value, "__traceback__", tb);
        co_return bool_(false);
    }
    if (!passed_through) rethrow(caught);
    setattr(caught, "__traceback__", tb);
    co_return bool_(false);
}

Object acm_aenter_method(const Args& a) {
    check_nargs("__aenter__", a, 1, 1);
    static const CodeInfo& code = contextlib_code("__aenter__", "_AsyncGeneratorContextManager.__aenter__", 202);
    return acm_aenter(code, a[0]).obj;
}

Object acm_aexit_method(const Args& a) {
    check_nargs("__aexit__", a, 4, 4);
    static const CodeInfo& code = contextlib_code("__aexit__", "_AsyncGeneratorContextManager.__aexit__", 211);
    return acm_aexit(code, a[0], a[1], a[2], a[3]).obj;
}

// contextmanager(func) / asynccontextmanager(func): `helper(*args, **kwds)` makes the manager.
Object helper_entry(FunctionObj* self, const Args& a) {
    Object gen = call(self->cells[0], a);
    const Type* t = self->cells[1].as<Type>();
    return Object::adopt(new GeneratorCMObj(t, gen));
}

Object make_helper(const Object& func, const Type& cm_type) {
    static const FuncInfo info{"helper", "contextmanager.<locals>.helper", nullptr, {}, 0, {}, true, true};
    Object helper = native_function(info, helper_entry, {func, type_object(cm_type)});
    update_wrapper(helper, func);
    return helper;
}

Object f_contextmanager(const Args& a) {
    check_nargs("contextmanager", a, 1, 1);
    return make_helper(a[0], GeneratorCMType);
}

Object f_asynccontextmanager(const Args& a) {
    check_nargs("asynccontextmanager", a, 1, 1);
    return make_helper(a[0], AsyncGeneratorCMType);
}

// ---- suppress, nullcontext, closing ----

Type SuppressType("suppress", "contextlib", &ObjectType);
Type NullContextType("nullcontext", "contextlib", &ObjectType);
Type ClosingType("closing", "contextlib", &ObjectType);

struct ValueCMObj : Obj {  // suppress: the exception classes; nullcontext: enter_result; closing: the thing
    Object value;
    ValueCMObj(const Type* t, Object v) : Obj(t), value(std::move(v)) {}
};
const Object& value_of(const Object& o) { return o.as<ValueCMObj>()->value; }

Object suppress_ctor(const Type& t, const Args& a) {
    check_no_kwargs("suppress", a);
    return Object::adopt(new ValueCMObj(&t, tuple_from(std::vector<Object>(a.pos, a.pos + a.npos))));
}
Object suppress_exit(const Args& a) {
    check_nargs("__exit__", a, 4, 4);
    if (is_none(a[1])) return bool_(false);
    return bool_(exception_matches(a[2].null() || is_none(a[2]) ? call(a[1]) : a[2], value_of(a[0])));
}

Object nullcontext_ctor(const Type& t, const Args& a) {
    check_kwargs("nullcontext", a, {"enter_result"});
    check_nargs("nullcontext", a, 0, 1);
    Object v = a.npos ? a[0] : kwarg(a, "enter_result");
    return Object::adopt(new ValueCMObj(&t, v.null() ? None() : v));
}
Object closing_ctor(const Type& t, const Args& a) {
    check_nargs("closing", a, 1, 1);
    return Object::adopt(new ValueCMObj(&t, a[0]));
}

Object value_enter(const Args& a) { return value_of(a[0]); }
Object nothing_exit(const Args&) { return None(); }
Object closing_exit(const Args& a) {
    call_method(value_of(a[0]), "close");
    return None();
}

Coro value_coro(const CodeInfo&, Object v) { co_return v; }
Object null_aenter(const Args& a) {
    static const CodeInfo& code = contextlib_code("__aenter__", "nullcontext.__aenter__", 760);
    return value_coro(code, value_of(a[0])).obj;
}
Object null_aexit(const Args&) {
    static const CodeInfo& code = contextlib_code("__aexit__", "nullcontext.__aexit__", 763);
    return value_coro(code, None()).obj;
}

std::string cm_repr(const Object& o) {
    return fmt::format("<contextlib.{} object at {:#x}>", o.type()->name, o.bits());
}

}  // namespace

void setup_contextlib() {
    for (Type* t : {&GeneratorCMType, &AsyncGeneratorCMType, &SuppressType, &NullContextType, &ClosingType})
        set_slots(*t, {.repr = cm_repr});
    add_methods(GeneratorCMType, {{"__enter__", cm_enter}, {"__exit__", cm_exit}});
    add_methods(AsyncGeneratorCMType, {{"__aenter__", acm_aenter_method}, {"__aexit__", acm_aexit_method}});
    add_methods(SuppressType, {{"__enter__", nothing_exit}, {"__exit__", suppress_exit}});
    set_type_constructor(SuppressType, suppress_ctor);
    add_methods(NullContextType, {{"__enter__", value_enter}, {"__exit__", nothing_exit}, {"__aenter__", null_aenter},
                                  {"__aexit__", null_aexit}});
    set_type_constructor(NullContextType, nullcontext_ctor);
    add_methods(ClosingType, {{"__enter__", value_enter}, {"__exit__", closing_exit}});
    set_type_constructor(ClosingType, closing_ctor);
}

void init_contextlib_module(ModuleObj& m) {
    module_add_functions(m, {{"contextmanager", f_contextmanager}, {"asynccontextmanager", f_asynccontextmanager}});
    module_add(m, "suppress", type_object(SuppressType));
    module_add(m, "nullcontext", type_object(NullContextType));
    module_add(m, "closing", type_object(ClosingType));
}

}  // namespace pyco
