// Converting between Python objects and C++ values, for both directions of embedding (docs/embedding.md): the
// typed functions `pyco translate --embed` writes for a Python module, and the Python functions pyco writes for
// a C++ header (`--cpp-module`).
//
// A conversion is named by a *spec*, a type saying what the value is on the Python side and which C++ type
// carries it: `py::Int<int32_t>`, `py::List<py::Str<>>`, `py::Bytes`. The C++ type alone would not do: bytes
// and str are both std::string in C++. Every spec has
//     using type = ...;                          // the C++ type
//     static Object to(const type&);             // C++ -> Python
//     static type from(const Object&);           // Python -> C++, raising CPython's TypeError/OverflowError
// and a spec for a C++ enum or struct is written by the generator for that header, in the same shape.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "call.h"
#include "object.h"
#include "ops.h"

namespace pyco {

// ---- the runtime's side of the conversions (runtime/src/embed/convert.cpp) ----
namespace convert {
// An int (or bool) as a C++ integer of `bits` bits, with CPython's errors: TypeError "'str' object cannot be
// interpreted as an integer", OverflowError "Python int too large to convert to C long" and its kin.
int64_t to_signed(const Object& o, int bits);
uint64_t to_unsigned(const Object& o, int bits);
Object from_unsigned(uint64_t v);
double to_double(const Object& o);  // int or float; TypeError "must be real number, not str"
bool to_bool(const Object& o);      // bool only: TypeError "expected bool, got int"
std::string_view to_str(const Object& o);   // str: its UTF-8; TypeError "expected str, got int"
std::string_view to_bytes(const Object& o); // bytes or bytearray; TypeError "expected bytes, got str"
void to_none(const Object& o);              // None; TypeError "expected None, got int"
// A list or tuple's items; TypeError "expected list, got str" (what = "list" or "tuple").
const std::vector<Object>& to_sequence(const Object& o, const char* what);
// A dict's items, in order; TypeError "expected dict, got list".
std::vector<std::pair<Object, Object>> to_items(const Object& o);
// A tuple of exactly n items; TypeError "expected a tuple of 2 items, got 3".
const std::vector<Object>& to_tuple(const Object& o, size_t n);
// A callable; TypeError "'int' object is not callable".
const Object& to_callable(const Object& o);
// A built-in function object that runs `fn` (a C++ closure made callable from Python), named `name` in reprs.
Object native_callable(const char* name, std::function<Object(const Args&)> fn);
}  // namespace convert

namespace py {

// Any Python object, as it is.
struct Any {
    using type = Object;
    static Object to(const Object& v) { return v; }
    static Object from(const Object& o) { return o; }
};

struct None {
    using type = void;
    static void from(const Object& o) { convert::to_none(o); }
};

template <class T = int64_t>
struct Int {
    static_assert(std::is_integral_v<T> && !std::is_same_v<T, bool>);
    using type = T;
    static Object to(T v) {
        if constexpr (std::is_signed_v<T>) return int_(int64_t(v));
        else return convert::from_unsigned(uint64_t(v));
    }
    static T from(const Object& o) {
        if constexpr (std::is_signed_v<T>) return T(convert::to_signed(o, int(sizeof(T) * 8)));
        else return T(convert::to_unsigned(o, int(sizeof(T) * 8)));
    }
};

template <class T = double>
struct Float {
    using type = T;
    static Object to(T v) { return float_(double(v)); }
    static T from(const Object& o) { return T(convert::to_double(o)); }
};

struct Bool {
    using type = bool;
    static Object to(bool v) { return bool_(v); }
    static bool from(const Object& o) { return convert::to_bool(o); }
};

// str as std::string (the default), std::string_view or const char* (both only borrow the object's text: the
// generated caller keeps the object alive for the call).
template <class T = std::string>
struct Str {
    using type = T;
    static Object to(std::string_view v) { return str_(v); }
    static Object to(const char* v) { return v ? str_(v) : pyco::None(); }
    static T from(const Object& o) {
        std::string_view s = convert::to_str(o);
        if constexpr (std::is_same_v<T, const char*>) return s.data();
        else return T(s);
    }
};

struct Bytes {
    using type = std::string;
    static Object to(std::string_view v) { return bytes_(v); }
    static std::string from(const Object& o) { return std::string(convert::to_bytes(o)); }
};

template <class S, class C = std::vector<typename S::type>>
struct List {
    using type = C;
    static Object to(const C& v) {
        std::vector<Object> items;
        items.reserve(v.size());
        for (const auto& x : v) items.push_back(S::to(x));
        return list_from(std::move(items));
    }
    static C from(const Object& o) {
        C out;
        for (const Object& x : convert::to_sequence(o, "list")) out.push_back(S::from(x));
        return out;
    }
};

// A read-only view of C++ elements (std::span): becomes a new list.
template <class S, class C = std::span<const typename S::type>>
struct Span {
    using type = C;
    static Object to(const C& v) {
        std::vector<Object> items;
        for (const auto& x : v) items.push_back(S::to(x));
        return list_from(std::move(items));
    }
};

template <class K, class V, class M = std::unordered_map<typename K::type, typename V::type>>
struct Dict {
    using type = M;
    static Object to(const M& m) {
        Object d = dict_();
        for (const auto& [k, v] : m) dict_set(d, K::to(k), V::to(v));
        return d;
    }
    static M from(const Object& o) {
        M out;
        for (auto& [k, v] : convert::to_items(o)) out.insert_or_assign(K::from(k), V::from(v));
        return out;
    }
};

template <class... S>
struct Tuple {
    using type = std::tuple<typename S::type...>;
    static Object to(const type& t) {
        return std::apply([](const auto&... x) { return tuple_from({S::to(x)...}); }, t);
    }
    static type from(const Object& o) {
        const std::vector<Object>& items = convert::to_tuple(o, sizeof...(S));
        return from_items(items, std::index_sequence_for<S...>{});
    }

private:
    template <size_t... I>
    static type from_items(const std::vector<Object>& items, std::index_sequence<I...>) {
        return type{S::from(items[I])...};
    }
};

template <class A, class B>
struct Pair {
    using type = std::pair<typename A::type, typename B::type>;
    static Object to(const type& p) { return tuple_from({A::to(p.first), B::to(p.second)}); }
    static type from(const Object& o) {
        const std::vector<Object>& items = convert::to_tuple(o, 2);
        return {A::from(items[0]), B::from(items[1])};
    }
};

template <class S>
struct Optional {
    using type = std::optional<typename S::type>;
    static Object to(const type& v) { return v ? S::to(*v) : pyco::None(); }
    static type from(const Object& o) {
        if (is_none(o)) return std::nullopt;
        return S::from(o);
    }
};

// Converts a C++ result to Python, where void is None.
template <class S, class F>
Object result_to(F&& call) {
    if constexpr (std::is_void_v<typename S::type>) {
        call();
        return pyco::None();
    } else {
        return S::to(call());
    }
}

// std::function<R(A...)> <-> any Python callable. Calling the C++ side calls the Python object; a Python
// exception it raises unwinds through the C++ frames as it is (a PyExc) and comes out in Python unchanged.
template <class R, class... A>
struct Function {
    using type = std::function<typename R::type(typename A::type...)>;
    static type from(const Object& o) {
        Object f = convert::to_callable(o);
        return [f](typename A::type... args) -> typename R::type {
            Object r = call(f, {A::to(args)...});
            if constexpr (std::is_void_v<typename R::type>) R::from(r);
            else return R::from(r);
        };
    }
    static Object to(const type& fn) {
        if (!fn) return pyco::None();
        return convert::native_callable("<C++ function>", [fn](const Args& a) -> Object {
            check_nargs("<C++ function>", a, sizeof...(A), sizeof...(A));
            check_no_kwargs("<C++ function>", a);
            return call_with(fn, a, std::index_sequence_for<A...>{});
        });
    }

private:
    template <size_t... I>
    static Object call_with(const type& fn, const Args& a, std::index_sequence<I...>) {
        return result_to<R>([&] { return fn(A::from(a[I])...); });
    }
};

}  // namespace py
}  // namespace pyco
