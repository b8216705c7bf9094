# Desktop integration and the Debian package.
#
# Included from the top-level CMakeLists.txt. Installs the .desktop file, the icon and the
# AppStream metainfo under the application id below, and sets CPack up so that
#   cpack -G DEB            (in the build directory)
# writes shardscope_<version>_<arch>.deb. The binary itself is installed by src/app.

# The reverse-DNS application id: the name of the .desktop file, the icon and the metainfo.
set(SHARDSCOPE_APP_ID "io.github.shardscope.ShardScope")

set(_shardscope_desktop_dir "${PROJECT_SOURCE_DIR}/resources/desktop")
install(FILES "${_shardscope_desktop_dir}/${SHARDSCOPE_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_shardscope_desktop_dir}/${SHARDSCOPE_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/shardscope.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${SHARDSCOPE_APP_ID}.svg")
# Debian policy: /usr/share/doc/<package>/copyright (CMAKE_INSTALL_DOCDIR would say ShardScope).
install(FILES "${PROJECT_SOURCE_DIR}/packaging/debian/copyright"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/shardscope")
# ... and changelog.gz, compressed without a timestamp (gzip -n) so the package is reproducible.
# Add an entry to packaging/debian/changelog with every new version (tests/packaging checks).
find_program(SHARDSCOPE_GZIP gzip REQUIRED)
set(_shardscope_changelog "${PROJECT_SOURCE_DIR}/packaging/debian/changelog")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_shardscope_changelog}")
file(MAKE_DIRECTORY "${PROJECT_BINARY_DIR}/packaging")
execute_process(COMMAND "${SHARDSCOPE_GZIP}" -9nc "${_shardscope_changelog}"
    OUTPUT_FILE "${PROJECT_BINARY_DIR}/packaging/changelog.gz" COMMAND_ERROR_IS_FATAL ANY)
install(FILES "${PROJECT_BINARY_DIR}/packaging/changelog.gz"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/shardscope")

# The same icon inside the executable, as :/icons/shardscope.svg, for the window icon where
# the installed theme icon is not found (running from the build tree, other desktops):
#   QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("<app id>"),
#                                                   QIcon(QStringLiteral(":/icons/shardscope.svg"))));
qt_add_resources(shardscope "shardscope_icon"
    PREFIX "/icons"
    BASE "${PROJECT_SOURCE_DIR}/resources/icons"
    FILES "${PROJECT_SOURCE_DIR}/resources/icons/shardscope.svg")

# --- CPack: one .deb ------------------------------------------------------------------------
set(SHARDSCOPE_PACKAGE_MAINTAINER "ShardScope maintainers <shardscope@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")

# Loaded at run time, so dpkg-shlibdeps cannot see them: the platform plugins (xcb, wayland,
# offscreen), the PostgreSQL driver for QtSql, Qt's own Spanish strings (qtbase_es.qm), the
# SVG icon engine and image format plugins (shipped in libqt6svg6 on Debian 12), and
# libsecret, which QtKeychain opens with dlopen to reach the Secret Service (without it,
# every keychain question fails; libqt6keychain1 itself does not depend on it).
set(SHARDSCOPE_RUNTIME_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-psql, qt6-translations-l10n, libqt6svg6, libsecret-1-0")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "shardscope")
set(CPACK_PACKAGE_VENDOR "The ShardScope contributors")
set(CPACK_PACKAGE_CONTACT "${SHARDSCOPE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 columns: dpkg indents each by one space.
set(CPACK_PACKAGE_DESCRIPTION
    "ShardScope shows how a Citus cluster splits PostgreSQL tables into shards
and how each query is planned and run across the worker nodes. It reads
EXPLAIN output in every format PostgreSQL writes, draws the distributed plan
as a tree, guides the setup of a small Citus cluster, and has command line
subcommands for scripts and classroom exercises. In English and Spanish.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# RelWithDebInfo binaries carry their debug info; the package does not need it.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SHARDSCOPE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "database")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps (from dpkg-dev) computes the shared-library dependencies; CPack appends
# them to the runtime plugins listed above.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${SHARDSCOPE_RUNTIME_DEPENDS}")
# A keychain service to remember passwords in: GNOME Keyring (any desktop), or KWallet's
# daemon on KDE. Nearly every desktop has one; without one the application says so and
# keeps no password, so it is not a Depends (a headless machine running the commands
# needs none).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | libkf5wallet-bin")
# What the cluster wizard and `shardscope up` run: Docker Compose (docker, docker compose or
# docker-compose), or PostgreSQL's server programs (initdb, pg_ctl, pg_config), which also
# need Citus, not a Debian package. Either is one way among three (an existing cluster needs
# neither), each a large service of its own: suggested, and the Welcome page and the
# commands say what is missing and how to get it.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "docker.io, docker-compose, postgresql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/")

include(CPack)
