// The match statement's run-time steps, as CPython 3.11's interpreter runs them (Python/ceval.c: MATCH_SEQUENCE,
// MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS and the copy a `**rest` pattern binds). The compiler lowers each pattern
// to these calls and plain operations (compiler/codegen/match_gen.cpp).
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "object.h"

namespace pyco {

// Whether a sequence pattern may match the subject: its class is a sequence for match (list, tuple, range,
// memoryview, deque, a collections.abc.Sequence), never str, bytes or bytearray.
bool match_sequence(const Object& subject);
// Whether a mapping pattern may match it: dict, mappingproxy, a collections.abc.Mapping.
bool match_mapping(const Object& subject);
// subject[len(subject) - k]: an item after `*_`, read as CPython reads it.
Object match_item_from_end(const Object& subject, int64_t k);
// The values of `keys` in the mapping, read through its get() (so defaultdict creates nothing): false when one
// is missing. A key given twice raises ValueError.
bool match_keys(const Object& subject, std::initializer_list<Object> keys, std::vector<Object>& values);
// What `**rest` binds: a dict of the mapping's items without `keys`.
Object match_rest(const Object& subject, std::initializer_list<Object> keys);
// `cls(p1, ..., pN, k1=..., ...)`: whether the subject is an instance of cls; if so `attrs` gets the values the N
// positional sub-patterns match (named by cls.__match_args__, or the subject itself for bool, int, str, ...),
// then those of the keyword sub-patterns. A missing attribute is no match; CPython's TypeErrors otherwise.
bool match_class(const Object& subject, const Object& cls, size_t npositional,
                 std::initializer_list<std::string_view> keywords, std::vector<Object>& attrs);

}  // namespace pyco
