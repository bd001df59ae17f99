// bytes: immutable byte strings (b'..' literals, str.encode()); the text-like methods are in bytes_methods.cpp.
#include <fmt/format.h>

#include "internal/values.h"
#include "internal/type_setup.h"

namespace pyco {

Type BytesType("bytes", "builtins", &ObjectType);
static Type BytesIterType("bytes_iterator", "builtins", &ObjectType);

Object bytes_(std::string_view raw) { return Object::adopt(new BytesObj(std::string(raw))); }
static const std::string& B(const Object& o) { return o.as<BytesObj>()->s; }
static bool is_bytes(const Object& o) { return isinstance_exact(o, BytesType); }

static std::string bytes_repr(const Object& o) {
    const std::string& s = B(o);
    char quote = s.find('\'') != std::string::npos && s.find('"') == std::string::npos ? '"' : '\'';
    std::string r = "b";
    r.push_back(quote);
    for (unsigned char c : s) {
        if (c == quote || c == '\\') { r.push_back('\\'); r.push_back(char(c)); }
        else if (c == '\t') r += "\\t";
        else if (c == '\n') r += "\\n";
        else if (c == '\r') r += "\\r";
        else if (c < 0x20 || c >= 0x7f) r += fmt::format("\\x{:02x}", unsigned(c));
        else r.push_back(char(c));
    }
    r.push_back(quote);
    return r;
}

static int64_t bytes_hash(const Object& o) { return str_hash_bytes(B(o)); }
static int64_t bytes_len(const Object& o) { return int64_t(B(o).size()); }

static Object bytes_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!is_bytes(a) || !is_bytes(b)) return NotImplemented();
    int c = B(a).compare(B(b));
    return bool_(cmp_holds(op, c, 0));
}

static Object bytes_binop(const Object& a, const Object& b, BinOp op) {
    if (op == BinOp::Add && is_bytes(a)) {
        if (!is_bytes(b)) type_error(fmt::format("can't concat {} to bytes", type_name(b)));
        return bytes_(B(a) + B(b));
    }
    if (op == BinOp::Mul && is_bytes(a) && is_intlike(b)) {
        std::string r;
        int64_t n = repeat_count(b);
        check_repeat_size(int64_t(B(a).size()), n, 1, "repeated bytes are too long");
        if (n > 0) r.reserve(B(a).size() * size_t(n));
        for (int64_t i = 0; i < n; ++i) r += B(a);
        return bytes_(r);
    }
    return NotImplemented();
}

static Object bytes_getitem(const Object& o, const Object& key) {
    const std::string& s = B(o);
    if (isinstance_exact(key, SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(key, int64_t(s.size()), start, stop, step);
        std::string r;
        for (int64_t i = 0, k = start; i < n; ++i, k += step) r.push_back(s[size_t(k)]);
        return bytes_(r);
    }
    if (!is_index(key)) type_error(fmt::format("byte indices must be integers or slices, not {}", type_name(key)));
    int64_t i = index_value(key), n = int64_t(s.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(IndexErrorType, "index out of range");  // CPython's bytes says no more
    return int_((unsigned char)s[size_t(i)]);
}

static int bytes_contains(const Object& o, const Object& item) {
    if (is_intlike(item)) return B(o).find(char(int_as_int64(item))) != std::string::npos;
    if (!is_bytes(item)) type_error(fmt::format("a bytes-like object is required, not '{}'", type_name(item)));
    return B(o).find(B(item)) != std::string::npos;
}

struct BytesIterObj : Obj {
    Object b;
    size_t i = 0;
    explicit BytesIterObj(Object x) : Obj(&BytesIterType), b(std::move(x)) {}
};
static Object bytes_iter(const Object& o) { return Object::adopt(new BytesIterObj(o)); }
static Object bytes_iter_next(const Object& it) {
    auto* bi = it.as<BytesIterObj>();
    if (bi->i >= B(bi->b).size()) return {};
    return int_((unsigned char)B(bi->b)[bi->i++]);
}

static Object bytes_ctor(const Type&, const Args& a) {
    check_c_kwargs("bytes", a, {"source", "encoding", "errors"});
    check_nargs("bytes", a, 0, 3);
    if (a.npos == 0) return bytes_("");
    const Object& x = a[0];
    if (is_str(x)) {
        if (a.npos < 2 && kwarg(a, "encoding").null()) type_error("string argument without an encoding");
        return bytes_(encode_text(str_view(x), codec_arg(a, 1, "encoding", "bytes", "utf-8"),
                                  codec_arg(a, 2, "errors", "bytes", "strict")));
    }
    if (is_intlike(x)) {
        int64_t n = index_value(x);
        if (n < 0) value_error("negative count");
        return bytes_(std::string(size_t(n), '\0'));
    }
    std::string r;
    for (const Object& v : to_vector(x)) {
        int64_t c = index_value(v);
        if (c < 0 || c > 255) value_error("bytes must be in range(0, 256)");
        r.push_back(char(c));
    }
    return bytes_(r);
}

void setup_bytes() {
    set_slots(BytesType, {.repr = bytes_repr, .hash = bytes_hash, .richcompare = bytes_richcompare,
                          .binop = bytes_binop, .len = bytes_len, .iter = bytes_iter, .getitem = bytes_getitem,
                          .contains = bytes_contains});
    set_iterator_type(BytesIterType, bytes_iter_next);
    set_type_constructor(BytesType, bytes_ctor);
}

}  // namespace pyco
