# Warnings and sanitizers live in INTERFACE targets that every first-party target links,
# so third-party sources (the ImGui SDL_Renderer backend) build without them.
add_library(marquee_warnings INTERFACE)
target_compile_options(marquee_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                  -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                                  -Wimplicit-fallthrough)
if(MARQUEE_WERROR)
  target_compile_options(marquee_warnings INTERFACE -Werror)
endif()

# MARQUEE_SANITIZER: "address" (AddressSanitizer + UndefinedBehaviorSanitizer, and with clang
# also float-cast-overflow) or "thread" (ThreadSanitizer). MARQUEE_SANITIZE=ON is "address".
add_library(marquee_sanitizers INTERFACE)
if(MARQUEE_SANITIZE AND NOT MARQUEE_SANITIZER)
  set(MARQUEE_SANITIZER address)
endif()
if(MARQUEE_SANITIZER STREQUAL "address")
  set(marquee_san -fsanitize=address,undefined)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    list(APPEND marquee_san -fsanitize=float-cast-overflow)
  endif()
  target_compile_options(marquee_sanitizers INTERFACE ${marquee_san} -fno-omit-frame-pointer
                                                      -fno-sanitize-recover=all)
  target_link_options(marquee_sanitizers INTERFACE ${marquee_san})
elseif(MARQUEE_SANITIZER STREQUAL "thread")
  target_compile_options(marquee_sanitizers INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
  target_link_options(marquee_sanitizers INTERFACE -fsanitize=thread)
elseif(MARQUEE_SANITIZER)
  message(FATAL_ERROR "MARQUEE_SANITIZER must be address, thread or empty, not ${MARQUEE_SANITIZER}")
endif()
# Fuzzing (clang): every first-party target gets libFuzzer's coverage instrumentation; only the
# tests/fuzz executables link libFuzzer's main (marquee_fuzzer_main).
if(MARQUEE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "MARQUEE_FUZZ needs clang (libFuzzer)")
  endif()
  target_compile_options(marquee_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
endif()

add_library(marquee_project_options INTERFACE)
target_link_libraries(marquee_project_options INTERFACE marquee_warnings marquee_sanitizers)
