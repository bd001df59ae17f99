// Generator objects: next()/send() resume the frame until its next yield or its return.
#include "pyco/generator.h"

#include <fmt/format.h>

#include "pyco/ops.h"

namespace pyco {

static std::string generator_repr(const Object& o) {
    auto* p = o.as<GenPromise>();
    return fmt::format("<generator object {} at {:#x}>", p->frame.code->qualname, o.bits());
}
static Object generator_iter(const Object& o) { return o; }
static Object generator_next(const Object& o) { return generator_send(o, None()); }

Type GeneratorType("generator", "builtins", &ObjectType);
namespace {
struct GeneratorTypeInit {
    GeneratorTypeInit() {
        GeneratorType.repr = generator_repr;
        GeneratorType.iter = generator_iter;
        GeneratorType.next = generator_next;
    }
} generator_type_init;
}  // namespace

void GenPromise::unhandled_exception() noexcept {
    try {
        throw;
    } catch (const PyExc& e) {
        e.add_frame(frame);
        exc = e.exc;
    } catch (const std::bad_alloc&) {
        exc = new_exception(MemoryErrorType);
    } catch (...) {
        exc = new_exception(RuntimeErrorType, "internal error: a C++ exception escaped a generator");
    }
}

Object GenPromise::YieldAwaiter::await_resume() const noexcept {
    set_current_frame(&p->frame);
    Object v = std::move(p->sent);
    p->sent = Object();
    return v.null() ? None() : v;
}

Object generator_send(const Object& gen, const Object& value) {
    auto* p = gen.as<GenPromise>();
    if (p->done) return {};
    if (p->running) raise(ValueErrorType, "generator already executing");
    if (!p->started && !is_none(value))
        raise(TypeErrorType, "can't send non-None value to a just-started generator");
    p->started = true;
    p->sent = value;
    p->running = true;
    Frame* saved = current_frame();
    set_current_frame(&p->frame);
    p->handle().resume();
    set_current_frame(saved);
    p->running = false;
    if (!p->done) return std::move(p->yielded);
    if (!p->exc.null()) {
        Object e = std::move(p->exc);
        p->exc = Object();
        // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
        if (isinstance(e, StopIterationType)) {
            try {
                HandlingGuard handling(e);
                raise(RuntimeErrorType, "generator raised StopIteration");
            } catch (const PyExc& converted) {
                converted.exc.as<ExceptionObj>()->cause = e;
                throw;
            }
        }
        rethrow(e);
    }
    return {};
}

Object generator_return_value(const Object& gen) {
    auto* p = gen.as<GenPromise>();
    return p->result.null() ? None() : p->result;
}

Object generator_return_value_or_none(const Object& it) {
    if (isinstance_exact(it, GeneratorType)) return generator_return_value(it);
    return None();
}

}  // namespace pyco
