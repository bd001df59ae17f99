// The traceback module, the part that formats an exception: format_exception, format_exception_only, format_exc,
// print_exception and print_exc, all through the printer of the uncaught-exception report (exec/traceback.cpp),
// which CPython 3.11's traceback.py matches. Extracting frames (extract_tb, walk_tb, StackSummary) needs frame
// objects pyco does not have.
#include <fmt/format.h>

#include "internal/module_args.h"
#include "internal/module_registry.h"
#include "internal/values.h"
#include "pyco/builtins.h"

namespace pyco {
namespace {

// CPython returns the report as a list of strings that join to the text; here each string is one line.
Object lines_of(const std::string& text) {
    std::vector<Object> out;
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        size_t end = nl == std::string::npos ? text.size() : nl + 1;
        out.push_back(str_own(text.substr(start, end - start)));
        start = end;
    }
    return list_from(std::move(out));
}

// The exception to format from (exc) or (type, value, tb): the value, as CPython 3.10+ takes it.
Object exception_arg(const char* fname, const Args& a) {
    std::vector<Object> v = clinic_args(fname, a, {"exc", "value", "tb", "limit", "chain"}, 1);
    return v[1].null() ? v[0] : v[1];
}

std::string report(const Object& exc) {
    if (is_none(exc)) return "NoneType: None\n";
    return format_exception(exc);
}

void write_text(const Object& file, const std::string& text) {
    Object out = file.null() || is_none(file) ? std_stream(2) : file;
    call_method(out, "write", {str_own(text)});
}

Object tb_format_exception(const Args& a) { return lines_of(report(exception_arg("format_exception", a))); }

Object tb_format_exception_only(const Args& a) {
    std::vector<Object> v = clinic_args("format_exception_only", a, {"exc", "value"}, 1);
    Object exc = v[1].null() ? v[0] : v[1];
    return lines_of((is_none(exc) ? std::string("NoneType: None") : format_exception_only(exc)) + "\n");
}

Object handled() {
    Object exc = current_handled_exception();
    return exc.null() ? None() : exc;
}

Object tb_format_exc(const Args& a) {
    clinic_args("format_exc", a, {"limit", "chain"}, 0);
    return str_own(report(handled()));
}

Object tb_print_exception(const Args& a) {
    std::vector<Object> v = clinic_args("print_exception", a, {"exc", "value", "tb", "limit", "file", "chain"}, 1);
    write_text(v[4], report(v[1].null() ? v[0] : v[1]));
    return None();
}

Object tb_print_exc(const Args& a) {
    std::vector<Object> v = clinic_args("print_exc", a, {"limit", "file", "chain"}, 0);
    write_text(v[1], report(handled()));
    return None();
}

}  // namespace

void init_traceback_module(ModuleObj& m) {
    module_add_functions(m, {{"format_exception", tb_format_exception},
                             {"format_exception_only", tb_format_exception_only},
                             {"format_exc", tb_format_exc},
                             {"print_exception", tb_print_exception},
                             {"print_exc", tb_print_exc}});
}

}  // namespace pyco
