# bench/quick: every benchmark program builds with pyco and prints what CPython prints, at small sizes, once.
# Never a timing assertion (bench/README.md). Included from testsuite/CMakeLists.txt, which defines PYCO_EXE.
add_test(NAME bench/quick
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/run.py --quick --runs 1 --no-uvloop
                 --pyco ${PYCO_EXE})
set_tests_properties(bench/quick PROPERTIES TIMEOUT 900)
