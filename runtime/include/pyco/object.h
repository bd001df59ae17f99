// The object model's core: `Object`, a refcounted handle to a Python value.
//
// An Object is one machine word: a tagged small int (low bit 1), a pointer to an `Obj`, or null (an unbound
// variable; never a Python value). None, True, False and other singletons are immortal statics. Refcounts are
// plain integers: the loop is single-threaded and threads hand results back through the loop (docs/design.md, "Runtime rules").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace pyco {

struct Type;

// Base of every heap value. `destroy` frees it when the last reference goes: `delete this` by default,
// a coroutine frame destroys its handle instead.
struct Obj {
    int64_t refcnt = 1;
    const Type* type;
    explicit Obj(const Type* t) : type(t) {}
    Obj(const Obj&) = delete;
    Obj& operator=(const Obj&) = delete;
    virtual ~Obj() = default;
    virtual void destroy() { delete this; }
    // Objects up to 512 bytes come from per-size free lists carved out of large chunks (object_alloc.cpp),
    // as CPython's pymalloc does: a task, a future, a float or a bound method then costs no malloc call.
    static void* operator new(size_t n);
    static void operator delete(void* p, size_t n) noexcept;
};

// A member of every instance of a user class and every function: links the object into the list that the
// runtime's exit-time cycle collector starts from (docs/design.md, "The exit registry"). A cycle of built-in
// containers alone (a list holding itself) is not found, and stays alive until the process exits.
class CycleLink {
public:
    explicit CycleLink(Obj* owner) noexcept;
    ~CycleLink();
    CycleLink(const CycleLink&) = delete;
    CycleLink& operator=(const CycleLink&) = delete;
    Obj* owner() const noexcept { return owner_; }
    const CycleLink* next() const noexcept { return next_; }

private:
    Obj* owner_;
    CycleLink* prev_;
    CycleLink* next_;
};

inline constexpr int64_t kImmortal = int64_t(1) << 60;

inline void incref(Obj* o) noexcept { ++o->refcnt; }
inline void decref(Obj* o) noexcept {
    if (--o->refcnt == 0) o->destroy();
}

class Object {
public:
    static constexpr int64_t kSmallMax = (int64_t(1) << 61) - 1;
    static constexpr int64_t kSmallMin = -(int64_t(1) << 61);

    Object() noexcept = default;
    // Takes over one reference the caller owns (a fresh `new`).
    static Object adopt(Obj* o) noexcept { Object r; r.bits_ = reinterpret_cast<uintptr_t>(o); return r; }
    // Adds a reference.
    static Object borrow(Obj* o) noexcept { if (o) incref(o); return adopt(o); }
    // Only for values in [kSmallMin, kSmallMax]; use pyco::int_(int64_t) for any int64.
    static Object small(int64_t v) noexcept { Object r; r.bits_ = (uintptr_t(v) << 1) | 1; return r; }

    Object(const Object& o) noexcept : bits_(o.bits_) { if (is_ptr()) incref(ptr()); }
    Object(Object&& o) noexcept : bits_(o.bits_) { o.bits_ = 0; }
    Object& operator=(const Object& o) noexcept { Object t(o); swap(t); return *this; }
    Object& operator=(Object&& o) noexcept { Object t(std::move(o)); swap(t); return *this; }
    ~Object() { if (is_ptr()) decref(ptr()); }
    void swap(Object& o) noexcept { std::swap(bits_, o.bits_); }

    bool null() const noexcept { return bits_ == 0; }
    bool is_small() const noexcept { return bits_ & 1; }
    bool is_ptr() const noexcept { return bits_ != 0 && !(bits_ & 1); }
    int64_t small_value() const noexcept { return int64_t(bits_) >> 1; }
    Obj* ptr() const noexcept { return reinterpret_cast<Obj*>(bits_); }
    // Gives up the reference without decrementing (pairs with adopt).
    Obj* release() noexcept { Obj* p = ptr(); bits_ = 0; return p; }
    uintptr_t bits() const noexcept { return bits_; }
    const Type* type() const noexcept;
    template <class T> T* as() const noexcept { return static_cast<T*>(ptr()); }
    bool operator==(const Object& o) const noexcept = delete;  // use pyco::is_ / pyco::eq

private:
    uintptr_t bits_ = 0;
};

// Immortal singletons.
extern Obj None_obj, True_obj, False_obj, Ellipsis_obj, NotImplemented_obj;
inline Object None() noexcept { return Object::borrow(&None_obj); }
inline Object bool_(bool b) noexcept { return Object::borrow(b ? &True_obj : &False_obj); }
inline Object Ellipsis() noexcept { return Object::borrow(&Ellipsis_obj); }
inline Object NotImplemented() noexcept { return Object::borrow(&NotImplemented_obj); }
inline bool is_none(const Object& o) noexcept { return o.ptr() == &None_obj; }
inline bool is_(const Object& a, const Object& b) noexcept { return a.bits() == b.bits(); }

extern Type IntType;
inline const Type* Object::type() const noexcept { return is_small() ? &IntType : ptr()->type; }

// Makes `o` immortal: literals and module constants live for the whole program.
inline Object immortal(Object o) noexcept { if (o.is_ptr()) o.ptr()->refcnt = kImmortal; return o; }

}  // namespace pyco
