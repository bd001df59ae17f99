// str.format() and printf-style `str % args`: both parse their template here and render each value through
// format()/str()/repr(), with CPython's error messages for malformed templates.
#include <fmt/format.h>

#include <cctype>

#include "internal/values.h"

namespace pyco {

namespace {

struct FormatArgs {
    const Args& a;
    size_t first;
    int auto_index = 0;
    int mode = 0;  // 0 unknown, 1 automatic numbering, 2 manual
    Object mapping;  // format_map's argument: names are looked up in it, positions are refused

    Object positional(int64_t i) {
        if (!mapping.null()) value_error("Format string contains positional fields");
        if (i < 0 || size_t(i) >= a.npos - first)
            raise(IndexErrorType, fmt::format("Replacement index {} out of range for positional args tuple", i));
        return a[first + size_t(i)];
    }
    Object keyword(std::string_view name) {
        if (!mapping.null()) return getitem(mapping, str_(name));
        for (size_t k = 0; k < a.nkw; ++k)
            if (a.kw[k].name == name) return a.kw[k].value;
        raise_(new_exception(KeyErrorType, {str_(name)}));
    }
};

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// Resolves "0", "name", "", "0.attr", "name[key]".
Object resolve_field(std::string_view name, FormatArgs& fa) {
    size_t end = name.find_first_of(".[");
    std::string_view head = name.substr(0, end);
    Object obj;
    if (head.empty()) {
        if (fa.mode == 2) value_error("cannot switch from manual field specification to automatic field numbering");
        fa.mode = 1;
        obj = fa.positional(fa.auto_index++);
    } else if (all_digits(head)) {
        if (fa.mode == 1) value_error("cannot switch from automatic field numbering to manual field specification");
        fa.mode = 2;
        obj = fa.positional(std::stoll(std::string(head)));
    } else {
        obj = fa.keyword(head);
    }
    size_t i = end;
    while (i != std::string_view::npos && i < name.size()) {
        if (name[i] == '.') {
            size_t j = name.find_first_of(".[", i + 1);
            std::string_view attr = name.substr(i + 1, j == std::string_view::npos ? std::string_view::npos : j - i - 1);
            if (attr.empty()) value_error("Empty attribute in format string");
            obj = getattr(obj, attr);
            i = j;
        } else {
            size_t j = name.find(']', i);
            if (j == std::string_view::npos) value_error("Missing ']' in format string");
            std::string_view key = name.substr(i + 1, j - i - 1);
            if (key.empty()) value_error("Empty attribute in format string");
            obj = getitem(obj, all_digits(key) ? int_(std::stoll(std::string(key))) : str_(key));
            i = j + 1;
            if (i < name.size() && name[i] != '.' && name[i] != '[')
                value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

std::string expand(std::string_view tmpl, FormatArgs& fa, int depth);

std::string render_field(std::string_view field, FormatArgs& fa, int depth) {
    // Splits "name!c:spec"; a ':' or '!' inside [...] belongs to the name.
    size_t i = 0;
    int bracket = 0;
    while (i < field.size()) {
        char c = field[i];
        if (c == '[') ++bracket;
        else if (c == ']') --bracket;
        else if (bracket == 0 && (c == '!' || c == ':')) break;
        ++i;
    }
    std::string_view name = field.substr(0, i);
    char conversion = 0;
    std::string_view spec;
    if (i < field.size() && field[i] == '!') {
        if (i + 1 >= field.size()) value_error("end of string while looking for conversion specifier");
        conversion = field[i + 1];
        i += 2;
        if (i < field.size() && field[i] != ':') value_error("expected ':' after conversion specifier");
    }
    if (i < field.size() && field[i] == ':') spec = field.substr(i + 1);
    Object value = resolve_field(name, fa);
    switch (conversion) {
        case 0: break;
        case 'r': value = repr(value); break;
        case 's': value = str(value); break;
        case 'a': value = ascii(value); break;
        default: value_error(fmt::format("Unknown conversion specifier {}", conversion));
    }
    std::string spec_text(spec);
    if (spec.find('{') != std::string_view::npos) {
        if (depth >= 2) value_error("Max string recursion exceeded");
        spec_text = expand(spec, fa, depth + 1);
    }
    return format_utf8(value, spec_text);
}

// The position of the '}' closing the field that starts at `i` (after its '{'), with the errors of CPython's
// parse_field: the name ends at '!', ':' or '}' (brackets hide them), one character after '!' is the
// conversion, and braces nest inside the format spec.
size_t field_end(std::string_view t, size_t i) {
    char c = 0;
    while (i < t.size()) {
        c = t[i++];
        if (c == '{') value_error("unexpected '{' in field name");
        if (c == '[') {
            while (i < t.size() && t[i] != ']') ++i;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    if (c == '}') return i - 1;
    if (c != '!' && c != ':') value_error("expected '}' before end of string");
    if (c == '!') {
        if (i >= t.size()) value_error("end of string while looking for conversion specifier");
        ++i;  // the conversion character
        if (i < t.size()) {
            char after = t[i++];
            if (after == '}') return i - 1;
            if (after != ':') value_error("expected ':' after conversion specifier");
        }
    }
    int count = 1;
    while (i < t.size()) {
        char f = t[i++];
        if (f == '{') ++count;
        else if (f == '}' && --count == 0) return i - 1;
    }
    value_error("unmatched '{' in format spec");
}

std::string expand(std::string_view t, FormatArgs& fa, int depth) {
    std::string out;
    size_t i = 0;
    while (i < t.size()) {
        char c = t[i];
        if (c == '}') {
            if (i + 1 < t.size() && t[i + 1] == '}') {
                out.push_back('}');
                i += 2;
                continue;
            }
            value_error("Single '}' encountered in format string");
        }
        if (c != '{') {
            out.push_back(c);
            ++i;
            continue;
        }
        if (i + 1 < t.size() && t[i + 1] == '{') {
            out.push_back('{');
            i += 2;
            continue;
        }
        if (i + 1 >= t.size()) value_error("Single '{' encountered in format string");
        size_t j = field_end(t, i + 1);
        out += render_field(t.substr(i + 1, j - i - 1), fa, depth);
        i = j + 1;
    }
    return out;
}

}  // namespace

Object str_format_method(std::string_view tmpl, const Args& a, size_t first) {
    FormatArgs fa{a, first};
    return str_own(expand(tmpl, fa, 0));
}

Object str_format_map(std::string_view tmpl, const Object& mapping) {
    Args none{nullptr, 0, nullptr, 0};
    FormatArgs fa{none, 0};
    fa.mapping = mapping;
    return str_own(expand(tmpl, fa, 0));
}

// ---- printf-style formatting ----

namespace {

struct PercentSpec {
    bool left = false, plus = false, space = false, alt = false, zero = false;
    int64_t width = -1, precision = -1;
};

std::string pad_text(const std::string& s, const PercentSpec& p) {
    int64_t n = utf8_length(s);
    if (p.width <= n) return s;
    std::string fill(size_t(p.width - n), ' ');
    return p.left ? s + fill : fill + s;
}

std::string spec_string(const PercentSpec& p, char type, bool with_precision) {
    std::string s;
    if (p.left) s += '<';
    if (p.plus) s += '+';
    else if (p.space) s += ' ';
    if (p.alt) s += '#';
    if (p.zero && !p.left) s += '0';
    if (p.width >= 0) s += std::to_string(p.width);
    if (with_precision && p.precision >= 0) s += "." + std::to_string(p.precision);
    s += type;
    return s;
}

// %d %i %u %x %X %o: the precision is a minimum number of digits; the width pads with spaces, or with zeros
// after the sign and prefix under the 0 flag (CPython's _PyUnicode_FormatLong).
std::string percent_int(char conv, const Object& n, const PercentSpec& p) {
    mpz_class v = int_to_mpz(n);
    int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    std::string digits = mpz_class(abs(v)).get_str(base);
    if (conv == 'X') for (char& c : digits) c = char(std::toupper((unsigned char)c));
    if (p.precision > int64_t(digits.size())) digits.insert(0, size_t(p.precision - int64_t(digits.size())), '0');
    std::string sign = v < 0 ? "-" : p.plus ? "+" : p.space ? " " : "";
    std::string prefix = !p.alt || base == 10 ? "" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : "0o";
    int64_t len = int64_t(sign.size() + prefix.size() + digits.size());
    if (p.width <= len) return sign + prefix + digits;
    std::string fill(size_t(p.width - len), p.zero && !p.left ? '0' : ' ');
    if (p.left) return sign + prefix + digits + fill;
    if (p.zero) return sign + prefix + fill + digits;
    return fill + sign + prefix + digits;
}

std::string percent_one(char conv, const Object& v, const PercentSpec& p) {
    switch (conv) {
        case 's': case 'r': case 'a': {
            std::string s = conv == 's' ? str_utf8(v) : conv == 'r' ? repr_utf8(v) : std::string(str_view(ascii(v)));
            if (p.precision >= 0 && p.precision < utf8_length(s)) {
                std::string cut;
                size_t i = 0;
                for (int64_t k = 0; k < p.precision; ++k) utf8_append(cut, utf8_decode(s, i));
                s = cut;
            }
            return pad_text(s, p);
        }
        case 'd': case 'i': case 'u': {
            Object n = v;
            if (is_float(v)) n = int_from_double(float_value(v));
            else if (!is_intlike(v)) n = int_from_dunder(v);  // a user number: int(v)
            if (n.null()) type_error(fmt::format("%{} format: a real number is required, not {}", conv, type_name(v)));
            return percent_int('d', n, p);
        }
        case 'x': case 'X': case 'o': {
            if (!is_index(v))
                type_error(fmt::format("%{} format: an integer is required, not {}", conv, type_name(v)));
            return percent_int(conv, index_object(v), p);
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            PercentSpec q = p;
            if (q.precision < 0) q.precision = 6;
            Object f = is_float(v) || is_intlike(v) ? Object() : float_from_dunder(v);  // a user number
            return format_utf8(float_(float_value(f.null() ? v : f)), spec_string(q, conv, true));
        }
        case 'c': {
            std::string s;
            if (is_str(v)) {
                if (as_str(v)->length != 1) type_error("%c requires int or char");
                s = std::string(str_view(v));
            } else if (is_intlike(v)) {
                int64_t c = int_as_int64(v);
                if (c < 0 || c > 0x10FFFF) raise(OverflowErrorType, "%c arg not in range(0x110000)");
                utf8_append(s, char32_t(c));
            } else {
                type_error("%c requires int or char");
            }
            return pad_text(s, p);
        }
    }
    return {};
}

}  // namespace

Object str_percent_format(const Object& fmt_obj, const Object& args) {
    std::string_view t = str_view(fmt_obj);
    std::vector<Object> items;
    // CPython takes any subscriptable non-tuple, non-str argument as the mapping (PyMapping_Check).
    bool is_mapping = !is_tuple(args) && !is_str(args) && args.type()->getitem != nullptr;
    if (is_tuple(args)) items = tuple_items(args);
    else items.push_back(args);
    size_t next_arg = 0;
    bool used_mapping = false;
    auto take = [&]() -> Object {
        if (next_arg >= items.size()) type_error("not enough arguments for format string");
        return items[next_arg++];
    };
    std::string out;
    size_t i = 0;
    while (i < t.size()) {
        char c = t[i++];
        if (c != '%') {
            out.push_back(c);
            continue;
        }
        size_t start = i - 1;
        if (i >= t.size()) value_error("incomplete format");
        Object value;
        if (t[i] == '(') {
            if (!is_mapping) type_error("format requires a mapping");
            size_t j = t.find(')', i);
            if (j == std::string_view::npos) value_error("incomplete format key");
            value = getitem(args, str_(t.substr(i + 1, j - i - 1)));
            used_mapping = true;
            i = j + 1;
        }
        PercentSpec p;
        for (; i < t.size(); ++i) {
            char f = t[i];
            if (f == '-') p.left = true;
            else if (f == '+') p.plus = true;
            else if (f == ' ') p.space = true;
            else if (f == '#') p.alt = true;
            else if (f == '0') p.zero = true;
            else break;
        }
        auto number = [&](int64_t& dst) {
            if (i < t.size() && t[i] == '*') {
                Object n = take();
                if (!is_intlike(n)) type_error("* wants int");
                dst = index_value(n);
                ++i;
                return;
            }
            if (i < t.size() && t[i] >= '0' && t[i] <= '9') {
                dst = 0;
                while (i < t.size() && t[i] >= '0' && t[i] <= '9') dst = dst * 10 + (t[i++] - '0');
            }
        };
        number(p.width);
        if (p.width < -1) { p.left = true; p.width = -p.width; }
        if (i < t.size() && t[i] == '.') {
            ++i;
            p.precision = 0;
            number(p.precision);
        }
        while (i < t.size() && (t[i] == 'h' || t[i] == 'l' || t[i] == 'L')) ++i;
        if (i >= t.size()) value_error("incomplete format");
        char conv = t[i++];
        if (conv == '%') {
            out.push_back('%');
            continue;
        }
        if (std::string_view("sradiuxXoeEfFgGc").find(conv) == std::string_view::npos)
            value_error(fmt::format("unsupported format character '{}' (0x{:x}) at index {}", conv,
                                    unsigned((unsigned char)conv), i - 1));
        (void)start;
        if (value.null()) value = take();
        out += percent_one(conv, value, p);
    }
    if (!used_mapping && !is_mapping && next_arg < items.size())
        type_error("not all arguments converted during string formatting");
    return str_own(std::move(out));
}

}  // namespace pyco
