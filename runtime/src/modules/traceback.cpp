// The traceback module (CPython's Lib/traceback.py). Formatting an exception goes through the printer of the
// uncaught-exception report (exec/traceback.cpp), which CPython 3.11's traceback.py matches, with its `limit`
// and `chain`. Extracting goes through the runtime's frame snapshots (internal/frame_objects.h): traceback
// objects' tb_frame/tb_next and sys._getframe. FrameSummary is a built-in type here; StackSummary is a list
// subclass made at import, as a class statement would make it. Frames have no f_locals, so capture_locals is
// refused; TracebackException is not provided.
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal/frame_objects.h"
#include "internal/module_args.h"
#include "internal/module_registry.h"
#include "internal/native_function.h"
#include "internal/source_lines.h"
#include "internal/values.h"
#include "pyco/builtins.h"

namespace pyco {

Type FrameSummaryType("FrameSummary", "traceback", &ObjectType);

namespace {

// ---- FrameSummary ----

struct FrameSummaryObj : Obj {
    Object filename, lineno, name;
    Object line;  // the source line as read (unstripped); null until looked up
    Object locals, end_lineno, colno, end_colno;
    // Set when made from a traceback entry: the position its carets are drawn from.
    const CodeInfo* code = nullptr;
    int pos = 0;
    FrameSummaryObj() : Obj(&FrameSummaryType) {}
};

FrameSummaryObj* fs(const Object& o) { return o.as<FrameSummaryObj>(); }

// The `line` property: looked up in linecache on first use, shown stripped.
Object fs_line(const Object& o) {
    FrameSummaryObj* f = fs(o);
    if (f->line.null()) {
        if (is_none(f->lineno)) return None();
        std::string path = is_str(f->filename) ? std::string(str_view(f->filename)) : std::string();
        f->line = str_(path.empty() ? std::string() : source_line_at(path, int_as_int64(f->lineno)));
    }
    return call_method(f->line, "strip");
}

Object fs_getattr(const Object& o, std::string_view name) {
    FrameSummaryObj* f = fs(o);
    if (name == "filename") return f->filename;
    if (name == "lineno") return f->lineno;
    if (name == "name") return f->name;
    if (name == "line") return fs_line(o);
    if (name == "locals") return f->locals;
    if (name == "end_lineno") return f->end_lineno;
    if (name == "colno") return f->colno;
    if (name == "end_colno") return f->end_colno;
    return {};
}

void fs_setattr(const Object& o, std::string_view name, const Object& v) {
    FrameSummaryObj* f = fs(o);
    Object* slot = name == "filename" ? &f->filename : name == "lineno" ? &f->lineno : name == "name" ? &f->name
                 : name == "_line" ? &f->line : name == "locals" ? &f->locals : name == "end_lineno" ? &f->end_lineno
                 : name == "colno" ? &f->colno : name == "end_colno" ? &f->end_colno : nullptr;
    if (!slot)
        raise(AttributeErrorType, fmt::format("'FrameSummary' object has no attribute '{}'", name));
    *slot = v;
    if (name != "_line") f->code = nullptr;  // moved elsewhere: no carets from the old position
}

// (filename, lineno, name, line): what unpacking, indexing and comparing with a tuple see.
Object fs_tuple(const Object& o) {
    FrameSummaryObj* f = fs(o);
    return tuple_({f->filename, f->lineno, f->name, fs_line(o)});
}

std::string fs_repr(const Object& o) {
    FrameSummaryObj* f = fs(o);
    return fmt::format("<FrameSummary file {}, line {} in {}>", str_utf8(f->filename), str_utf8(f->lineno),
                       str_utf8(f->name));
}

Object fs_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (op != CmpOp::Eq && op != CmpOp::Ne) return NotImplemented();
    bool same;
    if (isinstance(b, FrameSummaryType)) {
        FrameSummaryObj *x = fs(a), *y = fs(b);
        same = eq(x->filename, y->filename) && eq(x->lineno, y->lineno) && eq(x->name, y->name) &&
               eq(x->locals, y->locals) && eq(fs_line(a), fs_line(b));
    } else if (is_tuple(b)) {
        same = eq(fs_tuple(a), b);
    } else {
        return NotImplemented();
    }
    return bool_(op == CmpOp::Eq ? same : !same);
}

Object fs_getitem(const Object& o, const Object& key) { return getitem(fs_tuple(o), key); }
Object fs_iter(const Object& o) { return iter(fs_tuple(o)); }
int64_t fs_len(const Object&) { return 4; }

Object none_if_null(const Object& v) { return v.null() ? None() : v; }

// {name: repr(value)} of a locals mapping, None when empty, as FrameSummary keeps them.
Object locals_reprs(const Object& locals) {
    if (locals.null() || is_none(locals) || !truthy(locals)) return None();
    Object out = dict_();
    Object items = call_method(locals, "items");
    Object it = iter(items);
    for (Object kv = next(it); !kv.null(); kv = next(it)) dict_set(out, getitem(kv, int_(0)), repr(getitem(kv, int_(1))));
    return out;
}

Object make_summary(const Object& filename, const Object& lineno, const Object& name, bool lookup_line,
                    const Object& locals, const Object& line) {
    auto* f = new FrameSummaryObj;
    Object o = Object::adopt(f);
    f->filename = filename;
    f->lineno = lineno;
    f->name = name;
    f->line = line.null() || is_none(line) ? Object() : line;
    f->locals = locals_reprs(locals);
    f->end_lineno = f->colno = f->end_colno = None();
    if (lookup_line) fs_line(o);
    return o;
}

// FrameSummary.__init__'s signature, bound as a Python function binds it (CPython's errors).
FunctionObj* init_signature() {
    static const FuncInfo info{.name = "__init__", .qualname = "FrameSummary.__init__",
                               .params = {"self", "filename", "lineno", "name"},
                               .kwonly = {"lookup_line", "locals", "line", "end_lineno", "colno", "end_colno"}};
    static Object fn = immortal(make_function(&info, nullptr, {},
                                              {{"lookup_line", bool_(true)}, {"locals", None()}, {"line", None()},
                                               {"end_lineno", None()}, {"colno", None()}, {"end_colno", None()}}));
    return fn.as<FunctionObj>();
}

// FrameSummary(filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None, colno=None,
// end_colno=None)
Object fs_ctor(const Type&, const Args& a) {
    std::vector<Object> pos{None()};  // the instance's place
    pos.insert(pos.end(), a.pos, a.pos + a.npos);
    Object v[10];
    bind_args(init_signature(), Args{pos.data(), pos.size(), a.kw, a.nkw}, v);
    Object o = make_summary(v[1], v[2], v[3], truthy(v[4]), v[5], v[6]);
    FrameSummaryObj* f = fs(o);
    f->end_lineno = v[7];
    f->colno = v[8];
    f->end_colno = v[9];
    return o;
}

// A traceback entry's summary, with its position (columns, carets).
Object summary_of_entry(const TracebackEntry& e, bool lookup_line) {
    remember_source(e.code->file);
    Object o = make_summary(str_(e.code->file && e.code->file->path ? e.code->file->path : "<unknown>"),
                            int_(entry_lineno(e)), str_(e.code->name), lookup_line, Object(), Object());
    FrameSummaryObj* f = fs(o);
    f->code = e.code;
    f->pos = e.pos;
    if (e.code->positions) {
        const Pos& p = e.code->positions[e.pos];
        f->end_lineno = int_(p.end_line);
        f->colno = p.col < 0 ? None() : int_(p.col);
        f->end_colno = p.end_col < 0 ? None() : int_(p.end_col);
    }
    return o;
}

// ---- StackSummary ----

Object stack_summary_class;  // set by the module's initialiser

Object new_stack_summary(std::vector<Object> items) {
    Object s = call(stack_summary_class);
    list_items(s) = std::move(items);
    return s;
}

// StackSummary.format_frame_summary: `  File ...`, the stripped source line, and carets when the summary came
// from a traceback entry.
std::string format_summary(const Object& summary) {
    if (isinstance(summary, FrameSummaryType) && fs(summary)->code) {
        FrameSummaryObj* f = fs(summary);
        return format_traceback_entry(TracebackEntry{f->code, f->pos, nullptr});
    }
    Object filename = getattr(summary, "filename"), lineno = getattr(summary, "lineno");
    Object name = getattr(summary, "name"), line = getattr(summary, "line");
    std::string out = fmt::format("  File \"{}\", line {}, in {}\n", str_utf8(filename), str_utf8(lineno),
                                  str_utf8(name));
    if (!is_none(line) && truthy(line)) out += "    " + str_utf8(call_method(line, "strip")) + "\n";
    Object locals = getattr(summary, "locals");
    if (!is_none(locals) && truthy(locals)) {
        std::vector<Object> keys = to_vector(call(builtin("sorted"), {locals}));
        for (const Object& k : keys)
            out += fmt::format("    {} = {}\n", str_utf8(k), str_utf8(getitem(locals, k)));
    }
    return out;
}

constexpr int kRecursiveCutoff = 3;

// StackSummary.format: one string per frame, runs of the same file, line and name cut after three.
Object format_summaries(const std::vector<Object>& summaries) {
    std::vector<Object> out;
    Object last_file, last_line, last_name;
    int count = 0;
    auto flush_repeats = [&] {
        if (count > kRecursiveCutoff) {
            int n = count - kRecursiveCutoff;
            out.push_back(str_(fmt::format("  [Previous line repeated {} more time{}]\n", n, n > 1 ? "s" : "")));
        }
    };
    for (const Object& s : summaries) {
        Object file = getattr(s, "filename"), line = getattr(s, "lineno"), name = getattr(s, "name");
        bool same = !last_file.null() && eq(file, last_file) && eq(line, last_line) && eq(name, last_name);
        if (!same) {
            flush_repeats();
            last_file = file, last_line = line, last_name = name;
            count = 0;
        }
        if (++count > kRecursiveCutoff) continue;
        out.push_back(str_(format_summary(s)));
    }
    flush_repeats();
    return list_from(std::move(out));
}

// A summary of each item: FrameSummary kept, a (filename, lineno, name, line) tuple turned into one.
std::vector<Object> summaries_from_list(const Object& items) {
    std::vector<Object> out;
    for (const Object& item : to_vector(items)) {
        if (isinstance(item, FrameSummaryType)) {
            out.push_back(item);
            continue;
        }
        std::vector<Object> t = to_vector(item);
        if (t.size() > 4) value_error("too many values to unpack (expected 4)");
        if (t.size() < 4) value_error(fmt::format("not enough values to unpack (expected 4, got {})", t.size()));
        out.push_back(make_summary(t[0], t[1], t[2], false, Object(), t[3]));
    }
    return out;
}

// The innermost or outermost `limit` items as traceback.py's extract keeps them from a walk.
std::vector<TracebackEntry> limited(std::vector<TracebackEntry> walk, const Object& limit) {
    if (limit.null() || is_none(limit)) return walk;
    if (!is_intlike(limit)) compare_bool(CmpOp::Ge, limit, int_(0));  // traceback.py's `limit >= 0` raises
    int64_t n = int_as_int64(limit);
    if (n >= 0) {
        if (size_t(n) < walk.size()) walk.resize(size_t(n));
    } else if (size_t(-n) < walk.size()) {
        walk.erase(walk.begin(), walk.end() - ptrdiff_t(-n));
    }
    return walk;
}

Object ss_from_list(FunctionObj*, const Args& a) {
    check_nargs("from_list", a, 2, 2);
    Object s = call(a[0]);
    list_items(s) = summaries_from_list(a[1]);
    return s;
}

// StackSummary.extract(frame_gen, *, limit=None, lookup_lines=True, capture_locals=False): frame_gen yields
// (frame, lineno) pairs.
Object ss_extract(FunctionObj*, const Args& a) {
    if (a.npos != 2) type_error(fmt::format("extract() takes 2 positional arguments but {} were given", a.npos));
    Object limit, lookup = bool_(true), capture;
    for (size_t i = 0; i < a.nkw; ++i) {
        std::string_view k = a.kw[i].name;
        if (k == "limit") limit = a.kw[i].value;
        else if (k == "lookup_lines") lookup = a.kw[i].value;
        else if (k == "capture_locals") capture = a.kw[i].value;
        else type_error(fmt::format("extract() got an unexpected keyword argument '{}'", k));
    }
    if (!capture.null() && truthy(capture))
        raise(NotImplementedErrorType, "StackSummary.extract(capture_locals=True): pyco's frames have no f_locals");
    std::vector<Object> pairs = to_vector(a[1]);
    if (!limit.null() && !is_none(limit)) {
        int64_t n = int_as_int64(limit);
        if (n >= 0 && size_t(n) < pairs.size()) pairs.resize(size_t(n));
        if (n < 0 && size_t(-n) < pairs.size()) pairs.erase(pairs.begin(), pairs.end() - ptrdiff_t(-n));
    }
    std::vector<Object> out;
    for (const Object& pair : pairs) {
        Object frame = getitem(pair, int_(0)), lineno = getitem(pair, int_(1));
        Object code = getattr(frame, "f_code");
        out.push_back(make_summary(getattr(code, "co_filename"), lineno, getattr(code, "co_name"), truthy(lookup),
                                   Object(), Object()));
    }
    Object s = call(a[0]);
    list_items(s) = std::move(out);
    return s;
}

Object ss_format(FunctionObj*, const Args& a) {
    check_nargs("format", a, 1, 1);
    return format_summaries(list_items(a[0]));
}

Object ss_format_frame_summary(FunctionObj*, const Args& a) {
    check_nargs("format_frame_summary", a, 2, 2);
    return str_(format_summary(a[1]));
}

Object make_stack_summary_class() {
    Object ns = dict_();
    dict_set(ns, str_("__module__"), str_("traceback"));
    dict_set(ns, str_("__qualname__"), str_("StackSummary"));
    dict_set(ns, str_("__doc__"), str_("A list of FrameSummary objects, representing a stack of frames."));
    auto method = [&](const char* name, Entry entry, std::vector<std::string> params, bool classmethod) {
        const FuncInfo& info = intern_func_info(name, fmt::format("StackSummary.{}", name), std::move(params));
        Object f = native_function(info, entry);
        dict_set(ns, str_(name), classmethod ? new_classmethod(f) : f);
    };
    method("extract", ss_extract, {"klass", "frame_gen"}, true);
    method("from_list", ss_from_list, {"klass", "a_list"}, true);
    method("format", ss_format, {"self"}, false);
    method("format_frame_summary", ss_format_frame_summary, {"self", "frame_summary"}, false);
    return immortal(new_class(&TypeType, str_("StackSummary"), tuple_({type_object(ListType)}), ns, Object()));
}

// ---- extracting ----

std::vector<TracebackEntry> tb_entries_arg(const Object& tb) {
    if (tb.null() || is_none(tb)) return {};
    const std::vector<TracebackEntry>* e = traceback_entries(tb);
    if (!e) raise(AttributeErrorType, fmt::format("'{}' object has no attribute 'tb_frame'", type_name(tb)));
    return *e;
}

// The traceback's entries outermost first, limited as traceback.py limits a walk.
std::vector<TracebackEntry> tb_walk(const Object& tb, const Object& limit) {
    std::vector<TracebackEntry> e = tb_entries_arg(tb);
    return limited(std::vector<TracebackEntry>(e.rbegin(), e.rend()), limit);
}

Object summaries_of(const std::vector<TracebackEntry>& entries) {
    std::vector<Object> out;
    for (const TracebackEntry& e : entries) out.push_back(summary_of_entry(e, true));
    return new_stack_summary(std::move(out));
}

// The frames from `f` (a frame object, or the caller when None) towards the outermost: innermost first.
std::vector<TracebackEntry> stack_walk(const Object& f) {
    if (f.null() || is_none(f)) return stack_snapshot(0);
    const std::vector<TracebackEntry>* chain = frame_entries(f);
    if (!chain) raise(AttributeErrorType, fmt::format("'{}' object has no attribute 'f_code'", type_name(f)));
    return *chain;
}

// extract_stack: the innermost `limit` frames, outermost first; stack frames have no columns (as in 3.11).
Object extract_stack_of(const Object& f, const Object& limit) {
    std::vector<TracebackEntry> walk = limited(stack_walk(f), limit);
    std::vector<Object> out;
    for (size_t i = walk.size(); i-- > 0;) {
        Object s = summary_of_entry(walk[i], true);
        FrameSummaryObj* x = fs(s);
        x->code = nullptr;
        x->end_lineno = x->colno = x->end_colno = None();
        out.push_back(s);
    }
    return new_stack_summary(std::move(out));
}

void write_text(const Object& file, const std::string& text) {
    Object out = file.null() || is_none(file) ? std_stream(2) : file;
    call_method(out, "write", {str_own(text)});
}

void write_lines(const Object& file, const Object& lines) {
    for (const Object& l : list_items(lines)) write_text(file, str_utf8(l));
}

Object tb_extract_tb(const Args& a) {
    std::vector<Object> v = clinic_args("extract_tb", a, {"tb", "limit"}, 1);
    return summaries_of(tb_walk(v[0], v[1]));
}

Object tb_format_tb(const Args& a) {
    std::vector<Object> v = clinic_args("format_tb", a, {"tb", "limit"}, 1);
    return format_summaries(list_items(summaries_of(tb_walk(v[0], v[1]))));
}

Object tb_print_tb(const Args& a) {
    std::vector<Object> v = clinic_args("print_tb", a, {"tb", "limit", "file"}, 1);
    write_lines(v[2], format_summaries(list_items(summaries_of(tb_walk(v[0], v[1])))));
    return None();
}

Object tb_walk_tb(const Args& a) {
    std::vector<Object> v = clinic_args("walk_tb", a, {"tb"}, 1);
    std::vector<Object> out;
    for (Object tb = v[0]; !is_none(tb); tb = getattr(tb, "tb_next"))
        out.push_back(tuple_({getattr(tb, "tb_frame"), getattr(tb, "tb_lineno")}));
    return iter(list_from(std::move(out)));
}

Object tb_walk_stack(const Args& a) {
    std::vector<Object> v = clinic_args("walk_stack", a, {"f"}, 1);
    std::vector<Object> out;
    for (Object f = is_none(v[0]) ? frame_object(stack_snapshot(0)) : v[0]; !is_none(f); f = getattr(f, "f_back"))
        out.push_back(tuple_({f, getattr(f, "f_lineno")}));
    return iter(list_from(std::move(out)));
}

Object tb_extract_stack(const Args& a) {
    std::vector<Object> v = clinic_args("extract_stack", a, {"f", "limit"}, 0);
    return extract_stack_of(v[0], v[1]);
}

Object tb_format_stack(const Args& a) {
    std::vector<Object> v = clinic_args("format_stack", a, {"f", "limit"}, 0);
    return format_summaries(list_items(extract_stack_of(v[0], v[1])));
}

Object tb_print_stack(const Args& a) {
    std::vector<Object> v = clinic_args("print_stack", a, {"f", "limit", "file"}, 0);
    write_lines(v[2], format_summaries(list_items(extract_stack_of(v[0], v[1]))));
    return None();
}

Object tb_format_list(const Args& a) {
    std::vector<Object> v = clinic_args("format_list", a, {"extracted_list"}, 1);
    return format_summaries(summaries_from_list(v[0]));
}

Object tb_print_list(const Args& a) {
    std::vector<Object> v = clinic_args("print_list", a, {"extracted_list", "file"}, 1);
    write_lines(v[1], format_summaries(summaries_from_list(v[0])));
    return None();
}

// ---- formatting exceptions ----

// The report's lines.
std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        size_t end = nl == std::string::npos ? text.size() : nl + 1;
        out.push_back(text.substr(start, end - start));
        start = end;
    }
    return out;
}

bool starts_with(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// The report as the list of strings traceback.py yields: a frame's lines (`File`, source, carets) together, the
// blank-line-wrapped chaining message together, every other line alone.
Object chunks_of(const std::string& text) {
    std::vector<std::string> lines = split_lines(text);
    std::vector<Object> out;
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string chunk = lines[i];
        if (starts_with(chunk, "  File \"")) {
            while (i + 1 < lines.size() && starts_with(lines[i + 1], "    ")) chunk += lines[++i];
        } else if (chunk == "\n" && i + 2 < lines.size() && lines[i + 2] == "\n" &&
                   (starts_with(lines[i + 1], "The above exception") || starts_with(lines[i + 1], "During handling"))) {
            chunk += lines[i + 1] + lines[i + 2];
            i += 2;
        }
        out.push_back(str_own(std::move(chunk)));
    }
    return list_from(std::move(out));
}

Object lines_of(const std::string& text) {
    std::vector<Object> out;
    for (std::string& l : split_lines(text)) out.push_back(str_own(std::move(l)));
    return list_from(std::move(out));
}

TracebackFormat options(const Object& limit, const Object& chain) {
    TracebackFormat o;
    o.python_style = true;
    if (!limit.null() && !is_none(limit)) o.has_limit = true, o.limit = int_as_int64(limit);
    if (!chain.null()) o.chain = truthy(chain);
    return o;
}

std::string report(const Object& exc, const TracebackFormat& o) {
    if (is_none(exc)) return "NoneType: None\n";
    return format_exception(exc, o);
}

// The exception of (exc) or (type, value, tb), as CPython 3.10+ takes it: the value when given. The report shows
// the exception's own __traceback__: a different `tb` passed with it is not used (a difference from CPython).
Object exception_of(const Object& exc, const Object& value) { return value.null() ? exc : value; }

Object tb_format_exception(const Args& a) {
    std::vector<Object> v = clinic_args("format_exception", a, {"exc", "value", "tb", "limit", "chain"}, 1);
    return chunks_of(report(exception_of(v[0], v[1]), options(v[3], v[4])));
}

Object tb_format_exception_only(const Args& a) {
    std::vector<Object> v = clinic_args("format_exception_only", a, {"exc", "value"}, 1);
    Object exc = exception_of(v[0], v[1]);
    return lines_of((is_none(exc) ? std::string("NoneType: None") : format_exception_only(exc)) + "\n");
}

Object handled() {
    Object exc = current_handled_exception();
    return exc.null() ? None() : exc;
}

Object tb_format_exc(const Args& a) {
    std::vector<Object> v = clinic_args("format_exc", a, {"limit", "chain"}, 0);
    return str_own(report(handled(), options(v[0], v[1])));
}

Object tb_print_exception(const Args& a) {
    std::vector<Object> v = clinic_args("print_exception", a, {"exc", "value", "tb", "limit", "file", "chain"}, 1);
    write_text(v[4], report(exception_of(v[0], v[1]), options(v[3], v[5])));
    return None();
}

Object tb_print_exc(const Args& a) {
    std::vector<Object> v = clinic_args("print_exc", a, {"limit", "file", "chain"}, 0);
    write_text(v[1], report(handled(), options(v[0], v[2])));
    return None();
}

}  // namespace

void setup_traceback() {
    set_slots(FrameSummaryType, {.repr = fs_repr, .unhashable = true, .richcompare = fs_richcompare,
                                 .len = fs_len, .iter = fs_iter, .getitem = fs_getitem, .getattr = fs_getattr,
                                 .setattr = fs_setattr});
    set_type_constructor(FrameSummaryType, fs_ctor);
}

void init_traceback_module(ModuleObj& m) {
    if (stack_summary_class.null()) stack_summary_class = make_stack_summary_class();
    module_add(m, "FrameSummary", type_object(FrameSummaryType));
    module_add(m, "StackSummary", stack_summary_class);
    module_add_functions(m, {{"extract_tb", tb_extract_tb},
                             {"extract_stack", tb_extract_stack},
                             {"format_tb", tb_format_tb},
                             {"format_stack", tb_format_stack},
                             {"format_list", tb_format_list},
                             {"print_tb", tb_print_tb},
                             {"print_stack", tb_print_stack},
                             {"print_list", tb_print_list},
                             {"walk_tb", tb_walk_tb},
                             {"walk_stack", tb_walk_stack},
                             {"format_exception", tb_format_exception},
                             {"format_exception_only", tb_format_exception_only},
                             {"format_exc", tb_format_exc},
                             {"print_exception", tb_print_exception},
                             {"print_exc", tb_print_exc}});
}

}  // namespace pyco
