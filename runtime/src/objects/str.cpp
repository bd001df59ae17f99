// str: UTF-8 text with its length in code points cached, so that ASCII text (the common case) indexes in O(1)
// and other text walks from the start. Methods follow CPython's semantics and error messages; character classes
// and full case mappings ('ß'.upper() == 'SS', final sigma) come from the Unicode database of unicode_db.h.
#include <fmt/format.h>

#include <algorithm>

#include "internal/unicode_db.h"
#include "internal/values.h"
#include "internal/type_setup.h"

namespace pyco {

Type StrType("str", "builtins", &ObjectType);
static Type StrIterType("str_ascii_iterator", "builtins", &ObjectType);

// ---- UTF-8 ----

int64_t utf8_length(std::string_view s) noexcept {
    int64_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

char32_t utf8_decode(std::string_view s, size_t& i) noexcept {
    unsigned char c = s[i++];
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    char32_t cp = c & (0x3F >> extra);
    for (int k = 0; k < extra && i < s.size(); ++k) cp = (cp << 6) | (s[i++] & 0x3F);
    return cp;
}

void utf8_append(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

static std::u32string decode_all(std::string_view s) {
    std::u32string r;
    r.reserve(s.size());
    for (size_t i = 0; i < s.size();) r.push_back(utf8_decode(s, i));
    return r;
}

static std::string encode_all(std::u32string_view s) {
    std::string r;
    r.reserve(s.size());
    for (char32_t c : s) utf8_append(r, c);
    return r;
}

// ---- construction ----

static Object single_ascii(unsigned char c) {
    // One-character ASCII strings are shared: iteration and indexing make many of them.
    static Object table[128];
    if (table[c].null()) table[c] = immortal(Object::adopt(new StrObj(std::string(1, char(c)), 1)));
    return table[c];
}

Object str_(std::string_view utf8) {
    if (utf8.size() == 1 && (unsigned char)utf8[0] < 0x80) return single_ascii(utf8[0]);
    return Object::adopt(new StrObj(std::string(utf8), utf8_length(utf8)));
}
Object str_own(std::string utf8) {
    int64_t n = utf8_length(utf8);
    return Object::adopt(new StrObj(std::move(utf8), n));
}
Object str_ascii(std::string text) {
    int64_t n = int64_t(text.size());
    return Object::adopt(new StrObj(std::move(text), n));
}
bool is_str(const Object& o) noexcept { return o.is_ptr() && o.ptr()->type->is_subtype_of(&StrType); }
std::string_view str_view(const Object& o) { return as_str(o)->s; }

static Object cp_str(char32_t c) {
    if (c < 0x80) return single_ascii((unsigned char)c);
    std::string s;
    utf8_append(s, c);
    return Object::adopt(new StrObj(std::move(s), 1));
}

// Byte offset of code point `cp` (0 <= cp <= length).
static size_t byte_offset(const StrObj* s, int64_t cp) {
    if (s->ascii()) return size_t(cp);
    size_t i = 0;
    for (int64_t k = 0; k < cp && i < s->s.size(); ++k) {
        ++i;
        while (i < s->s.size() && (s->s[i] & 0xC0) == 0x80) ++i;
    }
    return i;
}

static int64_t cp_index(const StrObj* s, size_t byte) {
    if (s->ascii()) return int64_t(byte);
    return utf8_length(std::string_view(s->s).substr(0, byte));
}

// ---- character classes ----

bool py_isspace(char32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    return unicode::is_space(c);
}
static bool py_isalpha(char32_t c) {
    if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return unicode::is_alpha(c);
}
// str.isalnum's test: a letter or any kind of digit.
static bool py_isalnum(char32_t c) {
    return py_isalpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) || unicode::is_numeric(c);
}

// Whether a code point prints as itself in repr (CPython's Py_UNICODE_ISPRINTABLE).
static bool printable(char32_t c) {
    if (c < 0x7F) return c >= 0x20;
    return unicode::is_printable(c);
}

// ---- repr ----

std::string str_repr_of(std::string_view s, bool ascii_only) {
    bool has_single = s.find('\'') != std::string_view::npos, has_double = s.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back(quote);
    for (size_t i = 0; i < s.size();) {
        char32_t c = utf8_decode(s, i);
        if (c == char32_t(quote) || c == '\\') {
            out.push_back('\\');
            out.push_back(char(c));
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (printable(c) && !(ascii_only && c >= 0x80)) {
            utf8_append(out, c);
        } else if (c < 0x100) {
            out += fmt::format("\\x{:02x}", uint32_t(c));
        } else if (c < 0x10000) {
            out += fmt::format("\\u{:04x}", uint32_t(c));
        } else {
            out += fmt::format("\\U{:08x}", uint32_t(c));
        }
    }
    out.push_back(quote);
    return out;
}

static std::string str_repr_slot(const Object& o) { return str_repr_of(as_str(o)->s); }
static std::string str_str_slot(const Object& o) { return as_str(o)->s; }

// CPython 3.11's SipHash-1-3 (Python/pyhash.c). Its key is random unless PYTHONHASHSEED=0, under which
// conformance programs are recorded: then the key is zero, and so it is here, so that sets of strings iterate
// in CPython's order.
static uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }
static void sip_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3) {
    v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32);
    v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32);
}
static uint64_t siphash13(const unsigned char* in, size_t n) {
    const uint64_t k0 = 0, k1 = 0;
    uint64_t b = uint64_t(n) << 56;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL, v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL, v3 = k1 ^ 0x7465646279746573ULL;
    for (; n >= 8; n -= 8, in += 8) {
        uint64_t m = 0;
        for (int i = 7; i >= 0; --i) m = (m << 8) | in[i];  // little-endian load
        v3 ^= m;
        sip_round(v0, v1, v2, v3);
        v0 ^= m;
    }
    uint64_t t = 0;
    for (size_t i = n; i > 0; --i) t = (t << 8) | in[i - 1];
    b |= t;
    v3 ^= b;
    sip_round(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    for (int i = 0; i < 3; ++i) sip_round(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

int64_t str_hash_bytes(std::string_view s) noexcept {
    if (s.empty()) return 0;
    int64_t r = int64_t(siphash13(reinterpret_cast<const unsigned char*>(s.data()), s.size()));
    return r == -1 ? -2 : r;
}

// CPython hashes the bytes of a str's compact representation: one byte per code point when all are below
// U+0100, two (little-endian) below U+10000, four otherwise.
static int64_t str_hash_text(const StrObj* s) noexcept {
    if (s->ascii()) return str_hash_bytes(s->s);
    char32_t max = 0;
    for (size_t i = 0; i < s->s.size();) max = std::max(max, utf8_decode(s->s, i));
    size_t width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    std::string raw;
    raw.reserve(size_t(s->length) * width);
    for (size_t i = 0; i < s->s.size();) {
        char32_t c = utf8_decode(s->s, i);
        for (size_t k = 0; k < width; ++k) raw.push_back(char((c >> (8 * k)) & 0xFF));
    }
    return str_hash_bytes(raw);
}

static int64_t str_hash(const Object& o) {
    StrObj* s = as_str(o);
    if (s->h == -1) s->h = str_hash_text(s);
    return s->h;
}

static Object str_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!is_str(a) || !is_str(b)) return NotImplemented();
    const std::string& x = as_str(a)->s;
    const std::string& y = as_str(b)->s;
    int c = x.compare(y);  // UTF-8 byte order is code point order
    return bool_(cmp_holds(op, c, 0));
}

static Object str_repeat(const Object& s, const Object& n) {
    int64_t k = repeat_count(n);
    StrObj* so = as_str(s);
    if (k <= 0 || so->length == 0) return str_("");
    if (k == 1) return s;
    check_repeat_size(so->length, k, 1, "repeated string is too long");
    check_repeat_size(int64_t(so->s.size()), k, 1);
    std::string r;
    r.reserve(so->s.size() * size_t(k));
    for (int64_t i = 0; i < k; ++i) r += so->s;
    return Object::adopt(new StrObj(std::move(r), so->length * k));
}

Object str_percent_format(const Object& fmt_obj, const Object& args);

static Object str_binop(const Object& a, const Object& b, BinOp op) {
    if (op == BinOp::Add && is_str(a) && is_str(b)) {
        StrObj* x = as_str(a);
        StrObj* y = as_str(b);
        if (y->length == 0) return a;
        if (x->length == 0) return b;
        std::string r;
        r.reserve(x->s.size() + y->s.size());
        r += x->s;
        r += y->s;
        return Object::adopt(new StrObj(std::move(r), x->length + y->length));
    }
    if (op == BinOp::Mul) {
        if (is_str(a) && is_index(b)) return str_repeat(a, b);
        if (is_index(a) && is_str(b)) return str_repeat(b, a);
    }
    if (op == BinOp::Mod && is_str(a)) return str_percent_format(a, b);
    return NotImplemented();
}

Object join_strs(std::initializer_list<Object> parts) {
    size_t bytes = 0;
    int64_t n = 0;
    for (const Object& p : parts) bytes += as_str(p)->s.size();
    std::string r;
    r.reserve(bytes);
    for (const Object& p : parts) {
        r += as_str(p)->s;
        n += as_str(p)->length;
    }
    return Object::adopt(new StrObj(std::move(r), n));
}

// ---- sequence protocol ----

static int64_t str_len(const Object& o) { return as_str(o)->length; }

static Object str_getitem(const Object& o, const Object& key) {
    StrObj* s = as_str(o);
    if (isinstance_exact(key, SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(key, s->length, start, stop, step);
        if (step == 1) {
            if (n == s->length) return o;
            size_t b0 = byte_offset(s, start), b1 = byte_offset(s, start + n);
            return Object::adopt(new StrObj(s->s.substr(b0, b1 - b0), n));
        }
        std::string r;
        if (s->ascii()) {
            for (int64_t i = 0, k = start; i < n; ++i, k += step) r.push_back(s->s[size_t(k)]);
            return str_ascii(std::move(r));
        }
        std::u32string cps = decode_all(s->s);
        for (int64_t i = 0, k = start; i < n; ++i, k += step) utf8_append(r, cps[size_t(k)]);
        return Object::adopt(new StrObj(std::move(r), n));
    }
    if (!is_index(key)) type_error(fmt::format("string indices must be integers, not '{}'", type_name(key)));
    int64_t i = seq_index(key, s->length, "string");
    if (s->ascii()) return single_ascii((unsigned char)s->s[size_t(i)]);
    size_t b = byte_offset(s, i);
    return cp_str(utf8_decode(s->s, b));
}

static int str_contains(const Object& o, const Object& item) {
    if (!is_str(item))
        type_error(fmt::format("'in <string>' requires string as left operand, not {}", type_name(item)));
    return as_str(o)->s.find(as_str(item)->s) != std::string::npos;
}

struct StrIterObj : Obj {
    Object s;
    size_t pos = 0;
    explicit StrIterObj(Object str) : Obj(&StrIterType), s(std::move(str)) {}
};

static Object str_iter(const Object& o) { return Object::adopt(new StrIterObj(o)); }
static Object str_iter_next(const Object& it) {
    StrIterObj* i = it.as<StrIterObj>();
    const std::string& s = as_str(i->s)->s;
    if (i->pos >= s.size()) return {};
    unsigned char c = s[i->pos];
    if (c < 0x80) {
        ++i->pos;
        return single_ascii(c);
    }
    return cp_str(utf8_decode(s, i->pos));
}

// ---- method helpers ----

static StrObj* self_str(const Args& a, const char* name, size_t min, size_t max) {
    check_nargs(name, a, min, max);
    if (!is_str(a[0]))
        type_error(fmt::format("descriptor '{}' for 'str' objects doesn't apply to a '{}' object", name, type_name(a[0])));
    return as_str(a[0]);
}

// `what` names the argument: "replace() argument 1 must be str, ...", or is "must be str" itself.
static StrObj* str_arg(const Object& o, const char* what) {
    if (!is_str(o)) {
        if (std::string_view(what) == "must be str") type_error(fmt::format("must be str, not {}", type_name(o)));
        type_error(fmt::format("{} must be str, not {}", what, type_name(o)));
    }
    return as_str(o);
}

// CPython's handle_capital_sigma: U+03A3 lowers to final sigma after a cased letter (case-ignorable characters
// in between skipped) unless a cased letter follows in the same way.
static char32_t lower_sigma(const std::u32string& cps, size_t i) {
    size_t j = i;
    while (j > 0 && unicode::is_case_ignorable(cps[j - 1])) --j;
    bool final_sigma = j > 0 && unicode::is_cased(cps[j - 1]);
    if (final_sigma) {
        size_t k = i + 1;
        while (k < cps.size() && unicode::is_case_ignorable(cps[k])) ++k;
        final_sigma = k == cps.size() || !unicode::is_cased(cps[k]);
    }
    return final_sigma ? 0x3C2 : 0x3C3;
}
static void append_lower_at(std::u32string& out, const std::u32string& cps, size_t i) {
    if (cps[i] == 0x3A3) out.push_back(lower_sigma(cps, i));
    else unicode::append_lower(out, cps[i]);
}

// Applies `f(out, cps, i)` to each code point; ASCII text takes a byte-wise path.
template <class F>
static Object map_text(const Args& a, const char* name, char (*ascii)(char, size_t), F f) {
    StrObj* s = self_str(a, name, 1, 1);
    if (s->ascii()) {
        std::string r = s->s;
        for (size_t i = 0; i < r.size(); ++i) r[i] = ascii(r[i], i);
        return str_ascii(std::move(r));
    }
    std::u32string cps = decode_all(s->s), out;
    out.reserve(cps.size());
    for (size_t i = 0; i < cps.size(); ++i) f(out, cps, i);
    return str_own(encode_all(out));
}

static char ascii_upper(char c, size_t) { return c >= 'a' && c <= 'z' ? char(c - 32) : c; }
static char ascii_lower(char c, size_t) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }

static Object str_upper(const Args& a) {
    return map_text(a, "upper", ascii_upper,
                    [](std::u32string& out, const std::u32string& cps, size_t i) { unicode::append_upper(out, cps[i]); });
}
static Object str_lower(const Args& a) { return map_text(a, "lower", ascii_lower, append_lower_at); }
static Object str_casefold(const Args& a) {
    return map_text(a, "casefold", ascii_lower,
                    [](std::u32string& out, const std::u32string& cps, size_t i) { unicode::append_fold(out, cps[i]); });
}
static Object str_swapcase(const Args& a) {
    return map_text(
        a, "swapcase", [](char c, size_t) { return c >= 'a' && c <= 'z' ? char(c - 32) : ascii_lower(c, 0); },
        [](std::u32string& out, const std::u32string& cps, size_t i) {
            if (unicode::is_upper(cps[i])) append_lower_at(out, cps, i);
            else if (unicode::is_lower(cps[i])) unicode::append_upper(out, cps[i]);
            else out.push_back(cps[i]);
        });
}

// title(): titlecase after an uncased character, lowercase after a cased one.
static Object str_title(const Args& a) {
    StrObj* s = self_str(a, "title", 1, 1);
    std::u32string cps = decode_all(s->s), out;
    bool prev_cased = false;
    for (size_t i = 0; i < cps.size(); ++i) {
        if (prev_cased) append_lower_at(out, cps, i);
        else unicode::append_title(out, cps[i]);
        prev_cased = unicode::is_cased(cps[i]);
    }
    return str_own(encode_all(out));
}

// capitalize(): the first character in titlecase (CPython 3.8+), the rest in lowercase.
static Object str_capitalize(const Args& a) {
    StrObj* s = self_str(a, "capitalize", 1, 1);
    std::u32string cps = decode_all(s->s), out;
    for (size_t i = 0; i < cps.size(); ++i) {
        if (i == 0) unicode::append_title(out, cps[i]);
        else append_lower_at(out, cps, i);
    }
    return str_own(encode_all(out));
}

// strip/lstrip/rstrip: whitespace, or any of the given characters.
static Object do_strip(const Args& a, const char* name, bool left, bool right) {
    StrObj* s = self_str(a, name, 1, 2);
    std::u32string chars;
    bool whitespace = a.npos < 2 || is_none(a[1]);
    if (!whitespace) {
        if (!is_str(a[1])) type_error(fmt::format("{} arg must be None or str", name));
        chars = decode_all(as_str(a[1])->s);
    }
    auto strip_it = [&](char32_t c) {
        return whitespace ? py_isspace(c) : chars.find(c) != std::u32string::npos;
    };
    std::u32string cps = decode_all(s->s);
    size_t b = 0, e = cps.size();
    if (left)
        while (b < e && strip_it(cps[b])) ++b;
    if (right)
        while (e > b && strip_it(cps[e - 1])) --e;
    if (b == 0 && e == cps.size()) return a[0];
    return str_own(encode_all(std::u32string_view(cps).substr(b, e - b)));
}
static Object str_strip(const Args& a) { return do_strip(a, "strip", true, true); }
static Object str_lstrip(const Args& a) { return do_strip(a, "lstrip", true, false); }
static Object str_rstrip(const Args& a) { return do_strip(a, "rstrip", false, true); }

// The sep/maxsplit arguments of split and rsplit, positional or by keyword.
static void split_args(const Args& a, const char* name, Object& sep, int64_t& maxsplit) {
    check_c_kwargs(name, a, {"sep", "maxsplit"});
    self_str(a, name, 1, 3);
    sep = a.npos > 1 ? a[1] : kwarg(a, "sep");
    Object m = a.npos > 2 ? a[2] : kwarg(a, "maxsplit");
    maxsplit = m.null() ? -1 : index_value(m);
    if (!sep.null() && is_none(sep)) sep = {};
    if (!sep.null()) {
        if (!is_str(sep)) type_error(fmt::format("must be str or None, not {}", type_name(sep)));
        if (as_str(sep)->s.empty()) value_error("empty separator");
    }
}

std::vector<std::string_view> split_on(std::string_view s, std::string_view sep, int64_t maxsplit) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (maxsplit < 0 || int64_t(out.size()) < maxsplit) {
        size_t j = s.find(sep, i);
        if (j == std::string_view::npos) break;
        out.push_back(s.substr(i, j - i));
        i = j + sep.size();
    }
    out.push_back(s.substr(i));
    return out;
}

static std::vector<Object> split_whitespace(const std::string& s, int64_t maxsplit) {
    std::vector<Object> out;
    size_t i = 0, n = s.size();
    while (true) {
        size_t j = i;
        while (j < n) {
            size_t k = j;
            if (!py_isspace(utf8_decode(s, k))) break;
            j = k;
        }
        i = j;
        if (i >= n) break;
        if (maxsplit >= 0 && int64_t(out.size()) == maxsplit) {
            out.push_back(str_own(s.substr(i)));  // the remainder keeps its trailing whitespace
            return out;
        }
        while (j < n) {
            size_t k = j;
            if (py_isspace(utf8_decode(s, k))) break;
            j = k;
        }
        out.push_back(str_own(s.substr(i, j - i)));
        i = j;
    }
    return out;
}

static Object str_split(const Args& a) {
    Object sep;
    int64_t maxsplit;
    split_args(a, "split", sep, maxsplit);
    const std::string& s = as_str(a[0])->s;
    if (sep.null()) return list_from(split_whitespace(s, maxsplit));
    std::vector<Object> out;
    for (std::string_view piece : split_on(s, as_str(sep)->s, maxsplit)) out.push_back(str_own(std::string(piece)));
    return list_from(std::move(out));
}

static Object str_rsplit(const Args& a) {
    Object sep;
    int64_t maxsplit;
    split_args(a, "rsplit", sep, maxsplit);
    const std::string& s = as_str(a[0])->s;
    std::vector<Object> out;
    if (sep.null()) {
        std::u32string cps = decode_all(s);
        int64_t e = int64_t(cps.size());
        while (true) {
            while (e > 0 && py_isspace(cps[size_t(e - 1)])) --e;
            if (e == 0) break;
            if (maxsplit >= 0 && int64_t(out.size()) == maxsplit) {
                out.push_back(str_own(encode_all(std::u32string_view(cps).substr(0, size_t(e)))));
                break;
            }
            int64_t b = e;
            while (b > 0 && !py_isspace(cps[size_t(b - 1)])) --b;
            out.push_back(str_own(encode_all(std::u32string_view(cps).substr(size_t(b), size_t(e - b)))));
            e = b;
        }
    } else {
        const std::string& d = as_str(sep)->s;
        size_t e = s.size();
        while (maxsplit < 0 || int64_t(out.size()) < maxsplit) {
            if (e < d.size()) break;
            size_t j = s.rfind(d, e - d.size());
            if (j == std::string::npos) break;
            out.push_back(str_own(s.substr(j + d.size(), e - j - d.size())));
            e = j;
        }
        out.push_back(str_own(s.substr(0, e)));
    }
    std::reverse(out.begin(), out.end());
    return list_from(std::move(out));
}

static Object str_splitlines(const Args& a) {
    check_c_kwargs("splitlines", a, {"keepends"});
    StrObj* s = self_str(a, "splitlines", 1, 2);
    Object ke = a.npos > 1 ? a[1] : kwarg(a, "keepends");
    bool keep = !ke.null() && truthy(ke);
    std::vector<Object> out;
    std::u32string cps = decode_all(s->s);
    size_t i = 0, n = cps.size();
    while (i < n) {
        size_t j = i;
        while (j < n) {
            char32_t c = cps[j];
            if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e ||
                c == 0x85 || c == 0x2028 || c == 0x2029)
                break;
            ++j;
        }
        size_t eol = j;
        if (j < n) {
            if (cps[j] == '\r' && j + 1 < n && cps[j + 1] == '\n') j += 2;
            else ++j;
        }
        out.push_back(str_own(encode_all(std::u32string_view(cps).substr(i, (keep ? j : eol) - i))));
        i = j;
    }
    return list_from(std::move(out));
}

static Object str_join(const Args& a) {
    StrObj* sep = self_str(a, "join", 2, 2);
    if (!a[1].type()->iter && !a[1].type()->getitem) type_error("can only join an iterable");
    std::vector<Object> items = to_vector(a[1]);
    std::string r;
    int64_t n = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!is_str(items[i]))
            type_error(fmt::format("sequence item {}: expected str instance, {} found", i, type_name(items[i])));
        if (i) {
            r += sep->s;
            n += sep->length;
        }
        r += as_str(items[i])->s;
        n += as_str(items[i])->length;
    }
    return Object::adopt(new StrObj(std::move(r), n));
}

static Object str_replace(const Args& a) {
    check_method_nargs("str.replace", a, 2, 3, MethodConv::Clinic);
    StrObj* s = self_str(a, "replace", 3, 4);
    const std::string& old = str_arg(a[1], "replace() argument 1")->s;
    const std::string& rep = str_arg(a[2], "replace() argument 2")->s;
    int64_t count = a.npos > 3 ? index_value(a[3]) : -1;
    std::string r;
    if (old.empty()) {
        // Inserts `rep` between characters and at both ends, `count` times at most.
        int64_t done = 0;
        size_t i = 0;
        while (true) {
            if (count < 0 || done < count) {
                r += rep;
                ++done;
            }
            if (i >= s->s.size()) break;
            size_t k = i;
            utf8_decode(s->s, k);
            r.append(s->s, i, k - i);
            i = k;
        }
        return str_own(std::move(r));
    }
    size_t i = 0;
    int64_t done = 0;
    while (count < 0 || done < count) {
        size_t j = s->s.find(old, i);
        if (j == std::string::npos) break;
        r.append(s->s, i, j - i);
        r += rep;
        i = j + old.size();
        ++done;
    }
    if (done == 0) return a[0];
    r.append(s->s, i, std::string::npos);
    return str_own(std::move(r));
}

// The [start, end) window of find/count/startswith..., as byte offsets.
static void window(const StrObj* s, const Args& a, size_t first, size_t& b0, size_t& b1) {
    int64_t n = s->length, start = 0, end = n;
    auto clamp = [n](int64_t v) { return v < 0 ? std::max<int64_t>(v + n, 0) : std::min(v, n); };
    if (a.npos > first && !is_none(a[first])) start = clamp(index_value(a[first]));
    if (a.npos > first + 1 && !is_none(a[first + 1])) end = clamp(index_value(a[first + 1]));
    if (a.npos > first && !is_none(a[first]) && index_value(a[first]) > n) start = n + 1;  // empty window
    if (start > end) { b0 = 1; b1 = 0; return; }
    b0 = byte_offset(s, start);
    b1 = byte_offset(s, end);
}

static int64_t find_impl(const Args& a, const char* name, bool reverse) {
    StrObj* s = self_str(a, name, 2, 4);
    const std::string& sub = str_arg(a[1], "must be str")->s;
    size_t b0, b1;
    window(s, a, 2, b0, b1);
    if (b0 > b1 || b1 - b0 < sub.size()) return -1;
    std::string_view hay = std::string_view(s->s).substr(b0, b1 - b0);
    size_t j = reverse ? hay.rfind(sub) : hay.find(sub);
    if (j == std::string_view::npos) return -1;
    return cp_index(s, b0 + j);
}

static Object str_find(const Args& a) { return int_(find_impl(a, "find", false)); }
static Object str_rfind(const Args& a) { return int_(find_impl(a, "rfind", true)); }
static Object str_index(const Args& a) {
    int64_t r = find_impl(a, "index", false);
    if (r < 0) value_error("substring not found");
    return int_(r);
}
static Object str_rindex(const Args& a) {
    int64_t r = find_impl(a, "rindex", true);
    if (r < 0) value_error("substring not found");
    return int_(r);
}

static Object str_count(const Args& a) {
    StrObj* s = self_str(a, "count", 2, 4);
    StrObj* sub = str_arg(a[1], "must be str");
    size_t b0, b1;
    window(s, a, 2, b0, b1);
    if (b0 > b1) return Object::small(0);
    std::string_view hay = std::string_view(s->s).substr(b0, b1 - b0);
    if (sub->s.empty()) return int_(utf8_length(hay) + 1);
    int64_t n = 0;
    for (size_t j = hay.find(sub->s); j != std::string_view::npos; j = hay.find(sub->s, j + sub->s.size())) ++n;
    return int_(n);
}

static Object affix_test(const Args& a, const char* name, bool start) {
    StrObj* s = self_str(a, name, 2, 4);
    size_t b0, b1;
    window(s, a, 2, b0, b1);
    auto test = [&](const Object& p) {
        if (!is_str(p))
            type_error(fmt::format("tuple for {} must only contain str, not {}", name, type_name(p)));
        const std::string& x = as_str(p)->s;
        if (b0 > b1 || b1 - b0 < x.size()) return false;
        return start ? s->s.compare(b0, x.size(), x) == 0 : s->s.compare(b1 - x.size(), x.size(), x) == 0;
    };
    if (is_tuple(a[1])) {
        for (const Object& p : tuple_items(a[1]))
            if (test(p)) return bool_(true);
        return bool_(false);
    }
    if (!is_str(a[1]))
        type_error(fmt::format("{} first arg must be str or a tuple of str, not {}", name, type_name(a[1])));
    return bool_(test(a[1]));
}
static Object str_startswith(const Args& a) { return affix_test(a, "startswith", true); }
static Object str_endswith(const Args& a) { return affix_test(a, "endswith", false); }

static Object str_removeprefix(const Args& a) {
    StrObj* s = self_str(a, "removeprefix", 2, 2);
    const std::string& p = str_arg(a[1], "removeprefix() argument")->s;
    if (s->s.compare(0, p.size(), p) == 0 && !p.empty()) return str_own(s->s.substr(p.size()));
    return a[0];
}
static Object str_removesuffix(const Args& a) {
    StrObj* s = self_str(a, "removesuffix", 2, 2);
    const std::string& p = str_arg(a[1], "removesuffix() argument")->s;
    if (!p.empty() && s->s.size() >= p.size() && s->s.compare(s->s.size() - p.size(), p.size(), p) == 0)
        return str_own(s->s.substr(0, s->s.size() - p.size()));
    return a[0];
}

static Object classify(const Args& a, const char* name, bool (*pred)(char32_t)) {
    StrObj* s = self_str(a, name, 1, 1);
    if (s->s.empty()) return bool_(false);
    for (size_t i = 0; i < s->s.size();)
        if (!pred(utf8_decode(s->s, i))) return bool_(false);
    return bool_(true);
}
static Object str_isdigit(const Args& a) { return classify(a, "isdigit", unicode::is_digit); }
static Object str_isdecimal(const Args& a) { return classify(a, "isdecimal", unicode::is_decimal); }
static Object str_isnumeric(const Args& a) { return classify(a, "isnumeric", unicode::is_numeric); }
static Object str_isalpha(const Args& a) { return classify(a, "isalpha", py_isalpha); }
static Object str_isalnum(const Args& a) { return classify(a, "isalnum", py_isalnum); }
static Object str_isspace(const Args& a) { return classify(a, "isspace", py_isspace); }
static Object str_isascii(const Args& a) {
    StrObj* s = self_str(a, "isascii", 1, 1);
    return bool_(s->ascii());
}
static Object str_isprintable(const Args& a) {
    StrObj* s = self_str(a, "isprintable", 1, 1);
    for (size_t i = 0; i < s->s.size();) {
        char32_t c = utf8_decode(s->s, i);
        if (!printable(c) && c != ' ') return bool_(false);
    }
    return bool_(true);
}

// isupper/islower: at least one cased character, none of the other case and no titlecase letter.
static Object case_test(const Args& a, const char* name, bool upper) {
    StrObj* s = self_str(a, name, 1, 1);
    bool cased = false;
    for (size_t i = 0; i < s->s.size();) {
        char32_t c = utf8_decode(s->s, i);
        if ((upper ? unicode::is_lower(c) : unicode::is_upper(c)) || unicode::is_title(c)) return bool_(false);
        cased |= upper ? unicode::is_upper(c) : unicode::is_lower(c);
    }
    return bool_(cased);
}
static Object str_isupper(const Args& a) { return case_test(a, "isupper", true); }
static Object str_islower(const Args& a) { return case_test(a, "islower", false); }

// istitle: uppercase/titlecase letters only after uncased characters, lowercase ones only after cased ones.
static Object str_istitle(const Args& a) {
    StrObj* s = self_str(a, "istitle", 1, 1);
    bool prev_cased = false, any = false;
    for (size_t i = 0; i < s->s.size();) {
        char32_t c = utf8_decode(s->s, i);
        if (unicode::is_upper(c) || unicode::is_title(c)) {
            if (prev_cased) return bool_(false);
            prev_cased = any = true;
        } else if (unicode::is_lower(c)) {
            if (!prev_cased) return bool_(false);
            prev_cased = any = true;
        } else {
            prev_cased = false;
        }
    }
    return bool_(any);
}

// isidentifier: XID_Start or '_', then XID_Continue characters.
static Object str_isidentifier(const Args& a) {
    StrObj* s = self_str(a, "isidentifier", 1, 1);
    if (s->s.empty()) return bool_(false);
    bool first = true;
    for (size_t i = 0; i < s->s.size();) {
        char32_t c = utf8_decode(s->s, i);
        bool ok = first ? c == '_' || unicode::is_xid_start(c) : unicode::is_xid_continue(c);
        if (!ok) return bool_(false);
        first = false;
    }
    return bool_(true);
}

// The fill character argument of center/ljust/rjust.
static char32_t fill_char(const Args& a, size_t i) {
    if (a.npos <= i) return ' ';
    if (!is_str(a[i]))
        type_error(fmt::format("The fill character must be a unicode character, not {}", type_name(a[i])));
    if (as_str(a[i])->length != 1) type_error("The fill character must be exactly one character long");
    size_t k = 0;
    return utf8_decode(as_str(a[i])->s, k);
}

static Object pad(const Object& self, int64_t left, int64_t right, char32_t fill) {
    StrObj* s = as_str(self);
    if (left <= 0 && right <= 0) return self;
    std::string f;
    utf8_append(f, fill);
    std::string r;
    for (int64_t i = 0; i < left; ++i) r += f;
    r += s->s;
    for (int64_t i = 0; i < right; ++i) r += f;
    return Object::adopt(new StrObj(std::move(r), s->length + std::max<int64_t>(left, 0) + std::max<int64_t>(right, 0)));
}

static Object str_center(const Args& a) {
    StrObj* s = self_str(a, "center", 2, 3);
    int64_t width = index_value(a[1]);
    char32_t f = fill_char(a, 2);
    int64_t marg = width - s->length;
    if (marg <= 0) return a[0];
    // CPython puts the extra space on the left when both the margin and the width are odd.
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(a[0], left, marg - left, f);
}
static Object str_ljust(const Args& a) {
    StrObj* s = self_str(a, "ljust", 2, 3);
    return pad(a[0], 0, index_value(a[1]) - s->length, fill_char(a, 2));
}
static Object str_rjust(const Args& a) {
    StrObj* s = self_str(a, "rjust", 2, 3);
    return pad(a[0], index_value(a[1]) - s->length, 0, fill_char(a, 2));
}

static Object str_zfill(const Args& a) {
    StrObj* s = self_str(a, "zfill", 2, 2);
    int64_t width = index_value(a[1]);
    if (width <= s->length) return a[0];
    std::string r = s->s;
    size_t at = (!r.empty() && (r[0] == '+' || r[0] == '-')) ? 1 : 0;
    r.insert(at, size_t(width - s->length), '0');
    return str_own(std::move(r));
}

static Object partition_impl(const Args& a, const char* name, bool reverse) {
    StrObj* s = self_str(a, name, 2, 2);
    StrObj* sep = str_arg(a[1], "must be str");
    if (sep->s.empty()) value_error("empty separator");
    size_t j = reverse ? s->s.rfind(sep->s) : s->s.find(sep->s);
    if (j == std::string::npos) {
        if (reverse) return tuple_({str_(""), str_(""), a[0]});
        return tuple_({a[0], str_(""), str_("")});
    }
    return tuple_({str_own(s->s.substr(0, j)), a[1], str_own(s->s.substr(j + sep->s.size()))});
}
static Object str_partition(const Args& a) { return partition_impl(a, "partition", false); }
static Object str_rpartition(const Args& a) { return partition_impl(a, "rpartition", true); }

static Object str_expandtabs(const Args& a) {
    check_c_kwargs("expandtabs", a, {"tabsize"});
    StrObj* s = self_str(a, "expandtabs", 1, 2);
    Object t = a.npos > 1 ? a[1] : kwarg(a, "tabsize");
    int64_t tab = t.null() ? 8 : index_value(t);
    std::string r;
    int64_t col = 0;
    for (size_t i = 0; i < s->s.size();) {
        char32_t c = utf8_decode(s->s, i);
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                r.append(size_t(n), ' ');
                col += n;
            }
        } else {
            utf8_append(r, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return str_own(std::move(r));
}

// The encoding and errors arguments of encode/decode (positional or keyword, default utf-8 and strict).
std::string_view codec_arg(const Args& a, size_t pos, const char* name, const char* fname, std::string_view dflt) {
    Object o = a.npos > pos ? a[pos] : kwarg(a, name);
    if (o.null()) return dflt;
    if (!is_str(o)) type_error(fmt::format("{}() argument '{}' must be str, not {}", fname, name, type_name(o)));
    return str_view(o);
}

static Object str_encode(const Args& a) {
    check_c_kwargs("encode", a, {"encoding", "errors"});
    StrObj* s = self_str(a, "encode", 1, 3);
    std::string_view enc = codec_arg(a, 1, "encoding", "encode", "utf-8");
    std::string_view errors = codec_arg(a, 2, "errors", "encode", "strict");
    return bytes_(encode_text(s->s, enc, errors));
}

static Object str_format(const Args& a) {
    StrObj* s = self_str(a, "format", 1, size_t(-1));
    return str_format_method(s->s, a, 1);
}

static Object str_format_map_method(const Args& a) {
    StrObj* s = self_str(a, "format_map", 2, 2);
    return str_format_map(s->s, a[1]);
}

static Object str_dunder_format(const Args& a) {
    self_str(a, "__format__", 2, 2);
    return format(a[0], a[1]);
}

static Object str_ctor(const Type&, const Args& a) {
    check_c_kwargs("str", a, {"object", "encoding", "errors"});
    check_nargs("str", a, 0, 3);
    Object o = a.npos > 0 ? a[0] : kwarg(a, "object");
    if (o.null()) return str_("");
    bool decode = a.npos > 1 || !kwarg(a, "encoding").null() || !kwarg(a, "errors").null();
    if (decode) {
        if (std::string raw; buffer_copy(o, raw))
            return decode_bytes(raw, codec_arg(a, 1, "encoding", "str", "utf-8"), codec_arg(a, 2, "errors", "str", "strict"));
        type_error(fmt::format("decoding to str: need a bytes-like object, {} found", type_name(o)));
    }
    return str(o);
}

void setup_str() {
    set_slots(StrType, {.repr = str_repr_slot, .str = str_str_slot, .hash = str_hash, .richcompare = str_richcompare,
                        .binop = str_binop, .len = str_len, .iter = str_iter, .getitem = str_getitem,
                        .contains = str_contains});
    set_iterator_type(StrIterType, str_iter_next);
    add_methods(StrType, {{"upper", str_upper}, {"lower", str_lower}, {"casefold", str_casefold},
                          {"swapcase", str_swapcase}, {"title", str_title}, {"capitalize", str_capitalize},
                          {"strip", str_strip}, {"lstrip", str_lstrip}, {"rstrip", str_rstrip}, {"split", str_split},
                          {"rsplit", str_rsplit}, {"splitlines", str_splitlines}, {"join", str_join},
                          {"replace", str_replace}, {"find", str_find}, {"rfind", str_rfind}, {"index", str_index},
                          {"rindex", str_rindex}, {"count", str_count}, {"startswith", str_startswith},
                          {"endswith", str_endswith}, {"removeprefix", str_removeprefix},
                          {"removesuffix", str_removesuffix}, {"isdigit", str_isdigit}, {"isdecimal", str_isdecimal},
                          {"isnumeric", str_isnumeric}, {"isalpha", str_isalpha}, {"isalnum", str_isalnum},
                          {"isspace", str_isspace}, {"isascii", str_isascii}, {"isprintable", str_isprintable},
                          {"isupper", str_isupper}, {"islower", str_islower}, {"istitle", str_istitle},
                          {"isidentifier", str_isidentifier}, {"center", str_center}, {"ljust", str_ljust},
                          {"rjust", str_rjust}, {"zfill", str_zfill}, {"partition", str_partition},
                          {"rpartition", str_rpartition}, {"expandtabs", str_expandtabs}, {"encode", str_encode},
                          {"format", str_format}, {"__format__", str_dunder_format},
                          {"format_map", str_format_map_method}});
    set_type_constructor(StrType, str_ctor);
}

}  // namespace pyco
