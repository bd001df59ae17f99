# PYCO_SANITIZE=ON builds the compiler, the runtime library and the unit tests under AddressSanitizer,
# LeakSanitizer and UndefinedBehaviorSanitizer (g++ 12), and makes that tree's `pyco build` compile programs
# with the same flags (see docs/toolchain.md, "Sanitizers"). Use its own build folder: a sanitized runtime
# cannot be linked into a program built without -fsanitize.
option(PYCO_SANITIZE "Build compiler, runtime and tests with ASan+UBSan; pyco then builds sanitized programs" OFF)

# The flags programs get from a sanitized pyco too (compiler/driver/toolchain.cpp reads them from
# build_paths.h), so a program and the runtime it links are instrumented alike.
#  -foptimize-sibling-calls: symmetric transfer between coroutines (an await_suspend returning a handle) is a
#     tail call only with sibling-call optimisation, which -Og/-O1 leave off; without it a loop of synchronously
#     completing awaits grows the stack until it overflows.
#  -fno-sanitize-address-use-after-scope: with it, ASan poisons the awaiter temporaries around the resume call
#     and g++ emits no tail call at any -O level.
#  -Og, not -O1 or -O2: at -O1/-O2 UBSan's null and alignment checks (together) also stop the tail call;
#     at -Og they do not. (Checked with g++ 12.2 on a loop of 3 million awaits: docs/toolchain.md.)
#  -fno-omit-frame-pointer -g: readable stacks in reports.
set(PYCO_SANITIZE_FLAGS
    -fsanitize=address,undefined -fno-omit-frame-pointer -g -Og -foptimize-sibling-calls
    -fno-sanitize-address-use-after-scope)
# Coroutine code (the runtime and compiled programs) also needs --param=asan-stack=0: a resume function whose
# temporaries get ASan redzones must unpoison them before returning, so it cannot end in the tail call, and
# `await` of a finishing coroutine in a loop overflows the stack (conformance/limits/sync_await_chain.py).
# Heap errors, use after free, leaks and UBSan are still caught there; stack-buffer overflows only in the
# compiler and the unit tests.
set(PYCO_SANITIZE_CORO_FLAGS --param=asan-stack=0)

# PYCO_TSAN=ON builds the same tree under ThreadSanitizer instead (docs/threads.md, "ThreadSanitizer"): the
# threads programs and the scheduler's unit tests run there. -O1 -g for readable reports at a bearable speed;
# sibling calls kept as above, where TSan's function-exit hooks allow them.
option(PYCO_TSAN "Build compiler, runtime and tests with ThreadSanitizer; pyco then builds TSan programs" OFF)
set(PYCO_TSAN_FLAGS -fsanitize=thread -fno-omit-frame-pointer -g -O1 -foptimize-sibling-calls)
if(PYCO_SANITIZE AND PYCO_TSAN)
  message(FATAL_ERROR "PYCO_SANITIZE and PYCO_TSAN need separate build trees")
endif()

if(PYCO_TSAN)
  add_compile_options(${PYCO_TSAN_FLAGS})
  set(PYCO_RUNTIME_LINK_FLAGS -fsanitize=thread)
  add_link_options(${PYCO_RUNTIME_LINK_FLAGS})
  list(JOIN PYCO_TSAN_FLAGS "\", \"" PYCO_SANITIZE_FLAGS_CXX)
  set(PYCO_SANITIZE_FLAGS_CXX "\"${PYCO_SANITIZE_FLAGS_CXX}\"")
  set(PYCO_RUNTIME_SANITIZED 1)
elseif(PYCO_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    message(WARNING "PYCO_SANITIZE: flags checked with g++ 12 only (symmetric-transfer tail calls)")
  endif()
  # After CMAKE_CXX_FLAGS_<CONFIG> on the command line, so -Og wins over the build type's -O2.
  add_compile_options(${PYCO_SANITIZE_FLAGS})
  set(PYCO_RUNTIME_LINK_FLAGS -fsanitize=address,undefined)
  add_link_options(${PYCO_RUNTIME_LINK_FLAGS})
  # Once the runtime target exists (end of the top-level CMakeLists.txt).
  function(pyco_sanitize_runtime)
    target_compile_options(pyco_runtime PRIVATE ${PYCO_SANITIZE_CORO_FLAGS})
  endfunction()
  cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL pyco_sanitize_runtime)
  # The driver keeps the same list, as one string per flag, for the programs it builds.
  list(JOIN PYCO_SANITIZE_FLAGS "\", \"" PYCO_SANITIZE_FLAGS_CXX)
  string(APPEND PYCO_SANITIZE_FLAGS_CXX "\", \"${PYCO_SANITIZE_CORO_FLAGS}")
  set(PYCO_SANITIZE_FLAGS_CXX "\"${PYCO_SANITIZE_FLAGS_CXX}\"")
  set(PYCO_RUNTIME_SANITIZED 1)
else()
  set(PYCO_SANITIZE_FLAGS_CXX "")
  set(PYCO_RUNTIME_SANITIZED 0)
  set(PYCO_RUNTIME_LINK_FLAGS "")
endif()
