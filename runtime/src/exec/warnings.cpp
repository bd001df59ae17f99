// The warnings machinery (CPython's Python/_warnings.c): the filters, the per-module registries, the "once"
// registry, and showing a warning. It lives in the runtime, not in a module, because the runtime warns itself
// (a coroutine that dies never awaited); `_warnings` (modules/warnings.cpp) exposes it, and runtime/lib/warnings.py
// adds the Python half as CPython's Lib/warnings.py does.
//
// As in CPython, once the program has imported `warnings`, its attributes `filters`, `defaultaction`,
// `onceregistry` and `_showwarnmsg` are the ones in force (catch_warnings rebinds them); before that, or once
// the program is finalizing, this file's own state and its C-style printer are used ("sys:1: ..." at exit).
#include "internal/warnings.h"

#include <cstring>
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "pyco/builtins.h"
#include "pyco/exceptions.h"
#include "pyco/frame.h"
#include "pyco/ops.h"
#include "internal/class_layout.h"
#include "internal/class_lookup.h"
#include "internal/module_registry.h"
#include "internal/source_lines.h"
#include "internal/values.h"

namespace pyco {

namespace {

bool tl_finalizing = false;

struct WarningsState {
    Object filters;        // list of (action, message, category, module, lineno)
    Object onceregistry;   // dict
    Object defaultaction;  // str
    int64_t filters_version = 1;
    // Each module's __warningregistry__, by module name ("sys" for warnings located nowhere).
    std::unordered_map<std::string, Object> registries;
};

// CPython's default filters (a release build): DeprecationWarning shown only where __main__ triggers it; the
// plain string "__main__" matches the module exactly.
Object default_filters() {
    auto simple = [](const char* action, const Type& t, Object module) {
        return tuple_({str_(action), None(), type_object(t), std::move(module), int_(0)});
    };
    return list_({simple("default", DeprecationWarningType, str_("__main__")),
                  simple("ignore", DeprecationWarningType, None()),
                  simple("ignore", PendingDeprecationWarningType, None()),
                  simple("ignore", ImportWarningType, None()),
                  simple("ignore", ResourceWarningType, None())});
}

WarningsState& state() {
    static WarningsState* s = [] {
        auto* st = new WarningsState;  // never destroyed: warnings may be issued during static destruction
        st->filters = default_filters();
        st->onceregistry = dict_();
        st->defaultaction = str_("default");
        return st;
    }();
    return *s;
}

// The `warnings` module once the program has imported it (and is not finalizing), else null.
Object python_module() {
    if (tl_finalizing) return {};
    Object m = dict_get(sys_modules(), str_("warnings"));
    return m.null() || is_none(m) ? Object() : m;
}

// `warnings.NAME` when the module is loaded and has it (the value then becomes the state's), else `fallback`.
Object module_attr(const char* name, Object& fallback) {
    if (Object m = python_module(); !m.null())
        if (Object v = getattr_or_null(m, name); !v.null()) fallback = v;
    return fallback;
}

Object current_filters() {
    Object f = module_attr("filters", state().filters);
    if (!is_list(f)) value_error("_warnings.filters must be a list");
    return f;
}

Object once_registry() {
    Object r = module_attr("onceregistry", state().onceregistry);
    if (!is_dict(r)) type_error(fmt::format("_warnings.onceregistry must be a dict, not '{}'", type_name(r)));
    return r;
}

Object default_action() {
    Object a = module_attr("defaultaction", state().defaultaction);
    if (!is_str(a)) type_error(fmt::format("_warnings.defaultaction must be a string, not '{}'", type_name(a)));
    return a;
}

// A filter's message or module part: None matches anything, a plain str (the default filters') only itself,
// anything else is a compiled pattern whose match() decides.
bool filter_matches(const Object& pattern, const Object& text) {
    if (is_none(pattern)) return true;
    if (isinstance_exact(pattern, StrType)) return eq(pattern, text);
    return truthy(call_method(pattern, "match", {text}));
}

struct FilterChoice {
    Object action, item;
};

// The first filter that matches, else the default action (item None).
FilterChoice choose_filter(const Object& text, const Object& category, const Object& module, int64_t lineno) {
    Object filters = current_filters();
    std::vector<Object> items = list_items(filters);  // a copy: match() may change the list
    for (size_t i = 0; i < items.size(); ++i) {
        const Object& item = items[i];
        if (!is_tuple(item) || tuple_items(item).size() != 5)
            value_error(fmt::format("_warnings.filters item {} isn't a 5-tuple", i));
        const std::vector<Object>& f = tuple_items(item);
        int64_t ln = int_as_int64(f[4]);
        if (filter_matches(f[1], text) && issubclass_check(category, f[2]) && filter_matches(f[3], module) &&
            (ln == 0 || ln == lineno))
            return {f[0], item};
    }
    return {default_action(), None()};
}

// The registry seen under the current filters: one kept from before the filters changed is emptied.
void refresh_registry(const Object& registry) {
    Object version = int_(state().filters_version);
    Object seen = dict_get(registry, str_("version"));
    if (!seen.null() && eq(seen, version)) return;
    call_method(registry, "clear");
    dict_set(registry, str_("version"), version);
}

// registry[key] was set before; marks it now.
bool already_warned(const Object& registry, const Object& key) {
    if (registry.null() || is_none(registry)) return false;
    Object v = dict_get(registry, key);
    return !v.null() && truthy(v);
}

void mark(const Object& registry, const Object& key) {
    if (!registry.null() && !is_none(registry)) dict_set(registry, key, bool_(true));
}

// The C printer (_warnings.c's show_warning), used before `warnings` is imported and while finalizing. While
// the program runs it adds the tracemalloc hint for a warning about an object, as Lib/warnings.py does (CPython
// always has warnings.py loaded by then).
void show_builtin(const WarningInfo& w, const Object& category, const Object& text) {
    std::string out = fmt::format("{}:{}: {}: {}\n", str_utf8(w.filename), w.lineno,
                                  str_utf8(getattr(category, "__name__")), str_utf8(text));
    std::string line = stripped_source_line(str_utf8(w.filename), w.lineno);
    if (!line.empty()) out += "  " + line + "\n";
    if (!w.source.null() && !tl_finalizing)
        out += str_utf8(getattr(category, "__name__")) + ": Enable tracemalloc to get the object allocation traceback\n";
    flush_stdout();
    std::fwrite(out.data(), 1, out.size(), stderr);
    std::fflush(stderr);
}

// warnings._showwarnmsg(WarningMessage(...)) when the Python half is loaded, else the C printer.
void show(const WarningInfo& w, const Object& message, const Object& category, const Object& text) {
    if (Object m = python_module(); !m.null()) {
        Object cls = getattr_or_null(m, "WarningMessage");
        Object showmsg = getattr_or_null(m, "_showwarnmsg");
        if (!cls.null() && !showmsg.null()) {
            Object source = w.source.null() ? None() : w.source;
            Object msg = call(cls, {message, category, w.filename, int_(w.lineno), None(), None(), source});
            call(showmsg, {msg});
            return;
        }
    }
    show_builtin(w, category, text);
}

std::string module_from_filename(const Object& filename) {
    std::string m = is_none(filename) || str_utf8(filename).empty() ? "<unknown>" : str_utf8(filename);
    if (m.size() >= 3 && strcasecmp(m.c_str() + m.size() - 3, ".py") == 0) m.resize(m.size() - 3);
    return m;
}

}  // namespace

void warn_explicit(const WarningInfo& w, Object message, Object category) {
    Object module = w.module.null() || is_none(w.module) ? str_(module_from_filename(w.filename)) : w.module;
    Object text;
    if (is_exception_instance(message) && message.type()->is_subtype_of(&WarningType)) {
        text = str(message);
        category = type_object(*message.type());
    } else {
        text = message;
        message = call(category, {message});
    }
    Object registry = w.registry;
    if (!registry.null() && !is_none(registry)) refresh_registry(registry);
    Object key = tuple_({text, category, int_(w.lineno)});
    if (already_warned(registry, key)) return;

    FilterChoice choice = choose_filter(text, category, module, w.lineno);
    std::string_view action = is_str(choice.action) ? str_view(choice.action) : std::string_view();
    if (action == "error") raise_(message);
    if (action == "ignore") return;
    if (action != "always") {
        mark(registry, key);
        if (action == "once") {
            Object once = registry.null() || is_none(registry) ? once_registry() : registry;
            Object oncekey = tuple_({text, category});
            if (already_warned(once, oncekey)) return;
            mark(once, oncekey);
        } else if (action == "module") {
            Object altkey = tuple_({text, category, int_(0)});
            if (already_warned(registry, altkey)) return;
            mark(registry, altkey);
        } else if (action != "default") {
            raise(RuntimeErrorType, fmt::format("Unrecognized action ({}) in warnings.filters:\n {}",
                                                repr_utf8(choice.action), repr_utf8(choice.item)));
        }
    }
    show(w, message, category, text);
}

Object module_registry(const std::string& module) {
    Object& r = state().registries[module];
    if (r.null()) r = dict_();
    return r;
}

WarningInfo locate_warning(int64_t stacklevel) {
    // The frame `stacklevel` levels up from the one running (1 = the caller of warnings.warn); none at all
    // while finalizing, as CPython has no frame then.
    const Frame* f = tl_finalizing ? nullptr : current_frame();
    for (int64_t i = 1; i < stacklevel && f; ++i) f = f->back;
    WarningInfo w;
    if (!f || !f->code) {
        w.filename = str_("sys");
        w.lineno = 1;
        w.module = str_("sys");
        w.registry = module_registry("sys");
        return w;
    }
    const SourceFile* file = f->code->file;
    remember_source(file);
    w.filename = str_(file ? file->path : "<unknown>");
    w.lineno = f->line();
    std::string module = file && file->module ? file->module : "<string>";
    w.module = str_(module);
    w.registry = module_registry(module);
    return w;
}

void warn_object(Object message, Object category, int64_t stacklevel, const Object& source) {
    if (is_exception_instance(message) && message.type()->is_subtype_of(&WarningType))
        category = type_object(*message.type());
    if (category.null() || is_none(category)) category = type_object(UserWarningType);
    if (!is_type(category) || !category.as<Type>()->is_subtype_of(&WarningType))
        type_error(fmt::format("category must be a Warning subclass, not '{}'", type_name(category)));
    WarningInfo w = locate_warning(stacklevel);
    w.source = source;
    warn_explicit(w, std::move(message), std::move(category));
}

void warn(const Type& category, const std::string& message, const Object& source) {
    warn_object(str_(message), type_object(category), 1, source);
}

Object warnings_filters() { return state().filters; }
Object warnings_onceregistry() { return state().onceregistry; }
Object warnings_defaultaction() { return state().defaultaction; }
void warnings_filters_mutated() { ++state().filters_version; }

void set_finalizing(bool on) noexcept { tl_finalizing = on; }
bool finalizing() noexcept { return tl_finalizing; }

void reset_warning_registry() {
    state().registries.clear();
    call_method(state().onceregistry, "clear");
    warnings_filters_mutated();
}

}  // namespace pyco
