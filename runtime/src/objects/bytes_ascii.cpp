// The methods bytes and bytearray share that read bytes as ASCII text (CPython's bytes_methods.c): case
// mapping, the is...() classifications, padding (center, ljust, rjust, zfill) and expandtabs. Bytes outside
// ASCII are neither letters nor digits nor space. Each method is a template on the type of `self`
// (bytes_methods.h).
#include "internal/module_args.h"
#include "objects/bytes_methods.h"

namespace pyco {

namespace bytes_methods {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char to_upper(char c) { return is_lower(c) ? char(c - 32) : c; }
char to_lower(char c) { return is_upper(c) ? char(c + 32) : c; }

// ---- case mapping ----

template <Kind K, char (*F)(char)>
Object map_each(const Args& a, const char* method) {
    std::string r = self_of<K>(a, method, 0, 0, MethodConv::NoArgs);
    for (char& c : r) c = F(c);
    return make<K>(std::move(r));
}
char swap(char c) { return is_upper(c) ? to_lower(c) : to_upper(c); }
template <Kind K>
Object m_upper(const Args& a) { return map_each<K, to_upper>(a, "upper"); }
template <Kind K>
Object m_lower(const Args& a) { return map_each<K, to_lower>(a, "lower"); }
template <Kind K>
Object m_swapcase(const Args& a) { return map_each<K, swap>(a, "swapcase"); }

template <Kind K>
Object m_capitalize(const Args& a) {
    std::string r = self_of<K>(a, "capitalize", 0, 0, MethodConv::NoArgs);
    for (size_t i = 0; i < r.size(); ++i) r[i] = i ? to_lower(r[i]) : to_upper(r[i]);
    return make<K>(std::move(r));
}

// Each run of letters starts upper case and goes on lower case.
template <Kind K>
Object m_title(const Args& a) {
    std::string r = self_of<K>(a, "title", 0, 0, MethodConv::NoArgs);
    bool previous_cased = false;
    for (char& c : r) {
        bool cased = is_upper(c) || is_lower(c);
        if (cased) c = previous_cased ? to_lower(c) : to_upper(c);
        previous_cased = cased;
    }
    return make<K>(std::move(r));
}

// ---- classification ----

// True when `s` is not empty and every byte passes `test`.
template <Kind K, bool (*Test)(char)>
Object all_of(const Args& a, const char* method) {
    const std::string& s = self_of<K>(a, method, 0, 0, MethodConv::NoArgs);
    if (s.empty()) return bool_(false);
    for (char c : s)
        if (!Test(c)) return bool_(false);
    return bool_(true);
}
bool alpha(char c) { return is_upper(c) || is_lower(c); }
bool alnum(char c) { return alpha(c) || is_digit(c); }
template <Kind K>
Object m_isalpha(const Args& a) { return all_of<K, alpha>(a, "isalpha"); }
template <Kind K>
Object m_isalnum(const Args& a) { return all_of<K, alnum>(a, "isalnum"); }
template <Kind K>
Object m_isdigit(const Args& a) { return all_of<K, is_digit>(a, "isdigit"); }
template <Kind K>
Object m_isspace(const Args& a) { return all_of<K, ascii_space>(a, "isspace"); }

template <Kind K>
Object m_isascii(const Args& a) {
    for (unsigned char c : self_of<K>(a, "isascii", 0, 0, MethodConv::NoArgs))
        if (c >= 0x80) return bool_(false);
    return bool_(true);
}

// islower/isupper: some cased byte, and none of the other case.
template <Kind K, bool Upper>
Object has_only_case(const Args& a, const char* method) {
    bool cased = false;
    for (char c : self_of<K>(a, method, 0, 0, MethodConv::NoArgs)) {
        if (Upper ? is_lower(c) : is_upper(c)) return bool_(false);
        cased = cased || (Upper ? is_upper(c) : is_lower(c));
    }
    return bool_(cased);
}
template <Kind K>
Object m_islower(const Args& a) { return has_only_case<K, false>(a, "islower"); }
template <Kind K>
Object m_isupper(const Args& a) { return has_only_case<K, true>(a, "isupper"); }

// Upper case letters only after uncased bytes, lower case ones only after cased bytes, and some letter.
template <Kind K>
Object m_istitle(const Args& a) {
    const std::string& s = self_of<K>(a, "istitle", 0, 0, MethodConv::NoArgs);
    bool cased = false, previous_cased = false;
    for (char c : s) {
        if (is_upper(c) && previous_cased) return bool_(false);
        if (is_lower(c) && !previous_cased) return bool_(false);
        previous_cased = alpha(c);
        cased = cased || previous_cased;
    }
    return bool_(cased);
}

// ---- padding ----

// The fill byte of center/ljust/rjust: a bytes or bytearray of length 1.
char fill_arg(const Args& a, const char* method) {
    if (a.npos < 3) return ' ';
    const Object& f = a[2];
    if ((!is_bytes(f) && !is_bytearray(f)) || bytes_data(f).size() != 1)
        type_error(fmt::format("{}() argument 2 must be a byte string of length 1, not {}", method, type_name(f)));
    return bytes_data(f)[0];
}

// `left` is how many of the missing bytes go before: a function of the total missing.
template <Kind K>
Object pad(const Args& a, const char* method, int64_t (*left)(int64_t missing, int64_t width)) {
    const std::string& s = self_of<K>(a, method, 1, 2, MethodConv::Clinic);
    int64_t width = index_value(a[1]);
    char fill = fill_arg(a, method);
    int64_t missing = width - int64_t(s.size());
    if (missing <= 0) return make<K>(s);
    int64_t l = left(missing, width);
    return make<K>(std::string(size_t(l), fill) + s + std::string(size_t(missing - l), fill));
}
template <Kind K>
Object m_ljust(const Args& a) { return pad<K>(a, "ljust", [](int64_t, int64_t) { return int64_t(0); }); }
template <Kind K>
Object m_rjust(const Args& a) { return pad<K>(a, "rjust", [](int64_t m, int64_t) { return m; }); }
// CPython's rounding: the odd byte goes left only when both the missing count and the width are odd.
template <Kind K>
Object m_center(const Args& a) {
    return pad<K>(a, "center", [](int64_t m, int64_t w) { return m / 2 + (m & w & 1); });
}

// Zeros on the left, after a leading sign.
template <Kind K>
Object m_zfill(const Args& a) {
    const std::string& s = self_of<K>(a, "zfill", 1, 1, MethodConv::One);
    int64_t missing = index_value(a[1]) - int64_t(s.size());
    if (missing <= 0) return make<K>(s);
    std::string r = std::string(size_t(missing), '0') + s;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        r[0] = s[0];
        r[size_t(missing)] = '0';
    }
    return make<K>(std::move(r));
}

// Tabs become spaces up to the next multiple of tabsize; a line break starts the column count again.
template <Kind K>
Object m_expandtabs(const Args& a) {
    const std::string& s = self_of<K>(a, "expandtabs", 0, kAny, MethodConv::Clinic, true);
    std::vector<Object> v = clinic_args("expandtabs", after_self(a), {"tabsize"}, 0);
    int64_t tabsize = v[0].null() ? 8 : index_value(v[0]);
    std::string r;
    int64_t column = 0;
    for (char c : s) {
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t n = tabsize - column % tabsize;
                r.append(size_t(n), ' ');
                column += n;
            }
            continue;
        }
        r.push_back(c);
        column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
    return make<K>(std::move(r));
}

template <Kind K>
void add_ascii_methods(Type& t) {
    add_methods(t, {{"upper", m_upper<K>}, {"lower", m_lower<K>}, {"swapcase", m_swapcase<K>},
                    {"capitalize", m_capitalize<K>}, {"title", m_title<K>}, {"isalpha", m_isalpha<K>},
                    {"isalnum", m_isalnum<K>}, {"isdigit", m_isdigit<K>}, {"isspace", m_isspace<K>},
                    {"isascii", m_isascii<K>}, {"islower", m_islower<K>}, {"isupper", m_isupper<K>},
                    {"istitle", m_istitle<K>}, {"ljust", m_ljust<K>}, {"rjust", m_rjust<K>},
                    {"center", m_center<K>}, {"zfill", m_zfill<K>}, {"expandtabs", m_expandtabs<K>}});
}

}  // namespace

}  // namespace bytes_methods

void setup_bytes_ascii() {
    using namespace bytes_methods;
    add_ascii_methods<Kind::Bytes>(BytesType);
    add_ascii_methods<Kind::ByteArray>(ByteArrayType);
}

}  // namespace pyco
