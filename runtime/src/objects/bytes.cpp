// bytes: immutable byte strings (b'..' literals, str.encode()), and what bytes and bytearray share: the repr
// of their contents, indexing, `in`, repetition, iteration and construction from a source. The methods they
// share are in bytes_methods.cpp and bytes_ascii.cpp.
#include <fmt/format.h>

#include "internal/module_args.h"
#include "objects/bytes_methods.h"

namespace pyco {

using bytes_methods::Kind;

Type BytesType("bytes", "builtins", &ObjectType);
static Type BytesIterType("bytes_iterator", "builtins", &ObjectType);

Object bytes_(std::string_view raw) { return Object::adopt(new BytesObj(std::string(raw))); }

std::string bytes_repr_of(std::string_view s, bool escape_single_quotes) {
    char quote = s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos ? '"' : '\'';
    std::string r = "b";
    r.push_back(quote);
    for (unsigned char c : s) {
        if (c == quote || c == '\\' || (c == '\'' && escape_single_quotes)) { r.push_back('\\'); r.push_back(char(c)); }
        else if (c == '\t') r += "\\t";
        else if (c == '\n') r += "\\n";
        else if (c == '\r') r += "\\r";
        else if (c < 0x20 || c >= 0x7f) r += fmt::format("\\x{:02x}", unsigned(c));
        else r.push_back(char(c));
    }
    r.push_back(quote);
    return r;
}

std::string_view buffer_arg(const Object& o) {
    std::string_view v;
    if (!get_buffer(o, v)) type_error(fmt::format("a bytes-like object is required, not '{}'", type_name(o)));
    return v;
}

// Converts an index to a byte, with the message of the caller's type for values outside range(256).
static unsigned char byte_in_range(const Object& o, const char* range_message) {
    Object i = index_object(o);
    int64_t v;
    if (!int_small(i, v) || v < 0 || v > 255) value_error(range_message);
    return static_cast<unsigned char>(v);
}

unsigned char byte_value(const Object& o) { return byte_in_range(o, "byte must be in range(0, 256)"); }

std::string bytes_from_source(const Object& x, const Type& type) {
    if (is_index(x)) {
        int64_t n = repeat_count(x);
        if (n < 0) value_error("negative count");
        check_repeat_size(1, n, 1);
        return std::string(size_t(n), '\0');
    }
    std::string out;
    if (buffer_copy(x, out)) return out;
    const char* range_message = &type == &BytesType ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)";
    Object it;
    if (!is_str(x)) {
        try {
            it = iter(x);
        } catch (const PyExc& e) {
            if (!isinstance(e.exc, TypeErrorType)) throw;
        }
    }
    if (it.null()) type_error(fmt::format("cannot convert '{}' object to {}", type_name(x), type.name));
    for (Object v = next(it); !v.null(); v = next(it)) out.push_back(char(byte_in_range(v, range_message)));
    return out;
}

namespace bytes_methods {

Object byte_string_getitem(const Object& o, const Object& key, Kind k) {
    const std::string& s = bytes_data(o);
    if (isinstance_exact(key, SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(key, int64_t(s.size()), start, stop, step);
        std::string r;
        for (int64_t i = 0, j = start; i < n; ++i, j += step) r.push_back(s[size_t(j)]);
        return k == Kind::Bytes ? bytes_(r) : bytearray_(std::move(r));
    }
    const char* name = k == Kind::Bytes ? "byte" : "bytearray";
    if (!is_index(key)) type_error(fmt::format("{} indices must be integers or slices, not {}", name, type_name(key)));
    int64_t i = index_value(key), n = int64_t(s.size());
    if (i < 0) i += n;
    // bytes says no more than this; bytearray names itself.
    if (i < 0 || i >= n) raise(IndexErrorType, k == Kind::Bytes ? "index out of range" : "bytearray index out of range");
    return int_((unsigned char)s[size_t(i)]);
}

int byte_string_contains(const Object& o, const Object& item) {
    const std::string& s = bytes_data(o);
    if (is_index(item)) return s.find(char(byte_in_range(item, "byte must be in range(0, 256)"))) != std::string::npos;
    return s.find(buffer_arg(item)) != std::string::npos;
}

Object byte_string_repeat(const Object& a, const Object& b, Kind k) {
    const Type& t = k == Kind::Bytes ? BytesType : ByteArrayType;
    bool left = isinstance_exact(a, t);
    const Object& seq = left ? a : b;
    const Object& count = left ? b : a;
    if (!isinstance_exact(seq, t) || !is_index(count)) return NotImplemented();
    const std::string& s = bytes_data(seq);
    int64_t n = repeat_count(count);
    check_repeat_size(int64_t(s.size()), n, 1, k == Kind::Bytes ? "repeated bytes are too long" : nullptr);
    std::string r;
    if (n > 0) r.reserve(s.size() * size_t(n));
    for (int64_t i = 0; i < n; ++i) r += s;
    return k == Kind::Bytes ? bytes_(r) : bytearray_(std::move(r));
}

struct ByteIterObj : Obj {
    Object seq;
    size_t i = 0;
    ByteIterObj(const Type& t, Object s) : Obj(&t), seq(std::move(s)) {}
};

Object byte_string_iter(const Object& o, const Type& iterator_type) {
    return Object::adopt(new ByteIterObj(iterator_type, o));
}

Object byte_string_iter_next(const Object& it) {
    auto* bi = it.as<ByteIterObj>();
    if (bi->seq.null()) return {};
    const std::string& s = bytes_data(bi->seq);
    if (bi->i >= s.size()) {
        bi->seq = Object();  // exhausted for good, even if the bytearray grows again
        return {};
    }
    return int_((unsigned char)s[bi->i++]);
}

std::string byte_string_from_args(const Args& a, Kind k) {
    const Type& type = k == Kind::Bytes ? BytesType : ByteArrayType;
    std::vector<Object> v = clinic_args(type.name.c_str(), a, {"source", "encoding", "errors"}, 0);
    for (size_t i : {1, 2})
        if (!v[i].null() && !is_str(v[i]))
            type_error(fmt::format("{}() argument '{}' must be str, not {}", type.name, i == 1 ? "encoding" : "errors",
                                   type_name(v[i])));
    const Object& x = v[0];
    if (!x.null() && is_str(x)) {
        if (v[1].null()) type_error("string argument without an encoding");
        return encode_text(str_view(x), str_view(v[1]), v[2].null() ? "strict" : str_view(v[2]));
    }
    if (!v[1].null()) type_error("encoding without a string argument");
    if (!v[2].null()) type_error("errors without a string argument");
    if (x.null()) return {};
    // bytes(x) asks a class for its __bytes__ first; bytearray(x) does not.
    if (k == Kind::Bytes && x.is_ptr() && !x.type()->mro.empty()) {
        if (Object m = getattr_or_null(x, "__bytes__"); !m.null()) {
            Object r = call(m);
            if (!is_bytes(r)) type_error(fmt::format("__bytes__ returned non-bytes (type {})", type_name(r)));
            return bytes_data(r);
        }
    }
    return bytes_from_source(x, type);
}

}  // namespace bytes_methods

namespace {

using namespace bytes_methods;

std::string bytes_repr(const Object& o) { return bytes_repr_of(bytes_data(o)); }
int64_t bytes_hash(const Object& o) { return str_hash_bytes(bytes_data(o)); }
int64_t bytes_len(const Object& o) { return int64_t(bytes_data(o).size()); }

// bytes compares only with bytes; bytearray and memoryview answer for the mixed cases.
Object bytes_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!is_bytes(a) || !is_bytes(b)) return NotImplemented();
    return bool_(cmp_holds(op, bytes_data(a).compare(bytes_data(b)), 0));
}

// bytes + any contiguous buffer is bytes; a failure is reported as "can't concat" by the generic dispatch.
Object bytes_binop(const Object& a, const Object& b, BinOp op) {
    if (op == BinOp::Mul) return byte_string_repeat(a, b, Kind::Bytes);
    std::string_view other;
    if (op != BinOp::Add || !is_bytes(a) || !get_buffer(b, other, false)) return NotImplemented();
    std::string r = bytes_data(a);
    r.append(other);
    return bytes_(r);
}

Object bytes_getitem(const Object& o, const Object& key) { return byte_string_getitem(o, key, Kind::Bytes); }
Object bytes_iter(const Object& o) { return byte_string_iter(o, BytesIterType); }

Object bytes_ctor(const Type&, const Args& a) { return bytes_(byte_string_from_args(a, Kind::Bytes)); }

// bytes.__bytes__() and __getnewargs__(): bytes itself, as a value of exact type bytes.
Object m_bytes(const Args& a) { return bytes_(self_of<Kind::Bytes>(a, "__bytes__", 0, 0, MethodConv::NoArgs)); }
Object m_getnewargs(const Args& a) {
    return tuple_({bytes_(self_of<Kind::Bytes>(a, "__getnewargs__", 0, 0, MethodConv::NoArgs))});
}

}  // namespace

void setup_bytes() {
    set_slots(BytesType, {.repr = bytes_repr, .hash = bytes_hash, .richcompare = bytes_richcompare,
                          .binop = bytes_binop, .len = bytes_len, .iter = bytes_iter, .getitem = bytes_getitem,
                          .contains = bytes_methods::byte_string_contains});
    add_methods(BytesType, {{"__bytes__", m_bytes}, {"__getnewargs__", m_getnewargs}});
    set_iterator_type(BytesIterType, bytes_methods::byte_string_iter_next);
    set_type_constructor(BytesType, bytes_ctor);
}

}  // namespace pyco
