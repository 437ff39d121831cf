# CPack settings for marquee_<version>_<arch>.deb (scripts/package.sh runs cpack).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME marquee)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Marquee maintainers <marquee@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "venue kiosk and light-show controller")
set(CPACK_PACKAGE_DESCRIPTION "Touch kiosks for conferences and expos (schedule, exhibitors, venue \
maps, announcements in English, Chinese and Spanish) with signed content sync, Lua light shows over \
Art-Net and sACN, a systemd service with a watchdog and a cage kiosk session.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)  # the CI tree is RelWithDebInfo; the package carries no debug info
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # marquee_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/marquee")
# Library packages come from dpkg-shlibdeps (the runtime libraries, never -dev); the rest by name.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, tzdata, adduser")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "cage, mosquitto-clients, fonts-symbola")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/debian/postinst ${CMAKE_CURRENT_LIST_DIR}/debian/prerm
    ${CMAKE_CURRENT_LIST_DIR}/debian/postrm ${CMAKE_CURRENT_LIST_DIR}/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
