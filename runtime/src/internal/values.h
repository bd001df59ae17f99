// Private to the runtime: the layouts of the built-in values and helpers shared by their implementations.
// Generated code never sees these; it goes through ops.h.
#pragma once

#include <gmpxx.h>

#include <string>
#include <string_view>
#include <vector>

#include "pyco/call.h"
#include "pyco/exceptions.h"
#include "pyco/object.h"
#include "pyco/ops.h"
#include "pyco/type.h"

namespace pyco {

// ---- int/float access (the runtime's; generated code goes through ops.h) ----
bool int_fits_int64(const Object& o);
int64_t int_as_int64(const Object& o);  // OverflowError when it does not fit
double float_value(const Object& o);    // of a float or an int
bool is_float(const Object& o) noexcept;
// An index argument: int (or bool), else TypeError "'float' object cannot be interpreted as an integer".
int64_t index_value(const Object& o);


// ---- memory (core/out_of_memory.cpp) ----
// Before building `times` repeats of a sequence of `length` items of `item_bytes` each: raises CPython's
// OverflowError(overflow_message) when length * times does not fit (str, bytes), MemoryError when the result
// cannot be allocated (list, tuple: overflow_message null).
void check_repeat_size(int64_t length, int64_t times, size_t item_bytes, const char* overflow_message = nullptr);
// The count of `seq * n` (CPython's PyNumber_AsSsize_t(n, OverflowError): its message when n does not fit).
int64_t repeat_count(const Object& n);

// ---- int ----
// A heap int holds only values outside the small range, so small-vs-big is a tag test.
struct IntObj : Obj {
    mpz_class v;
    explicit IntObj(mpz_class x) : Obj(&IntType), v(std::move(x)) {}
};
Object int_from_mpz(const mpz_class& v);
// int(o) for an instance of a user class through __int__ or __index__ (CPython's PyNumber_Long); null when it
// defines neither. float_from_dunder: float(o) through __float__ or __index__.
Object int_from_dunder(const Object& o);
Object float_from_dunder(const Object& o);
// Whether `o` can serve as a sequence index: an int or bool, or an instance of a class with __index__.
bool is_index(const Object& o);
// operator.index(o): o itself for int and bool, else the result of a user class's __index__.
Object index_object(const Object& o);
mpz_class int_to_mpz(const Object& o);  // int or bool
// True for int and bool; `out` gets the value when it fits a small int.
inline bool is_intlike(const Object& o) noexcept;
bool int_small(const Object& o, int64_t& out) noexcept;  // small int or bool
int64_t int_hash_small(int64_t v) noexcept;
Object int_binop(const Object& a, const Object& b, BinOp op);
Object int_richcompare(const Object& a, const Object& b, CmpOp op);
Object int_unop(const Object& a, UnOp op);
std::string int_repr(const Object& o);
int int_sign(const Object& o);
Object int_from_double(double d);  // truncates; raises on inf/nan
// Parses like int(text, base): returns null when the text is not a valid literal.
Object int_parse(std::string_view text, int base);

// ---- float ----
// FloatObj is in pyco/ops.h: binop's inline float path reads it.
std::string float_repr(double v);
int64_t float_hash(double v) noexcept;
// int vs float comparison without rounding the int.
int compare_int_double(const Object& i, double d);  // -1/0/1; 2 when d is nan
Object float_divmod_pair(const Object& a, const Object& b);

// ---- complex ----
extern Type ComplexType;
struct ComplexObj : Obj {
    double re, im;
    ComplexObj(double r, double i) : Obj(&ComplexType), re(r), im(i) {}
};
bool is_complex(const Object& o) noexcept;
// (ar+ai*j) ** (br+bi*j) with CPython's algorithm and errors (float ** float goes here when the result is complex).
Object complex_pow(double ar, double ai, double br, double bi);

// ---- str ----
struct StrObj : Obj {
    std::string s;
    int64_t length;          // in code points
    mutable int64_t h = -1;  // cached hash
    StrObj(std::string text, int64_t n) : Obj(&StrType), s(std::move(text)), length(n) {}
    bool ascii() const noexcept { return int64_t(s.size()) == length; }
};
Object str_own(std::string utf8);             // computes the length
Object str_ascii(std::string text);           // caller knows it is ASCII
int64_t utf8_length(std::string_view s) noexcept;
char32_t utf8_decode(std::string_view s, size_t& i) noexcept;
void utf8_append(std::string& out, char32_t c);
std::string str_repr_of(std::string_view s, bool ascii_only = false);
// s.split(sep, maxsplit) with a non-empty separator, for str and bytes: the pieces, as views into s.
std::vector<std::string_view> split_on(std::string_view s, std::string_view sep, int64_t maxsplit);
int64_t str_hash_bytes(std::string_view s) noexcept;
inline StrObj* as_str(const Object& o) noexcept { return o.as<StrObj>(); }
// `fmt_str.format(*args, **kwargs)`
Object str_format_method(std::string_view fmt_str, const Args& a, size_t first);
Object str_format_map(std::string_view fmt_str, const Object& mapping);  // `fmt_str.format_map(mapping)`

// ---- bytes, bytearray, memoryview ----
struct BytesObj : Obj {
    std::string s;
    explicit BytesObj(std::string b, const Type* t = &BytesType) : Obj(t), s(std::move(b)) {}
};
extern Type ByteArrayType, MemoryViewType;
// bytearray has bytes' layout, so that the methods they share read both alike, plus its count of exports.
struct ByteArrayObj : BytesObj {
    int64_t exports = 0;  // memoryviews of it not yet released: while there are any, its size cannot change
    explicit ByteArrayObj(std::string b) : BytesObj(std::move(b), &ByteArrayType) {}
};
Object bytearray_(std::string raw);
inline bool is_bytes(const Object& o) noexcept { return isinstance_exact(o, BytesType); }
inline bool is_bytearray(const Object& o) noexcept { return isinstance_exact(o, ByteArrayType); }
inline const std::string& bytes_data(const Object& o) noexcept { return o.as<BytesObj>()->s; }  // bytes, bytearray
// b'...': bytes choose the quote that needs no escape; bytearray's repr escapes ' even inside "...".
std::string bytes_repr_of(std::string_view s, bool escape_single_quotes = false);
// The buffer protocol as CPython's PyObject_GetBuffer(PyBUF_SIMPLE) serves it: the bytes of bytes, bytearray or
// a C-contiguous memoryview; false when `o` has no buffer. A strided or released memoryview raises CPython's
// BufferError or ValueError, or with `raise_errors` false counts as no buffer. The view lasts until the
// exporter's size changes.
bool get_buffer(const Object& o, std::string_view& out, bool raise_errors = true);
// The same for an argument that must be bytes-like: TypeError "a bytes-like object is required, not 'str'".
std::string_view buffer_arg(const Object& o);
// A copy of any buffer's bytes in logical order, strided memoryviews included (bytes(view)); false when `o`
// has no buffer.
bool buffer_copy(const Object& o, std::string& out);
// What bytes(source) and bytearray(source) make of a source that is not str: a count of zero bytes, a
// buffer's bytes, or an iterable of ints; `type` names the result in CPython's messages.
std::string bytes_from_source(const Object& source, const Type& type);
// hex() of bytes, bytearray and memoryview, with CPython's optional separator every `bytes_per_sep` bytes
// (from the right when positive, from the left when negative); sep null: none.
Object bytes_hex(std::string_view data, const Object& sep, const Object& bytes_per_sep);
// A byte given as an int (bytearray item assignment, append, insert): ValueError "byte must be in
// range(0, 256)" outside it.
unsigned char byte_value(const Object& o);

// ---- codecs (codecs.cpp) ----
// str.encode(encoding, errors) of UTF-8 text, and bytes.decode(encoding, errors): UTF-8, ASCII and Latin-1.
std::string encode_text(std::string_view utf8, std::string_view encoding, std::string_view errors);
Object decode_bytes(std::string_view raw, std::string_view encoding, std::string_view errors);
// Argument `pos` (self included) or keyword `name` of encode/decode/str(): a str, or `dflt` when absent.
std::string_view codec_arg(const Args& a, size_t pos, const char* name, const char* fname, std::string_view dflt);

// ---- list / tuple ----
struct ListObj : Obj {
    std::vector<Object> items;
    ListObj() : Obj(&ListType) {}
    explicit ListObj(std::vector<Object> v) : Obj(&ListType), items(std::move(v)) {}
};
struct TupleObj : Obj {
    std::vector<Object> items;
    explicit TupleObj(std::vector<Object> v) : Obj(&TupleType), items(std::move(v)) {}
};
inline std::vector<Object>& list_items(const Object& o) noexcept { return o.as<ListObj>()->items; }
inline std::vector<Object>& tuple_items(const Object& o) noexcept { return o.as<TupleObj>()->items; }
// A user class deriving from a built-in type (classes.h) whose instances have that type's layout.
inline bool is_builtin_subclass_instance(const Object& o, const Type& base) noexcept {
    return o.is_ptr() && !o.ptr()->type->mro.empty() && o.ptr()->type->is_subtype_of(&base);
}
// list and list subclasses (a subclass instance is a ListObj too).
inline bool is_list(const Object& o) noexcept {
    return isinstance_exact(o, ListType) || is_builtin_subclass_instance(o, ListType);
}
inline bool is_tuple(const Object& o) noexcept { return isinstance_exact(o, TupleType); }
// Every item of an iterable, in order (fast for list/tuple).
std::vector<Object> to_vector(const Object& iterable);
// `item in v` for list and tuple: identity, then ==.
bool sequence_contains(const std::vector<Object>& v, const Object& item);
// Lexicographic comparison of two sequences, as list/tuple richcompare.
Object sequence_compare(const std::vector<Object>& a, const std::vector<Object>& b, CmpOp op);
std::string sequence_repr(const std::vector<Object>& v, const char* open, const char* close);
Object list_reversed(const Object& list);  // reversed(list)
// Sorts in place, stable, with CPython's errors (comparison via `<`).
void sort_objects(std::vector<Object>& v, const Object& key, bool reverse);
// Sorts positions into `keys` as CPython's timsort would (objects/list_sort.cpp); a comparison that raises leaves
// `pos` a permutation, in the state CPython's list would be in.
void timsort_positions(const std::vector<Object>& keys, std::vector<size_t>& pos);
bool sort_reverse_arg(const Object& rev);  // the reverse= argument of sort/sorted (null: absent)

// ---- mappingproxy (objects/mapping_proxy.cpp) ----
extern Type MappingProxyType;
Object mapping_proxy(const Object& mapping);  // a read-only view of `mapping` (a class's __dict__)

// ---- dict ----
struct DictEntry {
    int64_t hash;
    Object key, value;  // key null: deleted
};
struct DictObj : Obj {
    std::vector<DictEntry> entries;   // insertion order, with holes
    std::vector<int32_t> index;      // open addressing into entries; -1 empty, -2 deleted
    int64_t used = 0;
    uint64_t version = 0;            // bumped on size change (iteration checks)
    DictObj() : Obj(&DictType) {}
};
// dict and dict subclasses (a subclass instance is a DictObj too).
inline bool is_dict(const Object& o) noexcept {
    return isinstance_exact(o, DictType) || is_builtin_subclass_instance(o, DictType);
}
Object dict_get(const Object& d, const Object& key);  // null when missing
bool dict_del(const Object& d, const Object& key);    // false when missing
Object dict_pop(const Object& d, const Object& key);  // null when missing
bool is_dict_view(const Object& o) noexcept;
// Empties the dict and hands back what it held, so the caller decides when those objects die.
std::vector<DictEntry> dict_take_entries(DictObj* d);  // keys(), values() or items() of a dict
// dict.update(arg) and `d |= arg`: a mapping (has keys()) or an iterable of key/value pairs.
void dict_update_arg(const Object& d, const Object& arg);

// ---- set ----
struct SetEntry {
    Object key;
    int64_t hash = 0;  // -1 with null key: dummy
};
struct SetObj : Obj {
    std::vector<SetEntry> table;  // size mask+1
    size_t mask = 7;
    int64_t fill = 0, used = 0;
    size_t finger = 0;  // where pop() resumes its search
    explicit SetObj(const Type* t);
};
inline bool is_anyset(const Object& o) noexcept {
    return o.is_ptr() && (o.ptr()->type == &SetType || o.ptr()->type == &FrozenSetType);
}
bool set_contains(const Object& s, const Object& key);
// Empties the set and hands back what it held, so the caller decides when those objects die.
std::vector<SetEntry> set_take_entries(SetObj* so);
bool set_discard(const Object& s, const Object& key);
void set_update(const Object& s, const Object& iterable);
Object new_set(const Type& t, const Object& iterable);  // iterable may be null

// ---- range / slice ----
// A range whose bounds and length fit int64 keeps them as machine integers; any other (range(10**20)) is
// `big` and keeps Python ints instead, as CPython's range does for all.
struct RangeObj : Obj {
    int64_t start = 0, stop = 0, step = 1, length = 0;  // unless big
    bool big = false;
    Object bstart, bstop, bstep, blength;  // when big
    RangeObj(int64_t a, int64_t b, int64_t c);
    RangeObj(Object a, Object b, Object c, Object len);
};
struct SliceObj : Obj {
    Object start, stop, step;
    SliceObj(Object a, Object b, Object c) : Obj(&SliceType), start(std::move(a)), stop(std::move(b)), step(std::move(c)) {}
};
Object range_new(int64_t start, int64_t stop, int64_t step);
// Resolves a slice against a sequence length: returns the number of items selected.
int64_t slice_indices(const Object& slice, int64_t length, int64_t& start, int64_t& stop, int64_t& step);
// A sequence index: negative counts from the end; raises IndexError "<what> index out of range".
int64_t seq_index(const Object& key, int64_t length, const char* what);

// ---- shared helpers ----
[[noreturn]] void type_error(const std::string& msg);
[[noreturn]] void value_error(const std::string& msg);
std::string default_repr(const Object& o);
// Guards repr of containers against cycles: `active()` is false when `o` is already being printed.
class ReprGuard {
public:
    explicit ReprGuard(const Obj* o);
    ~ReprGuard();
    bool active() const noexcept { return active_; }
private:
    const Obj* o_;
    bool active_;
};
// Rejects keyword arguments other than those listed: "f() got an unexpected keyword argument 'x'".
void check_kwargs(const char* fname, const Args& a, std::initializer_list<std::string_view> allowed);
// The same check for functions written in C in CPython (builtins, methods of built-in types), whose message is
// "'x' is an invalid keyword argument for f()".
void check_c_kwargs(const char* fname, const Args& a, std::initializer_list<std::string_view> allowed);
// The positional argument count of a built-in method (`self` excluded from min, max and the message), worded as
// CPython words it for the method's calling convention: METH_NOARGS ("list.copy() takes no arguments (1 given)"),
// METH_O ("list.count() takes exactly one argument (0 given)"), Argument Clinic ("insert expected 2 arguments,
// got 1") or PyArg_ParseTuple ("find() takes at least 1 argument (0 given)"). `qualname` is "type.method".
enum class MethodConv { Clinic, NoArgs, One, VarArgs };
void check_method_nargs(const char* qualname, const Args& a, size_t min, size_t max, MethodConv conv);
// Identity hash, as CPython's _Py_HashPointer.
int64_t pointer_hash(const void* p) noexcept;
std::string addr_str(const void* p);
Object iterator_of(const Type& t);  // internal
// The stdout buffer (builtins.cpp).
void write_stdout(std::string_view s);
void write_stderr(std::string_view s);
Object std_stream(int fd);  // sys.stdout (1) / sys.stderr (2)

inline bool is_intlike(const Object& o) noexcept {
    if (o.is_small()) return true;
    if (!o.is_ptr()) return false;
    const Type* t = o.ptr()->type;
    return t == &IntType || t == &BoolType;
}

}  // namespace pyco
