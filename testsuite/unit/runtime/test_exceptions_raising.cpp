// Exception classes, matching, str/repr and __context__/__cause__ chaining.
#include <catch2/catch.hpp>

#include "pyco/call.h"
#include "pyco/exceptions.h"
#include "pyco/ops.h"

using namespace pyco;

namespace {

// Runs `f`, expecting it to raise; returns the exception object.
template <class F>
Object raised_by(F&& f) {
    try {
        f();
    } catch (const PyExc& e) {
        return e.exc;
    }
    FAIL("nothing was raised");
    return {};
}

std::string message_of(const Object& exc) { return format_exception_only(exc); }

}  // namespace

TEST_CASE("the built-in exception classes follow CPython's hierarchy") {
    CHECK(ZeroDivisionErrorType.is_subtype_of(&ArithmeticErrorType));
    CHECK(KeyErrorType.is_subtype_of(&LookupErrorType));
    CHECK(UnboundLocalErrorType.is_subtype_of(&NameErrorType));
    CHECK(TimeoutErrorType.is_subtype_of(&OSErrorType));
    CHECK(ModuleNotFoundErrorType.is_subtype_of(&ImportErrorType));
    CHECK(RuntimeWarningType.is_subtype_of(&WarningType));
    CHECK(CancelledErrorType.is_subtype_of(&BaseExceptionType));
    CHECK_FALSE(CancelledErrorType.is_subtype_of(&ExceptionType));
    CHECK(InvalidStateErrorType.is_subtype_of(&ExceptionType));
    CHECK_FALSE(KeyboardInterruptType.is_subtype_of(&ExceptionType));
}

TEST_CASE("except clauses match subclasses, tuples and ExceptionGroup as an Exception") {
    Object e = new_exception(ZeroDivisionErrorType, "division by zero");
    CHECK(exception_matches(e, type_object(ArithmeticErrorType)));
    CHECK(exception_matches(e, type_object(ExceptionType)));
    CHECK_FALSE(exception_matches(e, type_object(LookupErrorType)));
    CHECK(exception_matches(e, tuple_({type_object(KeyErrorType), type_object(ZeroDivisionErrorType)})));
    CHECK_FALSE(exception_matches(new_exception(CancelledErrorType), type_object(ExceptionType)));
    Object group = call(type_object(ExceptionGroupType), {str_("eg"), list_({e})});
    CHECK(exception_matches(group, type_object(ExceptionType)));
    CHECK(exception_matches(group, type_object(BaseExceptionGroupType)));
}

TEST_CASE("catching something that is not an exception class is a TypeError") {
    Object e = new_exception(ValueErrorType, "x");
    Object err = raised_by([&] { exception_matches(e, int_(3)); });
    CHECK(message_of(err) == "TypeError: catching classes that do not inherit from BaseException is not allowed");
    err = raised_by([&] { exception_matches(e, tuple_({type_object(ValueErrorType), type_object(IntType)})); });
    CHECK(message_of(err) == "TypeError: catching classes that do not inherit from BaseException is not allowed");
}

TEST_CASE("str and repr of exceptions are CPython's") {
    Object v = call(type_object(ValueErrorType), {str_("x")});
    CHECK(str_utf8(v) == "x");
    CHECK(repr_utf8(v) == "ValueError('x')");
    CHECK(repr_utf8(new_exception(ValueErrorType)) == "ValueError()");
    CHECK(str_utf8(new_exception(ValueErrorType)) == "");
    CHECK(str_utf8(new_exception(ValueErrorType, {str_("a"), int_(1)})) == "('a', 1)");
    CHECK(repr_utf8(new_exception(ValueErrorType, {str_("a"), int_(1)})) == "ValueError('a', 1)");
    CHECK(str_utf8(new_exception(KeyErrorType, {str_("k")})) == "'k'");
    CHECK(repr_utf8(new_exception(CancelledErrorType)) == "CancelledError()");
    CHECK(str_utf8(new_exception(OSErrorType, {int_(2), str_("No such")})) == "[Errno 2] No such");
}

TEST_CASE("the report's last line names the class and the message") {
    CHECK(message_of(new_exception(ValueErrorType, "x")) == "ValueError: x");
    CHECK(message_of(new_exception(KeyErrorType, {str_("k")})) == "KeyError: 'k'");
    CHECK(message_of(new_exception(StopIterationType)) == "StopIteration");
    CHECK(message_of(new_exception(CancelledErrorType)) == "asyncio.exceptions.CancelledError");
    CHECK(message_of(new_exception(InvalidStateErrorType, "invalid state")) ==
          "asyncio.exceptions.InvalidStateError: invalid state");
}

TEST_CASE("exception groups check their arguments and count their sub-exceptions") {
    Object eg = type_object(ExceptionGroupType);
    Object two = call(eg, {str_("m"), tuple_({new_exception(ValueErrorType), new_exception(TypeErrorType)})});
    CHECK(str_utf8(two) == "m (2 sub-exceptions)");
    Object one = call(type_object(BaseExceptionGroupType), {str_("m"), list_({new_exception(ValueErrorType)})});
    CHECK(one.type() == &ExceptionGroupType);
    CHECK(repr_utf8(one) == "ExceptionGroup('m', [ValueError()])");
    CHECK(message_of(raised_by([&] { call(eg, {str_("m")}); })) ==
          "TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)");
    CHECK(message_of(raised_by([&] { call(eg, {str_("m"), list_()}); })) ==
          "ValueError: second argument (exceptions) must be a non-empty sequence");
    CHECK(message_of(raised_by([&] { call(eg, {str_("m"), list_({new_exception(KeyboardInterruptType)})}); })) ==
          "TypeError: Cannot nest BaseExceptions in an ExceptionGroup");
}

TEST_CASE("exception attributes: args, value, __cause__, __context__, notes") {
    Object stop = new_exception(StopIterationType, {int_(5)});
    CHECK(repr_utf8(getattr(stop, "value")) == "5");
    CHECK(repr_utf8(getattr(stop, "args")) == "(5,)");
    Object v = new_exception(ValueErrorType, "x");
    CHECK(is_none(getattr(v, "__cause__")));
    CHECK(is_none(getattr(v, "__context__")));
    CHECK(getattr_or_null(v, "__notes__").null());
    call_method(v, "add_note", {str_("n")});
    CHECK(repr_utf8(getattr(v, "__notes__")) == "['n']");
}

TEST_CASE("raising inside a handler chains the handled exception as __context__") {
    Object first = new_exception(ValueErrorType, "first");
    Object second;
    {
        HandlingGuard guard(first);
        second = raised_by([] { raise(TypeErrorType, "second"); });
    }
    CHECK(current_handled_exception().null());
    CHECK(is_(second.as<ExceptionObj>()->context, first));
    CHECK(second.as<ExceptionObj>()->cause.null());
    CHECK_FALSE(second.as<ExceptionObj>()->suppress_context);
}

TEST_CASE("re-raising the handled exception does not make it its own context") {
    Object e = new_exception(ValueErrorType, "x");
    HandlingGuard guard(e);
    Object again = raised_by([&] { raise_(e); });
    CHECK(is_(again, e));
    CHECK(e.as<ExceptionObj>()->context.null());
}

TEST_CASE("raise from sets __cause__ and suppresses the context") {
    Object cause = new_exception(KeyErrorType, {str_("k")});
    Object e = raised_by([&] { raise_from(type_object(RuntimeErrorType), cause); });
    CHECK(e.type() == &RuntimeErrorType);
    CHECK(is_(e.as<ExceptionObj>()->cause, cause));
    CHECK(e.as<ExceptionObj>()->suppress_context);
    Object none = raised_by([&] { raise_from(new_exception(RuntimeErrorType), None()); });
    CHECK(none.as<ExceptionObj>()->cause.null());
    CHECK(none.as<ExceptionObj>()->suppress_context);
}

TEST_CASE("a bare raise with nothing handled is a RuntimeError") {
    Object e = raised_by([] { reraise(); });
    CHECK(message_of(e) == "RuntimeError: No active exception to reraise");
}

TEST_CASE("raising a non-exception is a TypeError") {
    CHECK(message_of(raised_by([] { raise_(int_(1)); })) ==
          "TypeError: exceptions must derive from BaseException");
}

TEST_CASE("handling guards that end out of order leave the right exception current") {
    Object a = new_exception(ValueErrorType, "a"), b = new_exception(TypeErrorType, "b");
    auto* ga = new HandlingGuard(a);
    auto* gb = new HandlingGuard(b);
    delete ga;  // a suspended task's handler ends while another task's is still open
    CHECK(is_(current_handled_exception(), b));
    delete gb;
    CHECK(current_handled_exception().null());
}

TEST_CASE("NameError and UnboundLocalError carry CPython's words") {
    CHECK(message_of(raised_by([] { raise_name_error("prnt"); })) ==
          "NameError: name 'prnt' is not defined. Did you mean: 'print'?");
    Object e = raised_by([] { raise_name_error("prnt"); });
    CHECK(str_utf8(e) == "name 'prnt' is not defined");  // the suggestion is only printed
    CHECK(message_of(raised_by([] { raise_unbound_local("x"); })) ==
          "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value");
}
