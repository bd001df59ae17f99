// What `except*` does with exception groups (PEP 654): split a group by an except* clause's type, and after the
// clauses ran, put together what is raised on: the unhandled rest, the re-raised parts and new exceptions.
#include <functional>
#include <set>

#include "pyco/call.h"
#include "pyco/exceptions.h"
#include "pyco/ops.h"

namespace pyco {

namespace {

bool is_group(const Object& e) { return isinstance(e, BaseExceptionGroupType); }

// eg.derive(items) with the original's traceback, cause, context and notes, as BaseExceptionGroup.split does.
Object derive(const Object& eg, std::vector<Object> items) {
    Object message = getitem(getattr(eg, "args"), int_(0));
    Object group = call(type_object(BaseExceptionGroupType), {message, list_from(std::move(items))});
    auto* src = eg.as<ExceptionObj>();
    auto* dst = group.as<ExceptionObj>();
    dst->tb = src->tb;
    dst->cause = src->cause;
    dst->context = src->context;
    dst->suppress_context = src->suppress_context;
    dst->notes = src->notes;
    return group;
}

// Splits `exc` (a group, recursively) into the leaves for which `pred` holds and the others; null for an empty side.
std::pair<Object, Object> split(const Object& exc, const std::function<bool(const Object&)>& pred) {
    if (pred(exc)) return {exc, Object()};
    if (!is_group(exc)) return {Object(), exc};
    std::vector<Object> match, rest;
    for (const Object& e : exception_group_items(exc)) {
        auto [m, r] = split(e, pred);
        if (!m.null()) match.push_back(m);
        if (!r.null()) rest.push_back(r);
    }
    return {match.empty() ? Object() : derive(exc, match), rest.empty() ? Object() : derive(exc, rest)};
}

// Whether an except* clause names an exception group class (itself or in a tuple).
bool names_group_class(const Object& type) {
    if (isinstance_exact(type, TupleType)) {
        for (Object it = iter(type), t = next(it); !t.null(); t = next(it))
            if (names_group_class(t)) return true;
        return false;
    }
    return isinstance(type, TypeType) && type.as<Type>()->is_subtype_of(&BaseExceptionGroupType);
}

void collect_leaves(const Object& exc, std::set<uintptr_t>& out) {
    if (!is_group(exc)) {
        out.insert(exc.bits());
        return;
    }
    for (const Object& e : exception_group_items(exc)) collect_leaves(e, out);
}

}  // namespace

std::pair<Object, Object> exception_group_split(const Object& exc, const Object& type) {
    if (names_group_class(type))
        raise(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    if (!is_group(exc)) {
        // A naked exception is matched as if it were alone in a group.
        if (!exception_matches(exc, type)) return {Object(), exc};
        // CPython builds this group from a tuple, which its repr shows.
        Object group = call(type_object(BaseExceptionGroupType), {str_(""), tuple_({exc})});
        group.as<ExceptionObj>()->tb = exc.as<ExceptionObj>()->tb;
        return {group, Object()};
    }
    return split(exc, [&](const Object& e) { return !is_group(e) && exception_matches(e, type); });
}

Object prep_reraise_star(const Object& orig, const std::vector<Object>& raised) {
    std::vector<Object> items;
    for (auto& r : raised)
        if (!r.null()) items.push_back(r);
    if (items.empty()) return {};
    if (!is_group(orig)) return items.front();
    // Parts of the original that were re-raised keep the original's structure; new exceptions join them.
    std::set<uintptr_t> orig_leaves, reraised_leaves;
    collect_leaves(orig, orig_leaves);
    std::vector<Object> fresh;
    for (auto& r : items) {
        std::set<uintptr_t> leaves;
        collect_leaves(r, leaves);
        bool reraised = !leaves.empty() && orig_leaves.count(*leaves.begin());
        if (reraised) reraised_leaves.insert(leaves.begin(), leaves.end());
        else fresh.push_back(r);
    }
    Object kept;
    if (!reraised_leaves.empty())
        kept = split(orig, [&](const Object& e) { return !is_group(e) && reraised_leaves.count(e.bits()); }).first;
    if (fresh.empty()) return kept;
    if (!kept.null()) fresh.push_back(kept);
    if (fresh.size() == 1 && kept.null() && items.size() == 1) return fresh.front();
    return call(type_object(BaseExceptionGroupType), {str_(""), list_from(std::move(fresh))});
}

}  // namespace pyco
