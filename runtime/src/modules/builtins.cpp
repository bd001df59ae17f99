// The builtins module: print and the buffered stdout behind it, the built-in functions, and the built-in types
// and exception classes as callable values.
#include "pyco/builtins.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "pyco/classes.h"
#include "pyco/module.h"
#include "pyco/generator.h"
#include "internal/typing_objects.h"
#include "internal/values.h"
#include "internal/type_setup.h"
#include "internal/class_lookup.h"

namespace pyco {

Object range_reversed(const Object& o);  // range.cpp

// ---- stdout / stderr ----

namespace {

// CPython buffers stdout by blocks when it is not a terminal and by lines when it is.
struct StdoutBuffer {
    std::string buf;
    int tty = -1;
    ~StdoutBuffer() { flush(); }
    void flush() {
        size_t off = 0;
        while (off < buf.size()) {
            ssize_t n = ::write(1, buf.data() + off, buf.size() - off);
            if (n <= 0) break;
            off += size_t(n);
        }
        buf.clear();
    }
};

StdoutBuffer& out_buffer() {
    static StdoutBuffer b;
    return b;
}

}  // namespace

void write_stdout(std::string_view s) {
    StdoutBuffer& b = out_buffer();
    b.buf.append(s);
    if (b.tty < 0) b.tty = isatty(1);
    if (b.buf.size() >= 8192 || (b.tty && s.find('\n') != std::string_view::npos)) b.flush();
}

void flush_stdout() { out_buffer().flush(); }

void write_stderr(std::string_view s) {
    flush_stdout();  // what was printed before must come out first when both go to one terminal or file
    size_t off = 0;
    while (off < s.size()) {
        ssize_t n = ::write(2, s.data() + off, s.size() - off);
        if (n <= 0) break;
        off += size_t(n);
    }
}

// ---- sys.stdout / sys.stderr ----

static Type TextIOType("TextIOWrapper", "_io", &ObjectType);

struct TextIOObj : Obj {
    int fd;
    explicit TextIOObj(int f) : Obj(&TextIOType), fd(f) {}
};

Object std_stream(int fd) {
    static Object out = immortal(Object::adopt(new TextIOObj(1)));
    static Object err = immortal(Object::adopt(new TextIOObj(2)));
    return fd == 2 ? err : out;
}

static void write_fd(int fd, std::string_view s) {
    if (fd == 2) write_stderr(s);
    else write_stdout(s);
}

static Object io_write(const Args& a) {
    check_nargs("write", a, 2, 2);
    if (!is_str(a[1])) type_error(fmt::format("write() argument must be str, not {}", type_name(a[1])));
    write_fd(a[0].as<TextIOObj>()->fd, str_view(a[1]));
    return int_(as_str(a[1])->length);
}
static Object io_flush(const Args& a) {
    check_nargs("flush", a, 1, 1);
    if (a[0].as<TextIOObj>()->fd == 1) flush_stdout();
    return None();
}
// The stream's name, "<stdout>" or "<stderr>" (a StreamHandler's repr shows it).
static Object io_getattr(const Object& o, std::string_view name) {
    if (name == "name") return str_(o.as<TextIOObj>()->fd == 2 ? "<stderr>" : "<stdout>");
    return {};
}
static std::string io_repr(const Object& o) {
    return fmt::format("<_io.TextIOWrapper name='<{}>' mode='w' encoding='utf-8'>",
                       o.as<TextIOObj>()->fd == 2 ? "stderr" : "stdout");
}

// ---- print ----

static Object bi_print(const Args& a) {
    check_c_kwargs("print", a, {"sep", "end", "file", "flush"});
    auto text_arg = [&](const char* name, const char* dflt) -> std::string {
        Object v = kwarg(a, name);
        if (v.null() || is_none(v)) return dflt;
        if (!is_str(v)) type_error(fmt::format("{} must be None or a string, not {}", name, type_name(v)));
        return std::string(str_view(v));
    };
    std::string sep = text_arg("sep", " "), end = text_arg("end", "\n");
    std::string line;
    for (size_t i = 0; i < a.npos; ++i) {
        if (i) line += sep;
        line += str_utf8(a[i]);
    }
    line += end;
    Object file = kwarg(a, "file");
    Object fl = kwarg(a, "flush");
    bool do_flush = !fl.null() && truthy(fl);
    if (file.null() || is_none(file) || isinstance_exact(file, TextIOType)) {
        int fd = (file.null() || is_none(file)) ? 1 : file.as<TextIOObj>()->fd;
        write_fd(fd, line);
        if (do_flush && fd == 1) flush_stdout();
    } else {
        call_method(file, "write", {str_own(line)});
        if (do_flush) call_method(file, "flush");
    }
    return None();
}

// ---- simple functions ----

static Object bi_len(const Args& a) {
    check_no_kwargs("len", a);
    check_nargs("len", a, 1, 1);
    return int_(len(a[0]));
}
static Object bi_repr(const Args& a) {
    check_nargs("repr", a, 1, 1);
    return repr(a[0]);
}
static Object bi_ascii(const Args& a) {
    check_nargs("ascii", a, 1, 1);
    return ascii(a[0]);
}
static Object bi_format(const Args& a) {
    check_nargs("format", a, 1, 2);
    return format(a[0], a.npos > 1 ? a[1] : str_(""));
}
static Object bi_id(const Args& a) {
    check_nargs("id", a, 1, 1);
    return int_from_mpz(mpz_class(static_cast<unsigned long>(a[0].bits())));
}
static Object bi_hash(const Args& a) {
    check_nargs("hash", a, 1, 1);
    return int_(hash(a[0]));
}
static Object bi_callable(const Args& a) {
    check_nargs("callable", a, 1, 1);
    return bool_(a[0].type()->call != nullptr);
}

static Object bi_isinstance(const Args& a) {
    check_nargs("isinstance", a, 2, 2);
    return bool_(isinstance_check(a[0], a[1]));
}
static Object bi_issubclass(const Args& a) {
    check_nargs("issubclass", a, 2, 2);
    return bool_(issubclass_check(a[0], a[1]));
}

static Object bi_abs(const Args& a) {
    check_nargs("abs", a, 1, 1);
    const Object& x = a[0];
    if (is_intlike(x)) return int_sign(x) < 0 ? unop(UnOp::Neg, x) : unop(UnOp::Pos, x);
    if (is_float(x)) return float_(std::fabs(float_value(x)));
    Object m = getattr_or_null(x, "__abs__");
    if (!m.null()) return call(m);
    type_error(fmt::format("bad operand type for abs(): '{}'", type_name(x)));
}

// min()/max(): an iterable or several arguments, key= and default=.
static Object min_max(const Args& a, const char* name, CmpOp better) {
    check_c_kwargs(name, a, {"key", "default"});
    if (a.npos == 0) type_error(fmt::format("{} expected at least 1 argument, got 0", name));
    Object key = kwarg(a, "key"), dflt = kwarg(a, "default");
    if (!key.null() && is_none(key)) key = Object();
    if (a.npos > 1 && !dflt.null())
        type_error(fmt::format("Cannot specify a default for {}() with multiple positional arguments", name));
    // One item at a time, as CPython's min_max: the iterator, the key and the comparisons interleave.
    Object it = iter(a.npos == 1 ? a[0] : tuple_from(std::vector<Object>(a.pos, a.pos + a.npos)));
    Object best, best_key;
    for (Object item = next(it); !item.null(); item = next(it)) {
        Object k = key.null() ? item : call(key, {item});
        if (best.null() || compare_bool(better, k, best_key)) {
            best = std::move(item);
            best_key = std::move(k);
        }
    }
    if (best.null()) {
        if (!dflt.null()) return dflt;
        value_error(fmt::format("{}() arg is an empty sequence", name));
    }
    return best;
}
static Object bi_min(const Args& a) { return min_max(a, "min", CmpOp::Lt); }
static Object bi_max(const Args& a) { return min_max(a, "max", CmpOp::Gt); }

static Object bi_sum(const Args& a) {
    check_c_kwargs("sum", a, {"start"});
    check_nargs("sum", a, 1, 2);
    Object total = a.npos > 1 ? a[1] : kwarg(a, "start");
    if (total.null()) total = Object::small(0);
    if (is_str(total)) type_error("sum() can't sum strings [use ''.join(seq) instead]");
    if (is_bytes(total)) type_error("sum() can't sum bytes [use b''.join(seq) instead]");
    if (is_bytearray(total)) type_error("sum() can't sum bytearray [use b''.join(seq) instead]");
    Object it = iter(a[0]);
    for (Object x = next(it); !x.null(); x = next(it)) total = binop(BinOp::Add, total, x);
    return total;
}

static Object bi_sorted(const Args& a) {
    check_c_kwargs("sort", a, {"key", "reverse"});
    if (a.npos != 1) type_error(fmt::format("sorted expected 1 argument, got {}", a.npos));
    std::vector<Object> v = to_vector(a[0]);
    sort_objects(v, kwarg(a, "key"), sort_reverse_arg(kwarg(a, "reverse")));
    return list_from(std::move(v));
}

static Object bi_any(const Args& a) {
    check_nargs("any", a, 1, 1);
    Object it = iter(a[0]);
    for (Object x = next(it); !x.null(); x = next(it))
        if (truthy(x)) return bool_(true);
    return bool_(false);
}
static Object bi_all(const Args& a) {
    check_nargs("all", a, 1, 1);
    Object it = iter(a[0]);
    for (Object x = next(it); !x.null(); x = next(it))
        if (!truthy(x)) return bool_(false);
    return bool_(true);
}

static Type CallIterType("callable_iterator", "builtins", &ObjectType);
struct CallIterObj : Obj {
    Object fn, sentinel;
    CallIterObj(Object f, Object s) : Obj(&CallIterType), fn(std::move(f)), sentinel(std::move(s)) {}
};
static Object call_iter_next(const Object& it) {
    auto* ci = it.as<CallIterObj>();
    if (ci->fn.null()) return {};
    Object v = call(ci->fn);
    if (eq(v, ci->sentinel)) {
        ci->fn = Object();
        return {};
    }
    return v;
}

static Object bi_iter(const Args& a) {
    check_nargs("iter", a, 1, 2);
    if (a.npos == 2) {
        if (!a[0].type()->call) type_error("iter(v, w): v must be callable");
        return Object::adopt(new CallIterObj(a[0], a[1]));
    }
    return iter(a[0]);
}

static Object bi_next(const Args& a) {
    check_nargs("next", a, 1, 2);
    set_stop_value(Object());  // what the iterator's StopIteration carries, if it ends now (generator.h)
    Object v = next(a[0]);
    if (!v.null()) return v;
    if (a.npos > 1) return a[1];
    raise_stop_iteration(a[0]);  // with a generator's return value
}

static Object bi_chr(const Args& a) {
    check_nargs("chr", a, 1, 1);
    int64_t c = index_value(a[0]);
    // CPython converts to a C int first.
    if (c < INT32_MIN || c > INT32_MAX) raise(OverflowErrorType, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10FFFF) value_error("chr() arg not in range(0x110000)");
    std::string s;
    utf8_append(s, char32_t(c));
    return str_own(std::move(s));
}
static Object bi_ord(const Args& a) {
    check_nargs("ord", a, 1, 1);
    const Object& x = a[0];
    if (is_bytes(x) || is_bytearray(x)) {
        const std::string& b = bytes_data(x);
        if (b.size() != 1)
            type_error(fmt::format("ord() expected a character, but string of length {} found", b.size()));
        return int_((unsigned char)b[0]);
    }
    if (!is_str(x)) type_error(fmt::format("ord() expected string of length 1, but {} found", type_name(x)));
    if (as_str(x)->length != 1)
        type_error(fmt::format("ord() expected a character, but string of length {} found", as_str(x)->length));
    size_t i = 0;
    return int_(utf8_decode(str_view(x), i));
}

static Object radix(const Args& a, const char* name, const char* spec) {
    check_nargs(name, a, 1, 1);
    return str_own(format_utf8(index_object(a[0]), spec));
}
static Object bi_hex(const Args& a) { return radix(a, "hex", "#x"); }
static Object bi_oct(const Args& a) { return radix(a, "oct", "#o"); }
static Object bi_bin(const Args& a) { return radix(a, "bin", "#b"); }

// round(): ties go to the even neighbour, as CPython's correctly rounded float round.
static double round_half_even(double x) {
    double r = std::round(x);
    if (std::fabs(x - std::trunc(x)) == 0.5) r = 2.0 * std::round(x / 2.0);
    return r;
}

static Object round_int(const Object& x, int64_t nd) {
    if (nd >= 0) return unop(UnOp::Pos, x);  // an int, also for bools
    mpz_class v = int_to_mpz(x), p, q, r;
    mpz_ui_pow_ui(p.get_mpz_t(), 10, static_cast<unsigned long>(-nd));
    mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), v.get_mpz_t(), p.get_mpz_t());
    int c = cmp(2 * r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q.get_mpz_t()))) q += 1;
    return int_from_mpz(q * p);
}

static Object bi_round(const Args& a) {
    check_c_kwargs("round", a, {"number", "ndigits"});
    check_nargs("round", a, 1, 2);
    const Object& x = a[0];
    Object nd = a.npos > 1 ? a[1] : kwarg(a, "ndigits");
    bool has_nd = !nd.null() && !is_none(nd);
    if (is_intlike(x)) return has_nd ? round_int(x, index_value(nd)) : unop(UnOp::Pos, x);
    if (!is_float(x)) {
        Object m = getattr_or_null(x, "__round__");
        if (!m.null()) return has_nd ? call(m, {nd}) : call(m);
        type_error(fmt::format("type {} doesn't define __round__ method", type_name(x)));
    }
    double v = float_value(x);
    if (!has_nd) return int_from_double(round_half_even(v));
    int64_t n = index_value(nd);
    if (!std::isfinite(v) || n > 308) return x;
    if (n >= 0) {
        // printf's digits are correctly rounded from the exact binary value, as CPython's dtoa-based round.
        char buf[400];
        std::snprintf(buf, sizeof buf, "%.*f", int(n), v);
        return float_(std::strtod(buf, nullptr));
    }
    if (n < -308) return float_(std::copysign(0.0, v));
    double p = std::pow(10.0, double(-n));
    return float_(round_half_even(v / p) * p);
}

static Object bi_divmod(const Args& a) {
    check_nargs("divmod", a, 2, 2);
    const Object &x = a[0], &y = a[1];
    if (is_intlike(x) && is_intlike(y)) return tuple_({binop(BinOp::FloorDiv, x, y), binop(BinOp::Mod, x, y)});
    if ((is_float(x) || is_intlike(x)) && (is_float(y) || is_intlike(y))) return float_divmod_pair(x, y);
    type_error(fmt::format("unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(x), type_name(y)));
}

static Object bi_pow(const Args& a) {
    check_c_kwargs("pow", a, {"base", "exp", "mod"});
    check_nargs("pow", a, 2, 3);
    Object mod = a.npos > 2 ? a[2] : kwarg(a, "mod");
    if (mod.null() || is_none(mod)) return binop(BinOp::Pow, a[0], a[1]);
    if (!is_intlike(a[0]) || !is_intlike(a[1]) || !is_intlike(mod)) {
        // CPython tries the three operands' nb_power in order: int's declines, float's and complex's refuse a
        // modulus, each with its own error.
        for (const Object* x : std::initializer_list<const Object*>{&a[0], &a[1], &mod}) {
            if (is_float(*x)) type_error("pow() 3rd argument not allowed unless all arguments are integers");
            if (is_complex(*x)) value_error("complex modulo");
        }
        type_error(fmt::format("unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'", type_name(a[0]),
                               type_name(a[1]), type_name(mod)));
    }
    mpz_class b = int_to_mpz(a[0]), e = int_to_mpz(a[1]), m = int_to_mpz(mod), r;
    if (m == 0) value_error("pow() 3rd argument cannot be 0");
    mpz_class am = abs(m);
    if (e < 0) {
        if (!mpz_invert(b.get_mpz_t(), b.get_mpz_t(), am.get_mpz_t()))
            value_error("base is not invertible for the given modulus");
        e = -e;
    }
    mpz_powm(r.get_mpz_t(), b.get_mpz_t(), e.get_mpz_t(), am.get_mpz_t());
    if (m < 0 && r != 0) r += m;  // the result takes the modulus' sign
    return int_from_mpz(r);
}

static std::string_view attr_name(const Object& o) {
    if (!is_str(o)) type_error(fmt::format("attribute name must be string, not '{}'", type_name(o)));
    return str_view(o);
}
static Object bi_getattr(const Args& a) {
    check_nargs("getattr", a, 2, 3);
    std::string_view name = attr_name(a[1]);
    if (a.npos == 2) return getattr(a[0], name);
    try {
        Object r = getattr_or_null(a[0], name);
        return r.null() ? a[2] : r;
    } catch (const PyExc& e) {
        if (isinstance(e.exc, AttributeErrorType)) return a[2];
        throw;
    }
}
static Object bi_setattr(const Args& a) {
    check_nargs("setattr", a, 3, 3);
    setattr(a[0], attr_name(a[1]), a[2]);
    return None();
}
static Object bi_delattr(const Args& a) {
    check_nargs("delattr", a, 2, 2);
    delattr(a[0], attr_name(a[1]));
    return None();
}
static Object bi_vars(const Args& a) {
    check_nargs("vars", a, 0, 1);
    // The locals of the calling frame are not kept as a dict; the compiler rejects a literal vars() call.
    if (a.npos == 0) raise(RuntimeErrorType, "vars() without an argument is not supported by pyco");
    try {
        return getattr(a[0], "__dict__");
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, AttributeErrorType)) throw;
    }
    raise(TypeErrorType, "vars() argument must have __dict__ attribute");
}
static Object bi_dir(const Args& a) {
    check_no_kwargs("dir", a);
    check_nargs("dir", a, 0, 1);
    // The names of the calling frame are not kept; the compiler rejects a literal dir() call.
    if (a.npos == 0) raise(RuntimeErrorType, "dir() without an argument is not supported by pyco");
    return dir(a[0]);
}
// site's exit() and quit(): SystemExit(code), code defaulting to None (so e.code is None, as in CPython).
static Object bi_exit(const Args& a) {
    check_kwargs("exit", a, {"code"});
    check_nargs("exit", a, 0, 1);
    Object code = a.npos ? a[0] : kwarg(a, "code");
    raise_(new_exception(SystemExitType, {code.null() ? None() : code}));
}
static Object bi_hasattr(const Args& a) {
    check_nargs("hasattr", a, 2, 2);
    std::string_view name = attr_name(a[1]);
    try {
        return bool_(!getattr_or_null(a[0], name).null());
    } catch (const PyExc& e) {
        if (isinstance(e.exc, AttributeErrorType)) return bool_(false);
        throw;
    }
}

// ---- iterator types: enumerate, zip, map, filter, reversed ----

static Type EnumerateType("enumerate", "builtins", &ObjectType);
static Type ZipType("zip", "builtins", &ObjectType);
static Type MapType("map", "builtins", &ObjectType);
static Type FilterType("filter", "builtins", &ObjectType);
static Type ReversedType("reversed", "builtins", &ObjectType);

struct EnumerateObj : Obj {
    Object it, count;
    EnumerateObj(Object i, Object c) : Obj(&EnumerateType), it(std::move(i)), count(std::move(c)) {}
};
struct ZipObj : Obj {
    std::vector<Object> its;
    bool strict;
    ZipObj(std::vector<Object> v, bool s) : Obj(&ZipType), its(std::move(v)), strict(s) {}
};
struct MapObj : Obj {
    Object fn;
    std::vector<Object> its;
    MapObj(Object f, std::vector<Object> v) : Obj(&MapType), fn(std::move(f)), its(std::move(v)) {}
};
struct FilterObj : Obj {
    Object fn, it;
    FilterObj(Object f, Object i) : Obj(&FilterType), fn(std::move(f)), it(std::move(i)) {}
};
struct ReversedObj : Obj {
    Object seq;
    int64_t i;
    ReversedObj(Object s, int64_t n) : Obj(&ReversedType), seq(std::move(s)), i(n) {}
};


static Object enumerate_ctor(const Type&, const Args& a) {
    check_c_kwargs("enumerate", a, {"iterable", "start"});
    Object src = a.npos > 0 ? a[0] : kwarg(a, "iterable");
    if (src.null()) type_error("enumerate() missing required argument 'iterable' (pos 1)");
    Object start = a.npos > 1 ? a[1] : kwarg(a, "start");
    // operator.index(start) as an exact int: enumerate(x, True) counts from 1.
    start = start.null() ? Object::small(0) : unop(UnOp::Pos, index_object(start));
    return Object::adopt(new EnumerateObj(iter(src), start));
}
static Object enumerate_next(const Object& o) {
    auto* e = o.as<EnumerateObj>();
    Object v = next(e->it);
    if (v.null()) return {};
    Object i = e->count;
    e->count = binop(BinOp::Add, i, Object::small(1));
    return tuple_({i, v});
}

static Object zip_ctor(const Type&, const Args& a) {
    check_c_kwargs("zip", a, {"strict"});
    Object s = kwarg(a, "strict");
    std::vector<Object> its;
    for (size_t i = 0; i < a.npos; ++i) its.push_back(iter(a[i]));
    return Object::adopt(new ZipObj(std::move(its), !s.null() && truthy(s)));
}
static Object zip_next(const Object& o) {
    auto* z = o.as<ZipObj>();
    if (z->its.empty()) return {};
    std::vector<Object> row;
    for (size_t i = 0; i < z->its.size(); ++i) {
        Object v = next(z->its[i]);
        if (v.null()) {
            if (z->strict) {
                if (i > 0)
                    value_error(fmt::format("zip() argument {} is shorter than argument{} 1{}", i + 1,
                                            i > 1 ? "s" : "", i > 1 ? fmt::format("-{}", i) : ""));
                for (size_t k = 1; k < z->its.size(); ++k)
                    if (!next(z->its[k]).null())
                        value_error(fmt::format("zip() argument {} is longer than argument{} 1{}", k + 1,
                                                k > 1 ? "s" : "", k > 1 ? fmt::format("-{}", k) : ""));
            }
            z->its.clear();
            return {};
        }
        row.push_back(std::move(v));
    }
    return tuple_from(std::move(row));
}

static Object map_ctor(const Type&, const Args& a) {
    check_no_kwargs("map", a);
    if (a.npos < 2) type_error("map() must have at least two arguments.");
    std::vector<Object> its;
    for (size_t i = 1; i < a.npos; ++i) its.push_back(iter(a[i]));
    return Object::adopt(new MapObj(a[0], std::move(its)));
}
static Object map_next(const Object& o) {
    auto* m = o.as<MapObj>();
    std::vector<Object> args;
    for (const Object& it : m->its) {
        Object v = next(it);
        if (v.null()) return {};
        args.push_back(std::move(v));
    }
    Args call_args{args.data(), args.size(), nullptr, 0};
    return call(m->fn, call_args);
}

static Object filter_ctor(const Type&, const Args& a) {
    check_no_kwargs("filter", a);
    if (a.npos != 2) type_error(fmt::format("filter expected 2 arguments, got {}", a.npos));
    return Object::adopt(new FilterObj(a[0], iter(a[1])));
}
static Object filter_next(const Object& o) {
    auto* f = o.as<FilterObj>();
    for (Object v = next(f->it); !v.null(); v = next(f->it)) {
        bool keep = is_none(f->fn) ? truthy(v) : truthy(call(f->fn, {v}));
        if (keep) return v;
    }
    return {};
}

static Object reversed_ctor(const Type&, const Args& a) {
    check_no_kwargs("reversed", a);
    if (a.npos != 1) type_error(fmt::format("reversed expected 1 argument, got {}", a.npos));
    const Object& s = a[0];
    if (is_list(s)) return list_reversed(s);
    if (isinstance_exact(s, RangeType)) return range_reversed(s);
    if (is_dict(s) || is_dict_view(s)) {
        std::vector<Object> keys = to_vector(s);
        return Object::adopt(new ReversedObj(list_from(std::move(keys)), int64_t(len(s))));
    }
    const Type* t = s.type();
    Object own = special_method(s, "__reversed__");  // looked up on the type: a metaclass's serves its classes
    if (!own.null() && !is_none(own)) return call(own);
    if (!own.null() || !t->getitem || !t->len || is_dict(s) || is_anyset(s))
        type_error(fmt::format("'{}' object is not reversible", type_name(s)));
    return Object::adopt(new ReversedObj(s, len(s)));
}
static Object reversed_next(const Object& o) {
    auto* r = o.as<ReversedObj>();
    if (r->i <= 0) return {};
    return getitem(r->seq, int_(--r->i));
}

// ---- the table ----

namespace {

// Everything this file and the types implement under a builtin's name.
std::unordered_map<std::string, Object> implemented_builtins() {
    std::unordered_map<std::string, Object> t;
    for (MethodDef e : {MethodDef{"print", bi_print}, {"len", bi_len}, {"repr", bi_repr}, {"ascii", bi_ascii},
                        {"format", bi_format}, {"id", bi_id}, {"hash", bi_hash}, {"callable", bi_callable},
                        {"isinstance", bi_isinstance}, {"issubclass", bi_issubclass}, {"abs", bi_abs}, {"min", bi_min},
                        {"max", bi_max}, {"sum", bi_sum}, {"sorted", bi_sorted}, {"any", bi_any}, {"all", bi_all},
                        {"iter", bi_iter}, {"next", bi_next}, {"chr", bi_chr}, {"ord", bi_ord}, {"hex", bi_hex},
                        {"oct", bi_oct}, {"bin", bi_bin}, {"round", bi_round}, {"divmod", bi_divmod}, {"pow", bi_pow},
                        {"getattr", bi_getattr}, {"setattr", bi_setattr}, {"delattr", bi_delattr},
                        {"hasattr", bi_hasattr}, {"exit", bi_exit}, {"quit", bi_exit}, {"vars", bi_vars}, {"dir", bi_dir},
                        {"aiter", builtin_aiter}, {"anext", builtin_anext}})
        t[e.name] = immortal(make_builtin(e.name, e.fn));
    for (const Type* ty : {&IntType, &FloatType, &ComplexType, &StrType, &BoolType, &ListType, &TupleType, &DictType,
                           &SetType, &FrozenSetType, &TypeType, &ObjectType, &RangeType, &SliceType, &BytesType,
                           &ByteArrayType, &MemoryViewType, &EnumerateType, &ZipType, &MapType, &FilterType,
                           &ReversedType, &PropertyType, &StaticMethodType, &ClassMethodType, &SuperType})
        t[ty->name] = type_object(*ty);
    // asyncio's CancelledError and InvalidStateError are in the list too but not builtins.
    for (const Type* ty : builtin_exception_types())
        if (ty->module == "builtins") t[ty->name] = type_object(*ty);
    t["EnvironmentError"] = t["IOError"] = type_object(OSErrorType);
    t["NotImplemented"] = NotImplemented();
    t["Ellipsis"] = Ellipsis();
    t["__debug__"] = bool_(true);  // python3 without -O
    return t;
}

enum class BuiltinKind { provided, unprovided, compiled, module_attr };

// The names pyco/builtins.def marks provided, and only those: the compiler resolves names by the same table. A
// provided name with no implementation is left out (a unit test checks there is none).
const std::unordered_map<std::string, Object>& builtin_table() {
    static const std::unordered_map<std::string, Object> table = [] {
        std::unordered_map<std::string, Object> implemented = implemented_builtins(), t;
        auto provide = [&](const char* name) {
            if (auto it = implemented.find(name); it != implemented.end()) t.insert(*it);
        };
#define PYCO_BUILTIN(name, kind) \
    if (BuiltinKind::kind == BuiltinKind::provided) provide(#name);
#include "pyco/builtins.def"
#undef PYCO_BUILTIN
        return t;
    }();
    return table;
}

}  // namespace

Object builtin(std::string_view name) {
    auto& t = builtin_table();
    auto it = t.find(std::string(name));
    return it == t.end() ? Object() : it->second;
}

bool is_builtin_name(std::string_view name) { return !builtin(name).null(); }

// `import builtins`: the builtins pyco provides, for reading (ModuleObj::read_only says why not for writing).
void init_builtins_module(ModuleObj& m) {
    for (const auto& [name, value] : builtin_table()) m.dict[name] = value;
    m.dict["__doc__"] = None();
    m.read_only = true;
}

void setup_builtins() {
    add_class_getitem(EnumerateType);
    set_slots(TextIOType, {.repr = io_repr, .getattr = io_getattr});
    add_methods(TextIOType, {{"write", io_write}, {"flush", io_flush}});
    set_iterator_type(CallIterType, call_iter_next);
    set_iterator_type(EnumerateType, enumerate_next, enumerate_ctor);
    set_iterator_type(ZipType, zip_next, zip_ctor);
    set_iterator_type(MapType, map_next, map_ctor);
    set_iterator_type(FilterType, filter_next, filter_ctor);
    set_iterator_type(ReversedType, reversed_next, reversed_ctor);
}

}  // namespace pyco
