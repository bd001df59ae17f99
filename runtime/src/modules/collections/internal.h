// Private to the collections module (the files of this folder): the parts each file adds to it.
#pragma once

#include "pyco/module.h"
#include "internal/values.h"

namespace pyco::collections {

void add_deque(ModuleObj& m);       // deque.cpp
void add_counter(ModuleObj& m);     // counter.cpp
void add_namedtuple(ModuleObj& m);  // namedtuple.cpp

// A dict subclass made as collections.py makes it with a class statement: `name` with these methods (native
// functions given the raw call arguments, the instance first), module 'collections'.
Object make_dict_class(const char* name, std::initializer_list<std::pair<const char*, Entry>> methods);
// The items of a dict (or dict subclass instance) as (key, value) pairs, in order.
std::vector<std::pair<Object, Object>> dict_items(const Object& d);

}  // namespace pyco::collections
