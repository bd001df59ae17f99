// Unraisable exceptions (internal/unraisable.h), as CPython's default sys.unraisablehook prints them: the
// heading, then the traceback and the exception alone, without the exceptions chained to it.
#include "internal/unraisable.h"

#include "pyco/exceptions.h"
#include "pyco/frame.h"
#include "pyco/ops.h"
#include "internal/values.h"

namespace pyco {

void write_unraisable_message(const std::string& heading, const Object& exc) {
    auto* e = exc.as<ExceptionObj>();
    Object cause = std::move(e->cause), context = std::move(e->context);
    e->cause = e->context = Object();
    std::string text = format_exception(exc);
    e->cause = std::move(cause);
    e->context = std::move(context);
    write_stderr(heading + "\n");
    write_stderr(text);
}

void write_unraisable(const Object& where, const Object& exc) {
    auto* e = exc.as<ExceptionObj>();
    if (Frame* f = current_frame(); f && e->tb.empty()) e->tb.push_back(TracebackEntry{f->code, f->pos, f});
    write_unraisable_message("Exception ignored in: " + repr_utf8(where), exc);
}

}  // namespace pyco
