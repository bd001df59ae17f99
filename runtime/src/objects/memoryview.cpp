// memoryview: views of the memory of bytes and bytearray objects, with CPython's formats, shapes and strides,
// and the buffer protocol through which other types read bytes-like arguments (get_buffer, buffer_copy).
// A view of a bytearray points into its storage, so writes through it are seen there, and holds an export on
// it until released: the bytearray cannot change size meanwhile. CPython counts exports on a managed buffer
// that views made from views share; counting one per unreleased view blocks resizing exactly as long.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "internal/module_args.h"
#include "internal/type_setup.h"
#include "internal/values.h"
#include "objects/memory_formats.h"

namespace pyco {

Type MemoryViewType("memoryview", "builtins", &ObjectType);
static Type MemoryIterType("memory_iterator", "builtins", &ObjectType);

namespace {

namespace mf = memory_formats;

struct MemoryViewObj : Obj {
    Object exporter;                      // bytes or bytearray; null once released
    int64_t offset = 0;                   // of the first item, in bytes
    std::vector<int64_t> shape, strides;  // per dimension: items, and bytes from one to the next
    std::string format = "B";
    int itemsize = 1;
    bool readonly = true;
    int64_t hash = -1;  // cached: a view keeps its hash after release

    explicit MemoryViewObj(Object x) : Obj(&MemoryViewType), exporter(std::move(x)) { hold(); }
    MemoryViewObj(const MemoryViewObj& from)
        : Obj(&MemoryViewType), exporter(from.exporter), offset(from.offset), shape(from.shape),
          strides(from.strides), format(from.format), itemsize(from.itemsize), readonly(from.readonly) {
        hold();
    }
    ~MemoryViewObj() override { release(); }

    bool released() const { return exporter.null(); }
    void hold() {
        if (is_bytearray(exporter)) ++exporter.as<ByteArrayObj>()->exports;
    }
    void release() {
        if (is_bytearray(exporter)) --exporter.as<ByteArrayObj>()->exports;
        exporter = Object();
    }
    char* base() const { return exporter.as<BytesObj>()->s.data() + offset; }
    int64_t items() const {
        int64_t n = 1;
        for (int64_t d : shape) n *= d;
        return n;
    }
    int64_t nbytes() const { return items() * itemsize; }
    char letter() const { return mf::letter(format); }
};

MemoryViewObj* MV(const Object& o) { return o.as<MemoryViewObj>(); }
bool is_memoryview(const Object& o) { return isinstance_exact(o, MemoryViewType); }

// The view, after CPython's check that it is still usable.
MemoryViewObj* live(const Object& o) {
    MemoryViewObj* m = MV(o);
    if (m->released()) value_error("operation forbidden on released memoryview object");
    return m;
}

// C order: the last index varies fastest, items packed without gaps (dimensions of one item do not count).
bool c_contiguous(const MemoryViewObj* m) {
    if (m->items() == 0) return true;
    int64_t expected = m->itemsize;
    for (size_t d = m->shape.size(); d-- > 0;) {
        if (m->shape[d] > 1 && m->strides[d] != expected) return false;
        expected *= m->shape[d];
    }
    return true;
}
bool f_contiguous(const MemoryViewObj* m) {
    if (m->items() == 0) return true;
    int64_t expected = m->itemsize;
    for (size_t d = 0; d < m->shape.size(); ++d) {
        if (m->shape[d] > 1 && m->strides[d] != expected) return false;
        expected *= m->shape[d];
    }
    return true;
}

// Calls `f(pointer)` for every item in C order (or Fortran order: the first index varying fastest).
template <class F>
void each_item(const MemoryViewObj* m, F&& f, bool fortran = false) {
    size_t ndim = m->shape.size();
    if (ndim == 0) return f(m->base());
    std::vector<int64_t> index(ndim, 0);
    if (m->items() == 0) return;
    while (true) {
        const char* p = m->base();
        for (size_t d = 0; d < ndim; ++d) p += index[d] * m->strides[d];
        f(p);
        size_t d = fortran ? 0 : ndim - 1;
        while (true) {  // advance like an odometer
            if (++index[d] < m->shape[d]) break;
            index[d] = 0;
            if (fortran ? ++d == ndim : d-- == 0) return;
        }
    }
}

std::string contents(const MemoryViewObj* m, bool fortran = false) {
    std::string r;
    r.reserve(size_t(m->nbytes()));
    each_item(m, [&](const char* p) { r.append(p, size_t(m->itemsize)); }, fortran);
    return r;
}

// The native letter of a format CPython can unpack items of; NotImplementedError otherwise.
char item_letter(const MemoryViewObj* m) {
    std::string_view f = m->format;
    if (f[0] == '@') f.remove_prefix(1);
    if (f.size() != 1) raise(NotImplementedErrorType, fmt::format("memoryview: unsupported format {}", m->format));
    return f[0];
}

Object new_view(const MemoryViewObj& from) { return Object::adopt(new MemoryViewObj(from)); }

// ---- construction ----

Object view_of(const Object& x) {
    if (is_memoryview(x)) return new_view(*live(x));
    if (!is_bytes(x) && !is_bytearray(x))
        type_error(fmt::format("memoryview: a bytes-like object is required, not '{}'", type_name(x)));
    auto* m = new MemoryViewObj(x);
    m->shape = {int64_t(bytes_data(x).size())};
    m->strides = {1};
    m->readonly = is_bytes(x);
    return Object::adopt(m);
}

Object memoryview_ctor(const Type&, const Args& a) {
    std::vector<Object> v = clinic_args("memoryview", a, {"object"}, 1);
    return view_of(v[0]);
}

// ---- items ----

// The pointer to the item at `indices` (one per dimension); IndexError outside the shape.
char* item_at(const MemoryViewObj* m, const std::vector<int64_t>& indices) {
    if (indices.size() > m->shape.size())
        type_error(fmt::format("cannot index {}-dimension view with {}-element tuple", m->shape.size(), indices.size()));
    char* p = m->base();
    for (size_t d = 0; d < indices.size(); ++d) {
        int64_t i = indices[d];
        if (i < 0) i += m->shape[d];
        if (i < 0 || i >= m->shape[d]) raise(IndexErrorType, fmt::format("index out of bounds on dimension {}", d + 1));
        p += i * m->strides[d];
    }
    return p;
}

bool all_of_tuple(const Object& key, bool (*test)(const Object&)) {
    for (const Object& k : tuple_items(key))
        if (!test(k)) return false;
    return true;
}
bool is_slice(const Object& o) { return isinstance_exact(o, SliceType); }

// m[i, j, ...]: an item when there is one index per dimension.
char* item_of_tuple(const MemoryViewObj* m, const Object& key) {
    if (tuple_items(key).size() < m->shape.size()) raise(NotImplementedErrorType, "sub-views are not implemented");
    std::vector<int64_t> indices;
    for (const Object& k : tuple_items(key)) indices.push_back(index_value(k));
    return item_at(m, indices);
}

// The sub-view of dimension 1 selected by a slice.
Object sliced(const MemoryViewObj* m, const Object& key) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key, m->shape[0], start, stop, step);
    Object r = new_view(*m);
    MemoryViewObj* s = MV(r);
    s->offset += start * m->strides[0];
    s->shape[0] = n;
    s->strides[0] *= step;
    return r;
}

Object memoryview_getitem(const Object& o, const Object& key) {
    MemoryViewObj* m = live(o);
    char c = item_letter(m);
    if (m->shape.empty()) {
        if (is_tuple(key) && tuple_items(key).empty()) return mf::unpack(c, m->base());
        if (is_(key, Ellipsis())) return o;
        type_error("invalid indexing of 0-dim memory");
    }
    if (is_index(key)) {
        if (m->shape.size() > 1) raise(NotImplementedErrorType, "multi-dimensional sub-views are not implemented");
        return mf::unpack(c, item_at(m, {index_value(key)}));
    }
    if (is_slice(key)) return sliced(m, key);
    if (is_tuple(key) && all_of_tuple(key, is_index)) return mf::unpack(c, item_of_tuple(m, key));
    if (is_tuple(key) && !tuple_items(key).empty() && all_of_tuple(key, is_slice))
        raise(NotImplementedErrorType, "multi-dimensional slicing is not implemented");
    type_error("memoryview: invalid slice key");
}

// Two buffers have the same structure when their formats and shapes agree.
struct Structure {
    std::string format;
    int itemsize;
    std::vector<int64_t> shape;
};
Structure structure_of(const MemoryViewObj* m) {
    return {m->format[0] == '@' ? m->format.substr(1) : m->format, m->itemsize, m->shape};
}

// m[i:j] = buffer: the same number of items of the same format, copied (the source may overlap).
void assign_slice(MemoryViewObj* m, const Object& key, const Object& value) {
    Object src;
    if (is_memoryview(value)) src = value;
    else if (is_bytes(value) || is_bytearray(value)) src = view_of(value);
    else type_error(fmt::format("a bytes-like object is required, not '{}'", type_name(value)));
    MemoryViewObj* from = live(src);
    Object dest_obj = sliced(m, key);
    MemoryViewObj* dest = MV(dest_obj);
    Structure a = structure_of(dest), b = structure_of(from);
    if (a.format != b.format || a.itemsize != b.itemsize || a.shape != b.shape)
        value_error("memoryview assignment: lvalue and rvalue have different structures");
    std::string bytes = contents(from);
    const char* next = bytes.data();
    each_item(dest, [&](const char* p) {
        std::memcpy(const_cast<char*>(p), next, size_t(dest->itemsize));
        next += dest->itemsize;
    });
}

void memoryview_setitem(const Object& o, const Object& key, const Object& value) {
    MemoryViewObj* m = live(o);
    char c = item_letter(m);
    if (m->readonly) type_error("cannot modify read-only memory");
    if (m->shape.empty()) {
        if (is_(key, Ellipsis()) || (is_tuple(key) && tuple_items(key).empty())) return mf::pack(c, value, m->base());
        type_error("invalid indexing of 0-dim memory");
    }
    if (is_index(key)) {
        if (m->shape.size() > 1) raise(NotImplementedErrorType, "sub-views are not implemented");
        return mf::pack(c, value, item_at(m, {index_value(key)}));
    }
    if (is_slice(key) && m->shape.size() == 1) return assign_slice(m, key, value);
    if (is_tuple(key) && all_of_tuple(key, is_index)) return mf::pack(c, value, item_of_tuple(m, key));
    if (is_slice(key) || (is_tuple(key) && !tuple_items(key).empty() && all_of_tuple(key, is_slice)))
        raise(NotImplementedErrorType, "memoryview slice assignments are currently restricted to ndim = 1");
    type_error("memoryview: invalid slice key");
}

void memoryview_delitem(const Object& o, const Object&) {
    MemoryViewObj* m = live(o);
    item_letter(m);
    if (m->readonly) type_error("cannot modify read-only memory");
    type_error("cannot delete memory");
}

int64_t memoryview_len(const Object& o) {
    MemoryViewObj* m = live(o);
    return m->shape.empty() ? 1 : m->shape[0];
}

// ---- iteration ----

struct MemoryIterObj : Obj {
    Object view;
    int64_t i = 0;
    explicit MemoryIterObj(Object v) : Obj(&MemoryIterType), view(std::move(v)) {}
};

Object memoryview_iter(const Object& o) {
    MemoryViewObj* m = live(o);
    if (m->shape.empty()) type_error("invalid indexing of 0-dim memory");
    if (m->shape.size() > 1) raise(NotImplementedErrorType, "multi-dimensional sub-views are not implemented");
    item_letter(m);
    return Object::adopt(new MemoryIterObj(o));
}

Object memory_iter_next(const Object& it) {
    auto* mi = it.as<MemoryIterObj>();
    if (mi->view.null()) return {};
    MemoryViewObj* m = MV(mi->view);
    if (mi->i >= m->shape[0]) {
        mi->view = Object();
        return {};
    }
    live(mi->view);
    return mf::unpack(m->letter(), m->base() + mi->i++ * m->strides[0]);
}

// ---- comparison, hash, repr ----

// A buffer's view for comparison: memoryviews as they are, bytes and bytearray as 1-D 'B' views.
Object comparable_view(const Object& o) {
    if (is_memoryview(o)) return o;
    if (is_bytes(o) || is_bytearray(o)) return view_of(o);
    return {};
}

std::vector<Object> unpacked(const MemoryViewObj* m) {
    std::vector<Object> r;
    char c = item_letter(m);
    each_item(m, [&](const char* p) { r.push_back(mf::unpack(c, p)); });
    return r;
}

// == compares shapes and then the items as Python values, as CPython's struct unpacking does: a 'c' view and
// a 'B' one of the same bytes differ.
Object memoryview_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (op != CmpOp::Eq && op != CmpOp::Ne) return NotImplemented();
    auto answer = [&](bool equal) { return bool_(equal == (op == CmpOp::Eq)); };
    if (is_(a, b)) return answer(true);
    Object w = comparable_view(b);
    if (w.null()) return NotImplemented();
    if (MV(a)->released() || MV(w)->released()) return answer(false);
    if (MV(a)->shape != MV(w)->shape) return answer(false);
    std::vector<Object> x = unpacked(MV(a)), y = unpacked(MV(w));
    for (size_t i = 0; i < x.size(); ++i)
        if (!eq(x[i], y[i])) return answer(false);
    return answer(true);
}

int64_t memoryview_hash(const Object& o) {
    MemoryViewObj* m = MV(o);
    if (m->hash != -1) return m->hash;
    live(o);
    if (!m->readonly) value_error("cannot hash writable memoryview object");
    if (!mf::is_byte_format(item_letter(m)))
        value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    m->hash = str_hash_bytes(contents(m));  // equal to the hash of the bytes it shows
    return m->hash;
}

std::string memoryview_repr(const Object& o) {
    return fmt::format("<{}memory at {}>", MV(o)->released() ? "released " : "", addr_str(o.ptr()));
}

// ---- attributes ----

Object int_tuple(const std::vector<int64_t>& v) {
    std::vector<Object> items;
    for (int64_t x : v) items.push_back(int_(x));
    return tuple_from(std::move(items));
}

Object memoryview_getattr(const Object& o, std::string_view name) {
    static const std::string_view names[] = {"obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape",
                                             "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"};
    if (std::find(std::begin(names), std::end(names), name) == std::end(names)) return {};
    MemoryViewObj* m = live(o);
    if (name == "obj") return m->exporter;
    if (name == "nbytes") return int_(m->nbytes());
    if (name == "readonly") return bool_(m->readonly);
    if (name == "itemsize") return int_(m->itemsize);
    if (name == "format") return str_(m->format);
    if (name == "ndim") return int_(int64_t(m->shape.size()));
    if (name == "shape") return int_tuple(m->shape);
    if (name == "strides") return int_tuple(m->strides);
    if (name == "suboffsets") return tuple_();
    if (name == "c_contiguous") return bool_(c_contiguous(m));
    if (name == "f_contiguous") return bool_(f_contiguous(m));
    return bool_(c_contiguous(m) || f_contiguous(m));
}

// ---- methods ----

MemoryViewObj* self_view(const Args& a, const char* method, size_t min, size_t max, MethodConv conv) {
    std::string qualname = fmt::format("memoryview.{}", method);
    if (a.npos == 0) type_error(fmt::format("unbound method {}() needs an argument", qualname));
    if (!is_memoryview(a[0]))
        type_error(fmt::format("descriptor '{}' for 'memoryview' objects doesn't apply to a '{}' object", method,
                               type_name(a[0])));
    check_method_nargs(qualname.c_str(), a, min, max, conv);
    return MV(a[0]);
}
Args after_self(const Args& a) { return Args{a.pos + 1, a.npos - 1, a.kw, a.nkw}; }
constexpr size_t kAny = size_t(-1);  // the count is checked by clinic_args

Object m_release(const Args& a) {
    self_view(a, "release", 0, 0, MethodConv::NoArgs)->release();
    return None();
}

Object m_enter(const Args& a) {
    self_view(a, "__enter__", 0, 0, MethodConv::NoArgs);
    live(a[0]);
    return a[0];
}

Object m_exit(const Args& a) {
    self_view(a, "__exit__", 0, kAny, MethodConv::Clinic)->release();
    return None();
}

Object m_tobytes(const Args& a) {
    self_view(a, "tobytes", 0, kAny, MethodConv::Clinic);
    std::vector<Object> v = clinic_args("tobytes", after_self(a), {"order"}, 0);
    MemoryViewObj* m = live(a[0]);
    bool fortran = false;
    if (!v[0].null() && !is_none(v[0])) {
        if (!is_str(v[0]))
            type_error(fmt::format("tobytes() argument 'order' must be str or None, not {}", type_name(v[0])));
        std::string_view order = str_view(v[0]);
        if (order != "C" && order != "F" && order != "A") value_error("order must be 'C', 'F' or 'A'");
        fortran = order == "F" || (order == "A" && !c_contiguous(m) && f_contiguous(m));
    }
    return bytes_(contents(m, fortran));
}

// Nested lists, one level per dimension.
Object to_list(const MemoryViewObj* m, char c, const char* p, size_t dim) {
    if (dim == m->shape.size()) return mf::unpack(c, p);
    std::vector<Object> items;
    for (int64_t i = 0; i < m->shape[dim]; ++i) items.push_back(to_list(m, c, p + i * m->strides[dim], dim + 1));
    return list_from(std::move(items));
}

Object m_tolist(const Args& a) {
    self_view(a, "tolist", 0, 0, MethodConv::NoArgs);
    MemoryViewObj* m = live(a[0]);
    return to_list(m, item_letter(m), m->base(), 0);
}

Object m_hex(const Args& a) {
    self_view(a, "hex", 0, kAny, MethodConv::Clinic);
    std::vector<Object> v = clinic_args("hex", after_self(a), {"sep", "bytes_per_sep"}, 0);
    return bytes_hex(contents(live(a[0])), v[0], v[1]);
}

Object m_toreadonly(const Args& a) {
    self_view(a, "toreadonly", 0, 0, MethodConv::NoArgs);
    Object r = new_view(*live(a[0]));
    MV(r)->readonly = true;
    return r;
}

// The dimensions of cast()'s shape: positive ints.
std::vector<int64_t> cast_shape(const std::vector<Object>& dims) {
    std::vector<int64_t> r;
    for (const Object& d : dims) {
        if (!is_intlike(d)) type_error("memoryview.cast(): elements of shape must be integers");
        int64_t n = index_value(d);
        if (n <= 0) value_error("memoryview.cast(): elements of shape must be integers > 0");
        r.push_back(n);
    }
    return r;
}

// cast(format, shape): a C-contiguous view seen with another item format, and as a 1-D or N-D shape.
Object m_cast(const Args& a) {
    self_view(a, "cast", 0, kAny, MethodConv::Clinic);
    std::vector<Object> v = clinic_args("cast", after_self(a), {"format", "shape"}, 1);
    if (!is_str(v[0])) type_error(fmt::format("cast() argument 'format' must be str, not {}", type_name(v[0])));
    MemoryViewObj* m = live(a[0]);
    if (!c_contiguous(m)) type_error("memoryview: casts are restricted to C-contiguous views");
    bool has_shape = !v[1].null();
    bool zeros = std::find(m->shape.begin(), m->shape.end(), 0) != m->shape.end();
    if ((has_shape || m->shape.size() != 1) && zeros)
        type_error("memoryview: cannot cast view with zeros in shape or strides");
    std::vector<Object> dims;
    if (has_shape) {
        if (!is_list(v[1]) && !is_tuple(v[1])) type_error("shape must be a list or a tuple");
        dims = to_vector(v[1]);
        if (dims.size() > 64) value_error("memoryview: number of dimensions must not exceed 64");
        if (m->shape.size() != 1 && dims.size() != 1) type_error("memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    std::string format(str_view(v[0]));
    int size = mf::item_size(format);
    if (size == 0)
        value_error("memoryview: destination format must be a native single character format prefixed with an "
                    "optional '@'");
    if (!mf::is_byte_format(mf::letter(format)) && (mf::item_size(m->format) == 0 || !mf::is_byte_format(m->letter())))
        type_error("memoryview: cannot cast between two non-byte formats");
    int64_t nbytes = m->nbytes();
    if (nbytes % size) type_error("memoryview: length is not a multiple of itemsize");
    Object r = new_view(*m);
    MemoryViewObj* c = MV(r);
    c->format = format;
    c->itemsize = size;
    c->shape = has_shape ? cast_shape(dims) : std::vector<int64_t>{nbytes / size};
    c->strides.assign(c->shape.size(), size);
    for (size_t d = c->shape.size(); d-- > 1;) c->strides[d - 1] = c->strides[d] * c->shape[d];
    if (has_shape && c->nbytes() != nbytes) type_error("memoryview: product(shape) * itemsize != buffer size");
    return r;
}

}  // namespace

// ---- the buffer protocol for the other types ----

bool get_buffer(const Object& o, std::string_view& out, bool raise_errors) {
    if (is_bytes(o) || is_bytearray(o)) {
        out = bytes_data(o);
        return true;
    }
    if (!is_memoryview(o)) return false;
    MemoryViewObj* m = MV(o);
    if (m->released()) {
        if (raise_errors) live(o);
        return false;
    }
    if (!c_contiguous(m)) {
        if (raise_errors) raise(BufferErrorType, "memoryview: underlying buffer is not C-contiguous");
        return false;
    }
    out = std::string_view(m->base(), size_t(m->nbytes()));
    return true;
}

bool buffer_copy(const Object& o, std::string& out) {
    if (is_bytes(o) || is_bytearray(o)) {
        out = bytes_data(o);
        return true;
    }
    if (!is_memoryview(o)) return false;
    out = contents(live(o));
    return true;
}

void setup_memoryview() {
    MemoryViewType.collection_flags = kCollectionSequence;  // matched by sequence/mapping patterns
    set_slots(MemoryViewType, {.repr = memoryview_repr, .hash = memoryview_hash,
                               .richcompare = memoryview_richcompare, .len = memoryview_len,
                               .iter = memoryview_iter, .getitem = memoryview_getitem,
                               .setitem = memoryview_setitem, .delitem = memoryview_delitem,
                               .getattr = memoryview_getattr});
    add_methods(MemoryViewType, {{"release", m_release}, {"tobytes", m_tobytes}, {"tolist", m_tolist},
                                 {"hex", m_hex}, {"toreadonly", m_toreadonly}, {"cast", m_cast},
                                 {"__enter__", m_enter}, {"__exit__", m_exit}});
    set_iterator_type(MemoryIterType, memory_iter_next);
    set_type_constructor(MemoryViewType, memoryview_ctor);
}

}  // namespace pyco
