// libFuzzer target: every input goes through lexer, parser, sema and codegen (see fuzz/README.md).
#include <cstddef>
#include <cstdint>

#include "fuzz_entry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    pyco::fuzz::translate_bytes(data, size);
    return 0;
}
