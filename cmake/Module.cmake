include(GoogleTest)

# marquee_module(<name> SOURCES ... DEPS ...) declares kiosk/<name> as the library
# marquee_<name> with the alias marquee::<name>. Headers are included as "<name>/file.hpp"
# from the kiosk/ directory, so every include names the module it reaches into.
function(marquee_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(marquee_${name} STATIC ${ARG_SOURCES})
  add_library(marquee::${name} ALIAS marquee_${name})
  target_include_directories(marquee_${name} PUBLIC ${CMAKE_SOURCE_DIR}/kiosk)
  target_link_libraries(marquee_${name} PUBLIC ${ARG_DEPS} PRIVATE marquee_project_options ${ARG_PRIVATE_DEPS})
endfunction()

# marquee_test(<name> SOURCES ... DEPS ... [LABELS ...]) adds one GoogleTest executable, registered with ctest.
function(marquee_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main marquee_project_options)
  target_compile_definitions(${name} PRIVATE MARQUEE_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
                                             MARQUEE_BINARY_DIR="${CMAKE_BINARY_DIR}"
                                             MARQUEE_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}")
  add_dependencies(${name} demo_images)  # tests load the demo content, images included
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}")
endfunction()
