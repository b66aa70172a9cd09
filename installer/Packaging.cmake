# CPack: a Debian package of the terminal programs (kohi, kohi-admin) for Linux desktops and
# the administration host. The server extension is packaged separately by IT with the
# PostgreSQL server (component kohi_server_extension); the Windows terminals get the MSI.
set(CPACK_PACKAGE_NAME "kohi")
set(CPACK_PACKAGE_VENDOR "Kohi project")
set(CPACK_PACKAGE_CONTACT "Kohi IT staff <kohi-it@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Kohi 公費負担医療 受給者管理 — client and kohi-admin")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEB_COMPONENT_INSTALL OFF)
set(CPACK_COMPONENTS_ALL kohi_client)
set(CPACK_INSTALL_CMAKE_PROJECTS "${PROJECT_BINARY_DIR};${PROJECT_NAME};kohi_client;/")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Library dependencies from the binaries themselves (dpkg-shlibdeps), so the package asks for
# exactly the Qt, Botan, libpq and OpenSSL it was linked against.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
