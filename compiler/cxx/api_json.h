// An Api as JSON, the form the header cache stores (api_cache.h). Lists stay JSON arrays, in order: a
// llvm::json::Object sorts its keys, so nothing whose order matters is kept as an object's keys.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cxx_api.h"

namespace llvm::json {
class Value;
}

namespace pyco::cxx {

// For callers that build LLVM's JSON around it (the cache entry); they include <llvm/Support/JSON.h>.
llvm::json::Value api_to_json_value(const Api& api);
bool api_from_json_value(const llvm::json::Value& value, Api& api, std::string& error);

std::string api_to_json(const Api& api);
std::optional<Api> api_from_json(std::string_view text, std::string& error);

}  // namespace pyco::cxx
