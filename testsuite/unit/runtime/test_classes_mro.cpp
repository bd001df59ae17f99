// The class statement's runtime side: C3 linearisation, base checks and subclass tests along the MRO.
#include <catch2/catch.hpp>

#include <string>

#include "pyco/classes.h"
#include "pyco/exceptions.h"
#include "pyco/ops.h"

using namespace pyco;

namespace {

Object make_class(const char* name, std::initializer_list<Object> bases) {
    return call(type_object(TypeType), {str_(name), tuple_(bases), dict_()});  // type(name, bases, {})
}

std::string mro_names(const Object& cls) {
    std::string out;
    for (const Type* t : cls.as<Type>()->mro) out += (out.empty() ? "" : " ") + t->name;
    return out;
}

std::string type_error_of(std::initializer_list<Object> bases) {
    try {
        make_class("Bad", bases);
    } catch (const PyExc& e) {
        CHECK(isinstance(e.exc, TypeErrorType));
        return str_utf8(e.exc);
    }
    FAIL("no TypeError");
    return {};
}

}  // namespace

TEST_CASE("a class without bases derives from object") {
    Object a = make_class("A", {});
    CHECK(mro_names(a) == "A object");
    CHECK(a.as<Type>()->base == &ObjectType);
    CHECK(repr_utf8(a) == "<class '__main__.A'>");
}

TEST_CASE("diamond inheritance follows C3 order") {
    Object base = make_class("Base", {});
    Object left = make_class("Left", {base});
    Object right = make_class("Right", {base});
    Object child = make_class("Child", {left, right});
    CHECK(mro_names(child) == "Child Left Right Base object");
    CHECK(child.as<Type>()->is_subtype_of(right.as<Type>()));
    CHECK_FALSE(left.as<Type>()->is_subtype_of(right.as<Type>()));
}

TEST_CASE("CPython's larger C3 example linearises the same way") {
    Object o = type_object(ObjectType);
    Object a = make_class("A", {o}), b = make_class("B", {o}), c = make_class("C", {o});
    Object d = make_class("D", {o}), e = make_class("E", {o});
    Object k1 = make_class("K1", {a, b, c}), k2 = make_class("K2", {d, b, e}), k3 = make_class("K3", {d, a});
    Object z = make_class("Z", {k1, k2, k3});
    CHECK(mro_names(z) == "Z K1 K2 K3 D A B C E object");
}

TEST_CASE("contradicting base orders have no MRO") {
    Object a = make_class("A", {});
    Object b = make_class("B", {a});
    CHECK(type_error_of({a, b}) == "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
}

TEST_CASE("bases are checked as CPython checks them") {
    Object a = make_class("A", {});
    CHECK(type_error_of({a, a}) == "duplicate base class A");
    CHECK(type_error_of({type_object(BoolType)}) == "type 'bool' is not an acceptable base type");
    // A base that is no class is found by its own type, int, which is no metaclass of the others.
    CHECK(type_error_of({int_(3)}) == "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                      "subclass of the metaclasses of all its bases");
}

TEST_CASE("exception classes can be bases, mixed with plain classes") {
    Object mixin = make_class("Mixin", {});
    Object err = make_class("AppError", {mixin, type_object(ValueErrorType)});
    CHECK(mro_names(err) == "AppError Mixin ValueError Exception BaseException object");
    CHECK(err.as<Type>()->base == &ValueErrorType);
    CHECK(is_exception_type(err));
    Object e = call(err, {str_("boom")});
    CHECK(is_exception_instance(e));
    CHECK(exception_matches(e, type_object(ValueErrorType)));
    CHECK(isinstance(e, *mixin.as<Type>()));
    CHECK(format_exception_only(e) == "AppError: boom");
}

TEST_CASE("a class dies with its last reference and leaves its base's subclass list") {
    Object base = make_class("Base", {});
    {
        Object sub = make_class("Sub", {base});
        CHECK(len(call_method(base, "__subclasses__")) == 1);
    }
    CHECK(len(call_method(base, "__subclasses__")) == 0);
}
