# pyco_add_library and pyco_add_executable: Python compiled by pyco while the including project builds
# (docs/embedding.md, "Building with CMake"). pycoConfig.cmake includes this after pyco::pyco exists.
include_guard(GLOBAL)

# The arguments both commands take for CPP_MODULES, CPP_TARGETS and MODULE_PATH, into `out_args`; the headers
# named by path into `out_depends`, so that the first build (before any depfile exists) already tracks them.
function(_pyco_shared_args out_args out_depends)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "CPP_MODULES;CPP_TARGETS;MODULE_PATH")
  set(args)
  set(depends)
  foreach(dir IN LISTS arg_MODULE_PATH)
    get_filename_component(dir "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND args --module-path "${dir}")
  endforeach()
  foreach(spec IN LISTS arg_CPP_MODULES)
    # The namespace may itself hold "::", so the header ends at the first ':'.
    if(NOT spec MATCHES "^([^=]+)=([^:]+)(:.+)?$")
      message(FATAL_ERROR "pyco: CPP_MODULES entry '${spec}' is not name=header[:namespace]")
    endif()
    set(module "${CMAKE_MATCH_1}")
    set(header "${CMAKE_MATCH_2}")
    set(namespace "${CMAKE_MATCH_3}")
    # A header beside the CMakeLists.txt is meant as such, wherever the build runs; one not found there is left
    # as written, for the -I folders of CPP_TARGETS to resolve.
    if(NOT IS_ABSOLUTE "${header}" AND EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/${header}")
      set(header "${CMAKE_CURRENT_SOURCE_DIR}/${header}")
    endif()
    if(IS_ABSOLUTE "${header}")
      list(APPEND depends "${header}")
    endif()
    list(APPEND args --cpp-module "${module}=${header}${namespace}")
  endforeach()
  # Evaluated at generate time, so a target defined after this call counts, with its transitive usage
  # requirements. $<SEMICOLON> keeps each generator expression one list item here; COMMAND_EXPAND_LISTS splits
  # the result into separate arguments, and an empty one disappears.
  foreach(target IN LISTS arg_CPP_TARGETS)
    set(includes "$<TARGET_PROPERTY:${target},INTERFACE_INCLUDE_DIRECTORIES>")
    set(defines "$<TARGET_PROPERTY:${target},INTERFACE_COMPILE_DEFINITIONS>")
    list(APPEND args
      "$<$<NOT:$<STREQUAL:${includes},>>:-I$<SEMICOLON>$<JOIN:${includes},$<SEMICOLON>-I$<SEMICOLON>>>"
      "$<$<NOT:$<STREQUAL:${defines},>>:-D$<SEMICOLON>$<JOIN:${defines},$<SEMICOLON>-D$<SEMICOLON>>>")
  endforeach()
  set(${out_args} "${args}" PARENT_SCOPE)
  set(${out_depends} "${depends}" PARENT_SCOPE)
endfunction()

# add_custom_command running `pyco ARGS...` with the project's C++ compiler, so that the objects pyco compiles
# link with the project's own (and share their ABI).
function(_pyco_custom_command)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "DEPFILE;COMMENT" "OUTPUT;BYPRODUCTS;ARGS;DEPENDS")
  set(env)
  if(CMAKE_CXX_COMPILER)
    set(env "CXX=${CMAKE_CXX_COMPILER}")
  endif()
  set(depfile)
  if(arg_DEPFILE)
    set(depfile DEPFILE "${arg_DEPFILE}")
  endif()
  # CMP0116 NEW: the Ninja generator rewrites pyco's depfile (absolute paths, its own target name) into the
  # form Ninja reads, whatever cmake_minimum_required the including project declares. Recorded per command.
  cmake_policy(PUSH)
  if(POLICY CMP0116)
    cmake_policy(SET CMP0116 NEW)
  endif()
  add_custom_command(
    OUTPUT ${arg_OUTPUT}
    BYPRODUCTS ${arg_BYPRODUCTS}
    COMMAND ${CMAKE_COMMAND} -E env ${env} $<TARGET_FILE:pyco::pyco> ${arg_ARGS}
    # pyco::pyco: a new pyco (an upgrade, another install) rebuilds everything it made.
    DEPENDS pyco::pyco ${arg_DEPENDS}
    ${depfile}
    COMMENT "${arg_COMMENT}"
    COMMAND_EXPAND_LISTS
    VERBATIM)
  cmake_policy(POP)
endfunction()

# pyco_add_library(NAME SOURCES a.py ... [CPP_MODULES name=header[:ns] ...] [CPP_TARGETS t ...]
#                  [MODULE_PATH dir ...])
# NAME: a library target whose users get libNAME.a (the modules of SOURCES and all they import), the headers
# pyco writes for them (<stem>.hpp), pyco::runtime and the CPP_TARGETS.
function(pyco_add_library name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;CPP_MODULES;CPP_TARGETS;MODULE_PATH")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "pyco_add_library(${name}): unexpected arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_SOURCES)
    message(FATAL_ERROR "pyco_add_library(${name}): SOURCES names no .py file")
  endif()
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/pyco/${name}")
  set(archive "${dir}/lib${name}.a")
  set(depfile "${dir}/${name}.d")
  set(sources)
  set(headers)
  foreach(source IN LISTS arg_SOURCES)
    get_filename_component(source "${source}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    get_filename_component(stem "${source}" NAME_WLE)
    list(APPEND sources "${source}")
    list(APPEND headers "${dir}/include/${stem}.hpp")
  endforeach()
  _pyco_shared_args(args depends
    CPP_MODULES ${arg_CPP_MODULES} CPP_TARGETS ${arg_CPP_TARGETS} MODULE_PATH ${arg_MODULE_PATH})
  # A C++ module's .pyi stub goes to the build folder: a build never writes into the source tree.
  list(APPEND args --stub-dir "${dir}")
  file(MAKE_DIRECTORY "${dir}/include")
  # The headers are byproducts, not outputs: pyco may leave an unchanged header untouched, so that the C++
  # including it does not recompile, and an untouched output would look stale to make forever. The archive is
  # written on every run.
  _pyco_custom_command(
    OUTPUT "${archive}"
    BYPRODUCTS ${headers}
    ARGS library ${sources} -o "${archive}" --header-dir "${dir}/include" --depfile "${depfile}" ${args}
    DEPENDS ${sources} ${depends}
    DEPFILE "${depfile}"
    COMMENT "pyco: compiling lib${name}.a")
  add_custom_target(${name}_pyco DEPENDS "${archive}")
  # An INTERFACE library: an IMPORTED one cannot carry the dependency on ${name}_pyco that makes its users
  # wait for the archive and the headers before they compile. The archive comes before pyco::runtime and the
  # C++ it calls, as a static link needs.
  add_library(${name} INTERFACE)
  target_include_directories(${name} INTERFACE "${dir}/include")
  target_link_libraries(${name} INTERFACE "${archive}" pyco::runtime ${arg_CPP_TARGETS})
  add_dependencies(${name} ${name}_pyco)
endfunction()

# pyco_add_executable(NAME main.py [CPP_MODULES ...] [CPP_TARGETS ...] [MODULE_PATH ...])
# ${CMAKE_CURRENT_BINARY_DIR}/NAME built by `pyco build`, and a target NAME (in ALL) that builds it.
function(pyco_add_executable name main)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "CPP_MODULES;CPP_TARGETS;MODULE_PATH")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "pyco_add_executable(${name}): unexpected arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  get_filename_component(main "${main}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/pyco")
  file(MAKE_DIRECTORY "${dir}")
  # The program is ${CMAKE_CURRENT_BINARY_DIR}/NAME, as add_executable's would be, but in the top build folder
  # Ninja names that file "NAME", the name of the target too ("multiple rules generate NAME"). So the build
  # names it through pyco/binary-dir, a link back to the folder: same file, a path no target can take.
  if(NOT EXISTS "${dir}/binary-dir")
    file(CREATE_LINK .. "${dir}/binary-dir" SYMBOLIC)
  endif()
  set(executable "${dir}/binary-dir/${name}")
  _pyco_shared_args(args depends
    CPP_MODULES ${arg_CPP_MODULES} CPP_TARGETS ${arg_CPP_TARGETS} MODULE_PATH ${arg_MODULE_PATH})
  # A C++ module's .pyi stub goes to the build folder: a build never writes into the source tree.
  list(APPEND args --stub-dir "${dir}")
  # pyco links the program itself, so each CPP_TARGETS library's file is handed over; header-only (INTERFACE)
  # targets have none and only give their -I/-D.
  foreach(target IN LISTS arg_CPP_TARGETS)
    list(APPEND args
      "$<$<NOT:$<STREQUAL:$<TARGET_PROPERTY:${target},TYPE>,INTERFACE_LIBRARY>>:--link$<SEMICOLON>$<TARGET_FILE:${target}>>")
  endforeach()
  set(depfile "${dir}/${name}.d")
  list(APPEND args --depfile "${depfile}")
  # The library targets among CPP_TARGETS are file dependencies too: the program relinks when one is rebuilt.
  _pyco_custom_command(
    OUTPUT "${executable}"
    ARGS build "${main}" -o "${executable}" ${args}
    DEPENDS "${main}" ${depends} ${arg_CPP_TARGETS}
    DEPFILE "${depfile}"
    COMMENT "pyco: building ${name}")
  add_custom_target(${name} ALL DEPENDS "${executable}")
endfunction()
