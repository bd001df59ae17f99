// Calls: function objects, built-in functions, bound methods, and binding arguments to parameters with
// CPython's error messages.
#include "pyco/call.h"

#include <fmt/format.h>

#include <algorithm>

#include "pyco/exceptions.h"
#include "pyco/ops.h"
#include "internal/type_setup.h"

namespace pyco {

// ---- the types ----
static std::string function_repr(const Object& o) {
    return fmt::format("<function {} at {:#x}>", str_utf8(getattr(o, "__qualname__")), o.bits());
}
static std::string builtin_repr(const Object& o) {
    auto* b = o.as<BuiltinFunctionObj>();
    if (!b->self.null())
        return fmt::format("<built-in method {} of {} object at {:#x}>", b->name, type_name(b->self), b->self.bits());
    return fmt::format("<built-in function {}>", b->name);
}
// A built-in function or method answers __name__ and, when bound, __self__.
static Object builtin_getattr(const Object& o, std::string_view name) {
    auto* b = o.as<BuiltinFunctionObj>();
    if (name == "__name__") return str_(b->name);
    if (name == "__self__" && !b->self.null()) return b->self;
    return {};
}
static std::string method_repr(const Object& o) {
    auto* m = o.as<MethodObj>();
    if (isinstance_exact(m->func, BuiltinFunctionType))  // a classmethod of a built-in type, bound to its class
        return fmt::format("<built-in method {} of {} object at {:#x}>", m->func.as<BuiltinFunctionObj>()->name,
                           type_name(m->self), m->self.bits());
    return fmt::format("<bound method {} of {}>", str_utf8(getattr(m->func, "__qualname__")), repr_utf8(m->self));
}
static Object function_call(const Object& f, const Args& a) {
    auto* fn = f.as<FunctionObj>();
    return fn->entry(fn, a);
}
// Calls `f` with `self` prepended to the positional arguments.
template <class F>
static Object with_self(const Object& self, const Args& a, F&& f) {
    Object small[8];
    std::vector<Object> big;
    Object* pos = small;
    if (a.npos + 1 > 8) {
        big.resize(a.npos + 1);
        pos = big.data();
    }
    pos[0] = self;
    std::copy(a.pos, a.pos + a.npos, pos + 1);
    return f(Args{pos, a.npos + 1, a.kw, a.nkw});
}
static Object builtin_call(const Object& f, const Args& a) {
    auto* b = f.as<BuiltinFunctionObj>();
    if (b->self.null()) return b->fn(a);
    return with_self(b->self, a, [b](const Args& x) { return b->fn(x); });
}
static Object method_call(const Object& f, const Args& a) {
    auto* m = f.as<MethodObj>();
    return with_self(m->self, a, [m](const Args& x) { return call(m->func, x); });
}
static Object kwdefaults_dict(FunctionObj* fn) {
    if (fn->kwdefaults.empty()) return None();
    Object d = dict_();
    for (auto& [k, v] : fn->kwdefaults) setitem(d, str_(k), v);
    return d;
}
void set_annotations(const Object& fn, Object annotations) { fn.as<FunctionObj>()->annotations = std::move(annotations); }
// Attributes set on the function (functools.wraps sets __name__, __qualname__, __doc__, __wrapped__) come
// first, then those the function was compiled with.
static Object function_getattr(const Object& f, std::string_view name) {
    auto* fn = f.as<FunctionObj>();
    if (!fn->dict.null()) {
        Object key = str_(name);
        if (contains(fn->dict, key)) return getitem(fn->dict, key);
    }
    if (name == "__name__") return str_(fn->info->name);
    if (name == "__qualname__") return str_(fn->info->qualname);
    if (name == "__module__") return str_(fn->info->code ? fn->info->code->file->module : "__main__");
    if (name == "__doc__") return fn->info->doc ? str_(fn->info->doc) : None();
    if (name == "__dict__") {
        if (fn->dict.null()) fn->dict = dict_();
        return fn->dict;
    }
    if (name == "__defaults__") return fn->defaults.empty() ? None() : tuple_from(fn->defaults);
    if (name == "__kwdefaults__") return kwdefaults_dict(fn);
    if (name == "__annotations__") {
        if (fn->annotations.null()) fn->annotations = dict_();
        return fn->annotations;
    }
    return {};
}
static void function_setattr(const Object& f, std::string_view name, const Object& v) {
    auto* fn = f.as<FunctionObj>();
    if (name == "__annotations__") {
        if (!v.null() && !isinstance_exact(v, DictType)) raise(TypeErrorType, "__annotations__ must be set to a dict object");
        fn->annotations = v;
        return;
    }
    if (fn->dict.null()) fn->dict = dict_();
    Object key = str_(name);
    if (!v.null()) return setitem(fn->dict, key, v);
    if (!contains(fn->dict, key)) raise_attribute_error(f, name);
    delitem(fn->dict, key);
}
// Bound methods are equal when they bind the same object (by identity) to equal functions (CPython 3.8+).
static Object method_richcompare(const Object& a, const Object& b, CmpOp op) {
    if ((op != CmpOp::Eq && op != CmpOp::Ne) || !isinstance_exact(b, MethodType)) return NotImplemented();
    auto *x = a.as<MethodObj>(), *y = b.as<MethodObj>();
    bool same = is_(x->self, y->self) && eq(x->func, y->func);
    return bool_(op == CmpOp::Eq ? same : !same);
}
static int64_t method_hash(const Object& o) {
    auto* m = o.as<MethodObj>();
    uint64_t p = m->self.bits();
    int64_t h = int64_t((p >> 4) | (p << 60)) ^ hash(m->func);
    return h == -1 ? -2 : h;
}
// A bound method answers __func__ and __self__, and the rest from its function.
static Object method_getattr(const Object& o, std::string_view name) {
    auto* m = o.as<MethodObj>();
    if (name == "__func__") return m->func;
    if (name == "__self__") return m->self;
    if (name == "__class__") return type_object(MethodType);  // the rest is the function's
    return getattr_or_null(m->func, name);
}

Type FunctionType("function", "builtins", &ObjectType);
Type BuiltinFunctionType("builtin_function_or_method", "builtins", &ObjectType);
Type MethodType("method", "builtins", &ObjectType);
Type CellType("cell", "builtins", &ObjectType);

void setup_call() {
    set_slots(FunctionType, {.repr = function_repr, .call = function_call, .getattr = function_getattr,
                             .setattr = function_setattr});
    set_slots(BuiltinFunctionType, {.repr = builtin_repr, .call = builtin_call, .getattr = builtin_getattr});
    set_slots(MethodType, {.repr = method_repr, .hash = method_hash, .richcompare = method_richcompare,
                           .call = method_call, .getattr = method_getattr});
}

FunctionObj::FunctionObj(const FuncInfo* i, Entry e) : Obj(&FunctionType), info(i), entry(e) {}
BuiltinFunctionObj::BuiltinFunctionObj(const char* n, BuiltinFn f, Object s)
    : Obj(&BuiltinFunctionType), name(n), fn(f), self(std::move(s)) {}

Object make_function(const FuncInfo* info, Entry entry, std::vector<Object> defaults,
                     std::vector<std::pair<std::string, Object>> kwdefaults, std::vector<Object> cells) {
    auto* f = new FunctionObj(info, entry);
    f->defaults = std::move(defaults);
    f->kwdefaults = std::move(kwdefaults);
    f->cells = std::move(cells);
    return Object::adopt(f);
}
Object make_builtin(const char* name, BuiltinFn fn) { return Object::adopt(new BuiltinFunctionObj(name, fn)); }
Object make_cell(Object value) {
    auto* c = new CellObj();
    c->value = std::move(value);
    return Object::adopt(c);
}

// ---- calling ----
Object call(const Object& f, const Args& args) {
    const Type* t = f.type();
    if (!t->call) raise(TypeErrorType, fmt::format("'{}' object is not callable", type_name(f)));
    return t->call(f, args);
}

Object call(const Object& f, std::initializer_list<Object> pos, std::initializer_list<KwArg> kw) {
    return call(f, Args{pos.begin(), pos.size(), kw.begin(), kw.size()});
}

Object call_ex(const Object& f, const Object& args, const Object& kwargs) {
    std::vector<Object> pos;
    if (!args.null()) {
        Object it = iter(args);
        for (Object v = next(it); !v.null(); v = next(it)) pos.push_back(std::move(v));
    }
    std::vector<Object> names;  // keeps the keyword names alive while the call runs
    std::vector<KwArg> kw;
    if (!kwargs.null()) {
        Object keys = iter(kwargs);
        for (Object k = next(keys); !k.null(); k = next(keys)) {
            if (!is_str(k)) raise(TypeErrorType, "keywords must be strings");
            kw.push_back(KwArg{str_view(k), getitem(kwargs, k)});
            names.push_back(std::move(k));
        }
    }
    return call(f, Args{pos.data(), pos.size(), kw.data(), kw.size()});
}

Object call_method(const Object& o, std::string_view name, std::initializer_list<Object> pos,
                   std::initializer_list<KwArg> kw) {
    return call(getattr(o, name), pos, kw);
}

// ---- argument binding ----
size_t bound_slots(const FuncInfo* info) {
    return info->params.size() + info->kwonly.size() + info->has_varargs + info->has_varkw;
}

// "'a', 'b', and 'c'" as CPython lists missing arguments.
static std::string quoted_list(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += names.size() > 2 ? ", " : " ";
        if (i && i + 1 == names.size()) out += "and ";
        out += "'" + names[i] + "'";
    }
    return out;
}

[[noreturn]] static void raise_missing(const FuncInfo* info, const std::vector<std::string>& missing, const char* kind) {
    raise(TypeErrorType, fmt::format("{}() missing {} required {} argument{}: {}", info->qualname, missing.size(),
                                     kind, missing.size() == 1 ? "" : "s", quoted_list(missing)));
}

[[noreturn]] static void raise_too_many(FunctionObj* fn, size_t given, size_t kw_given) {
    const FuncInfo* info = fn->info;
    size_t max = info->params.size(), min = max - fn->defaults.size();
    std::string takes = min == max ? fmt::format("{}", max) : fmt::format("from {} to {}", min, max);
    std::string kwpart;
    if (kw_given)
        kwpart = fmt::format(" positional argument{} (and {} keyword-only argument{})", given == 1 ? "" : "s",
                             kw_given, kw_given == 1 ? "" : "s");
    raise(TypeErrorType,
          fmt::format("{}() takes {} positional argument{} but {}{} {} given", info->qualname, takes,
                      max == 1 && min == max ? "" : "s", given, kwpart, given == 1 && !kw_given ? "was" : "were"));
}

void bind_args(FunctionObj* fn, const Args& a, Object* out) {
    const FuncInfo* info = fn->info;
    const size_t np = info->params.size(), nk = info->kwonly.size();
    const size_t varargs_slot = np, kwonly_base = np + info->has_varargs, varkw_slot = kwonly_base + nk;
    // Positional arguments.
    size_t take = std::min(a.npos, np);
    for (size_t i = 0; i < take; ++i) out[i] = a.pos[i];
    if (a.npos > np) {
        if (!info->has_varargs) {
            size_t kw_only_given = 0;
            for (size_t k = 0; k < a.nkw; ++k)
                if (std::find(info->kwonly.begin(), info->kwonly.end(), a.kw[k].name) != info->kwonly.end())
                    ++kw_only_given;
            raise_too_many(fn, a.npos, kw_only_given);
        }
        out[varargs_slot] = tuple_from(std::vector<Object>(a.pos + np, a.pos + a.npos));
    } else if (info->has_varargs) {
        out[varargs_slot] = tuple_();
    }
    if (info->has_varkw) out[varkw_slot] = dict_();
    // Keyword arguments.
    std::vector<std::string> posonly_as_kw;
    for (size_t k = 0; k < a.nkw; ++k) {
        const KwArg& kw = a.kw[k];
        auto p = std::find(info->params.begin(), info->params.end(), kw.name);
        if (p != info->params.end() && p - info->params.begin() >= info->posonly) {
            size_t i = p - info->params.begin();
            if (!out[i].null())
                raise(TypeErrorType, fmt::format("{}() got multiple values for argument '{}'", info->qualname, kw.name));
            out[i] = kw.value;
            continue;
        }
        auto q = std::find(info->kwonly.begin(), info->kwonly.end(), kw.name);
        if (q != info->kwonly.end()) {
            out[kwonly_base + (q - info->kwonly.begin())] = kw.value;
            continue;
        }
        if (info->has_varkw) {
            setitem(out[varkw_slot], str_(kw.name), kw.value);
            continue;
        }
        if (p != info->params.end()) {
            posonly_as_kw.emplace_back(kw.name);
            continue;
        }
        raise(TypeErrorType, fmt::format("{}() got an unexpected keyword argument '{}'", info->qualname, kw.name));
    }
    if (!posonly_as_kw.empty()) {
        std::string names;
        for (auto& n : posonly_as_kw) names += (names.empty() ? "'" : ", '") + n + "'";
        raise(TypeErrorType, fmt::format("{}() got some positional-only arguments passed as keyword arguments: {}",
                                         info->qualname, names));
    }
    // Defaults, then what is still missing.
    size_t first_default = np - fn->defaults.size();
    std::vector<std::string> missing;
    for (size_t i = 0; i < np; ++i) {
        if (!out[i].null()) continue;
        if (i >= first_default) out[i] = fn->defaults[i - first_default];
        else missing.push_back(info->params[i]);
    }
    if (!missing.empty()) raise_missing(info, missing, "positional");
    for (size_t i = 0; i < nk; ++i) {
        Object& slot = out[kwonly_base + i];
        if (!slot.null()) continue;
        for (auto& [name, value] : fn->kwdefaults)
            if (name == info->kwonly[i]) slot = value;
        if (slot.null()) missing.push_back(info->kwonly[i]);
    }
    if (!missing.empty()) raise_missing(info, missing, "keyword-only");
}

// ---- checks for built-in functions ----
void check_nargs(const char* fname, const Args& a, size_t min, size_t max) {
    if (a.npos >= min && a.npos <= max) return;
    if (min == max)
        raise(TypeErrorType, fmt::format("{}() takes exactly {} argument{} ({} given)", fname, min,
                                         min == 1 ? "" : "s", a.npos));
    if (a.npos < min)
        raise(TypeErrorType, fmt::format("{} expected at least {} argument{}, got {}", fname, min,
                                         min == 1 ? "" : "s", a.npos));
    raise(TypeErrorType,
          fmt::format("{} expected at most {} argument{}, got {}", fname, max, max == 1 ? "" : "s", a.npos));
}

void check_no_kwargs(const char* fname, const Args& a) {
    if (a.nkw) raise(TypeErrorType, fmt::format("{}() takes no keyword arguments", fname));
}

Object kwarg(const Args& a, std::string_view name) {
    for (size_t k = 0; k < a.nkw; ++k)
        if (a.kw[k].name == name) return a.kw[k].value;
    return {};
}

}  // namespace pyco
