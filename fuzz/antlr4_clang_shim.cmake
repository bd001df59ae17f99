# clang++ 14 rejects one header of the Debian ANTLR 4.9 C++ runtime, misc/InterpreterDataReader.h:
# `InterpreterData() {}` default-initialises a dfa::Vocabulary whose defaulted constructor clang deletes (its
# `const std::vector<std::string>` members have no initialiser, and libstdc++'s vector() is defaulted, so clang
# does not count it as const-default-constructible; g++ accepts it). pyco never uses InterpreterDataReader, and
# only the umbrella header antlr4-runtime.h includes it. So this writes a copy of the umbrella header without that
# one line into the build folder and puts that folder first on the include path: the generated lexer and parser
# include "antlr4-runtime.h" from there, and every other runtime header still comes from
# ${ANTLR4_INCLUDE_DIR}. See docs/toolchain.md.
set(PYCO_ANTLR4_SHIM_DIR ${CMAKE_BINARY_DIR}/antlr4-clang-shim)
set(_umbrella ${ANTLR4_INCLUDE_DIR}/antlr4-runtime.h)
file(READ ${_umbrella} _text)
set(_line "#include \"misc/InterpreterDataReader.h\"")
string(FIND "${_text}" "${_line}" _at)
if(_at EQUAL -1)
  message(FATAL_ERROR "${_umbrella} no longer includes misc/InterpreterDataReader.h: re-check the clang shim")
endif()
string(REPLACE "${_line}" "// ${_line}  (left out by pyco's clang shim, see docs/toolchain.md)" _text "${_text}")
file(WRITE ${PYCO_ANTLR4_SHIM_DIR}/antlr4-runtime.h "${_text}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_umbrella})
# Directory-level include directories come before every target's own, so the shim wins over ANTLR4_INCLUDE_DIR.
include_directories(BEFORE ${PYCO_ANTLR4_SHIM_DIR})
# The runtime's headers also trip clang warnings that g++ does not give; they are not pyco's to fix.
add_compile_options(-Wno-defaulted-function-deleted -Wno-unknown-warning-option)
