// Private to objects/: how one implementation serves the methods bytes and bytearray share. A shared method is a
// template on the kind of its `self`, instantiated once per type, so that its messages name that type and its
// results have it (bytearray's split() gives bytearrays).
#pragma once

#include <fmt/format.h>

#include <string>

#include "internal/type_setup.h"
#include "internal/values.h"

namespace pyco::bytes_methods {

enum class Kind { Bytes, ByteArray };

template <Kind K>
constexpr const char* kind_name = K == Kind::Bytes ? "bytes" : "bytearray";

template <Kind K>
const Type& kind_type() {
    return K == Kind::Bytes ? BytesType : ByteArrayType;
}

template <Kind K>
Object make(std::string s) {
    if constexpr (K == Kind::Bytes) return bytes_(s);
    else return bytearray_(std::move(s));
}

// `self` (a[0]) of the method `method`, its bytes: checks that it is there and of the method's type, refuses
// keywords, and checks the count of the other positional arguments as the calling convention words it.
// Methods that take keywords pass `keywords` and check them themselves.
template <Kind K>
const std::string& self_of(const Args& a, const char* method, size_t min, size_t max, MethodConv conv,
                           bool keywords = false) {
    std::string qualname = fmt::format("{}.{}", kind_name<K>, method);
    if (a.npos == 0) type_error(fmt::format("unbound method {}() needs an argument", qualname));
    if (!isinstance_exact(a[0], kind_type<K>()))
        type_error(fmt::format("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method, kind_name<K>,
                               type_name(a[0])));
    if (a.nkw && !keywords) type_error(fmt::format("{}() takes no keyword arguments", qualname));
    check_method_nargs(qualname.c_str(), a, min, max, conv);
    return bytes_data(a[0]);
}

// The argument count of a method that takes keywords is checked by clinic_args, not by self_of.
constexpr size_t kAny = size_t(-1);

// The arguments after `self`, for clinic_args.
inline Args after_self(const Args& a) { return Args{a.pos + 1, a.npos - 1, a.kw, a.nkw}; }

inline bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// ---- what the two types' slots share (bytes.cpp) ----
// b[i] and b[i:j]: an int, or a slice of the same type.
Object byte_string_getitem(const Object& o, const Object& key, Kind k);
// `x in b`: an int in range(256) or a bytes-like object.
int byte_string_contains(const Object& o, const Object& item);
// b * n and n * b: NotImplemented unless one side is of kind `k` and the other an index.
Object byte_string_repeat(const Object& a, const Object& b, Kind k);
// The iterator of both: it reads the live bytes, so that a bytearray changed during iteration is seen.
Object byte_string_iter(const Object& o, const Type& iterator_type);
Object byte_string_iter_next(const Object& it);
// bytes(source) / bytearray(source, encoding, errors): what the two constructors share.
std::string byte_string_from_args(const Args& a, Kind k);

}  // namespace pyco::bytes_methods
