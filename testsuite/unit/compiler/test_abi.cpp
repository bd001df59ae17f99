// The compiler–runtime contract (runtime/include/pyco/abi.h): every `pyco::` name that codegen writes into
// generated code is listed there, so the runtime's entry points are documented in one place.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>



namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The words of abi.h's leading comment: the documented names.
std::set<std::string> documented_names() {
    std::string text = read_file(std::filesystem::path(PYCO_SOURCE_DIR) / "runtime/include/pyco/abi.h");
    std::set<std::string> names;
    std::istringstream lines(text);
    static const std::regex word(R"([A-Za-z_][A-Za-z_0-9]*)");
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("//", 0) != 0) break;
        for (std::sregex_iterator it(line.begin(), line.end(), word), end; it != end; ++it) names.insert(it->str());
    }
    return names;
}

}  // namespace

TEST_CASE("every runtime name codegen emits is documented in abi.h") {
    std::set<std::string> documented = documented_names();
    REQUIRE(documented.count("run_main"));
    static const std::regex emitted(R"(pyco::([A-Za-z_][A-Za-z_0-9]*))");
    int files = 0;
    for (auto& entry : std::filesystem::directory_iterator(std::filesystem::path(PYCO_SOURCE_DIR) / "compiler/codegen")) {
        if (entry.path().extension() != ".cpp") continue;
        ++files;
        std::string text = read_file(entry.path());
        for (std::sregex_iterator it(text.begin(), text.end(), emitted), end; it != end; ++it) {
            std::string name = (*it)[1].str();
            if (name == "codegen") continue;  // the compiler's own namespace, not the runtime's
            INFO(entry.path().filename().string() << " emits pyco::" << name);
            CHECK(documented.count(name) == 1);
        }
    }
    CHECK(files > 0);
}
