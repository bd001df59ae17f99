// The methods bytes and bytearray share for searching, splitting and joining (CPython's bytes_methods.c and
// stringlib): find/count/index, startswith/endswith, split/rsplit/splitlines, partition, join, strip, replace,
// removeprefix/removesuffix, translate/maketrans, hex/fromhex, and decode through codecs.cpp. Arguments may be
// any bytes-like object (bytes, bytearray, memoryview). Each method is a template on the type of `self`
// (bytes_methods.h).
#include <algorithm>

#include "internal/module_args.h"
#include "objects/bytes_methods.h"

namespace pyco {

namespace bytes_methods {

namespace {

// The needle of find/count/index: an int in range(256) or a bytes-like object.
std::string needle(const Object& o) {
    std::string_view v;
    if (get_buffer(o, v)) return std::string(v);
    if (!is_index(o))
        type_error(fmt::format("argument should be integer or bytes-like object, not '{}'", type_name(o)));
    return std::string(1, char(byte_value(o)));
}

// A start or end argument: None, or anything with __index__.
int64_t slice_bound(const Object& o, int64_t dflt) {
    if (o.null() || is_none(o)) return dflt;
    if (!is_index(o)) type_error("slice indices must be integers or None or have an __index__ method");
    Object i = index_object(o);
    int64_t v;
    if (int_small(i, v)) return v;
    return int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;  // far outside any length, as CPython clamps
}

// The [start, end) window of find/count/startswith from arguments `first` and `first`+1, adjusted as CPython's
// ADJUST_INDICES: negative values count from the end; start may end up past end.
void window(const Args& a, size_t first, int64_t len, int64_t& start, int64_t& end) {
    start = slice_bound(a.npos > first ? a[first] : Object(), 0);
    end = slice_bound(a.npos > first + 1 ? a[first + 1] : Object(), len);
    if (end > len) end = len;
    else if (end < 0) end = std::max<int64_t>(end + len, 0);
    if (start < 0) start = std::max<int64_t>(start + len, 0);
}

template <Kind K>
int64_t find_impl(const Args& a, const char* method, bool reverse) {
    const std::string& s = self_of<K>(a, method, 1, 3, MethodConv::VarArgs);
    std::string sub = needle(a[1]);
    int64_t start, end;
    window(a, 2, int64_t(s.size()), start, end);
    if (end - start < int64_t(sub.size())) return -1;
    std::string_view hay = std::string_view(s).substr(size_t(start), size_t(end - start));
    size_t j = reverse ? hay.rfind(sub) : hay.find(sub);
    return j == std::string_view::npos ? -1 : start + int64_t(j);
}
template <Kind K>
Object m_find(const Args& a) { return int_(find_impl<K>(a, "find", false)); }
template <Kind K>
Object m_rfind(const Args& a) { return int_(find_impl<K>(a, "rfind", true)); }
template <Kind K>
Object m_index(const Args& a) {
    int64_t r = find_impl<K>(a, "index", false);
    if (r < 0) value_error("subsection not found");
    return int_(r);
}
template <Kind K>
Object m_rindex(const Args& a) {
    int64_t r = find_impl<K>(a, "rindex", true);
    if (r < 0) value_error("subsection not found");
    return int_(r);
}

template <Kind K>
Object m_count(const Args& a) {
    const std::string& s = self_of<K>(a, "count", 1, 3, MethodConv::VarArgs);
    std::string sub = needle(a[1]);
    int64_t start, end;
    window(a, 2, int64_t(s.size()), start, end);
    if (end < start) return Object::small(0);
    std::string_view hay = std::string_view(s).substr(size_t(start), size_t(end - start));
    if (sub.empty()) return int_(int64_t(hay.size()) + 1);
    int64_t n = 0;
    for (size_t j = hay.find(sub); j != std::string_view::npos; j = hay.find(sub, j + sub.size())) ++n;
    return int_(n);
}

// startswith/endswith: a bytes-like prefix or a tuple of them.
template <Kind K>
Object affix(const Args& a, const char* method, bool start_side) {
    const std::string& s = self_of<K>(a, method, 1, 3, MethodConv::VarArgs);
    int64_t len = int64_t(s.size()), start, end;
    window(a, 2, len, start, end);
    auto matches = [&](std::string_view x) {
        int64_t n = int64_t(x.size());
        if (start_side) return start <= len - n && end - start >= n && s.compare(size_t(start), x.size(), x) == 0;
        if (end - start < n || start > len) return false;
        return s.compare(size_t(end - n), x.size(), x) == 0;
    };
    if (is_tuple(a[1])) {
        for (const Object& p : tuple_items(a[1]))
            if (matches(buffer_arg(p))) return bool_(true);
        return bool_(false);
    }
    std::string_view x;
    if (!get_buffer(a[1], x))
        type_error(fmt::format("{} first arg must be bytes or a tuple of bytes, not {}", method, type_name(a[1])));
    return bool_(matches(x));
}
template <Kind K>
Object m_startswith(const Args& a) { return affix<K>(a, "startswith", true); }
template <Kind K>
Object m_endswith(const Args& a) { return affix<K>(a, "endswith", false); }

// ---- split, rsplit, splitlines ----

// The split of `s` at runs of ASCII white space, at most `maxsplit` times (negative: no limit), from the left or
// from the right; the pieces in order.
std::vector<std::string_view> split_whitespace(std::string_view s, int64_t maxsplit, bool from_right) {
    std::vector<std::string_view> out;
    if (!from_right) {
        size_t i = 0;
        while (true) {
            while (i < s.size() && ascii_space(s[i])) ++i;
            if (i >= s.size()) break;
            if (maxsplit >= 0 && int64_t(out.size()) == maxsplit) {  // the rest keeps its trailing space
                out.push_back(s.substr(i));
                break;
            }
            size_t j = i;
            while (j < s.size() && !ascii_space(s[j])) ++j;
            out.push_back(s.substr(i, j - i));
            i = j;
        }
        return out;
    }
    size_t e = s.size();
    while (true) {
        while (e > 0 && ascii_space(s[e - 1])) --e;
        if (e == 0) break;
        if (maxsplit >= 0 && int64_t(out.size()) == maxsplit) {  // the rest keeps its leading space
            out.push_back(s.substr(0, e));
            break;
        }
        size_t b = e;
        while (b > 0 && !ascii_space(s[b - 1])) --b;
        out.push_back(s.substr(b, e - b));
        e = b;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// The split of `s` at `sep` (not empty) from the right, at most `maxsplit` times.
std::vector<std::string_view> rsplit_on(std::string_view s, std::string_view sep, int64_t maxsplit) {
    std::vector<std::string_view> out;
    size_t end = s.size();
    while (maxsplit < 0 || int64_t(out.size()) < maxsplit) {
        if (end < sep.size()) break;
        size_t j = s.rfind(sep, end - sep.size());
        if (j == std::string_view::npos) break;
        out.push_back(s.substr(j + sep.size(), end - j - sep.size()));
        end = j;
    }
    out.push_back(s.substr(0, end));
    std::reverse(out.begin(), out.end());
    return out;
}

template <Kind K>
Object split_impl(const Args& a, const char* method, bool from_right) {
    const std::string& s = self_of<K>(a, method, 0, kAny, MethodConv::Clinic, true);
    std::vector<Object> v = clinic_args(method, after_self(a), {"sep", "maxsplit"}, 0);
    int64_t maxsplit = v[1].null() ? -1 : index_value(v[1]);
    std::vector<std::string_view> pieces;
    if (v[0].null() || is_none(v[0])) {
        pieces = split_whitespace(s, maxsplit, from_right);
    } else {
        std::string sep(buffer_arg(v[0]));
        if (sep.empty()) value_error("empty separator");
        pieces = from_right ? rsplit_on(s, sep, maxsplit) : split_on(s, sep, maxsplit);
    }
    std::vector<Object> out;
    for (std::string_view p : pieces) out.push_back(make<K>(std::string(p)));
    return list_from(std::move(out));
}
template <Kind K>
Object m_split(const Args& a) { return split_impl<K>(a, "split", false); }
template <Kind K>
Object m_rsplit(const Args& a) { return split_impl<K>(a, "rsplit", true); }

// Lines end at \n, \r or \r\n (bytes know no other line boundaries).
template <Kind K>
Object m_splitlines(const Args& a) {
    const std::string& s = self_of<K>(a, "splitlines", 0, kAny, MethodConv::Clinic, true);
    std::vector<Object> v = clinic_args("splitlines", after_self(a), {"keepends"}, 0);
    bool keepends = !v[0].null() && index_value(v[0]) != 0;
    std::vector<Object> out;
    for (size_t i = 0; i < s.size();) {
        size_t j = i;
        while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
        size_t eol = j;
        if (j < s.size()) j += (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ? 2 : 1;
        out.push_back(make<K>(s.substr(i, (keepends ? j : eol) - i)));
        i = j;
    }
    return list_from(std::move(out));
}

template <Kind K>
Object partition_impl(const Args& a, const char* method, bool from_right) {
    const std::string& s = self_of<K>(a, method, 1, 1, MethodConv::One);
    std::string sep(buffer_arg(a[1]));
    if (sep.empty()) value_error("empty separator");
    size_t at = from_right ? s.rfind(sep) : s.find(sep);
    // bytes hands back its own objects where it can: itself when sep is missing, sep itself (even a bytearray)
    // as the middle; bytearray always makes new ones.
    Object whole = K == Kind::Bytes ? a[0] : make<K>(s);
    if (at == std::string::npos)
        return from_right ? tuple_({make<K>(""), make<K>(""), whole}) : tuple_({whole, make<K>(""), make<K>("")});
    Object middle = K == Kind::Bytes ? a[1] : make<K>(sep);
    return tuple_({make<K>(s.substr(0, at)), middle, make<K>(s.substr(at + sep.size()))});
}
template <Kind K>
Object m_partition(const Args& a) { return partition_impl<K>(a, "partition", false); }
template <Kind K>
Object m_rpartition(const Args& a) { return partition_impl<K>(a, "rpartition", true); }

template <Kind K>
Object m_join(const Args& a) {
    std::string sep = self_of<K>(a, "join", 1, 1, MethodConv::One);  // a copy: items may be views of self
    Object it;
    try {
        it = iter(a[1]);
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, TypeErrorType)) throw;
        type_error("can only join an iterable");
    }
    std::string r;
    size_t i = 0;
    for (Object item = next(it); !item.null(); item = next(it), ++i) {
        std::string_view v;
        if (!get_buffer(item, v, false))
            type_error(fmt::format("sequence item {}: expected a bytes-like object, {} found", i, type_name(item)));
        if (i) r += sep;
        r += v;
    }
    return make<K>(std::move(r));
}

// ---- strip, replace, affixes ----

template <Kind K>
Object strip_impl(const Args& a, const char* method, bool left, bool right) {
    const std::string& s = self_of<K>(a, method, 0, 1, MethodConv::Clinic);
    bool ws = a.npos < 2 || is_none(a[1]);
    std::string chars = ws ? std::string() : std::string(buffer_arg(a[1]));
    auto strip_it = [&](char c) { return ws ? ascii_space(c) : chars.find(c) != std::string::npos; };
    size_t b = 0, e = s.size();
    if (left) while (b < e && strip_it(s[b])) ++b;
    if (right) while (e > b && strip_it(s[e - 1])) --e;
    return make<K>(s.substr(b, e - b));
}
template <Kind K>
Object m_strip(const Args& a) { return strip_impl<K>(a, "strip", true, true); }
template <Kind K>
Object m_lstrip(const Args& a) { return strip_impl<K>(a, "lstrip", true, false); }
template <Kind K>
Object m_rstrip(const Args& a) { return strip_impl<K>(a, "rstrip", false, true); }

template <Kind K>
Object m_replace(const Args& a) {
    const std::string& s = self_of<K>(a, "replace", 2, 3, MethodConv::Clinic);
    std::string old(buffer_arg(a[1])), rep(buffer_arg(a[2]));
    int64_t count = a.npos > 3 ? index_value(a[3]) : -1;
    std::string r;
    int64_t done = 0;
    auto more = [&] { return count < 0 || done < count; };
    if (old.empty()) {  // the replacement goes before every byte and at the end
        for (size_t i = 0; i <= s.size(); ++i) {
            if (more()) {
                r += rep;
                ++done;
            }
            if (i < s.size()) r.push_back(s[i]);
        }
        return make<K>(std::move(r));
    }
    size_t i = 0;
    for (size_t j; more() && (j = s.find(old, i)) != std::string::npos; ++done) {
        r.append(s, i, j - i);
        r += rep;
        i = j + old.size();
    }
    r.append(s, i, std::string::npos);
    return make<K>(std::move(r));
}

template <Kind K>
Object m_removeprefix(const Args& a) {
    const std::string& s = self_of<K>(a, "removeprefix", 1, 1, MethodConv::One);
    std::string_view p = buffer_arg(a[1]);
    return make<K>(std::string_view(s).substr(0, p.size()) == p ? s.substr(p.size()) : s);
}
template <Kind K>
Object m_removesuffix(const Args& a) {
    const std::string& s = self_of<K>(a, "removesuffix", 1, 1, MethodConv::One);
    std::string_view p = buffer_arg(a[1]);
    bool has = s.size() >= p.size() && std::string_view(s).substr(s.size() - p.size()) == p;
    return make<K>(has ? s.substr(0, s.size() - p.size()) : s);
}

// ---- translate, maketrans ----

// translate(table, /, delete=b''): table None (no mapping) or 256 bytes.
template <Kind K>
Object m_translate(const Args& a) {
    const std::string& s = self_of<K>(a, "translate", 0, kAny, MethodConv::Clinic, true);
    Args rest = after_self(a);
    if (rest.npos == 0 && rest.nkw <= 2) type_error("translate() takes at least 1 positional argument (0 given)");
    std::vector<Object> v = clinic_args("translate", rest, {"table", "delete"}, 1);
    std::string table;
    if (!is_none(v[0])) {
        table = buffer_arg(v[0]);
        if (table.size() != 256) value_error("translation table must be 256 characters long");
    }
    std::string del = v[1].null() ? std::string() : std::string(buffer_arg(v[1]));
    std::string r;
    for (unsigned char c : s) {
        if (del.find(char(c)) != std::string::npos) continue;
        r.push_back(table.empty() ? char(c) : table[c]);
    }
    return make<K>(std::move(r));
}

// bytes.maketrans(frm, to): the identity table with frm's bytes mapped to to's; bytes for both types.
Object m_maketrans(const Args& a) {
    positional_args("maketrans", a, 2, 2);
    std::string_view from = buffer_arg(a[0]), to = buffer_arg(a[1]);
    if (from.size() != to.size()) value_error("maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int i = 0; i < 256; ++i) table[size_t(i)] = char(i);
    for (size_t i = 0; i < from.size(); ++i) table[(unsigned char)from[i]] = to[i];
    return bytes_(table);
}

// ---- hex, fromhex, decode ----

template <Kind K>
Object m_hex(const Args& a) {
    const std::string& s = self_of<K>(a, "hex", 0, kAny, MethodConv::Clinic, true);
    std::vector<Object> v = clinic_args("hex", after_self(a), {"sep", "bytes_per_sep"}, 0);
    return bytes_hex(s, v[0], v[1]);
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// fromhex(text): pairs of hex digits, ASCII white space allowed between pairs. A class method in CPython:
// called on bytearray or one of its instances, it makes a bytearray.
template <Kind K>
Object m_fromhex(const Args& a) {
    if (a.npos != 1 || a.nkw)
        type_error(fmt::format("{}.fromhex() takes exactly one argument ({} given)", kind_name<K>, a.npos + a.nkw));
    if (!is_str(a[0])) type_error(fmt::format("fromhex() argument must be str, not {}", type_name(a[0])));
    std::string_view s = str_view(a[0]);
    auto fail = [](size_t at) {
        value_error(fmt::format("non-hexadecimal number found in fromhex() arg at position {}", at));
    };
    if (!as_str(a[0])->ascii()) {  // CPython reports the first non-ASCII character at once
        size_t i = 0, at = 0;
        while (i < s.size() && (unsigned char)s[i] < 0x80) ++i, ++at;
        fail(at);
    }
    std::string r;
    for (size_t i = 0; i < s.size();) {
        if (ascii_space(s[i])) {
            ++i;
            continue;
        }
        int hi = hex_digit(s[i]);
        if (hi < 0) fail(i);
        int lo = i + 1 < s.size() ? hex_digit(s[i + 1]) : -1;
        if (lo < 0) fail(i + 1);
        r.push_back(char(hi * 16 + lo));
        i += 2;
    }
    return make<K>(std::move(r));
}

template <Kind K>
Object m_decode(const Args& a) {
    const std::string& s = self_of<K>(a, "decode", 0, kAny, MethodConv::Clinic, true);
    Args rest = after_self(a);
    clinic_args("decode", rest, {"encoding", "errors"}, 0);
    return decode_bytes(s, codec_arg(rest, 0, "encoding", "decode", "utf-8"),
                        codec_arg(rest, 1, "errors", "decode", "strict"));
}

template <Kind K>
void add_search_methods(Type& t) {
    add_methods(t, {{"decode", m_decode<K>}, {"find", m_find<K>}, {"rfind", m_rfind<K>}, {"index", m_index<K>},
                    {"rindex", m_rindex<K>}, {"count", m_count<K>}, {"startswith", m_startswith<K>},
                    {"endswith", m_endswith<K>}, {"split", m_split<K>}, {"rsplit", m_rsplit<K>},
                    {"splitlines", m_splitlines<K>}, {"partition", m_partition<K>}, {"rpartition", m_rpartition<K>},
                    {"join", m_join<K>}, {"strip", m_strip<K>}, {"lstrip", m_lstrip<K>}, {"rstrip", m_rstrip<K>},
                    {"replace", m_replace<K>}, {"removeprefix", m_removeprefix<K>},
                    {"removesuffix", m_removesuffix<K>}, {"translate", m_translate<K>}, {"hex", m_hex<K>}});
    add_unbound_functions(t, {{"fromhex", m_fromhex<K>}, {"maketrans", m_maketrans}});
}

}  // namespace

}  // namespace bytes_methods

Object bytes_hex(std::string_view data, const Object& sep, const Object& bytes_per_sep) {
    static const char digits[] = "0123456789abcdef";
    char sep_char = 0;
    int64_t group = 0;
    if (!sep.null()) {
        if (len(sep) != 1) value_error("sep must be length 1.");
        if (is_str(sep)) sep_char = str_view(sep)[0];
        else if (is_bytes(sep)) sep_char = bytes_data(sep)[0];
        else type_error("sep must be str or bytes.");
        if ((unsigned char)sep_char > 127) value_error("sep must be ASCII.");
        group = bytes_per_sep.null() ? 1 : index_value(bytes_per_sep);
    }
    std::string r;
    size_t n = data.size(), every = size_t(group < 0 ? -group : group);
    for (size_t i = 0; i < n; ++i) {
        // Groups are counted from the right for a positive count, from the left for a negative one.
        bool boundary = every && i > 0 && (group > 0 ? (n - i) % every == 0 : i % every == 0);
        if (boundary) r.push_back(sep_char);
        r.push_back(digits[(unsigned char)data[i] >> 4]);
        r.push_back(digits[(unsigned char)data[i] & 15]);
    }
    return str_ascii(std::move(r));
}

void setup_bytes_methods() {
    using namespace bytes_methods;
    add_search_methods<Kind::Bytes>(BytesType);
    add_search_methods<Kind::ByteArray>(ByteArrayType);
}

}  // namespace pyco
