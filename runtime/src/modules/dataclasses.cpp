// The dataclasses module (CPython's Lib/dataclasses.py): @dataclass reads the class's annotations in order,
// collects fields from dataclass bases, and adds __init__, __repr__, __eq__, the ordering methods, frozen
// __setattr__/__delattr__, __hash__ and __match_args__ as functions that behave like the ones CPython
// generates (same parameters and defaults, same messages). Also field(), fields(), asdict(), astuple(),
// replace(), is_dataclass(), MISSING and FrozenInstanceError.
#include <fmt/format.h>

#include "internal/class_layout.h"
#include "internal/native_function.h"
#include "pyco/module.h"
#include "internal/module_registry.h"
#include "internal/type_setup.h"

namespace pyco {

namespace {

// ---- MISSING and Field ----

Type MissingType("_MISSING_TYPE", "dataclasses", &ObjectType);
Type FactoryMarkType("_HAS_DEFAULT_FACTORY_CLASS", "dataclasses", &ObjectType);
Type FieldType("Field", "dataclasses", &ObjectType);

const Object& missing() {
    static Object m = immortal(Object::adopt(new Obj(&MissingType)));
    return m;
}
bool is_missing(const Object& o) { return is_(o, missing()); }
// The default __init__ shows for a field with a default_factory (CPython's _HAS_DEFAULT_FACTORY).
const Object& factory_mark() {
    static Object m = immortal(Object::adopt(new Obj(&FactoryMarkType)));
    return m;
}

struct FieldObj : Obj {
    Object name, type, default_, default_factory, hash, metadata;
    bool init = true, repr = true, compare = true, kw_only = false;
    FieldObj() : Obj(&FieldType), name(None()), type(None()), default_(missing()), default_factory(missing()),
                 hash(None()), metadata(dict_()) {}
};
FieldObj* as_field(const Object& o) { return o.as<FieldObj>(); }
bool is_field(const Object& o) { return isinstance_exact(o, FieldType); }
std::string field_name(const Object& f) { return std::string(str_view(as_field(f)->name)); }

std::string field_repr(const Object& o) {
    auto* f = as_field(o);
    return fmt::format("Field(name={},type={},default={},default_factory={},init={},repr={},hash={},compare={},"
                       "metadata=mappingproxy({}),kw_only={},_field_type=_FIELD)",
                       repr_utf8(f->name), repr_utf8(f->type), repr_utf8(f->default_), repr_utf8(f->default_factory),
                       f->init ? "True" : "False", f->repr ? "True" : "False", repr_utf8(f->hash),
                       f->compare ? "True" : "False", repr_utf8(f->metadata), f->kw_only ? "True" : "False");
}

Object field_getattr(const Object& o, std::string_view name) {
    auto* f = as_field(o);
    if (name == "name") return f->name;
    if (name == "type") return f->type;
    if (name == "default") return f->default_;
    if (name == "default_factory") return f->default_factory;
    if (name == "init") return bool_(f->init);
    if (name == "repr") return bool_(f->repr);
    if (name == "hash") return f->hash;
    if (name == "compare") return bool_(f->compare);
    if (name == "metadata") return f->metadata;
    if (name == "kw_only") return bool_(f->kw_only);
    return {};
}

bool flag(const Args& a, const char* name, bool dflt) {
    Object v = kwarg(a, name);
    return v.null() ? dflt : truthy(v);
}

Object f_field(const Args& a) {
    check_kwargs("field", a, {"default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"});
    if (a.npos) type_error(fmt::format("field() takes 0 positional arguments but {} were given", a.npos));
    auto* f = new FieldObj();
    Object self = Object::adopt(f);
    if (Object v = kwarg(a, "default"); !v.null()) f->default_ = v;
    if (Object v = kwarg(a, "default_factory"); !v.null()) f->default_factory = v;
    if (!is_missing(f->default_) && !is_missing(f->default_factory))
        value_error("cannot specify both default and default_factory");
    f->init = flag(a, "init", true);
    f->repr = flag(a, "repr", true);
    f->compare = flag(a, "compare", true);
    f->kw_only = flag(a, "kw_only", false);
    if (Object v = kwarg(a, "hash"); !v.null()) f->hash = v;
    if (Object v = kwarg(a, "metadata"); !v.null() && !is_none(v)) f->metadata = v;
    return self;
}

// ---- the options of @dataclass(...) ----

struct Options {
    bool init = true, repr = true, eq = true, order = false, unsafe_hash = false, frozen = false,
         match_args = true, kw_only = false;
};

Options options_from(const Args& a) {
    check_kwargs("dataclass", a, {"init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only",
                                  "slots", "weakref_slot"});
    Options o;
    o.init = flag(a, "init", true);
    o.repr = flag(a, "repr", true);
    o.eq = flag(a, "eq", true);
    o.order = flag(a, "order", false);
    o.unsafe_hash = flag(a, "unsafe_hash", false);
    o.frozen = flag(a, "frozen", false);
    o.match_args = flag(a, "match_args", true);
    o.kw_only = flag(a, "kw_only", false);
    return o;
}

Object options_tuple(const Options& o) {
    return tuple_({bool_(o.init), bool_(o.repr), bool_(o.eq), bool_(o.order), bool_(o.unsafe_hash),
                   bool_(o.frozen), bool_(o.match_args), bool_(o.kw_only)});
}
Options options_of(const Object& t) {
    auto& v = tuple_items(t);
    return Options{truthy(v[0]), truthy(v[1]), truthy(v[2]), truthy(v[3]),
                   truthy(v[4]), truthy(v[5]), truthy(v[6]), truthy(v[7])};
}

// ---- the generated methods ----

// Cells of the generated functions: [class, tuple of the fields they use].
const std::vector<Object>& fields_cell(FunctionObj* fn) { return tuple_items(fn->cells[1]); }

Object self_values(const Object& self, const std::vector<Object>& fields) {
    std::vector<Object> out;
    for (const Object& f : fields) out.push_back(getattr(self, str_view(as_field(f)->name)));
    return tuple_from(std::move(out));
}

// Stores a field's value (object.__setattr__ for frozen classes, as CPython's generated __init__ does).
void store(const Object& self, const Object& name, const Object& v, bool frozen) {
    if (frozen && is_user_class(self.type())) generic_setattr(self, str_view(name), v);
    else setattr(self, str_view(name), v);
}

Object init_entry(FunctionObj* fn, const Args& a) {
    const FuncInfo* info = fn->info;
    std::vector<Object> slots(bound_slots(info));
    bind_args(fn, a, slots.data());
    const Object& self = slots[0];
    const std::vector<Object>& fields = fields_cell(fn);
    bool frozen = truthy(fn->cells[2]);
    size_t pos = 1, kw = info->params.size();
    for (const Object& fo : fields) {
        auto* f = as_field(fo);
        Object v;
        if (f->init) {
            v = f->kw_only ? slots[kw++] : slots[pos++];
            if (is_(v, factory_mark())) v = call(f->default_factory);
        } else if (!is_missing(f->default_factory)) {
            v = call(f->default_factory);
        } else if (!is_missing(f->default_)) {
            v = f->default_;
        } else {
            continue;
        }
        store(self, f->name, v, frozen);
    }
    Object post = special_method(self, "__post_init__");
    if (!post.null()) call(post);
    return None();
}

Object repr_entry(FunctionObj* fn, const Args& a) {
    check_nargs("__repr__", a, 1, 1);
    const Object& self = a[0];
    ReprGuard guard(self.ptr());  // reprlib.recursive_repr
    if (!guard.active()) return str_("...");
    const Type* t = self.type();
    std::string out = (t->qualname.empty() ? t->name : t->qualname) + "(";
    bool first = true;
    for (const Object& f : fields_cell(fn)) {
        if (!first) out += ", ";
        first = false;
        out += field_name(f) + "=" + repr_utf8(getattr(self, field_name(f)));
    }
    return str_own(out + ")");
}

// __eq__ and the orderings: tuples of the compared fields, for instances of exactly the same class.
Object compare_entry(FunctionObj* fn, const Args& a) {
    check_nargs(fn->info->name, a, 2, 2);
    const Object &self = a[0], &other = a[1];
    if (self.type() != other.type()) return NotImplemented();
    CmpOp op = CmpOp(fn->cells[2].small_value());
    const auto& fields = fields_cell(fn);
    return compare(op, self_values(self, fields), self_values(other, fields));
}

Object hash_entry(FunctionObj* fn, const Args& a) {
    check_nargs("__hash__", a, 1, 1);
    return int_(hash(self_values(a[0], fields_cell(fn))));
}

Object frozen_error_class();

Object frozen_entry(FunctionObj* fn, const Args& a) {
    bool deleting = a.npos == 2;
    const Object& self = a[0];
    const Object& name = a[1];
    bool is_field_name = false;
    for (const Object& f : fields_cell(fn)) is_field_name |= eq(as_field(f)->name, name);
    if (is_(type_object(*self.type()), fn->cells[0]) || is_field_name)
        raise_(call(frozen_error_class(), {str_own(fmt::format("cannot {} field {}", deleting ? "delete" : "assign to",
                                                                repr_utf8(name)))}));
    generic_setattr(self, str_view(name), deleting ? Object() : a[2]);
    return None();
}

Object method(const Object& cls, const char* name, std::vector<std::string> params, Entry entry,
              std::vector<Object> cells) {
    std::string qual = std::string(str_view(getattr(cls, "__qualname__"))) + "." + name;
    const FuncInfo& info = intern_func_info(name, qual, std::move(params));
    return native_function(info, entry, std::move(cells));
}

bool in_class_dict(const Object& cls, const char* name) {
    return !dict_get(as_class(cls.as<Type>())->dict, str_(name)).null();
}

// CPython's _set_new_attribute: a method the class defines itself is kept.
bool set_new(const Object& cls, const char* name, const Object& v) {
    if (in_class_dict(cls, name)) return true;
    setattr(cls, name, v);
    return false;
}

// ---- collecting the fields ----

bool is_mutable_default(const Object& v) {
    const Type* t = v.type();
    return t == &ListType || t == &DictType || t == &SetType || (t->unhashable && !t->hash);
}

Object field_for(const Object& cls, const Object& name, const Object& type, bool kw_only) {
    Object dflt = dict_get(as_class(cls.as<Type>())->dict, name);
    Object f;
    if (!dflt.null() && is_field(dflt)) {
        f = dflt;
    } else {
        f = Object::adopt(new FieldObj());
        if (!dflt.null()) as_field(f)->default_ = dflt;
        as_field(f)->kw_only = kw_only;
    }
    auto* fo = as_field(f);
    fo->name = name;
    fo->type = type;
    if (!is_missing(fo->default_) && is_mutable_default(fo->default_))
        value_error(fmt::format("mutable default {} for field {} is not allowed: use default_factory",
                                repr_utf8(type_object(*fo->default_.type())), str_view(name)));
    if (!dflt.null() && is_field(dflt)) {  // the class attribute becomes the plain default, or goes
        if (is_missing(fo->default_)) setattr(cls, str_view(name), Object());
        else setattr(cls, str_view(name), fo->default_);
    }
    return f;
}

// typing.ClassVar or typing.ClassVar[...] declares a class variable, not a field. As in CPython, asked only
// when the program has imported typing (runtime/lib/typing.py); string annotations are not recognised.
bool is_classvar(const Object& type) {
    Object typing = dict_get(sys_modules(), str_("typing"));
    if (typing.null()) return false;
    Object classvar = getattr_or_null(typing, "ClassVar");
    if (classvar.null()) return false;
    if (is_(type, classvar)) return true;
    Object origin = getattr_or_null(type, "__origin__");
    return !origin.null() && is_(origin, classvar);
}

// Fields of dataclass bases (in reverse MRO order), then the class's own annotations.
Object collect_fields(const Object& cls, const Options& o) {
    Object fields = dict_();
    const Type* t = cls.as<Type>();
    for (size_t i = t->mro.size(); i-- > 1;) {
        Object base_fields = lookup_mro(t->mro[i], "__dataclass_fields__");
        if (!base_fields.null() && is_dict(base_fields) && is_user_class(t->mro[i]) &&
            in_class_dict(type_object(*t->mro[i]), "__dataclass_fields__"))
            dict_update(fields, base_fields);
    }
    Object ann = dict_get(as_class(t)->dict, str_("__annotations__"));
    if (!ann.null())
        for (const DictEntry& e : ann.as<DictObj>()->entries)
            if (!e.key.null() && !is_classvar(e.value))
                dict_set(fields, e.key, field_for(cls, e.key, e.value, o.kw_only));
    for (const DictEntry& e : as_class(t)->dict.as<DictObj>()->entries)
        if (!e.key.null() && is_field(e.value) && (ann.null() || dict_get(ann, e.key).null()))
            type_error(fmt::format("{} is a field but has no type annotation", repr_utf8(e.key)));
    return fields;
}

std::vector<Object> field_list(const Object& fields, bool (*keep)(const FieldObj*)) {
    std::vector<Object> out;
    for (const DictEntry& e : fields.as<DictObj>()->entries)
        if (!e.key.null() && keep(as_field(e.value))) out.push_back(e.value);
    return out;
}

void add_init(const Object& cls, const Object& fields, const Options& o) {
    std::vector<Object> init = field_list(fields, [](const FieldObj* f) { return f->init; });
    std::vector<std::string> params{"self"}, kwonly;
    std::vector<Object> defaults, kwdefaults_values;
    std::vector<std::pair<std::string, Object>> kwdefaults;
    bool seen_default = false;
    for (const Object& fo : init) {
        auto* f = as_field(fo);
        bool has_default = !is_missing(f->default_) || !is_missing(f->default_factory);
        Object dflt = !is_missing(f->default_factory) ? factory_mark() : f->default_;
        if (f->kw_only) {
            kwonly.push_back(field_name(fo));
            if (has_default) kwdefaults.emplace_back(field_name(fo), dflt);
            continue;
        }
        if (!has_default && seen_default)
            type_error(fmt::format("non-default argument {} follows default argument", repr_utf8(f->name)));
        seen_default |= has_default;
        params.push_back(field_name(fo));
        if (has_default) defaults.push_back(dflt);
    }
    std::string qual = std::string(str_view(getattr(cls, "__qualname__"))) + ".__init__";
    const FuncInfo& info = intern_func_info("__init__", qual, params, kwonly);
    std::vector<Object> all = field_list(fields, [](const FieldObj*) { return true; });
    // __init__ sets every field: init ones from arguments, the others from their defaults.
    std::vector<Object> ordered;
    for (const Object& f : all) if (as_field(f)->init && !as_field(f)->kw_only) ordered.push_back(f);
    for (const Object& f : all) if (as_field(f)->init && as_field(f)->kw_only) ordered.push_back(f);
    for (const Object& f : all) if (!as_field(f)->init) ordered.push_back(f);
    Object fn = make_function(&info, init_entry, defaults, kwdefaults,
                              {cls, tuple_from(ordered), bool_(o.frozen)});
    set_new(cls, "__init__", fn);
}

void add_order(const Object& cls, const std::vector<Object>& compared) {
    struct Op { const char* name; CmpOp op; };
    for (Op op : {Op{"__lt__", CmpOp::Lt}, {"__le__", CmpOp::Le}, {"__gt__", CmpOp::Gt}, {"__ge__", CmpOp::Ge}}) {
        Object fn = method(cls, op.name, {"self", "other"}, compare_entry,
                           {cls, tuple_from(compared), Object::small(int64_t(op.op))});
        if (set_new(cls, op.name, fn))
            type_error(fmt::format("Cannot overwrite attribute {} in class {}. Consider using functools.total_ordering",
                                   op.name, cls.as<Type>()->name));
    }
}

// CPython's _hash_action table.
void add_hash(const Object& cls, const Object& fields, const Options& o, bool has_explicit_hash) {
    std::vector<Object> hashed = field_list(fields, [](const FieldObj* f) {
        return is_none(f->hash) ? f->compare : truthy(f->hash);
    });
    auto add = [&] {
        setattr(cls, "__hash__", method(cls, "__hash__", {"self"}, hash_entry, {cls, tuple_from(hashed)}));
    };
    if (o.unsafe_hash) {
        if (has_explicit_hash)
            type_error(fmt::format("Cannot overwrite attribute __hash__ in class {}", cls.as<Type>()->name));
        return add();
    }
    if (!o.eq || has_explicit_hash) return;
    if (o.frozen) return add();
    setattr(cls, "__hash__", None());
}

Object process_class(const Object& cls, const Options& o) {
    if (!is_type(cls) || !is_user_class(cls.as<Type>())) type_error("dataclass() should be called on a class");
    Object class_hash = dict_get(as_class(cls.as<Type>())->dict, str_("__hash__"));
    bool has_explicit_hash = !(class_hash.null() || (is_none(class_hash) && in_class_dict(cls, "__eq__")));
    Object fields = collect_fields(cls, o);
    setattr(cls, "__dataclass_fields__", fields);
    if (o.order && !o.eq) value_error("eq must be true if order is true");
    std::vector<Object> all = field_list(fields, [](const FieldObj*) { return true; });
    std::vector<Object> shown = field_list(fields, [](const FieldObj* f) { return f->repr; });
    std::vector<Object> compared = field_list(fields, [](const FieldObj* f) { return f->compare; });
    if (o.init) add_init(cls, fields, o);
    if (o.repr) set_new(cls, "__repr__", method(cls, "__repr__", {"self"}, repr_entry, {cls, tuple_from(shown)}));
    if (o.eq)
        set_new(cls, "__eq__", method(cls, "__eq__", {"self", "other"}, compare_entry,
                                      {cls, tuple_from(compared), Object::small(int64_t(CmpOp::Eq))}));
    if (o.order) add_order(cls, compared);
    if (o.frozen) {
        for (const char* name : {"__setattr__", "__delattr__"}) {
            std::vector<std::string> params{"self", "name"};
            if (name[2] == 's') params.push_back("value");
            if (set_new(cls, name, method(cls, name, params, frozen_entry, {cls, tuple_from(all)})))
                type_error(fmt::format("Cannot overwrite attribute {} in class {}", name, cls.as<Type>()->name));
        }
    }
    add_hash(cls, fields, o, has_explicit_hash);
    if (o.match_args) {
        std::vector<Object> names;
        for (const Object& f : all)
            if (as_field(f)->init && !as_field(f)->kw_only) names.push_back(as_field(f)->name);
        set_new(cls, "__match_args__", tuple_from(std::move(names)));
    }
    return cls;
}

// @dataclass(...) without the class: a decorator remembering the options as its bound receiver.
Object dataclass_decorator(const Args& a) {
    check_nargs("wrap", a, 2, 2);
    return process_class(a[1], options_of(a[0]));
}

Object f_dataclass(const Args& a) {
    Options o = options_from(a);
    if (a.npos > 1) type_error(fmt::format("dataclass() takes from 0 to 1 positional arguments but {} were given", a.npos));
    if (a.npos == 1 && !is_none(a[0])) return process_class(a[0], o);
    return Object::adopt(new BuiltinFunctionObj("wrap", dataclass_decorator, options_tuple(o)));
}

// ---- the helper functions ----

Object fields_of(const Object& obj) {
    Object cls = is_type(obj) ? obj : type_object(*obj.type());
    Object fields = getattr_or_null(cls, "__dataclass_fields__");
    if (fields.null() || !is_dict(fields)) type_error("must be called with a dataclass type or instance");
    return fields;
}

Object f_fields(const Args& a) {
    check_nargs("fields", a, 1, 1);
    return tuple_from(field_list(fields_of(a[0]), [](const FieldObj*) { return true; }));
}

bool is_dataclass_instance(const Object& o) {
    return !is_type(o) && !getattr_or_null(type_object(*o.type()), "__dataclass_fields__").null();
}

Object f_is_dataclass(const Args& a) {
    check_nargs("is_dataclass", a, 1, 1);
    Object cls = is_type(a[0]) ? a[0] : type_object(*a[0].type());
    return bool_(!getattr_or_null(cls, "__dataclass_fields__").null());
}

// asdict/astuple: dataclass instances become dicts/tuples, lists, tuples and dicts are copied recursively.
Object convert(const Object& o, bool as_dict) {
    if (is_dataclass_instance(o)) {
        std::vector<Object> fields = field_list(fields_of(o), [](const FieldObj*) { return true; });
        if (as_dict) {
            Object d = dict_();
            for (const Object& f : fields) dict_set(d, as_field(f)->name, convert(getattr(o, field_name(f)), true));
            return d;
        }
        std::vector<Object> items;
        for (const Object& f : fields) items.push_back(convert(getattr(o, field_name(f)), false));
        return tuple_from(std::move(items));
    }
    if (is_list(o) || is_tuple(o)) {
        std::vector<Object> items;
        for (const Object& x : to_vector(o)) items.push_back(convert(x, as_dict));
        return is_list(o) ? list_from(std::move(items)) : tuple_from(std::move(items));
    }
    if (is_dict(o)) {
        Object d = dict_();
        for (const DictEntry& e : o.as<DictObj>()->entries)
            if (!e.key.null()) dict_set(d, convert(e.key, as_dict), convert(e.value, as_dict));
        return d;
    }
    return o;
}

Object f_asdict(const Args& a) {
    check_nargs("asdict", a, 1, 1);
    if (!is_dataclass_instance(a[0])) type_error("asdict() should be called on dataclass instances");
    return convert(a[0], true);
}

Object f_astuple(const Args& a) {
    check_nargs("astuple", a, 1, 1);
    if (!is_dataclass_instance(a[0])) type_error("astuple() should be called on dataclass instances");
    return convert(a[0], false);
}

Object f_replace(const Args& a) {
    if (a.npos != 1) type_error(fmt::format("replace() takes 1 positional argument but {} were given", a.npos));
    const Object& obj = a[0];
    if (!is_dataclass_instance(obj)) type_error("replace() should be called on dataclass instances");
    std::vector<Object> names;
    std::vector<KwArg> kw(a.kw, a.kw + a.nkw);
    for (const Object& f : field_list(fields_of(obj), [](const FieldObj*) { return true; })) {
        std::string n = field_name(f);
        bool given = false;
        for (size_t i = 0; i < a.nkw; ++i) given |= a.kw[i].name == n;
        if (!as_field(f)->init) {
            if (given)
                value_error(fmt::format("field {} is declared with init=False, it cannot be specified with replace()", n));
            continue;
        }
        if (given) continue;
        names.push_back(as_field(f)->name);
        kw.push_back(KwArg{str_view(names.back()), getattr(obj, n)});
    }
    return call(type_object(*obj.type()), Args{nullptr, 0, kw.data(), kw.size()});
}

Object frozen_error_class() {
    static Object cls = [] {
        Object ns = dict_();
        dict_set(ns, str_("__module__"), str_("dataclasses"));
        dict_set(ns, str_("__qualname__"), str_("FrozenInstanceError"));
        return immortal(new_class(&TypeType, str_("FrozenInstanceError"), tuple_({type_object(AttributeErrorType)}),
                                  ns, Object()));
    }();
    return cls;
}

std::string missing_repr(const Object& o) {
    return fmt::format("<dataclasses._MISSING_TYPE object at {:#x}>", o.bits());
}

}  // namespace

void setup_dataclasses() {
    set_slots(FieldType, {.repr = field_repr, .getattr = field_getattr});
    set_slots(MissingType, {.repr = missing_repr});
}

void init_dataclasses_module(ModuleObj& m) {
    module_add_functions(m, {{"dataclass", f_dataclass}, {"field", f_field}, {"fields", f_fields}, {"asdict", f_asdict},
                             {"astuple", f_astuple}, {"replace", f_replace}, {"is_dataclass", f_is_dataclass}});
    module_add(m, "MISSING", missing());
    module_add(m, "Field", type_object(FieldType));
    module_add(m, "FrozenInstanceError", frozen_error_class());
}

}  // namespace pyco
