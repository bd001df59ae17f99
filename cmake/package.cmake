# The CMake package that `cmake --install` writes to PREFIX/<libdir>/cmake/pyco: find_package(pyco) gives a
# project pyco::pyco, pyco::runtime and the functions of pycoFunctions.cmake (docs/embedding.md,
# "Building with CMake").
include(CMakePackageConfigHelpers)
set(PYCO_PACKAGE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/pyco)

install(EXPORT pycoTargets NAMESPACE pyco:: DESTINATION ${PYCO_PACKAGE_DIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/pycoConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/pycoConfig.cmake
  INSTALL_DESTINATION ${PYCO_PACKAGE_DIR}
  PATH_VARS CMAKE_INSTALL_BINDIR)
# SameMajorVersion, not AnyNewerVersion: the embedding interface (pyco_add_*, the generated headers, the
# runtime's ABI) is young, and a project written against 0.x should fail at configure time on a 1.0 that may
# have changed it, rather than at its build or link. Within 0.x a newer pyco is accepted.
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/pycoConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES
  ${CMAKE_CURRENT_BINARY_DIR}/pycoConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/pycoConfigVersion.cmake
  ${CMAKE_CURRENT_LIST_DIR}/pycoFunctions.cmake
  DESTINATION ${PYCO_PACKAGE_DIR})
