include(GoogleTest)

# marquee_export_headers(<target> <name> <dir>) makes <dir>'s headers includable as
# "<name>/file.hpp" by <target> and by whatever links it, and by nothing else.
#
# Why a directory of its own per module: putting kiosk/ on the include path would let every module
# include every other module's headers, whatever it links, so an arrow missing from
# cmake/module_graph.txt would only be caught by the include_graph test. Instead each module
# exports ${CMAKE_BINARY_DIR}/include-roots/<name>, which holds a single entry, the symlink
# <name> -> <dir>. A module sees its own root and, through CMake's PUBLIC propagation, the roots of
# the modules it links (directly or transitively), which is the graph's rule, so an include across
# a missing arrow fails to compile. A symlink rather than a copy: an edited header is seen at once.
function(marquee_export_headers target name dir)
  set(root ${CMAKE_BINARY_DIR}/include-roots/${name})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${dir} ${root}/${name} SYMBOLIC)
  target_include_directories(${target} PUBLIC ${root})
endfunction()

# marquee_module(<name> SOURCES ... DEPS ...) declares kiosk/<name> as the library
# marquee_<name> with the alias marquee::<name>. Headers are included as "<name>/file.hpp", so
# every include names the module it reaches into, and only linked modules can be reached.
function(marquee_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(marquee_${name} STATIC ${ARG_SOURCES})
  add_library(marquee::${name} ALIAS marquee_${name})
  marquee_export_headers(marquee_${name} ${name} ${CMAKE_SOURCE_DIR}/kiosk/${name})
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
