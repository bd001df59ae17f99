// Frame and code objects (internal/frame_objects.h): snapshots of pyco's frames with the attributes CPython's
// frame and code objects have for tracebacks and stack inspection.
#include "internal/frame_objects.h"

#include <fmt/format.h>

#include "internal/source_lines.h"
#include "internal/type_setup.h"
#include "internal/values.h"
#include "pyco/ops.h"
#include "pyco/variables.h"
#include "internal/module_registry.h"

namespace pyco {

Type FrameObjectType("frame", "builtins", &ObjectType);
Type CodeObjectType("code", "builtins", &ObjectType);

namespace {

struct FrameObj : Obj {
    std::vector<TracebackEntry> chain;  // chain[0] is this frame, chain[1] its f_back, ...
    explicit FrameObj(std::vector<TracebackEntry> c) : Obj(&FrameObjectType), chain(std::move(c)) {}
};

struct CodeObj : Obj {
    const CodeInfo* code;
    explicit CodeObj(const CodeInfo* c) : Obj(&CodeObjectType), code(c) {}
};

const char* code_path(const CodeInfo* c) { return c->file && c->file->path ? c->file->path : "<unknown>"; }

// The line a frame is at now when it is still running (a traceback's entry for a frame that caught the
// exception), else where the snapshot saw it. Only pointers are compared: a dead frame is never read.
int live_lineno(const TracebackEntry& e) {
    for (const Frame* f = current_frame(); f; f = f->back)
        if (f == e.frame && f->code == e.code) return f->line();
    return entry_lineno(e);
}

// f_globals: what globals() gives in that frame's module (a snapshot, as globals() is in compiled code).
Object frame_globals(const TracebackEntry& e) {
    const char* module = e.code && e.code->file ? e.code->file->module : "__main__";
    Object m = dict_get(sys_modules(), str_(module));
    if (!m.null() && isinstance(m, ModuleType)) return module_namespace(m);
    Object d = dict_();
    dict_set(d, str_("__name__"), str_(module));
    return d;
}

Object frame_getattr(const Object& o, std::string_view name) {
    const std::vector<TracebackEntry>& chain = o.as<FrameObj>()->chain;
    const TracebackEntry& e = chain.front();
    if (name == "f_code") return code_object(e.code);
    if (name == "f_lineno") return int_(live_lineno(e));
    if (name == "f_back") return frame_object(std::vector<TracebackEntry>(chain.begin() + 1, chain.end()));
    if (name == "f_lasti") return int_(2 * e.pos);
    if (name == "f_globals") return frame_globals(e);
    return {};
}

std::string frame_repr(const Object& o) {
    const TracebackEntry& e = o.as<FrameObj>()->chain.front();
    return fmt::format("<frame at {}, file '{}', line {}, code {}>", addr_str(o.ptr()), code_path(e.code),
                       entry_lineno(e), e.code->name);
}

Object code_getattr(const Object& o, std::string_view name) {
    const CodeInfo* c = o.as<CodeObj>()->code;
    if (name == "co_filename") return str_(code_path(c));
    if (name == "co_name") return str_(c->name);
    if (name == "co_qualname") return str_(c->qualname ? c->qualname : c->name);
    if (name == "co_firstlineno") return int_(c->firstlineno);
    return {};
}

std::string code_repr(const Object& o) {
    const CodeInfo* c = o.as<CodeObj>()->code;
    return fmt::format("<code object {} at {}, file \"{}\", line {}>", c->name, addr_str(o.ptr()), code_path(c),
                       c->firstlineno);
}

// Code objects compare by the function they describe, as CPython's compare their contents.
Object code_richcompare(const Object& a, const Object& b, CmpOp op) {
    if ((op != CmpOp::Eq && op != CmpOp::Ne) || !isinstance_exact(b, CodeObjectType)) return NotImplemented();
    bool same = a.as<CodeObj>()->code == b.as<CodeObj>()->code;
    return bool_(op == CmpOp::Eq ? same : !same);
}

int64_t code_hash(const Object& o) { return pointer_hash(o.as<CodeObj>()->code); }

}  // namespace

int entry_lineno(const TracebackEntry& e) {
    return e.code->positions ? e.code->positions[e.pos].line : e.code->firstlineno;
}

Object frame_object(std::vector<TracebackEntry> chain) {
    if (chain.empty()) return None();
    remember_source(chain.front().code->file);
    return Object::adopt(new FrameObj(std::move(chain)));
}

std::vector<TracebackEntry> stack_snapshot(size_t depth) { return frame_chain(current_frame(), depth); }

std::vector<TracebackEntry> frame_chain(const Frame* top, size_t depth) {
    std::vector<TracebackEntry> out;
    for (const Frame* f = top; f; f = f->back) {
        if (!f->code) continue;
        if (depth) {
            --depth;
            continue;
        }
        out.push_back(TracebackEntry{f->code, f->pos, f});
    }
    return out;
}

const std::vector<TracebackEntry>* frame_entries(const Object& o) {
    return isinstance_exact(o, FrameObjectType) ? &o.as<FrameObj>()->chain : nullptr;
}

Object code_object(const CodeInfo* code) { return Object::adopt(new CodeObj(code)); }

void setup_frame_objects() {
    set_slots(FrameObjectType, {.repr = frame_repr, .getattr = frame_getattr});
    set_type_constructor(FrameObjectType, no_instances);
    set_slots(CodeObjectType,
              {.repr = code_repr, .hash = code_hash, .richcompare = code_richcompare, .getattr = code_getattr});
    set_type_constructor(CodeObjectType, no_instances);
}

}  // namespace pyco
