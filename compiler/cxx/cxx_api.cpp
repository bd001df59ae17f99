#include "cxx_api.h"

#include <array>

namespace pyco::cxx {

namespace {

// In the order of Kind's enumerators.
constexpr std::array<const char*, 21> kKindNames = {
    "Void",   "Bool",         "Int",  "Float", "String",   "StringView", "CString", "Vector", "Span", "Map",
    "UnorderedMap", "Pair", "Tuple", "Optional", "Function", "Enum",       "Struct",  "Class",  "Awaitable",
    "PycoObject", "Unsupported"};
static_assert(kKindNames.size() == size_t(Kind::Unsupported) + 1);

}  // namespace

const char* kind_name(Kind kind) { return kKindNames[size_t(kind)]; }

bool kind_from_name(std::string_view name, Kind& kind) {
    for (size_t i = 0; i < kKindNames.size(); ++i) {
        if (name == kKindNames[i]) {
            kind = Kind(i);
            return true;
        }
    }
    return false;
}

const Record* find_record(const Api& api, std::string_view qualified) {
    for (const Record& r : api.records)
        if (r.qualified == qualified) return &r;
    return nullptr;
}

const Enum* find_enum(const Api& api, std::string_view qualified) {
    for (const Enum& e : api.enums)
        if (e.qualified == qualified) return &e;
    return nullptr;
}

}  // namespace pyco::cxx
