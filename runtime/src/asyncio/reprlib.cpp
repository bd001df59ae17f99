// reprlib.repr with reprlib.Repr's default limits: how base_futures shows a future's result
// ("result=[0, 1, 2, 3, 4, 5, ...]", "result='aaaaaaaaaaaa...aaaaaaaaaaaaa'").
#include <algorithm>
#include <string>
#include <vector>

#include "internal/asyncio.h"
#include "internal/values.h"
#include "pyco/ops.h"

namespace pyco {
namespace {

constexpr int kMaxLevel = 6;
constexpr int64_t kMaxTuple = 6, kMaxList = 6, kMaxDict = 4, kMaxSet = 6, kMaxString = 30, kMaxLong = 40,
                  kMaxOther = 30;

// Code points of a UTF-8 string (continuation bytes are 10xxxxxx).
size_t cp_len(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// The byte offset of code point `cp`.
size_t cp_offset(const std::string& s, size_t cp) {
    size_t i = 0;
    for (; i < s.size() && cp; ++i)
        if (i + 1 >= s.size() || (static_cast<unsigned char>(s[i + 1]) & 0xC0) != 0x80) --cp;
    return std::min(i, s.size());
}

// s[:i] + '...' + s[len(s)-j:] where i + j + 3 == limit.
std::string shorten(const std::string& s, int64_t limit) {
    size_t n = cp_len(s);
    if (int64_t(n) <= limit) return s;
    int64_t i = std::max<int64_t>(0, (limit - 3) / 2);
    int64_t j = std::max<int64_t>(0, limit - 3 - i);
    return s.substr(0, cp_offset(s, size_t(i))) + "..." + s.substr(cp_offset(s, n - size_t(j)));
}

std::string repr1(const Object& x, int level);

std::vector<Object> items_of(const Object& x, int64_t limit) {
    std::vector<Object> out;
    Object it = iter(x);
    for (Object v; int64_t(out.size()) < limit && !(v = next(it)).null();) out.push_back(v);
    return out;
}

// reprlib._possibly_sorted: sorted when the items compare, else in iteration order.
std::vector<Object> possibly_sorted(const Object& x) {
    std::vector<Object> all = items_of(x, INT64_MAX);
    // Positions are sorted, never the objects: a comparison that raises leaves `all` whole.
    std::vector<Object> keys = all;
    try {
        sort_objects(keys, {}, false);
    } catch (const PyExc&) {
        return all;
    }
    return keys;
}

std::string join_iterable(const std::vector<Object>& items, int64_t n, int64_t maxiter, int level,
                          const char* left, const char* right, const char* trail = "") {
    if (level <= 0 && n) return std::string(left) + "..." + right;
    std::string s;
    for (size_t i = 0; i < items.size() && int64_t(i) < maxiter; ++i) {
        if (i) s += ", ";
        s += repr1(items[i], level - 1);
    }
    if (n > maxiter) s += items.empty() ? "..." : ", ...";
    std::string r = right;
    if (n == 1 && *trail) r = std::string(trail) + r;
    return left + s + r;
}

std::string repr_str(const Object& x) {
    std::string text(str_view(x));
    size_t n = cp_len(text);
    std::string head = text.substr(0, cp_offset(text, std::min<size_t>(n, kMaxString)));
    std::string s = repr_utf8(str_(head));
    if (int64_t(cp_len(s)) <= kMaxString) return s;
    int64_t i = std::max<int64_t>(0, (kMaxString - 3) / 2);
    int64_t j = std::max<int64_t>(0, kMaxString - 3 - i);
    std::string ends = text.substr(0, cp_offset(text, size_t(i))) + text.substr(cp_offset(text, n - size_t(j)));
    s = repr_utf8(str_(ends));
    size_t sn = cp_len(s);
    return s.substr(0, cp_offset(s, size_t(i))) + "..." + s.substr(cp_offset(s, sn - size_t(j)));
}

std::string repr_dict(const Object& x, int level) {
    int64_t n = len(x);
    if (n == 0) return "{}";
    if (level <= 0) return "{...}";
    std::vector<Object> keys = possibly_sorted(x);
    std::string s;
    for (size_t i = 0; i < keys.size() && int64_t(i) < kMaxDict; ++i) {
        if (i) s += ", ";
        s += repr1(keys[i], level - 1) + ": " + repr1(getitem(x, keys[i]), level - 1);
    }
    if (n > kMaxDict) s += ", ...";
    return "{" + s + "}";
}

std::string repr1(const Object& x, int level) {
    const Type* t = x.type();
    if (is_int(x) && t == &IntType) return shorten(repr_utf8(x), kMaxLong);
    if (t == &StrType) return repr_str(x);
    if (t == &ListType) return join_iterable(items_of(x, kMaxList), len(x), kMaxList, level, "[", "]");
    if (t == &TupleType) return join_iterable(items_of(x, kMaxTuple), len(x), kMaxTuple, level, "(", ")", ",");
    if (t == &DictType) return repr_dict(x, level);
    if (t == &SetType) {
        if (len(x) == 0) return "set()";
        return join_iterable(possibly_sorted(x), len(x), kMaxSet, level, "{", "}");
    }
    if (t == &FrozenSetType) {
        if (len(x) == 0) return "frozenset()";
        return join_iterable(possibly_sorted(x), len(x), kMaxSet, level, "frozenset({", "})");
    }
    return shorten(repr_utf8(x), kMaxOther);
}

}  // namespace

std::string reprlib_repr(const Object& o) { return repr1(o, kMaxLevel); }

}  // namespace pyco
