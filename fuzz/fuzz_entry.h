// The one entry point shared by the libFuzzer target (fuzz_compiler.cpp, clang) and the replay driver
// (replay_main.cpp, the normal g++ build): arbitrary bytes through the whole front end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace pyco::fuzz {

// Runs lexer, parser, sema and codegen on `data` as if it were the file `fuzz.py`, then renders the diagnostics.
// Returns normally for every input; a bug shows as a crash, a sanitizer report or an abort from a broken invariant.
// The result says what pyco would report: the first line of the diagnostics, or the size of the generated C++.
std::string translate_bytes(const std::uint8_t* data, std::size_t size);

}  // namespace pyco::fuzz
