#include "cpp_modules.h"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

#include "cxx/api_cache.h"
#include "cxx/binding_gen.h"
#include "toolchain.h"

namespace pyco::driver {

namespace fs = std::filesystem;

namespace {

// The content of every file the reading depended on, as one hash: a changed header changes the generated unit,
// so the object cache compiles it again.
std::string digest_of(const cxx::Api& api) {
    std::string all;
    for (auto& f : api.files) {
        std::ifstream in(f, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        all += f + '\0' + ss.str() + '\0';
    }
    return fmt::format("{:016x}", std::hash<std::string>{}(all));
}

bool valid_module_name(const std::string& name) {
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) return false;
    for (char c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
    return true;
}

}  // namespace

bool load_cpp_modules(const CppModuleOptions& options, LoadedCppModules& out, std::string& error) {
    std::vector<std::string> flags;
    for (auto& d : options.include_dirs) flags.push_back("-I" + fs::absolute(d).string());
    for (auto& d : options.defines) flags.push_back("-D" + d);
    for (auto& spec : options.specs) {
        size_t eq = spec.find('=');
        std::string name = spec.substr(0, eq);
        if (eq == std::string::npos || !valid_module_name(name)) {
            error = fmt::format("pyco: error: --cpp-module {}: expected NAME=HEADER[:NAMESPACE] with NAME a Python module name", spec);
            return false;
        }
        std::string header = spec.substr(eq + 1), ns;
        // A namespace suffix: the last ':' that is not part of a '::' and not a Windows-style drive (none here).
        if (size_t colon = header.rfind(':'); colon != std::string::npos && (colon == 0 || header[colon - 1] != ':') &&
                                              header.find("::", colon) == std::string::npos) {
            ns = header.substr(colon + 1);
            header = header.substr(0, colon);
        }
        cxx::ReadRequest request{header, ns, options.include_dirs, options.defines};
        std::string read_error;
        auto api = cxx::read_header_cached(request, cache_root(), read_error);
        if (!api) {
            error = read_error;
            return false;
        }
        out.apis.push_back(std::move(*api));
        const cxx::Api& a = out.apis.back();
        std::string abs = fs::weakly_canonical(fs::absolute(header)).string();
        program::CppModule m;
        m.name = name;
        m.header = abs;
        m.api = &a;
        m.binding = cxx::generate_binding(a, name, abs, digest_of(a));
        m.flags = flags;
        out.modules.push_back(std::move(m));
    }
    return true;
}

}  // namespace pyco::driver
