// The recursion limit (CPython's Py_EnterRecursiveCall for Python frames, ceval.c): a compiled program that
// recurses without bound gets RecursionError at CPython's depth instead of overflowing the C++ stack.
#include "pyco/exceptions.h"
#include "pyco/frame.h"

namespace pyco {

void raise_recursion_error() {
    // CPython 3.11 prints the plain message for Python-to-Python calls ("... while calling a Python object"
    // is for calls made from C code).
    raise(RecursionErrorType, "maximum recursion depth exceeded");
}

}  // namespace pyco
