// The class statement (CPython's builtin __build_class__): the metaclass, the namespace its __prepare__ gives
// the body, then the call of the metaclass and the check of the body's __class__ cell. A class whose
// metaclass is `type` (or another built-in metaclass) skips the calls through the metaclass: its namespace is
// a fresh dict and type.__new__ makes it directly.
#include <fmt/format.h>

#include "internal/class_layout.h"

namespace pyco {

namespace {

// Bases that are not classes may stand for classes (`Generic[T]`): their __mro_entries__(bases) says which.
Object resolve_mro_entries(const Object& bases) {
    std::vector<Object> items = tuple_items(bases);
    bool all_types = true;
    for (const Object& b : items) all_types = all_types && is_type(b);
    if (all_types) return bases;
    std::vector<Object> out;
    for (const Object& b : items) {
        Object entries = is_type(b) ? Object() : getattr_or_null(b, "__mro_entries__");
        if (entries.null()) {
            out.push_back(b);
            continue;
        }
        Object r = call(entries, {bases});
        if (!is_tuple(r)) type_error("__mro_entries__ must return a tuple");
        for (const Object& x : tuple_items(r)) out.push_back(x);
    }
    return tuple_from(std::move(out));
}

// The `metaclass` keyword, taken out of the keywords the metaclass receives; null when absent.
Object take_metaclass(PreparedClass& pc) {
    if (pc.keywords.null()) return {};
    Object key = attr_name("metaclass");
    Object meta = dict_get(pc.keywords, key);
    if (meta.null()) return {};
    dict_del(pc.keywords, key);
    if (len(pc.keywords) == 0) pc.keywords = Object();
    return meta;
}

// `type` and abc.ABCMeta: their __prepare__ gives a dict and calling them is type.__new__.
bool is_builtin_metaclass(const Object& meta) {
    return is_type(meta) && meta.as<Type>()->is_subtype_of(&TypeType) && !is_user_class(meta.as<Type>());
}

// meta.__prepare__(name, bases, **keywords), which must give a mapping.
Object prepared_namespace(const PreparedClass& pc, bool meta_is_class) {
    if (is_builtin_metaclass(pc.meta)) return dict_();  // type.__prepare__
    Object prepare;
    try {
        prepare = getattr_or_null(pc.meta, "__prepare__");
    } catch (const PyExc& e) {
        if (!isinstance(e.exc, AttributeErrorType)) throw;
    }
    if (prepare.null()) return dict_();
    Object ns = call_ex(prepare, tuple_({pc.name, pc.bases}), pc.keywords);
    if (!ns.type()->getitem)
        type_error(fmt::format("{}.__prepare__() must return a mapping, not {}",
                               meta_is_class ? tp_name(pc.meta.as<Type>()) : "<metaclass>", type_name(ns)));
    return ns;
}

// The class that the body's methods see as __class__ must be the one the metaclass returned.
void check_class_cell(const PreparedClass& pc, const Object& cell, const Object& cls) {
    if (cell.null() || !is_type(cls)) return;
    const Object& value = cell.as<CellObj>()->value;
    if (is_(value, cls)) return;
    if (value.null())
        raise(RuntimeErrorType, fmt::format("__class__ not set defining {} as {}. Was __classcell__ propagated to "
                                            "type.__new__?", repr_utf8(pc.name), repr_utf8(cls)));
    type_error(fmt::format("__class__ set to {} defining {} as {}", repr_utf8(value), repr_utf8(pc.name),
                           repr_utf8(cls)));
}

}  // namespace

PreparedClass prepare_class(const Object& name, const Object& bases, const Object& keywords) {
    PreparedClass pc{name, Object(), resolve_mro_entries(bases), bases, keywords, Object()};
    pc.meta = take_metaclass(pc);
    bool meta_is_class = pc.meta.null() || is_type(pc.meta);
    std::vector<Object> base_items = tuple_items(pc.bases);
    if (pc.meta.null()) pc.meta = type_object(base_items.empty() ? TypeType : *base_items[0].type());
    if (meta_is_class) pc.meta = type_object(*most_derived_metaclass(pc.meta.as<Type>(), base_items));
    pc.ns = prepared_namespace(pc, meta_is_class);
    return pc;
}

Object build_class(const PreparedClass& pc, const Object& class_cell) {
    if (!is_(pc.bases, pc.orig_bases)) setitem(pc.ns, attr_name("__orig_bases__"), pc.orig_bases);
    Object cls = is_builtin_metaclass(pc.meta)
                     ? new_class(pc.meta.as<Type>(), pc.name, pc.bases, pc.ns, pc.keywords)
                     : call_ex(pc.meta, tuple_({pc.name, pc.bases, pc.ns}), pc.keywords);
    check_class_cell(pc, class_cell, cls);
    return cls;
}

}  // namespace pyco
