// Running a child process and collecting what it prints.
#pragma once

#include <string>
#include <vector>

namespace pyco::driver {

struct ProcessResult {
    int status = -1;     // exit status, or 128 + signal
    std::string output;  // stdout and stderr, interleaved
};

ProcessResult run_process(const std::vector<std::string>& argv);
// Runs a child that shares this process's standard streams; returns its exit status (128 + signal).
int run_attached(const std::vector<std::string>& argv);

}  // namespace pyco::driver
