// A small inventory and geometry library, written as plain C++20 with no binding code: app.py imports it as the
// module `host_api` (pyco build app.py --cpp-module host_api=include/host_api.hpp), and pyco reads what Python
// sees from these declarations (docs/embedding.md, "Python calls C++").
#pragma once

#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace host {

// An enum.IntEnum in Python: <Category.PART: 1>.
enum class Category { TOOL, PART, FOOD };

// Structs whose fields are all public: dataclasses in Python, copied across.
struct Point {
    double x;
    double y;
};

struct Item {
    std::string name;
    Category category;
    int32_t quantity;
    double price;
};

// What an asynchronous function returns: a lazy C++20 coroutine, awaited once (co_await in C++, await in
// Python). Awaiting it starts the body; its end resumes the awaiting coroutine. The body itself decides on which
// thread it continues (quote_async hands its slow part to a thread and comes back to the pyco loop's).
template <class T>
class Async {
public:
    struct promise_type {
        std::optional<T> value;
        std::exception_ptr error;
        std::coroutine_handle<> awaiting;

        Async get_return_object() { return Async(std::coroutine_handle<promise_type>::from_promise(*this)); }
        std::suspend_always initial_suspend() noexcept { return {}; }
        auto final_suspend() noexcept {
            struct ResumeAwaiting {
                bool await_ready() noexcept { return false; }
                std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept {
                    return h.promise().awaiting;
                }
                void await_resume() noexcept {}
            };
            return ResumeAwaiting{};
        }
        void return_value(T v) { value.emplace(std::move(v)); }
        void unhandled_exception() { error = std::current_exception(); }
    };

    Async(Async&& other) noexcept : h_(std::exchange(other.h_, {})) {}
    Async& operator=(Async&&) = delete;
    ~Async() {
        if (h_) h_.destroy();
    }

    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept {
        h_.promise().awaiting = awaiting;
        return h_;
    }
    T await_resume() {
        if (h_.promise().error) std::rethrow_exception(h_.promise().error);
        return std::move(*h_.promise().value);
    }

private:
    explicit Async(std::coroutine_handle<promise_type> h) : h_(h) {}
    std::coroutine_handle<promise_type> h_;
};

// ---- geometry: numbers, structs, containers

double distance(const Point& a, const Point& b);
// Scales p around origin (around (0, 0) when there is none).
Point scale(const Point& p, double factor = 2.0, std::optional<Point> origin = std::nullopt);
// std::domain_error for no points.
Point centroid(std::span<const Point> points);
// The lower-left and upper-right corners; std::invalid_argument for no points.
std::pair<Point, Point> bounding_box(const std::vector<Point>& points);
// A width x height grid of points; std::bad_alloc beyond a million points.
std::vector<Point> grid(uint32_t width, uint32_t height);

// ---- the inventory

// std::invalid_argument for a name that is not a category's.
Category parse_category(std::string_view name);
// price less percent%; std::range_error for a percent outside 0..100.
double discount(double price, double percent);

// An opaque handle: Python sees the class, its constructor and its public methods, never the fields.
class Inventory {
public:
    explicit Inventory(std::string owner, int32_t capacity = 1000);

    const std::string& owner() const { return owner_; }
    // Adds to an item's stock, the item made if it is new; std::overflow_error beyond the capacity.
    int32_t add(const std::string& name, Category category, int32_t quantity, double price = 0.0);
    // std::out_of_range for an unknown name; std::underflow_error for more than there is.
    int32_t remove(std::string_view name, int32_t quantity = 1);
    // std::out_of_range past the end.
    Item at(std::size_t index) const;
    std::optional<Item> find(std::string_view name) const;
    std::map<std::string, int32_t> stock() const;  // sorted by name
    std::vector<std::string> select(const std::function<bool(const Item&)>& keep) const;
    void reprice(const std::unordered_map<std::string, double>& prices);
    std::tuple<std::string, int32_t, double> summary() const;  // owner, quantity, value
    // std::runtime_error once locked: any other std::exception is a RuntimeError in Python.
    void lock() { locked_ = true; }

    static bool valid_name(const char* name);

private:
    std::string owner_;
    int32_t capacity_;
    bool locked_ = false;
    std::vector<Item> items_;
};

// The price of `quantity` of `item` from a supplier: the lookup runs on a thread of its own, then the coroutine
// continues on the pyco loop's thread. std::out_of_range for an item the supplier does not sell.
Async<double> quote_async(std::string item, int32_t quantity);

}  // namespace host
