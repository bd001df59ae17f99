// str.maketrans and str.translate (CPython's unicode_maketrans_impl and unicode_translate): a table maps code
// points to code points, strings or None (delete).
#include <fmt/format.h>

#include "internal/type_setup.h"
#include "internal/values.h"

namespace pyco {

namespace {

Object code_point_of(const Object& one_char) {
    size_t i = 0;
    return int_(utf8_decode(str_view(one_char), i));
}

// str.maketrans(dict) or str.maketrans(from, to[, delete]).
Object str_maketrans(const Args& a) {
    check_nargs("maketrans", a, 1, 3);
    Object table = dict_();
    if (a.npos == 1) {
        if (!is_dict(a[0])) type_error("if you give only one argument to maketrans it must be a dict");
        Object items = iter(call_method(a[0], "items"));
        for (Object kv = next(items); !kv.null(); kv = next(items)) {
            const Object &k = tuple_items(kv)[0], &v = tuple_items(kv)[1];
            if (is_str(k)) {
                if (as_str(k)->length != 1) value_error("string keys in translate table must be of length 1");
                dict_set(table, code_point_of(k), v);
            } else if (is_intlike(k)) {
                dict_set(table, k, v);
            } else {
                type_error("keys in translate table must be strings or integers");
            }
        }
        return table;
    }
    if (!is_str(a[0])) type_error("first maketrans argument must be a string if there is a second argument");
    if (!is_str(a[1])) type_error(fmt::format("maketrans() argument 2 must be str, not {}", type_name(a[1])));
    std::string_view x = str_view(a[0]), y = str_view(a[1]);
    if (as_str(a[0])->length != as_str(a[1])->length)
        value_error("the first two maketrans arguments must have equal length");
    for (size_t i = 0, j = 0; i < x.size();) dict_set(table, int_(utf8_decode(x, i)), int_(utf8_decode(y, j)));
    if (a.npos > 2) {
        if (!is_str(a[2])) type_error(fmt::format("maketrans() argument 3 must be str, not {}", type_name(a[2])));
        std::string_view z = str_view(a[2]);
        for (size_t i = 0; i < z.size();) dict_set(table, int_(utf8_decode(z, i)), None());
    }
    return table;
}

// table[ord(c)], or null when the table has no entry (LookupError).
Object lookup(const Object& table, char32_t c) {
    try {
        return getitem(table, int_(c));
    } catch (const PyExc& e) {
        if (isinstance(e.exc, LookupErrorType)) return {};
        throw;
    }
}

Object str_translate(const Args& a) {
    check_method_nargs("str.translate", a, 1, 1, MethodConv::One);
    std::string_view s = str_view(a[0]);
    std::string out;
    for (size_t i = 0; i < s.size();) {
        char32_t c = utf8_decode(s, i);
        Object v = lookup(a[1], c);
        if (v.null()) utf8_append(out, c);
        else if (is_none(v)) continue;
        else if (is_intlike(v)) {
            int64_t cp = index_value(v);
            if (cp < 0 || cp > 0x10FFFF) value_error("character mapping must be in range(0x110000)");
            utf8_append(out, char32_t(cp));
        } else if (is_str(v)) {
            out += str_view(v);
        } else {
            type_error("character mapping must return integer, None or str");
        }
    }
    return str_own(std::move(out));
}

}  // namespace

void setup_str_translate() {
    add_methods(StrType, {{"translate", str_translate}});
    add_unbound_functions(StrType, {{"maketrans", str_maketrans}});
}

}  // namespace pyco
