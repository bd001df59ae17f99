// The loop's exception handler (base_events.py): call_exception_handler with its context dict, the handler a
// program sets with set_exception_handler, and default_exception_handler's report. The report goes to the
// "asyncio" logger when the program has imported logging (so basicConfig's format and handlers apply, as in
// CPython); otherwise it is what logging's last-resort handler would print: the message, then the traceback.
#include <fmt/format.h>

#include <algorithm>

#include "internal.h"
#include "pyco/builtins.h"
#include "pyco/call.h"
#include "pyco/ops.h"
#include "internal/values.h"

namespace pyco {

namespace {

enum class CallHandler { ProgramsHandler = 1808 };

const CodeInfo& call_handler_code() {
    static const CodeInfo& code =
        aio::asyncio_code("call_exception_handler", "BaseEventLoop.call_exception_handler", "base_events.py", 1773,
                          {{CallHandler::ProgramsHandler, "                self._exception_handler(self, context)"}});
    return code;
}

// Where default_exception_handler can fail on a program's context: sorting its keys, a value's repr.
enum class DefaultHandler { SortKeys = 1755, ReprValue = 1768 };

const CodeInfo& default_handler_code() {
    static const CodeInfo& code =
        aio::asyncio_code("default_exception_handler", "BaseEventLoop.default_exception_handler", "base_events.py",
                          1723, {{DefaultHandler::SortKeys, "        for key in sorted(context):"},
                                 {DefaultHandler::ReprValue, "                value = repr(value)"}});
    return code;
}

bool is_exit(const Object& exc) { return isinstance(exc, SystemExitType) || isinstance(exc, KeyboardInterruptType); }

// logger.error(text, exc_info=exc) on the "asyncio" logger.
void log_error(const std::string& text, const Object& exc) {
    if (Object logger = asyncio_logger(); !logger.null()) {
        call(getattr(logger, "error"), {str_(text)}, {{"exc_info", exc.null() ? bool_(false) : exc}});
        return;
    }
    std::string out = text + "\n";
    if (!exc.null()) {
        std::string e = format_exception(exc);
        if (!e.empty() && e.back() != '\n') e += '\n';
        out += e;
    }
    flush_stdout();
    std::fputs(out.c_str(), stderr);
    std::fflush(stderr);
}

// context.get(key), null for None: the context may be any mapping a program passes.
Object context_get(const Object& context, const char* key) {
    Object v = call_method(context, "get", {str_(key)});
    return is_none(v) ? Object() : v;
}

}  // namespace

void default_exception_handler(const Object& context) {
    Object message = context_get(context, "message");
    std::string text = message.null() || !truthy(message) ? "Unhandled exception in event loop" : str_utf8(message);
    // sorted(context): any keys, compared as Python compares them (a TypeError for keys that do not order goes
    // to the caller, "Exception in default exception handler").
    Frame frame;  // CPython's frame of default_exception_handler, for the traceback of a failure here
    frame.code = &default_handler_code();
    aio::at_line(frame, DefaultHandler::SortKeys);
    try {
        std::vector<Object> keys = list_items(call(builtin("list"), {context}));
        sort_objects(keys, Object(), false);
        for (const Object& key : keys) {
            if (is_str(key) && (str_view(key) == "message" || str_view(key) == "exception")) continue;
            Object value = getitem(context, key);
            aio::at_line(frame, DefaultHandler::ReprValue);
            text += fmt::format("\n{}: {}", str_utf8(str(key)), repr_utf8(value));
            aio::at_line(frame, DefaultHandler::SortKeys);
        }
    } catch (const PyExc& e) {
        e.add_frame(frame);
        throw;
    }
    log_error(text, context_get(context, "exception"));
}

void call_exception_handler(LoopObj* loop, const Object& context) {
    if (loop && loop_overrides(loop, "call_exception_handler")) {
        call_method(Object::borrow(loop), "call_exception_handler", {context});
        return;
    }
    base_call_exception_handler(loop, context);
}

void base_call_exception_handler(LoopObj* loop, const Object& context) {
    if (!loop || loop->exception_handler.null()) {
        try {
            default_exception_handler(context);
        } catch (const PyExc& e) {
            if (is_exit(e.exc)) throw;
            log_error("Exception in default exception handler", e.exc);
        }
        return;
    }
    try {
        call(loop->exception_handler, {Object::borrow(loop), context});
    } catch (const PyExc& e) {
        if (is_exit(e.exc)) throw;
        Frame frame;
        frame.code = &call_handler_code();
        aio::at_line(frame, CallHandler::ProgramsHandler);
        e.add_frame(frame);
        // The program's handler failed: the default one reports that, with the context it was given.
        Object report = dict_();
        dict_set(report, str_("message"), str_("Unhandled error in exception handler"));
        dict_set(report, str_("exception"), e.exc);
        dict_set(report, str_("context"), context);
        try {
            default_exception_handler(report);
        } catch (const PyExc& again) {
            if (is_exit(again.exc)) throw;
            log_error("Exception in default exception handler while handling an unexpected error in custom "
                      "exception handler",
                      again.exc);
        }
    }
}

void call_exception_handler(LoopObj* loop, std::initializer_list<std::pair<const char*, Object>> context) {
    Object d = dict_();
    for (const auto& [k, v] : context)
        if (!v.null()) dict_set(d, str_(k), v);
    call_exception_handler(loop, d);
}

}  // namespace pyco
