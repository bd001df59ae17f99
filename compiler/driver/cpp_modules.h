// --cpp-module NAME=HEADER[:NAMESPACE] (docs/embedding.md, "Python calls C++"): reads each header with the
// libTooling reader (cached by content) and makes the module's binding, before the program is translated.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "cxx/cxx_api.h"
#include "program/module_finder.h"

namespace pyco::driver {

struct CppModuleOptions {
    std::vector<std::string> specs;         // NAME=HEADER[:NAMESPACE], as given
    std::vector<std::string> include_dirs;  // -I
    std::vector<std::string> defines;       // -D
};

struct LoadedCppModules {
    std::deque<cxx::Api> apis;                // stable addresses: modules point at them
    std::deque<program::CppModule> modules;
};

// Reads every header; false with `error` ("include/x.hpp:3:1: error: ...", "--cpp-module x: expected NAME=HEADER").
bool load_cpp_modules(const CppModuleOptions& options, LoadedCppModules& out, std::string& error);

}  // namespace pyco::driver
