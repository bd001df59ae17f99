#include "api_cache.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <llvm/ADT/StringExtras.h>
#include <llvm/Config/llvm-config.h>
#include <llvm/Support/JSON.h>
#include <llvm/Support/SHA1.h>

#include "api_json.h"

namespace pyco::cxx {

namespace fs = std::filesystem;
namespace json = llvm::json;

namespace {

// Raised whenever the reader's output or the entry's layout changes, so that older entries are not read.
constexpr int kEntryFormat = 1;

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string digest(std::string_view text) {
    return llvm::toHex(llvm::SHA1::hash(llvm::arrayRefFromStringRef(llvm::StringRef(text.data(), text.size()))),
                       /*LowerCase=*/true);
}

std::string absolute(const std::string& path) {
    std::error_code ec;
    return fs::weakly_canonical(fs::absolute(path, ec), ec).string();
}

// Everything besides the included files that the reading depends on. The header's canonical path is part of
// it: the same text in another folder includes other files.
std::string entry_key(const ReadRequest& request, std::string_view header_text) {
    std::string key = "pyco " PYCO_VERSION "|clang " LLVM_VERSION_STRING "|format " + std::to_string(kEntryFormat);
    key += "|header " + request.header + "|at " + absolute(request.header) + "|ns " + request.ns;
    for (const std::string& dir : request.include_dirs) key += "|-I" + absolute(dir);
    for (const std::string& define : request.defines) key += "|-D" + define;
    key += "|text ";
    key += header_text;
    return digest(key);
}

// Each included file with the digest of its content when it was read.
json::Array file_digests(const std::vector<std::string>& files) {
    json::Array out;
    for (const std::string& file : files) {
        std::optional<std::string> text = read_file(file);
        out.push_back(json::Array{file, text ? digest(*text) : std::string()});
    }
    return out;
}

bool files_unchanged(const json::Array& files) {
    for (const json::Value& entry : files) {
        const json::Array* pair = entry.getAsArray();
        if (!pair || pair->size() != 2) return false;
        auto path = (*pair)[0].getAsString();
        auto expected = (*pair)[1].getAsString();
        if (!path || !expected) return false;
        std::optional<std::string> text = read_file(path->str());
        if (!text || digest(*text) != *expected) return false;
    }
    return true;
}

std::optional<Api> load_entry(const fs::path& entry) {
    std::optional<std::string> text = read_file(entry);
    if (!text) return std::nullopt;
    llvm::Expected<json::Value> value = json::parse(*text);
    if (!value) {
        llvm::consumeError(value.takeError());
        return std::nullopt;
    }
    const json::Object* object = value->getAsObject();
    const json::Array* files = object ? object->getArray("files") : nullptr;
    const json::Value* api_value = object ? object->get("api") : nullptr;
    if (!files || !api_value || !files_unchanged(*files)) return std::nullopt;
    Api api;
    std::string error;
    if (!api_from_json_value(*api_value, api, error)) return std::nullopt;
    return api;
}

// Written under a private name and renamed: a build reading the cache at the same time never sees half an entry.
// A cache that cannot be written only costs the next build a reading.
void store_entry(const fs::path& entry, const Api& api) {
    std::error_code ec;
    fs::create_directories(entry.parent_path(), ec);
    json::Value value = json::Object{{"files", file_digests(api.files)}, {"api", api_to_json_value(api)}};
    std::string text;
    llvm::raw_string_ostream out(text);
    out << value;
    out.flush();
    fs::path tmp = entry;
    size_t thread = std::hash<std::thread::id>{}(std::this_thread::get_id());
    tmp += "." + std::to_string(getpid()) + "." + std::to_string(thread) + ".tmp";
    {
        std::ofstream file(tmp, std::ios::binary);
        file << text;
        if (!file) {
            fs::remove(tmp, ec);
            return;
        }
    }
    fs::rename(tmp, entry, ec);
    if (ec) fs::remove(tmp, ec);
}

}  // namespace

std::optional<Api> read_header_cached(const ReadRequest& request, const std::string& cache_dir, std::string& error,
                                      bool* from_cache) {
    if (from_cache) *from_cache = false;
    std::optional<std::string> header_text = read_file(request.header);
    if (!header_text) return read_header(request, error);  // it words the error
    fs::path entry = fs::path(cache_dir) / "headers" / (entry_key(request, *header_text) + ".json");
    if (std::optional<Api> api = load_entry(entry)) {
        if (from_cache) *from_cache = true;
        return api;
    }
    std::optional<Api> api = read_header(request, error);
    if (api) store_entry(entry, *api);
    return api;
}

}  // namespace pyco::cxx
