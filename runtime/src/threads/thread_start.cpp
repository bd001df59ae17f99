// Starting OS threads that run Python code (docs/threads.md, "A thread's life"): each takes the global lock
// before it touches an object and gives it up only after it released what it held.
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <memory>
#include <vector>

#include "internal/threads.h"
#include "pyco/exceptions.h"

namespace pyco::threads {

namespace {

std::vector<void (*)()>& exit_hooks() {
    static auto* hooks = new std::vector<void (*)()>;  // never destroyed: daemon threads may still end
    return *hooks;
}

const pthread_t main_thread = pthread_self();  // static initialisation runs on the main thread

void* thread_main(void* arg) {
    std::unique_ptr<std::function<void()>> body(static_cast<std::function<void()>*>(arg));
    take_gil();
    (*body)();  // reports its own exceptions: nothing may escape a thread
    body.reset();
    for (auto hook : exit_hooks()) hook();
    drop_gil();
    thread_finished();
    return nullptr;
}

}  // namespace

uint64_t start_thread(std::function<void()> body, size_t stack_size) {
    auto* arg = new std::function<void()>(std::move(body));
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (stack_size) pthread_attr_setstacksize(&attr, stack_size);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    thread_requested();
    pthread_t t;
    int err = pthread_create(&t, &attr, thread_main, arg);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        delete arg;
        thread_finished();
        raise(RuntimeErrorType, "can't start new thread");
    }
    return uint64_t(t);
}

uint64_t current_ident() noexcept { return uint64_t(pthread_self()); }
uint64_t native_id() noexcept { return uint64_t(syscall(SYS_gettid)); }
bool is_main_thread() noexcept { return pthread_equal(pthread_self(), main_thread); }

void at_thread_exit(void (*hook)()) {
    auto& hooks = exit_hooks();
    for (auto h : hooks)
        if (h == hook) return;
    hooks.push_back(hook);
}

}  // namespace pyco::threads
