#include "builtin_names.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace pyco::sema {

// dir(builtins) of CPython 3.11, sorted (the public names plus the dunder names programs use).
static constexpr std::string_view kBuiltinNames[] = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
    "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception",
    "ExceptionGroup", "False", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
    "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
    "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented", "NotImplementedError",
    "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
    "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
    "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit",
    "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
    "ValueError", "Warning", "ZeroDivisionError", "__build_class__", "__debug__", "__import__", "__name__",
    "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes",
    "callable", "chr", "classmethod", "compile", "complex", "copyright", "credits", "delattr", "dict", "dir",
    "divmod", "enumerate", "eval", "exec", "exit", "filter", "float", "format", "frozenset", "getattr",
    "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter",
    "len", "license", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open",
    "ord", "pow", "print", "property", "quit", "range", "repr", "reversed", "round", "set", "setattr",
    "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
};

// CPython builtins the runtime does not provide (kept equal to the runtime's table by a unit test): a program
// using one is rejected at compile time rather than failing when it runs. eval/exec/compile need an
// interpreter; the others are not written yet.
static constexpr std::string_view kUnprovidedBuiltins[] = {
    "__build_class__", "__import__", "aiter", "anext", "breakpoint", "bytearray", "compile", "complex",
    "copyright", "credits", "dir", "eval", "exec", "globals", "help", "input", "license", "locals",
    "memoryview", "open",
};

std::vector<std::string> builtin_names() { return {std::begin(kBuiltinNames), std::end(kBuiltinNames)}; }

bool is_provided_builtin(const std::string& name) {
    return is_builtin_name(name) && std::find(std::begin(kUnprovidedBuiltins), std::end(kUnprovidedBuiltins),
                                              std::string_view(name)) == std::end(kUnprovidedBuiltins);
}

bool is_builtin_name(const std::string& name) {
    return std::binary_search(std::begin(kBuiltinNames), std::end(kBuiltinNames), std::string_view(name));
}

}  // namespace pyco::sema
