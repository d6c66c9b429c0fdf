# SPDX-License-Identifier: GPL-3.0-or-later
# One function per kind of target: core modules, front-end executables and tests.

set(RELEASEDESK_CORE_DIR "${PROJECT_SOURCE_DIR}/src/core")
set(RELEASEDESK_FIXTURES_DIR "${PROJECT_SOURCE_DIR}/tests/fixtures"
    CACHE PATH "Folder holding the real-world fixtures (histories, version files)")

function(releasedesk_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(RELEASEDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# releasedesk_add_module(<name> [DEPENDS <module>...] [LIBS <target>...] [SUBDIRS <folder>...])
#
# Every .cpp/.h in the calling folder (src/core/<name>) and in its SUBDIRS becomes the static
# library rd_<name>.
# DEPENDS names other core modules, LIBS any other link targets. Core modules link QtCore and
# never QtGui/QtWidgets (tests/checks enforces it); QT_NO_CAST_FROM_ASCII keeps strings explicit.
function(releasedesk_add_module name)
    cmake_parse_arguments(ARG "" "" "DEPENDS;LIBS;SUBDIRS" ${ARGN})
    set(patterns "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/*.h")
    foreach(subdir IN LISTS ARG_SUBDIRS)
        list(APPEND patterns
            "${CMAKE_CURRENT_SOURCE_DIR}/${subdir}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/${subdir}/*.h")
    endforeach()
    file(GLOB sources CONFIGURE_DEPENDS ${patterns})
    set(target rd_${name})
    add_library(${target} STATIC ${sources})
    target_include_directories(${target} PUBLIC "${RELEASEDESK_CORE_DIR}")
    list(TRANSFORM ARG_DEPENDS PREPEND rd_)
    target_link_libraries(${target} PUBLIC Qt6::Core ${ARG_DEPENDS} ${ARG_LIBS})
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER)
    releasedesk_set_warnings(${target})
    set_property(GLOBAL APPEND PROPERTY RELEASEDESK_MODULES ${target})
endfunction()

# releasedesk_add_executable(<name> SOURCES <file>... [LINKS <target>...])
function(releasedesk_add_executable name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE releasedesk_core ${ARG_LINKS})
    target_compile_definitions(${name} PRIVATE QT_NO_KEYWORDS)
    releasedesk_set_warnings(${name})
endfunction()

# Compiles translations/*.ts into a front end under :/i18n, where rd::installTranslations() looks.
function(releasedesk_add_translations target)
    file(GLOB ts_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/translations/*.ts")
    qt_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "${target}_translations"
        PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}" FILES ${qm_files})
endfunction()

# releasedesk_add_test(<name> [SOURCES <file>...] [LINKS <target>...] [GUI]
#                      [LABELS <label>...] [ENVIRONMENT <VAR=value>...] [TIMEOUT <s>]
#                      [FIXTURES_REQUIRED <fixture>...] [RESOURCE_LOCK <name>...])
#
# One Qt Test executable per test file, registered with CTest. SOURCES defaults to <name>.cpp.
# Core tests link only core modules and need no display; GUI tests run offscreen.
function(releasedesk_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT"
        "SOURCES;LINKS;LABELS;ENVIRONMENT;FIXTURES_REQUIRED;RESOURCE_LOCK" ${ARGN})
    if(NOT ARG_SOURCES)
        set(ARG_SOURCES ${name}.cpp)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LINKS})
    # tests/support's header-only helpers (expectedcheck.h) for every test.
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support")
    target_compile_definitions(${name} PRIVATE
        QT_NO_KEYWORDS
        RELEASEDESK_FIXTURES_DIR="${RELEASEDESK_FIXTURES_DIR}"
        RELEASEDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        RELEASEDESK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    releasedesk_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    set(env "LC_ALL=C.UTF-8" "GIT_CONFIG_NOSYSTEM=1" "GIT_TERMINAL_PROMPT=0" ${ARG_ENVIRONMENT})
    set(labels ${ARG_LABELS})
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        list(APPEND labels gui)
        # The application's translations, installed at start as the application does.
        target_link_libraries(${name} PRIVATE rd_apptranslations)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT} LABELS "${labels}")
    if(ARG_FIXTURES_REQUIRED)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES_REQUIRED}")
    endif()
    if(ARG_RESOURCE_LOCK)
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK "${ARG_RESOURCE_LOCK}")
    endif()
endfunction()
