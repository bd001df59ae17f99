# CI's share of the fuzzing: the normal (g++) build compiles a replay driver around the fuzz target's entry point
# and ctest runs it over the committed inputs fuzz/regressions/ and fuzz/corpus/ (test fuzz/replay, label fuzz).
# Included from testsuite/CMakeLists.txt; needs the pyco_compiler target. No clang or libFuzzer involved.
set(PYCO_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})
add_executable(pyco_fuzz_replay ${PYCO_FUZZ_DIR}/replay_main.cpp ${PYCO_FUZZ_DIR}/fuzz_entry.cpp)
target_link_libraries(pyco_fuzz_replay PRIVATE pyco_compiler)
add_test(NAME fuzz/replay COMMAND pyco_fuzz_replay ${PYCO_FUZZ_DIR}/regressions ${PYCO_FUZZ_DIR}/corpus)
set_tests_properties(fuzz/replay PROPERTIES TIMEOUT 300 LABELS fuzz)

# What the fuzzer's 4 KB inputs cannot reach: every repeatable construct 20000 times (fuzz/long_inputs.py), each
# within 60 s and 4 GiB. Guards against recursion once per statement/clause/item and quadratic output.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME fuzz/long_inputs
         COMMAND ${Python3_EXECUTABLE} ${PYCO_FUZZ_DIR}/long_inputs.py --replay $<TARGET_FILE:pyco_fuzz_replay>
                 --count 20000 --no-cpython)
set_tests_properties(fuzz/long_inputs PROPERTIES TIMEOUT 600 LABELS fuzz)
