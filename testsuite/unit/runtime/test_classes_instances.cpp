// Instances of user classes: calling the class, attribute lookup with descriptors, the slots that dispatch
// to dunder methods, and super().
#include <catch2/catch.hpp>

#include <string>

#include "pyco/classes.h"
#include "pyco/variables.h"
#include "pyco/exceptions.h"
#include "pyco/ops.h"
#include "internal/values.h"

using namespace pyco;

namespace {

// Methods written in C++ as compiled functions are: an Entry binding the call's arguments to parameters.
template <size_t N, Object (*Body)(Object*)>
Object entry(FunctionObj* self, const Args& a) {
    Object slots[N];
    bind_args(self, a, slots);
    return Body(slots);
}

Object init_body(Object* a) {
    setattr(a[0], "x", a[1]);
    return None();
}
Object repr_body(Object* a) { return str_("Point(" + repr_utf8(getattr(a[0], "x")) + ")"); }
Object eq_body(Object*) { return bool_(true); }
Object double_body(Object* a) { return mul(getattr(a[0], "x"), int_(2)); }

Object make_class(const char* name, std::initializer_list<std::pair<const char*, Object>> attrs,
                  std::initializer_list<Object> bases = {}) {
    PreparedClass pc = prepare_class(str_(name), tuple_(bases), Object());  // as a class statement runs
    class_namespace_set(pc.ns, str_("__module__"), str_("__main__"));
    class_namespace_set(pc.ns, str_("__qualname__"), str_(name));
    for (auto& [k, v] : attrs) class_namespace_set(pc.ns, str_(k), v);
    return build_class(pc, Object());
}

const FuncInfo init_info{"__init__", "Point.__init__", nullptr, {"self", "x"}};
const FuncInfo repr_info{"__repr__", "Point.__repr__", nullptr, {"self"}};
const FuncInfo eq_info{"__eq__", "Point.__eq__", nullptr, {"self", "other"}};
const FuncInfo getter_info{"double", "Point.double", nullptr, {"self"}};

Object point_class() {
    Object init = make_function(&init_info, entry<2, init_body>);
    Object rep = make_function(&repr_info, entry<1, repr_body>);
    return make_class("Point", {{"__init__", init}, {"__repr__", rep}, {"kind", str_("2d")}});
}

template <class F>
std::string error_of(F&& f) {
    try {
        f();
    } catch (const PyExc& e) {
        return format_exception_only(e.exc);
    }
    FAIL("nothing raised");
    return {};
}

}  // namespace

TEST_CASE("calling a class runs __init__ and the instance finds its attributes") {
    Object point = point_class();
    Object p = call(point, {int_(3)});
    CHECK(p.type() == point.as<Type>());
    CHECK(repr_utf8(p) == "Point(3)");
    CHECK(str_utf8(p) == "Point(3)");
    CHECK(str_utf8(getattr(p, "kind")) == "2d");
    setattr(p, "kind", str_("mine"));
    CHECK(str_utf8(getattr(p, "kind")) == "mine");
    CHECK(str_utf8(getattr(point, "kind")) == "2d");
    CHECK(isinstance(getattr(p, "__repr__"), MethodType));
}

TEST_CASE("a missing attribute is an AttributeError with a suggestion") {
    Object p = call(point_class(), {int_(1)});
    CHECK(getattr_or_null(p, "y").null());
    CHECK(error_of([&] { getattr(p, "knd"); }) == "AttributeError: 'Point' object has no attribute 'knd'. Did you mean: 'kind'?");
    std::vector<std::string> names = attribute_names(p);
    CHECK(std::find(names.begin(), names.end(), "x") != names.end());
    CHECK(std::find(names.begin(), names.end(), "kind") != names.end());
}

TEST_CASE("a class without __init__ takes no arguments") {
    Object empty = make_class("Empty", {});
    CHECK(error_of([&] { call(empty, {int_(1)}); }) == "TypeError: Empty() takes no arguments");
    CHECK(repr_utf8(call(empty)).rfind("<__main__.Empty object at 0x", 0) == 0);
}

TEST_CASE("__eq__ without __hash__ makes instances unhashable") {
    Object eqf = make_function(&eq_info, entry<2, eq_body>);
    Object cls = make_class("Same", {{"__eq__", eqf}});
    Object a = call(cls), b = call(cls);
    CHECK(eq(a, b));
    CHECK_FALSE(compare_bool(CmpOp::Ne, a, b));  // object.__ne__ inverts __eq__
    CHECK(error_of([&] { hash(a); }) == "TypeError: unhashable type: 'Same'");
    Object plain = call(make_class("Plain", {}));
    CHECK(hash(plain) == hash(plain));
}

TEST_CASE("property, staticmethod and classmethod bind as CPython's descriptors do") {
    Object getter = make_function(&getter_info, entry<1, double_body>);
    Object point = point_class();
    setattr(point, "double", call(type_object(PropertyType), {getter}));
    setattr(point, "make", call(type_object(StaticMethodType), {getter}));
    setattr(point, "cls", call(type_object(ClassMethodType), {getter}));
    Object p = call(point, {int_(21)});
    CHECK(int_as_int64(getattr(p, "double")) == 42);
    // Assigned after the class statement, the property never learnt its name (no __set_name__), as in CPython.
    CHECK(error_of([&] { setattr(p, "double", int_(1)); }) ==
          "AttributeError: property of 'Point' object has no setter");
    CHECK(is_(getattr(p, "make"), getter));
    Object bound = getattr(p, "cls");
    CHECK(is_(getattr(bound, "__self__"), point));
}

TEST_CASE("super() starts the lookup after the given class") {
    Object point = point_class();
    Object sub = make_class("Sub", {}, {point});
    Object s = call(sub, {int_(5)});
    CHECK(repr_utf8(s) == "Point(5)");
    Object sup = super_zero(sub, s);
    CHECK(str_utf8(call(getattr(sup, "__repr__"))) == "Point(5)");
    Object top = super_zero(point, s);
    CHECK(str_utf8(call(getattr(top, "__repr__"))).rfind("<__main__.Sub object at 0x", 0) == 0);
    CHECK(error_of([&] { super_zero(sub, int_(1)); }) ==
          "TypeError: super(type, obj): obj must be an instance or subtype of type");
}

TEST_CASE("user exception classes make exception instances with args") {
    Object err = make_class("MyError", {}, {type_object(ExceptionType)});
    Object e = call(err, {str_("x"), int_(2)});
    CHECK(repr_utf8(getattr(e, "args")) == "('x', 2)");
    CHECK(repr_utf8(e) == "MyError('x', 2)");
    setattr(e, "code", int_(7));
    CHECK(int_as_int64(getattr(e, "code")) == 7);
    CHECK(error_of([&] { call(err, {}, {KwArg{"k", int_(1)}}); }) == "TypeError: MyError() takes no keyword arguments");
}
