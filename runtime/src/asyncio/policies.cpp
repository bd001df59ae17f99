// Event loop policies (CPython's events.py and unix_events.py): AbstractEventLoopPolicy, BaseDefaultEventLoopPolicy
// and DefaultEventLoopPolicy (_UnixDefaultEventLoopPolicy), get_event_loop_policy/set_event_loop_policy, and the
// module functions get_event_loop/set_event_loop/new_event_loop that go through the current policy. A default
// policy keeps its thread's loop in itself (BaseDefaultEventLoopPolicy._local); the C++ runtime asks it directly
// unless a program's policy class overrides the method, which is then called as CPython calls it.
#include <fmt/format.h>

#include "internal.h"
#include "internal/class_layout.h"
#include "internal/class_lookup.h"
#include "internal/module_registry.h"
#include "internal/threads.h"
#include "internal/type_setup.h"
#include "pyco/classes.h"
#include "pyco/ops.h"

namespace pyco {

Type AbstractEventLoopPolicyType("AbstractEventLoopPolicy", "asyncio.events", &ObjectType);
Type BaseDefaultEventLoopPolicyType("BaseDefaultEventLoopPolicy", "asyncio.events", &AbstractEventLoopPolicyType);
Type DefaultEventLoopPolicyType("_UnixDefaultEventLoopPolicy", "asyncio.unix_events", &BaseDefaultEventLoopPolicyType);

namespace {

// BaseDefaultEventLoopPolicy's state: its _local's _loop and _set_called, one per thread; a thread's goes when
// it ends.
struct PolicyObj : Obj {
    struct Local {
        Object loop;
        bool set_called = false;
    };
    std::unordered_map<uint64_t, Local> locals;
    PolicyObj();
    ~PolicyObj() override;
};

std::vector<PolicyObj*>& live_policies() {
    static auto* v = new std::vector<PolicyObj*>;  // never destroyed: threads may end while the program exits
    return *v;
}

PolicyObj::PolicyObj() : Obj(&DefaultEventLoopPolicyType) { live_policies().push_back(this); }
PolicyObj::~PolicyObj() {
    auto& v = live_policies();
    v.erase(std::find(v.begin(), v.end(), this));
}

void drop_thread_locals() {
    uint64_t me = threads::current_ident();
    std::vector<Object> dropped;  // released after the walk: a loop's death may run code
    for (PolicyObj* p : live_policies()) {
        auto it = p->locals.find(me);
        if (it == p->locals.end()) continue;
        dropped.push_back(std::move(it->second.loop));
        p->locals.erase(it);
    }
}
const bool locals_dropped = (threads::at_thread_exit(drop_thread_locals), true);

bool is_default_policy(const Object& p) { return isinstance(p, BaseDefaultEventLoopPolicyType); }
PolicyObj::Local& local_of(const Object& p) { return p.as<PolicyObj>()->locals[threads::current_ident()]; }

// threading.current_thread().name, which the policy's error names ('MainThread' without asking threading, when it
// was never imported).
std::string current_thread_name() {
    if (threads::is_main_thread() && dict_get(sys_modules(), str_("threading")).null()) return "MainThread";
    return str_utf8(getattr(call_method(import_module("threading"), "current_thread"), "name"));
}

// events._event_loop_policy. Leaked on purpose, as the loop it holds must not be destroyed after the runtime's
// statics are gone.
Object* g_policy = nullptr;

Object& policy_slot() {
    if (!g_policy) g_policy = new Object();
    return *g_policy;
}

// get_event_loop_policy(): the default policy is made on first use. A copy, so that the policy stays alive while
// its methods run even if one of them sets another policy.
Object current_policy() {
    Object& p = policy_slot();
    if (p.null()) p = Object::adopt(new PolicyObj());
    return p;
}

// Whether `name` must be called as a Python method: a policy that is no default policy, or whose class
// overrides BaseDefaultEventLoopPolicy's method.
bool dispatch(const Object& p, const char* name) {
    if (!is_default_policy(p)) return true;
    const Type* t = p.type();
    if (!is_user_class(t)) return false;
    Object found = lookup_mro(t, name);
    auto own = BaseDefaultEventLoopPolicyType.methods.find(name);
    return !found.null() && (own == BaseDefaultEventLoopPolicyType.methods.end() || !is_(found, own->second));
}

Object policy_new_loop(const Object& p) {
    if (dispatch(p, "new_event_loop")) return call_method(p, "new_event_loop");
    return new_event_loop();
}

void policy_set_loop(const Object& p, const Object& loop);

// BaseDefaultEventLoopPolicy.get_event_loop and set_event_loop; get_event_loop goes through the policy's own
// set_event_loop and new_event_loop, which a subclass may override.
Object default_get(const Object& p) {
    PolicyObj::Local* s = &local_of(p);
    // A loop is made on first use only in the main thread.
    if (s->loop.null() && !s->set_called && threads::is_main_thread()) {
        policy_set_loop(p, policy_new_loop(p));
        s = &local_of(p);  // the map may have grown meanwhile
    }
    if (s->loop.null())
        raise(RuntimeErrorType,
              fmt::format("There is no current event loop in thread {}.", repr_utf8(str_(current_thread_name()))));
    return s->loop;
}
void default_set(const Object& p, const Object& loop) {
    PolicyObj::Local* s = &local_of(p);
    s->set_called = true;
    if (!is_none(loop) && !isinstance(loop, AbstractEventLoopType))
        raise(TypeErrorType,
              fmt::format("loop must be an instance of AbstractEventLoop or None, not '{}'", type_name(loop)));
    if (!is_none(loop)) loop_of(loop, "set_event_loop()");
    s->loop = is_none(loop) ? Object() : loop;
}

void policy_set_loop(const Object& p, const Object& loop) {
    if (dispatch(p, "set_event_loop")) call_method(p, "set_event_loop", {loop});
    else default_set(p, loop);
}

Object policy_get_loop(const Object& p) {
    if (dispatch(p, "get_event_loop")) return call_method(p, "get_event_loop");
    return default_get(p);
}

Object m_get_event_loop(const Args& a) {
    check_nargs("get_event_loop", a, 1, 1);
    return default_get(a[0]);
}
Object m_set_event_loop(const Args& a) {
    check_nargs("set_event_loop", a, 2, 2);
    default_set(a[0], a[1]);
    return None();
}
Object m_new_event_loop(const Args& a) {
    check_nargs("new_event_loop", a, 1, 1);
    return new_event_loop();
}
// Child watchers exist for subprocesses, which pyco does not run.
Object m_child_watcher(const Args&) {
    raise(NotImplementedErrorType, "pyco does not support subprocesses: there are no child watchers");
}
Object m_abstract(const Args&) { raise_(new_exception(NotImplementedErrorType, {})); }

Object policy_ctor(const Type& cls, const Args& a) {
    if (a.npos || a.nkw)
        raise(TypeErrorType, fmt::format("{}.__init__() takes 1 positional argument but {} were given", cls.name,
                                         a.npos + a.nkw + 1));
    Object p = Object::adopt(new PolicyObj());
    p.ptr()->type = &cls;
    return p;
}

}  // namespace

Object get_event_loop_policy() { return current_policy(); }

void set_event_loop_policy(const Object& policy) {
    if (!is_none(policy) && !isinstance(policy, AbstractEventLoopPolicyType))
        raise(TypeErrorType, fmt::format("policy must be an instance of AbstractEventLoopPolicy or None, not '{}'",
                                         type_name(policy)));
    policy_slot() = is_none(policy) ? Object() : policy;
}

Object get_event_loop() {
    if (LoopObj* running = running_loop()) return Object::borrow(running);
    return policy_get_loop(current_policy());
}

void set_event_loop(const Object& loop) { policy_set_loop(current_policy(), loop); }

Object policy_new_event_loop() { return policy_new_loop(current_policy()); }

void setup_asyncio_policies() {
    add_methods(AbstractEventLoopPolicyType,
                {{"get_event_loop", m_abstract}, {"set_event_loop", m_abstract}, {"new_event_loop", m_abstract},
                 {"get_child_watcher", m_abstract}, {"set_child_watcher", m_abstract}});
    allow_plain_subclasses(AbstractEventLoopPolicyType);
    for (Type* t : {&BaseDefaultEventLoopPolicyType, &DefaultEventLoopPolicyType}) {
        set_type_constructor(*t, policy_ctor);
        allow_native_subclasses<PolicyObj>(*t);
    }
    add_methods(BaseDefaultEventLoopPolicyType, {{"get_event_loop", m_get_event_loop},
                                                 {"set_event_loop", m_set_event_loop},
                                                 {"new_event_loop", m_new_event_loop}});
    add_methods(DefaultEventLoopPolicyType,
                {{"get_child_watcher", m_child_watcher}, {"set_child_watcher", m_child_watcher}});
}

}  // namespace pyco
