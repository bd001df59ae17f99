# Conformance programs and rejected inputs, one ctest test each (see testsuite/README.md).
# Given by the includer: PYCO_EXE (path or generator expression of the compiler), Python3_EXECUTABLE.

set(PYCO_TESTSUITE_DIR ${CMAKE_CURRENT_LIST_DIR})
set(PYCO_TESTSUITE_TOOLS ${PYCO_TESTSUITE_DIR}/tools)

file(GLOB pyco_conformance_programs CONFIGURE_DEPENDS
     ${PYCO_TESTSUITE_DIR}/conformance/*/*.py)
foreach(program IN LISTS pyco_conformance_programs)
  get_filename_component(name ${program} NAME_WE)
  get_filename_component(topic_dir ${program} DIRECTORY)
  get_filename_component(topic ${topic_dir} NAME)
  add_test(NAME conformance/${topic}/${name}
           COMMAND ${Python3_EXECUTABLE} ${PYCO_TESTSUITE_TOOLS}/run_conformance.py
                   --pyco ${PYCO_EXE}
                   --program ${program}
                   --workdir ${CMAKE_CURRENT_BINARY_DIR}/conformance/${topic}
                   --known-failures ${PYCO_TESTSUITE_DIR}/KNOWN_FAILURES)
  # Build (300 s) plus run (60 s), with room to spare.
  set_tests_properties(conformance/${topic}/${name} PROPERTIES TIMEOUT 420 LABELS conformance)
endforeach()

file(GLOB pyco_rejected_inputs CONFIGURE_DEPENDS ${PYCO_TESTSUITE_DIR}/rejected/*.py)
foreach(program IN LISTS pyco_rejected_inputs)
  get_filename_component(name ${program} NAME_WE)
  add_test(NAME rejected/${name}
           COMMAND ${Python3_EXECUTABLE} ${PYCO_TESTSUITE_TOOLS}/run_rejected.py
                   --pyco ${PYCO_EXE}
                   --program ${program}
                   --workdir ${CMAKE_CURRENT_BINARY_DIR}/rejected/${name})
  set_tests_properties(rejected/${name} PROPERTIES TIMEOUT 120 LABELS rejected)
endforeach()
