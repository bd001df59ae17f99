// The two modules pyco writes over a C++ header (binding_gen.h): C++ types to convert.h specs, overloads and
// defaults in the C++ module, enums, structs and classes in the Python one. The generated code compiling and
// running is checked end to end by examples/cpp_interop.
#include "binding_gen.h"

#include "reader_test_support.h"

using namespace pyco::cxx;
using pyco::cxx::test::read_fixture;

namespace {

bool has(const std::string& text, const std::string& part) {
    if (text.find(part) != std::string::npos) return true;
    UNSCOPED_INFO(text);
    return false;
}

const Binding& kinds() {
    static Binding b = generate_binding(read_fixture("kinds.hpp"), "kinds", "/abs/kinds.hpp", "0123");
    return b;
}

const Binding& records() {
    static Binding b = generate_binding(read_fixture("records.hpp"), "records", "/abs/records.hpp", "4567");
    return b;
}

}  // namespace

TEST_CASE("each C++ type converts with its spec") {
    const std::string& cpp = kinds().native_cpp;
    CHECK(has(cpp, "pyco::py::Int<int8_t>::from(v[0])"));
    CHECK(has(cpp, "pyco::py::Int<uint64_t>::from(v[0])"));
    CHECK(has(cpp, "pyco::py::Float<float>::from(v[0])"));
    CHECK(has(cpp, "pyco::py::Str<std::string_view>::from(v[0])"));
    CHECK(has(cpp, "pyco::py::Str<const char*>::from(v[0])"));
    CHECK(has(cpp, "pyco::py::List<pyco::py::Float<double>, std::vector<double>>::from(v[0])"));
    // A span parameter is a list converted to a vector the call views.
    CHECK(has(cpp, "pyco::py::List<pyco::py::Int<int64_t>>::from(v[0])"));
    CHECK(has(cpp, "std::span<const int64_t>(p0)"));
}

TEST_CASE("the C++ module names its header, its content and its module") {
    const Binding& b = kinds();
    CHECK(b.native_module == "_pyco_cpp_kinds");
    CHECK(has(b.native_cpp, "#include \"/abs/kinds.hpp\""));
    CHECK(has(b.native_cpp, "(content 0123)"));
    CHECK(has(b.native_cpp, ".name = \"_pyco_cpp_kinds\""));
    CHECK(has(b.python_source, "import _pyco_cpp_kinds as _native"));
}

TEST_CASE("enums become IntEnum classes, structs dataclasses, classes handles") {
    const std::string& py = records().python_source;
    CHECK(has(py, "class Color(_IntEnum):\n    Red = 0\n    Green = 5\n    Blue = 6\n"));
    CHECK(has(py, "@_dataclass\nclass Point:\n"));
    CHECK(has(py, "class Counter:\n"));
    CHECK(has(py, "    def __init__(self, *args, **kwargs):\n        self._pyco_handle = _native.shapes_Counter__new(*args, **kwargs)\n"));
    // Declared inside Counter in C++, inside it in Python.
    CHECK(has(py, "    @_dataclass\n    class Snapshot:\n        value: object\n"));
    CHECK(has(py, "    @classmethod\n    def _pyco_wrap(cls, handle):"));
    const std::string& cpp = records().native_cpp;
    CHECK(has(cpp, "pyco::interop::make_handle(std::make_shared<::shapes::Counter>("));
    CHECK(has(cpp, "pyco::interop::handle_ptr(o, \"::shapes::Counter\", \"Counter\")"));
}

TEST_CASE("unmappable declarations say why and get no function") {
    const Api& api = read_fixture("unsupported.hpp");
    bool any = false;
    for (const Function& f : api.functions) {
        std::string why = unmappable_reason(f);
        if (why.empty()) continue;
        any = true;
        CHECK(generate_binding(api, "u", "/abs/u.hpp", "0").native_cpp.find("fn_" + f.name + "(") == std::string::npos);
    }
    CHECK(any);
}
