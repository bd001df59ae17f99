#include <catch2/catch.hpp>

#include "values_test_support.h"
#include "internal/values.h"
#include "objects/memory_formats.h"

using namespace values_test;

namespace {

Object B(const char* s) { return bytes_(s); }
Object view(const Object& o) { return bi("memoryview", {o}); }
Object slice(int64_t a, int64_t b, int64_t c) { return slice_(int_(a), int_(b), int_(c)); }

}  // namespace

TEST_CASE("the buffer protocol serves bytes, bytearray and contiguous views") {
    std::string_view v;  // it points into its object: each must outlive the checks of v
    Object b = B("abc"), ba = bytearray_("xy");
    CHECK(get_buffer(b, v));
    CHECK(v == "abc");
    CHECK(get_buffer(ba, v));
    CHECK(v == "xy");
    Object m = view(B("abcdef"));
    CHECK(get_buffer(getitem(m, slice(1, 4, 1)), v));
    CHECK(v == "bcd");
    CHECK(err([&] { get_buffer(getitem(m, slice(0, 6, 2)), v); }) ==
          "BufferError: memoryview: underlying buffer is not C-contiguous");
    CHECK_FALSE(get_buffer(getitem(m, slice(0, 6, 2)), v, false));
    CHECK(get_buffer(getitem(m, slice(0, 6, 7)), v));  // one item is contiguous whatever the step
    CHECK(v == "a");
    CHECK_FALSE(get_buffer(S("abc"), v));
    CHECK(err([] { buffer_arg(I(1)); }) == "TypeError: a bytes-like object is required, not 'int'");
    std::string copy;
    CHECK(buffer_copy(getitem(m, slice(5, -7, -2)), copy));
    CHECK(copy == "fdb");
}

TEST_CASE("views of a bytearray hold exports until released") {
    Object ba = bytearray_("abc");
    Object m = view(ba);
    Object sub = getitem(m, slice(0, 2, 1));
    CHECK(ba.as<ByteArrayObj>()->exports == 2);
    CHECK(err([&] { call_method(ba, "append", {I(1)}); }) ==
          "BufferError: Existing exports of data: object cannot be re-sized");
    call_method(m, "release");
    call_method(m, "release");
    CHECK(ba.as<ByteArrayObj>()->exports == 1);
    sub = Object();  // a view that dies gives its export back too
    CHECK(ba.as<ByteArrayObj>()->exports == 0);
    call_method(ba, "append", {I(100)});
    CHECK(r(ba) == "bytearray(b'abcd')");
}

TEST_CASE("memoryview item formats: native sizes, values and ranges") {
    namespace mf = pyco::memory_formats;
    CHECK(mf::item_size("B") == 1);
    CHECK(mf::item_size("@H") == 2);
    CHECK(mf::item_size("d") == 8);
    CHECK(mf::item_size("e") == 0);
    CHECK(mf::item_size("BB") == 0);
    CHECK(mf::item_size("<i") == 0);
    char buf[8] = {};
    mf::pack('h', I(-2), buf);
    CHECK(r(mf::unpack('h', buf)) == "-2");
    CHECK(r(mf::unpack('H', buf)) == "65534");
    mf::pack('Q', big("18446744073709551615"), buf);
    CHECK(r(mf::unpack('Q', buf)) == "18446744073709551615");
    CHECK(r(mf::unpack('q', buf)) == "-1");
    mf::pack('c', B("z"), buf);
    CHECK(r(mf::unpack('c', buf)) == "b'z'");
    mf::pack('f', F(0.5), buf);
    CHECK(r(mf::unpack('f', buf)) == "0.5");
    CHECK(err([&] { mf::pack('B', I(256), buf); }) == "ValueError: memoryview: invalid value for format 'B'");
    CHECK(err([&] { mf::pack('b', I(-129), buf); }) == "ValueError: memoryview: invalid value for format 'b'");
    CHECK(err([&] { mf::pack('Q', I(-1), buf); }) == "ValueError: memoryview: invalid value for format 'Q'");
    CHECK(err([&] { mf::pack('q', big("9223372036854775808"), buf); }) ==
          "ValueError: memoryview: invalid value for format 'q'");
    CHECK(err([&] { mf::pack('I', F(1.0), buf); }) == "TypeError: memoryview: invalid type for format 'I'");
    CHECK(err([&] { mf::pack('f', F(1e39), buf); }) == "ValueError: memoryview: invalid value for format 'f'");
    CHECK(err([&] { mf::pack('c', B("ab"), buf); }) == "ValueError: memoryview: invalid value for format 'c'");
}
