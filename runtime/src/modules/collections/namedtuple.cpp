// collections.namedtuple (CPython's Lib/collections/__init__.py): each call makes a new tuple type whose
// instances are tuples (the tuple layout, so indexing, hashing and unpacking are tuple's) with fields readable
// by name, _fields, _asdict, _replace, _make and defaults, and the generated __new__'s argument errors.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "internal/class_layout.h"
#include "internal.h"
#include "internal/module_args.h"
#include "internal/native_function.h"
#include "internal/module_registry.h"
#include "internal/type_setup.h"

namespace pyco::collections {

namespace {

struct NamedTupleType : Type {
    std::vector<std::string> fields;
    Object new_fn;          // the generated __new__(_cls, fields...): binds arguments with CPython's messages
    Object field_defaults;  // dict
    NamedTupleType(std::string name, std::string module) : Type(std::move(name), std::move(module), &TupleType) {}
};

Object tuple_of_layout(std::vector<Object> items, const Type* t) {
    auto* obj = new TupleObj(std::move(items));
    obj->type = t;
    return Object::adopt(obj);
}

// Every namedtuple class made so far (they live for the rest of the program).
std::vector<const Type*>& made_types() {
    static std::vector<const Type*> types;
    return types;
}

// The namedtuple class of `o`: its own type, or for an instance of a user subclass the one along its MRO.
const NamedTupleType* nt_type(const Object& o) {
    for (const Type* t : mro_of(o.type()))
        if (std::find(made_types().begin(), made_types().end(), t) != made_types().end())
            return static_cast<const NamedTupleType*>(t);
    return nullptr;
}

// A new instance of the type of `like` (a namedtuple class or a user subclass of one) with these items.
Object make_like(const Object& like, std::vector<Object> items) {
    if (is_user_class(like.type())) return new_user_tuple(like.type(), std::move(items));
    return tuple_of_layout(std::move(items), like.type());
}

// A namedtuple instance seen as the plain tuple it is, for tuple's own operators.
Object as_plain(const Object& o) {
    if (isinstance(o, TupleType) && !isinstance_exact(o, TupleType)) return tuple_from(tuple_items(o));
    return o;
}

Object nt_new_entry(FunctionObj* self, const Args& a) {
    size_t n = bound_slots(self->info);
    std::vector<Object> slots(n);
    bind_args(self, a, slots.data());
    return tuple_of_layout(std::vector<Object>(slots.begin() + 1, slots.end()), slots[0].as<Type>());
}

Object field_entry(FunctionObj* self, const Args& a) {
    check_nargs(self->info->name, a, 1, 1);
    return tuple_items(a[0])[size_t(self->cells[0].small_value())];
}

Object nt_ctor(const Type& cls, const Args& a) {
    auto& t = static_cast<const NamedTupleType&>(cls);
    std::vector<Object> pos{type_object(cls)};
    pos.insert(pos.end(), a.pos, a.pos + a.npos);
    return call(t.new_fn, Args{pos.data(), pos.size(), a.kw, a.nkw});
}

std::string nt_repr(const Object& o) {
    ReprGuard guard(o.ptr());
    if (!guard.active()) return "...";
    const auto* t = nt_type(o);
    std::string out = o.type()->name + "(";  // a subclass prints its own name, as self.__class__.__name__
    for (size_t i = 0; i < t->fields.size(); ++i)
        out += fmt::format("{}{}={}", i ? ", " : "", t->fields[i], repr_utf8(tuple_items(o)[i]));
    return out + ")";
}

Object nt_getattr(const Object& o, std::string_view name) {
    const auto* t = nt_type(o);
    for (size_t i = 0; i < t->fields.size(); ++i)
        if (t->fields[i] == name) return tuple_items(o)[i];
    return {};
}

Object nt_richcompare(const Object& a, const Object& b, CmpOp op) {
    if (!isinstance(b, TupleType)) return NotImplemented();
    return TupleType.richcompare(as_plain(a), as_plain(b), op);
}

Object nt_binop(const Object& a, const Object& b, BinOp op) { return TupleType.binop(as_plain(a), as_plain(b), op); }

Object m_asdict(const Args& a) {
    check_nargs("_asdict", a, 1, 1);
    Object d = dict_();
    const auto* t = nt_type(a[0]);
    for (size_t i = 0; i < t->fields.size(); ++i) dict_set(d, str_(t->fields[i]), tuple_items(a[0])[i]);
    return d;
}

Object m_replace(const Args& a) {
    if (a.npos != 1) type_error(fmt::format("_replace() takes 1 positional argument but {} were given", a.npos));
    const auto* t = nt_type(a[0]);
    std::vector<Object> items = tuple_items(a[0]);
    std::vector<Object> unknown;
    for (size_t k = 0; k < a.nkw; ++k) {
        auto f = std::find(t->fields.begin(), t->fields.end(), a.kw[k].name);
        if (f == t->fields.end()) unknown.push_back(str_(a.kw[k].name));
        else items[size_t(f - t->fields.begin())] = a.kw[k].value;
    }
    if (!unknown.empty()) value_error("Got unexpected field names: " + sequence_repr(unknown, "[", "]"));
    return make_like(a[0], std::move(items));
}

Object m_make(const Args& a) {  // bound to the class
    check_nargs("_make", a, 2, 2);
    const auto* t = static_cast<const NamedTupleType*>(a[0].as<Type>());
    std::vector<Object> items = to_vector(a[1]);
    if (items.size() != t->fields.size())
        type_error(fmt::format("Expected {} arguments, got {}", t->fields.size(), items.size()));
    return tuple_of_layout(std::move(items), t);
}

// ---- validation of the names (str.isidentifier and keyword.iskeyword) ----

bool is_identifier(std::string_view s) {
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
    for (unsigned char c : s)
        if (!(std::isalnum(c) || c == '_' || c >= 0x80)) return false;
    return true;
}

bool is_keyword(std::string_view s) {
    static const char* const kw[] = {"False", "None",   "True",    "and",      "as",     "assert", "async",
                                     "await", "break",  "class",   "continue", "def",    "del",    "elif",
                                     "else",  "except", "finally", "for",      "from",   "global", "if",
                                     "import", "in",    "is",      "lambda",   "nonlocal", "not",  "or",
                                     "pass",  "raise",  "return",  "try",      "while",  "with",   "yield"};
    return std::find(std::begin(kw), std::end(kw), s) != std::end(kw);
}

std::vector<std::string> field_names(const Object& spec) {
    std::vector<std::string> out;
    if (is_str(spec)) {
        std::string s(str_view(spec));
        std::replace(s.begin(), s.end(), ',', ' ');
        Object parts = call_method(str_(s), "split");
        for (const Object& p : list_items(parts)) out.emplace_back(str_view(p));
        return out;
    }
    for (const Object& x : to_vector(spec)) out.emplace_back(str_view(str(x)));
    return out;
}

void validate_names(const std::string& typename_, std::vector<std::string>& fields, bool rename) {
    if (rename) {  // invalid, keyword, underscored or duplicate names become _<index>
        std::vector<std::string> seen;
        for (size_t i = 0; i < fields.size(); ++i) {
            const std::string& f = fields[i];
            if (!is_identifier(f) || is_keyword(f) || f[0] == '_' ||
                std::find(seen.begin(), seen.end(), f) != seen.end())
                fields[i] = fmt::format("_{}", i);
            seen.push_back(fields[i]);
        }
    }
    std::vector<std::string> all{typename_};
    all.insert(all.end(), fields.begin(), fields.end());
    for (const std::string& n : all) {
        if (!is_identifier(n))
            value_error(fmt::format("Type names and field names must be valid identifiers: {}", str_repr_of(n)));
        if (is_keyword(n))
            value_error(fmt::format("Type names and field names cannot be a keyword: {}", str_repr_of(n)));
    }
    std::vector<std::string> seen;
    for (const std::string& f : fields) {
        if (f[0] == '_' && !rename)
            value_error(fmt::format("Field names cannot start with an underscore: {}", str_repr_of(f)));
        if (std::find(seen.begin(), seen.end(), f) != seen.end())
            value_error(fmt::format("Encountered duplicate field name: {}", str_repr_of(f)));
        seen.push_back(f);
    }
}

// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
Object f_namedtuple(const Args& a) {
    if (a.npos > 2) type_error(fmt::format("namedtuple() takes 2 positional arguments but {} were given", a.npos));
    check_kwargs("namedtuple", a, {"typename", "field_names", "rename", "defaults", "module"});
    Object tn = a.npos > 0 ? a[0] : kwarg(a, "typename");
    Object spec = a.npos > 1 ? a[1] : kwarg(a, "field_names");
    if (tn.null()) type_error("namedtuple() missing 2 required positional arguments: 'typename' and 'field_names'");
    if (spec.null()) type_error("namedtuple() missing 1 required positional argument: 'field_names'");
    std::string name(str_view(str(tn)));
    std::vector<std::string> fields = field_names(spec);
    Object rename = kwarg(a, "rename");
    validate_names(name, fields, !rename.null() && truthy(rename));
    std::vector<Object> defaults;
    Object dflt = kwarg(a, "defaults");
    if (!dflt.null() && !is_none(dflt)) defaults = to_vector(dflt);
    if (defaults.size() > fields.size()) type_error("Got more default values than field names");
    Object module = kwarg(a, "module");

    // Without module=, CPython takes the caller's __name__.
    const Frame* caller = current_frame();
    std::string default_module = caller && caller->code ? caller->code->file->module : "__main__";
    auto* t = new NamedTupleType(name, module.null() || is_none(module) ? default_module : std::string(str_view(module)));
    t->fields = fields;
    set_slots(*t, {.repr = nt_repr, .hash = TupleType.hash, .richcompare = nt_richcompare, .binop = nt_binop,
                   .len = TupleType.len, .iter = TupleType.iter, .getitem = TupleType.getitem,
                   .contains = TupleType.contains, .getattr = nt_getattr});
    add_methods(*t, {{"_asdict", m_asdict}, {"_replace", m_replace}});
    set_type_constructor(*t, nt_ctor);
    Object cls = type_object(*t);
    made_types().push_back(t);

    std::vector<std::string> params{"_cls"};
    params.insert(params.end(), fields.begin(), fields.end());
    const FuncInfo& info = intern_func_info("__new__", name + ".__new__", params);
    t->new_fn = native_function(info, nt_new_entry);
    t->new_fn.as<FunctionObj>()->defaults = defaults;
    std::vector<Object> names;
    for (const std::string& f : fields) names.push_back(str_(f));
    t->attrs["_fields"] = tuple_from(names);
    t->attrs["__match_args__"] = t->attrs["_fields"];  // class patterns match the fields by position
    t->collection_flags = kCollectionSequence;          // a tuple, for sequence patterns too
    t->field_defaults = dict_();
    for (size_t i = 0; i < defaults.size(); ++i)
        dict_set(t->field_defaults, names[fields.size() - defaults.size() + i], defaults[i]);
    t->attrs["_field_defaults"] = t->field_defaults;
    t->attrs["__match_args__"] = tuple_from(names);
    t->attrs["_make"] = Object::adopt(new BuiltinFunctionObj("_make", m_make, cls));
    // Fields as read-only properties: what instances of user subclasses (generic attribute lookup) find.
    for (size_t i = 0; i < fields.size(); ++i) {
        const FuncInfo& getter = intern_func_info(fields[i], name + "." + fields[i], {"self"});
        Object fget = native_function(getter, field_entry, {int_(int64_t(i))});
        t->attrs[fields[i]] = call(type_object(PropertyType), {fget});
    }
    return cls;
}

}  // namespace

void add_namedtuple(ModuleObj& m) { module_add_function(m, "namedtuple", f_namedtuple); }

}  // namespace pyco::collections
