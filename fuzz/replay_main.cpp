// Replays fuzz inputs through the same entry point as the fuzzer, without libFuzzer or clang:
//   pyco_fuzz_replay [--show] FILE_OR_DIR...
// Directories are read recursively, in sorted order. Each file's name is printed before it runs, so a crash
// names the input that caused it; --show adds what pyco would report (first diagnostic line or "translated").
// Exit status 0 when every input returned.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_entry.h"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> collect(const std::vector<std::string>& args) {
    std::vector<fs::path> files;
    for (const auto& arg : args) {
        if (fs::is_directory(arg)) {
            for (const auto& entry : fs::recursive_directory_iterator(arg))
                if (entry.is_regular_file()) files.push_back(entry.path());
        } else {
            files.emplace_back(arg);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool replay(const fs::path& file, bool show) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return false;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::printf("%s\n", file.c_str());
    std::fflush(stdout);
    std::string outcome = pyco::fuzz::translate_bytes(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    if (show) std::printf("  %s\n", outcome.c_str());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    bool show = !args.empty() && args.front() == "--show";
    if (show) args.erase(args.begin());
    if (args.empty()) {
        std::fprintf(stderr, "usage: %s [--show] FILE_OR_DIR...\n", argv[0]);
        return 2;
    }
    auto files = collect(args);
    if (files.empty()) {
        std::fprintf(stderr, "no input files\n");
        return 2;
    }
    for (const auto& f : files) {
        if (!replay(f, show)) {
            std::fprintf(stderr, "cannot read %s\n", f.c_str());
            return 2;
        }
    }
    std::printf("replayed %zu inputs, none crashed\n", files.size());
    return 0;
}
