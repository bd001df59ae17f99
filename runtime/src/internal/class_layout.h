// Private to the runtime: the layouts behind user classes and their instances, shared by the files of
// runtime/src/classes/ and the modules that make classes (abc, dataclasses, collections.namedtuple).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "class_lookup.h"
#include "cycle_collector.h"
#include "values.h"

namespace pyco {

// What an instance of a class is made of: its "solid base" in CPython's words.
enum class Layout : uint8_t {
    Object,     // InstanceObj: a __dict__ and nothing else
    Exception,  // UserExceptionObj: an ExceptionObj (args, traceback, ...) plus the class reference
    List,       // UserListObj: a ListObj plus the class and a __dict__
    Dict,       // UserDictObj: a DictObj plus the class and a __dict__
    Tuple,      // UserTupleObj: a TupleObj plus the class and a __dict__ (subclasses of namedtuple classes)
    Native,     // NativeSubclassObj<T>: a built-in type's C++ object plus the class and a __dict__
    Type,       // ClassObj: metaclasses, whose instances are classes
};

// What lookup_mro found for one name: the attribute (null: none) and the class of the MRO holding it.
struct LookupEntry {
    Object key;  // the name's str: keeps the cache's key address from being reused
    Object attr;
    const Type* owner = nullptr;
};

// An open-addressing table of LookupEntry keyed by the name's str object (its address).
class LookupCache {
public:
    LookupEntry* find(const Obj* key) noexcept {
        if (slots_.empty()) return nullptr;
        for (size_t i = index(key);; i = (i + 1) & (slots_.size() - 1)) {
            LookupEntry& e = slots_[i];
            if (e.key.ptr() == key) return &e;
            if (e.key.null()) return nullptr;
        }
    }
    LookupEntry& insert(LookupEntry e);
    void clear() noexcept { slots_.clear(); used_ = 0; }

private:
    size_t index(const Obj* key) const noexcept {
        uintptr_t x = reinterpret_cast<uintptr_t>(key) >> 4;
        return size_t(x * 0x9E3779B97F4A7C15ull >> 40) & (slots_.size() - 1);
    }
    std::vector<LookupEntry> slots_;
    size_t used_ = 0;
};

struct ClassObj : Type {
    Object dict;                        // the namespace: an ordered dict of str keys
    // Lookups along the MRO, keyed by the interned name (attr_name); valid while `cache_epoch` equals the
    // global class epoch, which any change to a class's namespace bumps (CPython's type version tags).
    LookupCache lookup_cache;
    uint64_t cache_epoch = 0;
    // Whether a user class of the MRO defines these (update_slots keeps them current): attribute access
    // checks them on every lookup.
    bool has_getattribute = false, has_getattr = false, has_setattr = false, has_delattr = false;
    // __slots__: the names declared along the MRO; when every class of the MRO declares them (without
    // '__dict__'), instances have no __dict__ and accept only those names.
    bool slots_only = false;
    std::vector<std::string> slot_names;
    // Whether instances take weak references, and whether this class (not its base) gave them their
    // '__dict__' and '__weakref__' descriptors: CPython's class __dict__ holds those, so dir() lists them.
    bool weakrefs = false, dict_descriptor = false, weakref_descriptor = false;
    std::vector<Object> bases;          // __bases__, strong references
    std::vector<Object> mro_refs;       // keeps every class of `mro` alive
    std::vector<ClassObj*> subclasses;  // weak: a dying subclass removes itself
    Layout layout = Layout::Object;
    const Type* native_base = nullptr;  // Layout::Native: the built-in type whose C++ object an instance is
    // The metaclass when it is a user class (`type` points to it): a class keeps its metaclass alive as an
    // instance keeps its class.
    Object metaclass;
    // Classes made by abc.ABCMeta: the abstract methods that forbid instantiation (__abstractmethods__), and
    // the registry and caches of their isinstance/issubclass checks (modules/abc.cpp), made on first use.
    std::vector<std::string> abstract_methods;
    std::shared_ptr<struct AbcState> abc_state;
    ClassObj(std::string name, std::string module);
    ~ClassObj() override;
};

// The name as a str, the same object for the same literal (see attr_names.cpp): cheap dict keys.
Object attr_name(std::string_view name);
// Invalidates every class's lookup cache (a class namespace changed).
void bump_class_epoch() noexcept;

inline ClassObj* as_class(const Type* t) noexcept { return static_cast<ClassObj*>(const_cast<Type*>(t)); }
inline bool is_type(const Object& o) noexcept { return o.is_ptr() && o.type()->is_subtype_of(&TypeType); }

// An instance of a class whose layout is Object. It holds its class: user classes are refcounted.
struct InstanceObj : Obj {
    Object cls;
    Object dict;   // __dict__, a dict
    Object slots;  // values of __slots__ names (a dict, created on first use): not part of __dict__
    CycleLink link{this};
    explicit InstanceObj(const Type* t);
};

// What a user class adds to an instance of a built-in type it extends (Layout::Native).
struct NativeExtras {
    Object cls, dict;
    CycleLink link;
    explicit NativeExtras(Obj* owner) : link(owner) {}
};
template <class Base>
struct NativeSubclassObj : Base {
    NativeExtras extras{this};
};
// Set on a built-in type by allow_native_subclasses: makes the instance for a user class `cls`, and finds what
// the class added to one. Both null (allow_plain_subclasses): a built-in type without state of its own, whose
// subclasses' instances are plain objects (Layout::Object), as asyncio.AbstractEventLoop's.
struct NativeLayout {
    Object (*allocate)(const Type* cls);
    NativeExtras* (*extras)(Obj* o);
    // Sees the arguments the class was called with (null: not needed), as CPython's tp_new of the built-in
    // type would: _thread._local keeps them for __init__ in each new thread.
    void (*created)(const Object& o, const Args& args) = nullptr;
};
inline void allow_plain_subclasses(Type& t) {
    static const NativeLayout plain{nullptr, nullptr};
    t.native_layout = &plain;
}
// Lets user classes extend `t`, whose instances are `T` (default-constructible): an instance of such a class is
// a NativeSubclassObj<T>, so every C++ function taking a T* works on it unchanged.
template <class T>
void allow_native_subclasses(Type& t, void (*created)(const Object&, const Args&) = nullptr) {
    static const NativeLayout layout{
        [](const Type* cls) -> Object {
            auto* o = new NativeSubclassObj<T>();
            o->type = cls;
            o->extras.cls = type_object(*cls);
            o->extras.dict = dict_();
            return Object::adopt(o);
        },
        [](Obj* o) { return &static_cast<NativeSubclassObj<T>*>(static_cast<T*>(o))->extras; }, created};
    t.native_layout = &layout;
}
// The extras of an instance of a Layout::Native class.
NativeExtras* native_extras(Obj* o);

// An instance of a user exception class.
struct UserExceptionObj : ExceptionObj {
    Object cls;
    CycleLink link{this};
    explicit UserExceptionObj(const Type* t);
};

// Instances of subclasses of list and dict: the built-in layout, so every list/dict operation applies.
struct UserListObj : ListObj {
    Object cls, dict;
    CycleLink link{this};
    explicit UserListObj(const Type* t);
};
struct UserDictObj : DictObj {
    Object cls, dict;
    CycleLink link{this};
    explicit UserDictObj(const Type* t);
};
struct UserTupleObj : TupleObj {
    Object cls, dict;
    CycleLink link{this};
    UserTupleObj(const Type* t, std::vector<Object> items);
};
// An instance of the user class `cls` (tuple layout) holding `items`, without calling __new__ (tuple.__new__).
Object new_user_tuple(const Type* cls, std::vector<Object> items);
// A built-in type's special method as an attribute (`list.__repr__`): null unless `t` itself has the slot.
Object slot_wrapper(const Type* t, std::string_view name);
// The names of the special methods `t` itself has slots for (the slot wrappers its __dict__ holds).
std::vector<const char*> slot_wrapper_names(const Type* t);
// The wrapper bound to `obj` (a method-wrapper); null when `attr` is not an unbound slot wrapper.
Object bind_slot_wrapper(const Object& attr, const Object& obj);
// list.__init__ / dict.__init__ as the MRO finds them on those types.
Object builtin_init(const Type* t);

// The instance __dict__ of `o` (created on demand for exceptions); null when it has none.
Object instance_dict(const Object& o);
// A new, uninitialised instance of the user class `cls` (object.__new__ / BaseException.__new__), with
// `args` as the exception arguments for exception layouts.
Object allocate_instance(const Type* cls, const Args& args);

// type.__new__(meta, name, bases, ns, **kw) (type_new.cpp): the class the most derived metaclass of `meta`
// and the bases makes; `kw` (a dict or null) goes to __init_subclass__.
Object new_class(const Type* meta, const Object& name, const Object& bases, const Object& ns, const Object& kw);
// The same from a call's arguments (name, bases, dict, **kw), with type.__new__'s checks of them.
Object new_class_from_args(const Type* meta, const Args& args);
// The most derived of `meta` and the metaclasses of `bases` (CPython's _PyType_CalculateMetaclass), or
// TypeError "metaclass conflict".
const Type* most_derived_metaclass(const Type* meta, const std::vector<Object>& bases);
// A call's keyword arguments as a dict, null when there are none.
Object keywords_dict(const Args& args);

// object.__dir__ and type.__dir__ (dir.cpp): the names as a list, unsorted.
Object object_dir(const Object& o);
Object class_dir(const Object& cls);
// A built-in type's __dict__, as a new dict (CPython's is a read-only mappingproxy): its own attributes.
Object builtin_type_dict(const Type* t);

// C3 linearisation of a new class with these bases (the class itself not included); raises CPython's TypeError.
std::vector<const Type*> compute_mro(const std::vector<const Type*>& bases);
// The MRO of any type: a user class's `mro`, a built-in type's base chain.
std::vector<const Type*> mro_of(const Type* t);
// Checks the bases can be combined and returns the layout instances get.
Layout check_layout(const std::vector<const Type*>& bases);
// Layout::Native: the most derived built-in type of the bases whose C++ object the instances are (null: none).
const Type* native_base(const std::vector<const Type*>& bases);

// Attribute lookup on one class of an MRO (not its bases).
Object own_attribute(const Type* t, std::string_view name);
// lookup_mro, also telling which class of the MRO holds the attribute.
Object lookup_mro_owner(const Type* t, std::string_view name, const Type*& owner);
// The same for a user class with the name already interned (key == attr_name(name)).
Object lookup_mro_key(const ClassObj* cls, const Object& key, std::string_view name, const Type*& owner);
// bind_attribute for an attribute found on `owner`: methods of built-in types (unbound built-in functions in
// their method tables) bind to `obj` too, while a built-in function stored in a user class stays as it is.
Object bind_found(const Object& attr, const Type* owner, const Object& obj, const Type* type);
// object's methods (__init__, __new__, __setattr__, __eq__, ...) as object.__dict__ has them.
Object object_method(std::string_view name);
// object.__setattr__ / object.__delattr__ (v null) / object.__getattribute__ for user instances.
void generic_setattr(const Object& o, std::string_view name, const Object& v);
Object generic_getattr(const Object& o, std::string_view name);

// The getattr and setattr slots of every user class (setattr with v null deletes).
Object instance_getattr(const Object& o, std::string_view name);
void instance_setattr(const Object& o, std::string_view name, const Object& v);
// The same slots of user metaclasses, whose instances are classes: the metaclass's __getattribute__,
// __getattr__, __setattr__ and __delattr__ when it defines them, else type's.
Object metaclass_instance_getattr(const Object& cls, std::string_view name);
void metaclass_instance_setattr(const Object& cls, std::string_view name, const Object& v);
// type.__getattribute__ and type.__setattr__ for any class (CPython's type_getattro and type_setattro): the
// metaclass's data descriptors, the class's MRO, then the metaclass's other attributes bound to the class.
Object class_getattribute(const Object& cls, std::string_view name);
void class_setattro(const Object& cls, std::string_view name, const Object& v);

// Descriptor helpers.
bool is_data_descriptor(const Object& attr);
// Calls a descriptor's __set__ (v non-null) or __delete__; false when `attr` is not a data descriptor.
bool descriptor_set(const Object& attr, const Object& obj, const Object& v, std::string_view name);
Object staticmethod_func(const Object& sm);  // null when not a staticmethod
Object new_staticmethod(const Object& f);
Object new_classmethod(const Object& f);

// Reads __slots__ from the class namespace (CPython's type_new checks included).
void compute_slots(ClassObj* cls);
// Whether instances of `t` may hold an attribute `name` outside a descriptor (false only with __slots__).
bool accepts_attribute(const Type* t, std::string_view name);
// Whether `name` is one of the __slots__ of `t` or its ancestors (stored apart from __dict__).
bool is_slot_name(const Type* t, std::string_view name);

// Recomputes the slots of `cls` (and of its subclasses) from the dunder methods along its MRO.
void update_slots(ClassObj* cls);
// A special method's raw attribute found on a user class in the MRO of `t` before any built-in type;
// null when a built-in type (or nothing) provides it first.
Object user_special(const Type* t, std::string_view name);

// abc.ABCMeta (modules/abc.cpp): the metaclass of classes with abstract methods.
extern Type ABCMetaType;
// Computes __abstractmethods__ of a class ABCMeta makes (ABCMeta.__new__).
void compute_abstract_methods(ClassObj* cls);
// An ABC's `__abc_tpflags__` (collections.abc's Sequence and Mapping set it): its collection_flags, taken out of
// the namespace as _abc_init does.
void abc_collection_flags(ClassObj* cls);
// TypeError "Can't instantiate abstract class C with abstract method f" when `cls` has abstract methods.
void check_not_abstract(const Type* cls);
// ABCMeta.__instancecheck__ and __subclasscheck__ (CPython's _abc): subclassing, __subclasshook__, the
// registry (ABC.register) and the subclasses' registries, with the caches CPython keeps.
bool abc_instancecheck(const Object& cls, const Object& inst);
bool abc_subclasscheck(const Object& cls, const Object& sub);

// The name CPython's messages use for a type (tp_name).
inline const std::string& tp_name(const Type* t) { return t->name; }

}  // namespace pyco
