# Conformance programs and rejected inputs, one ctest test each (see testsuite/README.md).
# Given by the includer: PYCO_EXE (path or generator expression of the compiler), Python3_EXECUTABLE.
# A program is a file, NAME.py, or a folder, NAME/main.py beside the modules it imports; either way its test is
# named after NAME (tools/layout.py holds the same rule for the scripts). Only main.py is globbed inside a folder:
# its modules are never programs. A file whose name begins with "_" (TOPIC/_checks.py) is a module the topic's
# programs share, never a program.

set(PYCO_TESTSUITE_DIR ${CMAKE_CURRENT_LIST_DIR})
set(PYCO_TESTSUITE_TOOLS ${PYCO_TESTSUITE_DIR}/tools)

# The programs under `root`, at `pattern` (`*/*` for conformance/TOPIC/NAME.py, `*` for rejected/NAME.py).
function(pyco_find_programs out root pattern)
  file(GLOB singles CONFIGURE_DEPENDS ${root}/${pattern}.py)
  list(FILTER singles EXCLUDE REGEX "/_[^/]*\\.py$")
  foreach(program IN LISTS singles)
    get_filename_component(file ${program} NAME)
    if(file STREQUAL "main.py")
      message(FATAL_ERROR "${program}: a single-file program cannot be named main.py "
                          "(that name marks a folder program, NAME/main.py)")
    endif()
  endforeach()
  file(GLOB folders CONFIGURE_DEPENDS ${root}/${pattern}/main.py)
  set(${out} ${singles} ${folders} PARENT_SCOPE)
endfunction()

# NAME/...: the program's path below `root` without `.py` or `/main.py` (conformance: TOPIC/NAME).
function(pyco_test_name out root program)
  file(RELATIVE_PATH relative ${root} ${program})
  string(REGEX REPLACE "(/main)?\\.py$" "" name ${relative})
  set(${out} ${name} PARENT_SCOPE)
endfunction()

pyco_find_programs(pyco_conformance_programs ${PYCO_TESTSUITE_DIR}/conformance "*/*")
foreach(program IN LISTS pyco_conformance_programs)
  pyco_test_name(name ${PYCO_TESTSUITE_DIR}/conformance ${program})
  string(REGEX REPLACE "/.*$" "" topic ${name})
  add_test(NAME conformance/${name}
           COMMAND ${Python3_EXECUTABLE} ${PYCO_TESTSUITE_TOOLS}/run_conformance.py
                   --pyco ${PYCO_EXE}
                   --program ${program}
                   --workdir ${CMAKE_CURRENT_BINARY_DIR}/conformance/${topic}
                   --known-failures ${PYCO_TESTSUITE_DIR}/KNOWN_FAILURES)
  # Build (300 s) plus run (60 s), with room to spare.
  set_tests_properties(conformance/${name} PROPERTIES TIMEOUT 420 LABELS conformance)
endforeach()

pyco_find_programs(pyco_rejected_inputs ${PYCO_TESTSUITE_DIR}/rejected "*")
foreach(program IN LISTS pyco_rejected_inputs)
  pyco_test_name(name ${PYCO_TESTSUITE_DIR}/rejected ${program})
  add_test(NAME rejected/${name}
           COMMAND ${Python3_EXECUTABLE} ${PYCO_TESTSUITE_TOOLS}/run_rejected.py
                   --pyco ${PYCO_EXE}
                   --program ${program}
                   --workdir ${CMAKE_CURRENT_BINARY_DIR}/rejected/${name})
  set_tests_properties(rejected/${name} PROPERTIES TIMEOUT 120 LABELS rejected)
endforeach()
