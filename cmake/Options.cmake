# Warnings and sanitizers live in INTERFACE targets that every first-party target links,
# so third-party sources (the ImGui SDL_Renderer backend) build without them.
add_library(marquee_warnings INTERFACE)
target_compile_options(marquee_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                  -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                                  -Wimplicit-fallthrough)
if(MARQUEE_WERROR)
  target_compile_options(marquee_warnings INTERFACE -Werror)
endif()

add_library(marquee_sanitizers INTERFACE)
if(MARQUEE_SANITIZE)
  target_compile_options(marquee_sanitizers INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                      -fno-sanitize-recover=undefined)
  target_link_options(marquee_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

add_library(marquee_project_options INTERFACE)
target_link_libraries(marquee_project_options INTERFACE marquee_warnings marquee_sanitizers)
