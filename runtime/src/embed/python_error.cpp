// Exceptions across the language boundary (docs/embedding.md): a Python exception reaching C++ is a PythonError;
// a C++ exception reaching Python becomes the Python exception Cython's table gives it; a PythonError going back
// into Python raises its original exception again.
#include <ios>
#include <new>
#include <stdexcept>
#include <typeinfo>

#include "pyco/embed.h"
#include "pyco/exceptions.h"
#include "pyco/interop.h"
#include "pyco/ops.h"

namespace pyco {

namespace {

// The last line of the traceback, without its newline: "ValueError: bad value".
std::string last_line(const Object& exc) {
    std::string s = format_exception_only(exc);
    while (!s.empty() && s.back() == '\n') s.pop_back();
    size_t nl = s.rfind('\n');
    return nl == std::string::npos ? s : s.substr(nl + 1);
}

}  // namespace

PythonError::PythonError(Object exception)
    : std::runtime_error(last_line(exception)), exception_(exception), type_name_(pyco::type_name(exception)) {}

std::string PythonError::traceback() const {
    embed::Call c;
    return format_exception(exception_.get());
}

namespace embed {

void throw_python_error(const Object& exc) { throw PythonError(exc); }

void rethrow_as_python_error() {
    try {
        throw;
    } catch (const PyExc& e) {
        throw PythonError(e.exc);
    }
}

}  // namespace embed

void raise_from_cpp_exception() {
    try {
        throw;
    } catch (const PyExc&) {
        throw;
    } catch (const PythonError& e) {
        rethrow(e.exception());
    } catch (const std::bad_alloc& e) {
        raise(MemoryErrorType, e.what());
    } catch (const std::bad_cast& e) {
        raise(TypeErrorType, e.what());
    } catch (const std::bad_typeid& e) {
        raise(TypeErrorType, e.what());
    } catch (const std::ios_base::failure& e) {
        raise(OSErrorType, e.what());
    } catch (const std::invalid_argument& e) {
        raise(ValueErrorType, e.what());
    } catch (const std::domain_error& e) {
        raise(ValueErrorType, e.what());
    } catch (const std::out_of_range& e) {
        raise(IndexErrorType, e.what());
    } catch (const std::overflow_error& e) {
        raise(OverflowErrorType, e.what());
    } catch (const std::range_error& e) {
        raise(ArithmeticErrorType, e.what());
    } catch (const std::underflow_error& e) {
        raise(ArithmeticErrorType, e.what());
    } catch (const std::exception& e) {
        raise(RuntimeErrorType, e.what());
    } catch (...) {
        raise(RuntimeErrorType, "Unknown exception");
    }
}

}  // namespace pyco
