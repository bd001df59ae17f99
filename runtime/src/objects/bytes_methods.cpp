// The text-like methods of bytes (CPython's bytes_methods.c and stringlib): ASCII-only case mapping and
// whitespace, split/strip/join/find/count/replace/startswith, hex/fromhex, and decode through codecs.cpp.
#include <fmt/format.h>

#include <algorithm>

#include "internal/type_setup.h"
#include "internal/values.h"

namespace pyco {

namespace {

const std::string& B(const Object& o) { return o.as<BytesObj>()->s; }
bool is_bytes(const Object& o) { return isinstance_exact(o, BytesType); }
bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// `self` of a bytes method; `qualname` is "bytes.name".
const std::string& self_bytes(const Args& a, const char* qualname, size_t min, size_t max,
                              MethodConv conv = MethodConv::Clinic) {
    check_method_nargs(qualname, a, min, max, conv);
    if (!is_bytes(a[0]))
        type_error(fmt::format("descriptor '{}' for 'bytes' objects doesn't apply to a '{}' object", qualname + 6,
                               type_name(a[0])));
    return B(a[0]);
}

// A bytes-like argument (bytes here), with CPython's message.
const std::string& bytes_arg(const Object& o) {
    if (!is_bytes(o)) type_error(fmt::format("a bytes-like object is required, not '{}'", type_name(o)));
    return B(o);
}

// The needle of find/count/index: bytes, or an int in range(256).
std::string needle(const Object& o) {
    if (is_intlike(o)) {
        int64_t v = index_value(o);
        if (v < 0 || v > 255) value_error("byte must be in range(0, 256)");
        return std::string(1, char(v));
    }
    if (!is_bytes(o))
        type_error(fmt::format("argument should be integer or bytes-like object, not '{}'", type_name(o)));
    return B(o);
}

// The [start, end) window of find/count/startswith, clamped as slice bounds.
void window(const Args& a, size_t first, size_t n, size_t& b0, size_t& b1) {
    auto bound = [&](size_t k, int64_t dflt) {
        if (a.npos <= k || is_none(a[k])) return dflt;
        int64_t v = index_value(a[k]);
        if (v < 0) v = std::max<int64_t>(v + int64_t(n), 0);
        return std::min<int64_t>(v, int64_t(n));
    };
    int64_t s = bound(first, 0), e = bound(first + 1, int64_t(n));
    if (a.npos > first && !is_none(a[first]) && index_value(a[first]) > int64_t(n)) s = int64_t(n) + 1;
    b0 = size_t(s);
    b1 = size_t(std::max(s, e));
    if (s > e) b0 = b1 + 1;  // empty window, as an impossible range
}

Object m_decode(const Args& a) {
    check_c_kwargs("decode", a, {"encoding", "errors"});
    const std::string& s = self_bytes(a, "bytes.decode", 0, 2);
    return decode_bytes(s, codec_arg(a, 1, "encoding", "decode", "utf-8"), codec_arg(a, 2, "errors", "decode", "strict"));
}

Object map_ascii(const Args& a, const char* qualname, bool upper) {
    std::string r = self_bytes(a, qualname, 0, 0, MethodConv::NoArgs);
    for (char& c : r)
        if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) c = char(c ^ 0x20);
    return bytes_(r);
}
Object m_upper(const Args& a) { return map_ascii(a, "bytes.upper", true); }
Object m_lower(const Args& a) { return map_ascii(a, "bytes.lower", false); }

Object do_strip(const Args& a, const char* qualname, bool left, bool right) {
    const std::string& s = self_bytes(a, qualname, 0, 1);
    bool ws = a.npos < 2 || is_none(a[1]);
    std::string chars = ws ? std::string() : bytes_arg(a[1]);
    auto strip_it = [&](char c) { return ws ? ascii_space(c) : chars.find(c) != std::string::npos; };
    size_t b = 0, e = s.size();
    if (left) while (b < e && strip_it(s[b])) ++b;
    if (right) while (e > b && strip_it(s[e - 1])) --e;
    return bytes_(s.substr(b, e - b));
}
Object m_strip(const Args& a) { return do_strip(a, "bytes.strip", true, true); }
Object m_lstrip(const Args& a) { return do_strip(a, "bytes.lstrip", true, false); }
Object m_rstrip(const Args& a) { return do_strip(a, "bytes.rstrip", false, true); }

Object m_split(const Args& a) {
    check_c_kwargs("split", a, {"sep", "maxsplit"});
    const std::string& s = self_bytes(a, "bytes.split", 0, 2);
    Object sep = a.npos > 1 ? a[1] : kwarg(a, "sep");
    Object m = a.npos > 2 ? a[2] : kwarg(a, "maxsplit");
    int64_t maxsplit = m.null() ? -1 : index_value(m);
    std::vector<Object> out;
    if (sep.null() || is_none(sep)) {
        size_t i = 0;
        while (true) {
            while (i < s.size() && ascii_space(s[i])) ++i;
            if (i >= s.size()) break;
            if (maxsplit >= 0 && int64_t(out.size()) == maxsplit) {
                size_t e = s.size();
                while (e > i && ascii_space(s[e - 1])) --e;
                out.push_back(bytes_(s.substr(i, e - i)));
                break;
            }
            size_t j = i;
            while (j < s.size() && !ascii_space(s[j])) ++j;
            out.push_back(bytes_(s.substr(i, j - i)));
            i = j;
        }
        return list_from(std::move(out));
    }
    const std::string& d = bytes_arg(sep);
    if (d.empty()) value_error("empty separator");
    for (std::string_view piece : split_on(s, d, maxsplit)) out.push_back(bytes_(piece));
    return list_from(std::move(out));
}

Object m_join(const Args& a) {
    const std::string& sep = self_bytes(a, "bytes.join", 1, 1, MethodConv::One);
    std::vector<Object> items = to_vector(a[1]);
    std::string r;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!is_bytes(items[i]))
            type_error(fmt::format("sequence item {}: expected a bytes-like object, {} found", i, type_name(items[i])));
        if (i) r += sep;
        r += B(items[i]);
    }
    return bytes_(r);
}

int64_t find_impl(const Args& a, const char* qualname, bool reverse) {
    const std::string& s = self_bytes(a, qualname, 1, 3);
    std::string sub = needle(a[1]);
    size_t b0, b1;
    window(a, 2, s.size(), b0, b1);
    if (b0 > b1 || b1 - b0 < sub.size()) return -1;
    std::string_view hay = std::string_view(s).substr(b0, b1 - b0);
    size_t j = reverse ? hay.rfind(sub) : hay.find(sub);
    return j == std::string_view::npos ? -1 : int64_t(b0 + j);
}
Object m_find(const Args& a) { return int_(find_impl(a, "bytes.find", false)); }
Object m_rfind(const Args& a) { return int_(find_impl(a, "bytes.rfind", true)); }
Object m_index(const Args& a) {
    int64_t r = find_impl(a, "bytes.index", false);
    if (r < 0) value_error("subsection not found");
    return int_(r);
}
Object m_rindex(const Args& a) {
    int64_t r = find_impl(a, "bytes.rindex", true);
    if (r < 0) value_error("subsection not found");
    return int_(r);
}

Object m_count(const Args& a) {
    const std::string& s = self_bytes(a, "bytes.count", 1, 3);
    std::string sub = needle(a[1]);
    size_t b0, b1;
    window(a, 2, s.size(), b0, b1);
    if (b0 > b1) return Object::small(0);
    std::string_view hay = std::string_view(s).substr(b0, b1 - b0);
    if (sub.empty()) return int_(int64_t(hay.size()) + 1);
    int64_t n = 0;
    for (size_t j = hay.find(sub); j != std::string_view::npos; j = hay.find(sub, j + sub.size())) ++n;
    return int_(n);
}

Object m_replace(const Args& a) {
    const std::string& s = self_bytes(a, "bytes.replace", 2, 3);
    const std::string &old = bytes_arg(a[1]), &rep = bytes_arg(a[2]);
    int64_t count = a.npos > 3 ? index_value(a[3]) : -1;
    std::string r;
    int64_t done = 0;
    if (old.empty()) {
        for (size_t i = 0; i <= s.size(); ++i) {
            if (count < 0 || done < count) {
                r += rep;
                ++done;
            }
            if (i < s.size()) r.push_back(s[i]);
        }
        return bytes_(r);
    }
    size_t i = 0;
    while (count < 0 || done < count) {
        size_t j = s.find(old, i);
        if (j == std::string::npos) break;
        r.append(s, i, j - i);
        r += rep;
        i = j + old.size();
        ++done;
    }
    r.append(s, i, std::string::npos);
    return bytes_(r);
}

Object affix(const Args& a, const char* qualname, bool start) {
    const std::string& s = self_bytes(a, qualname, 1, 3);
    size_t b0, b1;
    window(a, 2, s.size(), b0, b1);
    const char* name = qualname + 6;
    auto test = [&](const Object& p) {
        if (!is_bytes(p))
            type_error(fmt::format("{} first arg must be bytes or a tuple of bytes, not {}", name, type_name(p)));
        const std::string& x = B(p);
        if (b0 > b1 || b1 - b0 < x.size()) return false;
        return start ? s.compare(b0, x.size(), x) == 0 : s.compare(b1 - x.size(), x.size(), x) == 0;
    };
    if (is_tuple(a[1])) {
        for (const Object& p : tuple_items(a[1]))
            if (test(p)) return bool_(true);
        return bool_(false);
    }
    return bool_(test(a[1]));
}
Object m_startswith(const Args& a) { return affix(a, "bytes.startswith", true); }
Object m_endswith(const Args& a) { return affix(a, "bytes.endswith", false); }

Object m_hex(const Args& a) {
    const std::string& s = self_bytes(a, "bytes.hex", 0, 0, MethodConv::NoArgs);
    std::string r;
    for (unsigned char c : s) r += fmt::format("{:02x}", unsigned(c));
    return str_ascii(std::move(r));
}

// bytes.fromhex(text): pairs of hex digits, white space allowed between pairs.
Object m_fromhex(const Args& a) {
    check_nargs("fromhex", a, 1, 1);
    if (!is_str(a[0])) type_error(fmt::format("fromhex() argument must be str, not {}", type_name(a[0])));
    std::string_view s = str_view(a[0]);
    auto hexval = [](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string r;
    for (size_t i = 0; i < s.size();) {
        if (ascii_space(s[i])) {
            ++i;
            continue;
        }
        int hi = hexval(s[i]), lo = i + 1 < s.size() ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            size_t at = hi < 0 ? i : i + 1;
            value_error(fmt::format("non-hexadecimal number found in fromhex() arg at position {}", at));
        }
        r.push_back(char(hi * 16 + lo));
        i += 2;
    }
    return bytes_(r);
}

}  // namespace

void setup_bytes_methods() {
    add_methods(BytesType, {{"decode", m_decode}, {"upper", m_upper}, {"lower", m_lower}, {"strip", m_strip},
                            {"lstrip", m_lstrip}, {"rstrip", m_rstrip}, {"split", m_split}, {"join", m_join},
                            {"find", m_find}, {"rfind", m_rfind}, {"index", m_index}, {"rindex", m_rindex},
                            {"count", m_count}, {"replace", m_replace}, {"startswith", m_startswith},
                            {"endswith", m_endswith}, {"hex", m_hex}});
    add_unbound_functions(BytesType, {{"fromhex", m_fromhex}});
}

}  // namespace pyco
