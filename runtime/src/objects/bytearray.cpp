// bytearray: mutable byte strings. While memoryviews of one are alive (CPython's "exports") they point into its
// storage, so its size cannot change: every resizing operation checks that first, as CPython's _canresize.
// The methods shared with bytes are in bytes_methods.cpp and bytes_ascii.cpp.
#include <fmt/format.h>

#include <algorithm>

#include "objects/bytes_methods.h"

namespace pyco {

using bytes_methods::Kind;

Type ByteArrayType("bytearray", "builtins", &ObjectType);
static Type ByteArrayIterType("bytearray_iterator", "builtins", &ObjectType);

Object bytearray_(std::string raw) { return Object::adopt(new ByteArrayObj(std::move(raw))); }

namespace {

using namespace bytes_methods;

std::string& data(const Object& o) { return o.as<ByteArrayObj>()->s; }

void check_can_resize(const Object& o) {
    if (o.as<ByteArrayObj>()->exports > 0)
        raise(BufferErrorType, "Existing exports of data: object cannot be re-sized");
}
// A change to `new_size` bytes; keeping the size is allowed even while exported.
void check_resize(const Object& o, size_t new_size) {
    if (new_size != data(o).size()) check_can_resize(o);
}

std::string bytearray_repr(const Object& o) { return "bytearray(" + bytes_repr_of(data(o), true) + ")"; }
int64_t bytearray_len(const Object& o) { return int64_t(data(o).size()); }

// A bytearray compares with any buffer, by its bytes.
Object bytearray_richcompare(const Object& a, const Object& b, CmpOp op) {
    std::string_view x, y;
    if (!get_buffer(a, x, false) || !get_buffer(b, y, false)) return NotImplemented();
    return bool_(cmp_holds(op, x.compare(y), 0));
}

Object bytearray_binop(const Object& a, const Object& b, BinOp op) {
    if (op == BinOp::Mul) return byte_string_repeat(a, b, Kind::ByteArray);
    std::string_view other;
    if (op != BinOp::Add || !is_bytearray(a) || !get_buffer(b, other, false)) return NotImplemented();
    std::string r = data(a);
    r.append(other);
    return bytearray_(std::move(r));
}

// `b += x` and `b *= n` change b itself.
Object bytearray_inplace(const Object& a, const Object& b, BinOp op) {
    std::string& s = data(a);
    if (op == BinOp::Mul && is_index(b)) {
        int64_t n = std::max<int64_t>(repeat_count(b), 0);
        check_repeat_size(int64_t(s.size()), n, 1);
        check_resize(a, s.size() * size_t(n));
        std::string once = s;
        s.clear();
        for (int64_t i = 0; i < n; ++i) s += once;
        return a;
    }
    std::string_view other;
    if (op != BinOp::Add || !get_buffer(b, other, false)) return NotImplemented();
    // CPython holds the operand's buffer while it grows the bytearray: `b += b` is a resize under an export.
    if (is_(a, b) && !s.empty()) raise(BufferErrorType, "Existing exports of data: object cannot be re-sized");
    std::string copy(other);
    check_resize(a, s.size() + copy.size());
    s += copy;
    return a;
}

Object bytearray_getitem(const Object& o, const Object& key) { return byte_string_getitem(o, key, Kind::ByteArray); }
Object bytearray_iter(const Object& o) { return byte_string_iter(o, ByteArrayIterType); }

[[noreturn]] void bad_index(const Object& key) {
    type_error(fmt::format("bytearray indices must be integers or slices, not {}", type_name(key)));
}

int64_t item_index(const Object& o, const Object& key) {
    int64_t i = index_value(key), n = int64_t(data(o).size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(IndexErrorType, "bytearray index out of range");
    return i;
}

// Replaces the `n` bytes at `start` with `bytes` (step 1: the size may change).
void replace_run(const Object& o, int64_t start, int64_t n, const std::string& bytes) {
    std::string& s = data(o);
    check_resize(o, s.size() - size_t(n) + bytes.size());
    s.replace(size_t(start), size_t(n), bytes);
}

// Deletes the `n` bytes at start, start+step, ... (any step but 1).
void delete_extended(const Object& o, int64_t start, int64_t step, int64_t n) {
    check_can_resize(o);  // CPython checks before it knows whether anything goes
    std::string& s = data(o);
    std::vector<bool> gone(s.size(), false);
    for (int64_t i = 0, j = start; i < n; ++i, j += step) gone[size_t(j)] = true;
    std::string kept;
    for (size_t k = 0; k < s.size(); ++k)
        if (!gone[k]) kept.push_back(s[k]);
    s = std::move(kept);
}

// What CPython's PyNumber_Check accepts: such a value cannot be a slice's new contents.
bool number_like(const Object& v) {
    if (is_index(v) || is_float(v) || is_complex(v)) return true;
    return v.is_ptr() && !v.type()->mro.empty() &&
           (!getattr_or_null(v, "__int__").null() || !getattr_or_null(v, "__float__").null());
}

void assign_slice(const Object& o, const Object& key, const Object& value) {
    std::string bytes;
    if (is_bytearray(value)) {
        bytes = data(value);
    } else {
        if (number_like(value) || is_str(value))
            type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        bytes = bytes_from_source(value, ByteArrayType);
    }
    int64_t start, stop, step;
    int64_t n = slice_indices(key, int64_t(data(o).size()), start, stop, step);
    if (step == 1) return replace_run(o, start, n, bytes);
    if (bytes.empty()) return delete_extended(o, start, step, n);  // CPython's quirk: b[::2] = b'' deletes
    if (int64_t(bytes.size()) != n)
        value_error(fmt::format("attempt to assign bytes of size {} to extended slice of size {}", bytes.size(), n));
    for (int64_t i = 0, j = start; i < n; ++i, j += step) data(o)[size_t(j)] = bytes[size_t(i)];
}

void bytearray_setitem(const Object& o, const Object& key, const Object& value) {
    if (is_index(key)) {
        unsigned char v = byte_value(value);  // checked before the index, as CPython does
        data(o)[size_t(item_index(o, key))] = char(v);
    } else if (isinstance_exact(key, SliceType)) {
        assign_slice(o, key, value);
    } else {
        bad_index(key);
    }
}

void bytearray_delitem(const Object& o, const Object& key) {
    if (is_index(key)) return replace_run(o, item_index(o, key), 1, {});
    if (!isinstance_exact(key, SliceType)) bad_index(key);
    int64_t start, stop, step;
    int64_t n = slice_indices(key, int64_t(data(o).size()), start, stop, step);
    if (step == 1) return replace_run(o, start, n, {});
    delete_extended(o, start, step, n);
}

Object bytearray_ctor(const Type&, const Args& a) { return bytearray_(byte_string_from_args(a, Kind::ByteArray)); }

// ---- the methods only bytearray has ----

const std::string& self_ba(const Args& a, const char* method, size_t min, size_t max, MethodConv conv) {
    return self_of<Kind::ByteArray>(a, method, min, max, conv);
}

Object m_append(const Args& a) {
    self_ba(a, "append", 1, 1, MethodConv::One);
    char v = char(byte_value(a[1]));
    check_resize(a[0], data(a[0]).size() + 1);
    data(a[0]).push_back(v);
    return None();
}

// Buffers are copied whole; anything else is iterated for ints.
Object m_extend(const Args& a) {
    self_ba(a, "extend", 1, 1, MethodConv::One);
    const Object& x = a[1];
    std::string bytes;
    std::string_view view;
    if (is_bytes(x) || is_bytearray(x) || isinstance_exact(x, MemoryViewType)) {
        if (!get_buffer(x, view, false)) type_error(fmt::format("can't set bytearray slice from {}", type_name(x)));
        bytes = view;
    } else {
        Object it;
        try {
            it = iter(x);
        } catch (const PyExc& e) {
            if (!isinstance(e.exc, TypeErrorType)) throw;
            type_error(fmt::format("can't extend bytearray with {}", type_name(x)));
        }
        for (Object v = next(it); !v.null(); v = next(it)) bytes.push_back(char(byte_value(v)));
    }
    check_resize(a[0], data(a[0]).size() + bytes.size());
    data(a[0]) += bytes;
    return None();
}

Object m_insert(const Args& a) {
    self_ba(a, "insert", 2, 2, MethodConv::Clinic);
    int64_t where = index_value(a[1]);
    char v = char(byte_value(a[2]));
    std::string& s = data(a[0]);
    int64_t n = int64_t(s.size());
    check_resize(a[0], s.size() + 1);
    if (where < 0) where = std::max<int64_t>(where + n, 0);
    s.insert(size_t(std::min(where, n)), 1, v);
    return None();
}

Object m_pop(const Args& a) {
    self_ba(a, "pop", 0, 1, MethodConv::Clinic);
    int64_t i = a.npos > 1 ? index_value(a[1]) : -1;
    std::string& s = data(a[0]);
    int64_t n = int64_t(s.size());
    if (n == 0) raise(IndexErrorType, "pop from empty bytearray");
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(IndexErrorType, "pop index out of range");
    check_can_resize(a[0]);
    unsigned char v = (unsigned char)s[size_t(i)];
    s.erase(size_t(i), 1);
    return int_(v);
}

Object m_remove(const Args& a) {
    self_ba(a, "remove", 1, 1, MethodConv::One);
    char v = char(byte_value(a[1]));
    std::string& s = data(a[0]);
    size_t at = s.find(v);
    if (at == std::string::npos) value_error("value not found in bytearray");
    check_can_resize(a[0]);
    s.erase(at, 1);
    return None();
}

Object m_clear(const Args& a) {
    self_ba(a, "clear", 0, 0, MethodConv::NoArgs);
    check_resize(a[0], 0);
    data(a[0]).clear();
    return None();
}

Object m_copy(const Args& a) { return bytearray_(self_ba(a, "copy", 0, 0, MethodConv::NoArgs)); }

Object m_reverse(const Args& a) {
    self_ba(a, "reverse", 0, 0, MethodConv::NoArgs);
    std::reverse(data(a[0]).begin(), data(a[0]).end());
    return None();
}

}  // namespace

void setup_bytearray() {
    set_slots(ByteArrayType, {.repr = bytearray_repr, .unhashable = true, .richcompare = bytearray_richcompare,
                              .binop = bytearray_binop, .inplace = bytearray_inplace, .len = bytearray_len,
                              .iter = bytearray_iter, .getitem = bytearray_getitem, .setitem = bytearray_setitem,
                              .delitem = bytearray_delitem, .contains = bytes_methods::byte_string_contains});
    add_methods(ByteArrayType, {{"append", m_append}, {"extend", m_extend}, {"insert", m_insert}, {"pop", m_pop},
                                {"remove", m_remove}, {"clear", m_clear}, {"copy", m_copy}, {"reverse", m_reverse}});
    set_iterator_type(ByteArrayIterType, bytes_methods::byte_string_iter_next);
    set_type_constructor(ByteArrayType, bytearray_ctor);
}

}  // namespace pyco
