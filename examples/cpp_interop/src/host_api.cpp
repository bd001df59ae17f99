// The library behind include/host_api.hpp. Only quote_async knows about pyco: it comes back to the pyco loop's
// thread through pyco::Loop::call_soon_threadsafe (<pyco/embed.h>).
#include "host_api.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <new>
#include <stdexcept>
#include <thread>

#include <pyco/embed.h>

namespace host {

double distance(const Point& a, const Point& b) { return std::hypot(b.x - a.x, b.y - a.y); }

Point scale(const Point& p, double factor, std::optional<Point> origin) {
    Point o = origin.value_or(Point{0.0, 0.0});
    return {o.x + (p.x - o.x) * factor, o.y + (p.y - o.y) * factor};
}

Point centroid(std::span<const Point> points) {
    if (points.empty()) throw std::domain_error("centroid of no points");
    Point sum{0.0, 0.0};
    for (const Point& p : points) sum = {sum.x + p.x, sum.y + p.y};
    return {sum.x / double(points.size()), sum.y / double(points.size())};
}

std::pair<Point, Point> bounding_box(const std::vector<Point>& points) {
    if (points.empty()) throw std::invalid_argument("bounding box of no points");
    Point lo = points[0], hi = points[0];
    for (const Point& p : points) {
        lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
        hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
    }
    return {lo, hi};
}

std::vector<Point> grid(uint32_t width, uint32_t height) {
    if (uint64_t(width) * height > 1'000'000) throw std::bad_alloc();
    std::vector<Point> points;
    for (uint32_t y = 0; y < height; y++)
        for (uint32_t x = 0; x < width; x++) points.push_back({double(x), double(y)});
    return points;
}

Category parse_category(std::string_view name) {
    if (name == "tool") return Category::TOOL;
    if (name == "part") return Category::PART;
    if (name == "food") return Category::FOOD;
    throw std::invalid_argument("unknown category '" + std::string(name) + "'");
}

double discount(double price, double percent) {
    if (percent < 0 || percent > 100)
        throw std::range_error("discount of " + std::to_string(int(percent)) + "% is outside 0..100");
    return price * (100 - percent) / 100;
}

Inventory::Inventory(std::string owner, int32_t capacity) : owner_(std::move(owner)), capacity_(capacity) {}

int32_t Inventory::add(const std::string& name, Category category, int32_t quantity, double price) {
    if (locked_) throw std::runtime_error("inventory '" + owner_ + "' is locked");
    int64_t total = quantity;
    for (const Item& item : items_) total += item.quantity;
    if (total > capacity_)
        throw std::overflow_error("'" + owner_ + "' holds at most " + std::to_string(capacity_) + " items");
    for (Item& item : items_)
        if (item.name == name) return item.quantity += quantity;
    items_.push_back({name, category, quantity, price});
    return quantity;
}

int32_t Inventory::remove(std::string_view name, int32_t quantity) {
    for (Item& item : items_) {
        if (item.name != name) continue;
        if (quantity > item.quantity)
            throw std::underflow_error("only " + std::to_string(item.quantity) + " of '" + item.name + "' left");
        return item.quantity -= quantity;
    }
    throw std::out_of_range("no item '" + std::string(name) + "'");
}

Item Inventory::at(std::size_t index) const {
    if (index >= items_.size())
        throw std::out_of_range("index " + std::to_string(index) + " is past the " + std::to_string(items_.size()) +
                                " items");
    return items_[index];
}

std::optional<Item> Inventory::find(std::string_view name) const {
    for (const Item& item : items_)
        if (item.name == name) return item;
    return std::nullopt;
}

std::map<std::string, int32_t> Inventory::stock() const {
    std::map<std::string, int32_t> out;
    for (const Item& item : items_) out[item.name] = item.quantity;
    return out;
}

std::vector<std::string> Inventory::select(const std::function<bool(const Item&)>& keep) const {
    std::vector<std::string> names;
    for (const Item& item : items_)
        if (keep(item)) names.push_back(item.name);
    return names;
}

void Inventory::reprice(const std::unordered_map<std::string, double>& prices) {
    for (Item& item : items_)
        if (auto it = prices.find(item.name); it != prices.end()) item.price = it->second;
}

std::tuple<std::string, int32_t, double> Inventory::summary() const {
    int32_t quantity = 0;
    double value = 0;
    for (const Item& item : items_) {
        quantity += item.quantity;
        value += item.quantity * item.price;
    }
    return {owner_, quantity, value};
}

bool Inventory::valid_name(const char* name) {
    std::string_view s(name);
    return !s.empty() && s.size() <= 32 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

namespace {

// co_await OnThread{work}: runs `work` on a thread of its own (it must not touch Python objects), then resumes
// the awaiting coroutine on the pyco loop's thread, where an exception `work` threw is thrown again.
struct OnThread {
    explicit OnThread(std::function<void()> w) : work(std::move(w)) {}
    std::function<void()> work;
    std::exception_ptr error;

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) {
        pyco::Loop& loop = pyco::Loop::get();  // still on the loop's thread
        std::thread([this, h, &loop] {
            try {
                work();
            } catch (...) {
                error = std::current_exception();
            }
            loop.call_soon_threadsafe([h] { h.resume(); });
        }).detach();
    }
    void await_resume() const {
        if (error) std::rethrow_exception(error);
    }
};

}  // namespace

Async<double> quote_async(std::string item, int32_t quantity) {
    double unit = 0;
    co_await OnThread([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));  // the supplier takes its time
        static const std::map<std::string, double, std::less<>> catalogue{
            {"bolt", 0.25}, {"hammer", 12.5}, {"nut", 0.1}};
        auto it = catalogue.find(item);
        if (it == catalogue.end()) throw std::out_of_range("no supplier sells '" + item + "'");
        unit = it->second;
    });
    co_return unit * quantity;
}

}  // namespace host
