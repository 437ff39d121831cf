# Every dependency comes from a Debian 12 package (scripts/setup-debian.sh installs them all).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(SDL2 REQUIRED)
find_package(CURL REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(tomlplusplus REQUIRED)
find_package(CLI11 REQUIRED)
find_package(spdlog REQUIRED)
find_package(fmt REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(date REQUIRED)
find_package(GTest REQUIRED)
find_package(benchmark REQUIRED)

pkg_check_modules(LUA REQUIRED IMPORTED_TARGET lua5.4-c++)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
pkg_check_modules(SYSTEMD REQUIRED IMPORTED_TARGET libsystemd)  # sd_notify, sd_journal_send
# Descriptions to plain text (kiosk/content/plain_text*.cpp): CommonMark (cmark) and libxml2's
# HTML parser. libxml2 also reads schedule.xml and xCal (kiosk/content/xml_document.cpp) and the
# XML inside .xlsx spreadsheets, which libzip unpacks.
pkg_check_modules(CMARK REQUIRED IMPORTED_TARGET libcmark)
find_package(LibXml2 REQUIRED)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)  # QR hand-off on the kiosk cards
# stb's implementations compiled once by Debian (libstb): image decode/info (content checks and the
# kiosk's image loader), resize, PNG/JPEG write (screenshots, demo images) and TrueType.
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)

# Dear ImGui 1.86 from libimgui-dev: the core and the SDL2 platform backend are in libimgui.a;
# the SDL_Renderer backend ships only as source, so it is compiled here without our warnings.
set(IMGUI_BACKEND_SRC /usr/share/doc/libimgui-dev/examples/backends)
add_library(imgui_sdlrenderer STATIC ${IMGUI_BACKEND_SRC}/imgui_impl_sdlrenderer.cpp)
target_include_directories(imgui_sdlrenderer SYSTEM PUBLIC /usr/include/imgui /usr/include/imgui/backends)
target_link_libraries(imgui_sdlrenderer PUBLIC PkgConfig::IMGUI SDL2::SDL2)


find_path(STB_INCLUDE_DIR stb_image_write.h PATH_SUFFIXES stb REQUIRED)
add_library(stb_headers INTERFACE)
target_include_directories(stb_headers SYSTEM INTERFACE ${STB_INCLUDE_DIR})
