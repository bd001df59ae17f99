# CI's share of the fuzzing: the normal (g++) build compiles a replay driver around the fuzz target's entry point
# and ctest runs it over the committed corpus fuzz/corpus-regressions/ (test fuzz/replay, label fuzz).
# Included from testsuite/CMakeLists.txt; needs the pyco_compiler target. No clang or libFuzzer involved.
set(PYCO_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})
add_executable(pyco_fuzz_replay ${PYCO_FUZZ_DIR}/replay_main.cpp ${PYCO_FUZZ_DIR}/fuzz_entry.cpp)
target_link_libraries(pyco_fuzz_replay PRIVATE pyco_compiler)
add_test(NAME fuzz/replay COMMAND pyco_fuzz_replay ${PYCO_FUZZ_DIR}/corpus-regressions)
set_tests_properties(fuzz/replay PROPERTIES TIMEOUT 300 LABELS fuzz)
