#include "object_cache.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <mutex>
#include <thread>

namespace pyco::driver {

namespace fs = std::filesystem;

namespace {

// Two independent 64-bit hashes of the key: a content address that does not collide in practice.
std::string content_key(const std::string& text) {
    uint64_t fnv = 1469598103934665603ull;
    for (unsigned char c : text) fnv = (fnv ^ c) * 1099511628211ull;
    return fmt::format("{:016x}{:016x}", fnv, std::hash<std::string>{}(text));
}

bool write_file(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    return bool(out);
}

struct Job {
    const Unit* unit;
    fs::path object;  // in the cache
    fs::path cpp;     // in scratch
};

// Holds OBJECT.lock while one process compiles OBJECT: parallel builds that miss the same object (a library
// module every program imports, at the start of a test run) wait for the first one's instead of compiling it
// again. The lock goes with the process, whatever way it ends; without one (a read-only cache) each compiles.
struct CompileLock {
    int fd;
    explicit CompileLock(const fs::path& object) {
        fs::path path = object;
        path += ".lock";
        fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd >= 0) ::flock(fd, LOCK_EX);
    }
    ~CompileLock() {
        if (fd >= 0) ::close(fd);
    }
    CompileLock(const CompileLock&) = delete;
    CompileLock& operator=(const CompileLock&) = delete;
};

// Compiles into a private name and renames, so that parallel builds sharing the cache never see half an object.
bool compile_into_cache(const Toolchain& tc, const Job& job, std::string& output) {
    CompileLock lock(job.object);
    std::error_code exists_ec;
    if (fs::exists(job.object, exists_ec)) return true;  // compiled by another build while this one waited
    if (!write_file(job.cpp, job.unit->cpp)) {
        output = fmt::format("cannot write {}", job.cpp.string());
        return false;
    }
    fs::path tmp = job.object;
    tmp += fmt::format(".{}.{}.tmp", getpid(), std::hash<std::thread::id>{}(std::this_thread::get_id()));
    if (!compile_object(tc, job.cpp.string(), tmp.string(), output, job.unit->flags)) {
        std::error_code ec;
        fs::remove(tmp, ec);
        return false;
    }
    std::error_code ec;
    fs::rename(tmp, job.object, ec);
    if (ec) output = fmt::format("cannot write {}: {}", job.object.string(), ec.message());
    return !ec;
}

}  // namespace

bool compile_units(const Toolchain& tc, const std::vector<Unit>& units, const std::string& scratch,
                   const std::string& version, CompiledUnits& out) {
    fs::path dir = fs::path(cache_root()) / "objects";
    std::error_code ec;
    fs::create_directories(dir, ec);
    std::string toolchain = toolchain_key(tc) + "|pyco " + version + "|";
    std::vector<Job> jobs;
    for (size_t i = 0; i < units.size(); ++i) {
        std::string flags;
        for (auto& f : units[i].flags) flags += f + "|";
        fs::path object = dir / (content_key(toolchain + flags + units[i].cpp) + ".o");
        out.objects.push_back(object.string());
        if (!fs::exists(object, ec))
            jobs.push_back({&units[i], object, fs::path(scratch) / fmt::format("{}.cpp", i)});
    }
    out.compiled = int(jobs.size());
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    std::mutex mu;
    auto worker = [&] {
        for (size_t i = next++; i < jobs.size() && !failed; i = next++) {
            std::string output;
            if (compile_into_cache(tc, jobs[i], output)) continue;
            std::lock_guard<std::mutex> lock(mu);
            if (failed.exchange(true)) return;
            out.failed_unit = jobs[i].unit->name;
            out.failed_cpp = jobs[i].cpp.string();
            out.output = output;
        }
    };
    size_t n = std::min<size_t>(jobs.size(), std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> threads;
    for (size_t i = 1; i < n; ++i) threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();
    return !failed;
}

}  // namespace pyco::driver
