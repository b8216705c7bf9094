# Finds every library the build needs and, when one is missing, stops with the Debian/Ubuntu
# packages that bring it, in a message and in <build>/missing-packages.txt, which
# script/configure hands to script/bootstrap before trying once more.
#
# Each Qt module is looked up on its own, so that one missing module is named rather than
# hidden behind the first failure (Qt Charts, for instance, needs Qt OpenGL's development
# files, which nothing pulls in).

set(missing_file ${CMAKE_BINARY_DIR}/missing-packages.txt)
file(REMOVE ${missing_file})
set(missing_packages)
set(missing_reasons)

# shardscope_need(<what> <found?> <package>...): records the packages when <found?> is false.
macro(shardscope_need what found)
    if(NOT ${found})
        list(APPEND missing_packages ${ARGN})
        string(REPLACE ";" " " packages "${ARGN}")
        list(APPEND missing_reasons "  ${what}: ${packages}")
    endif()
endmacro()

# Qt module -> the packages that hold its development files.
set(qt_modules Core Gui Widgets Sql Svg Charts Concurrent Test Network LinguistTools)
# The desktop keychain is reached over D-Bus on Linux and the like (src/core/cluster).
set(qt_keychain_on_dbus FALSE)
if(UNIX AND NOT APPLE AND NOT ANDROID)
    set(qt_keychain_on_dbus TRUE)
    list(APPEND qt_modules DBus)
endif()
set(qt_package_Core qt6-base-dev)
set(qt_package_Gui qt6-base-dev)
set(qt_package_Widgets qt6-base-dev)
set(qt_package_Sql qt6-base-dev)
set(qt_package_Concurrent qt6-base-dev)
set(qt_package_Test qt6-base-dev)
set(qt_package_Network qt6-base-dev)
set(qt_package_DBus qt6-base-dev)
set(qt_package_Svg qt6-svg-dev)
set(qt_package_Charts qt6-charts-dev libqt6opengl6-dev)
set(qt_package_LinguistTools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools)
foreach(module ${qt_modules})
    find_package(Qt6${module} 6.4 QUIET)
    shardscope_need("Qt 6 ${module}" Qt6${module}_FOUND ${qt_package_${module}})
endforeach()

find_package(PkgConfig QUIET)
shardscope_need("pkg-config" PKG_CONFIG_FOUND pkg-config)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(LIBPQ QUIET IMPORTED_TARGET libpq)
    shardscope_need("libpq" LIBPQ_FOUND libpq-dev)
endif()
# Passwords in the desktop keychain (Secret Service, KWallet, macOS Keychain, Windows).
find_package(Qt6Keychain QUIET)
shardscope_need("QtKeychain (Qt 6)" Qt6Keychain_FOUND qtkeychain-qt6-dev)
find_package(yaml-cpp QUIET)
shardscope_need("yaml-cpp" yaml-cpp_FOUND libyaml-cpp-dev)
# PNG export with a row filter of our choice (src/gui/PngFileWriter.h).
find_package(PNG QUIET)
shardscope_need("libpng" PNG_FOUND libpng-dev)
find_path(RAPIDJSON_INCLUDE_DIR rapidjson/reader.h)
shardscope_need("RapidJSON" RAPIDJSON_INCLUDE_DIR rapidjson-dev)
if(SHARDSCOPE_BUILD_TESTS)
    # PostgreSQL's own scanner and grammar: the reference the SQL statement splitter is
    # measured against (tests/sqlsplit). Debian's package has no pkg-config file.
    find_path(PG_QUERY_INCLUDE_DIR pg_query.h)
    find_library(PG_QUERY_LIBRARY pg_query)
    if(PG_QUERY_INCLUDE_DIR AND PG_QUERY_LIBRARY)
        set(PG_QUERY_FOUND TRUE)
        add_library(PgQuery::PgQuery UNKNOWN IMPORTED)
        set_target_properties(PgQuery::PgQuery PROPERTIES
            IMPORTED_LOCATION ${PG_QUERY_LIBRARY}
            INTERFACE_INCLUDE_DIRECTORIES ${PG_QUERY_INCLUDE_DIR})
    endif()
    shardscope_need("libpg_query (tests)" PG_QUERY_FOUND libpg-query-dev)
endif()
if(SHARDSCOPE_BUILD_BENCHMARKS)
    find_package(benchmark QUIET)
    shardscope_need("Google Benchmark (SHARDSCOPE_BUILD_BENCHMARKS)" benchmark_FOUND libbenchmark-dev)
endif()

if(missing_packages)
    list(REMOVE_DUPLICATES missing_packages)
    string(REPLACE ";" " " packages "${missing_packages}")
    string(REPLACE ";" "\n" reasons "${missing_reasons}")
    file(WRITE ${missing_file} "${packages}\n")
    message(FATAL_ERROR
        "Missing development files:\n${reasons}\n"
        "Install them with:\n  sudo apt-get install ${packages}\n"
        "(script/bootstrap does it for you; script/configure runs it with these packages.)")
endif()

# Found above, and imported here for every folder.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Sql Svg Charts Concurrent)
if(qt_keychain_on_dbus)
    find_package(Qt6 6.4 REQUIRED COMPONENTS DBus)
endif()
