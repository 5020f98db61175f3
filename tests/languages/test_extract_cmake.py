"""CMake: source → outline."""

from __future__ import annotations

from semdiff.languages import detect_language
from tests.support import entities, extract_outline

SOURCE = """\
cmake_minimum_required(VERSION 3.16)
project(zstd_wrap VERSION 1.5.2 LANGUAGES C)

option(ZSTD_WRAP_TESTS "Build the tests" ON)
set(ZSTD_WRAP_SOURCES src/compress.c src/decompress.c)

# Adds a test that runs one of the example programs.
function(zstd_wrap_add_example name)
  add_executable(${name} examples/${name}.c)
  target_link_libraries(${name} PRIVATE zstd_wrap)
  add_test(NAME example_${name} COMMAND ${name})
endfunction()

MACRO(ZSTD_WRAP_OPTION var default)
  if(NOT DEFINED ${var})
    set(${var} ${default})
  endif()
ENDMACRO()

add_library(zstd_wrap STATIC ${ZSTD_WRAP_SOURCES})
add_library(zstd::wrap ALIAS zstd_wrap)
target_include_directories(zstd_wrap PUBLIC include)

if(ZSTD_WRAP_TESTS)
  ADD_EXECUTABLE(zstd_wrap_tests tests/main.c)
  zstd_wrap_add_example(simple_compress)
endif()

add_custom_target(docs COMMAND doxygen Doxyfile)
"""


def test_cmake_outline() -> None:
    assert (
        extract_outline("CMakeLists.txt", SOURCE)
        == """\
function zstd_wrap_add_example  7-12
macro ZSTD_WRAP_OPTION  14-18
rule zstd_wrap  20-20
rule zstd::wrap  21-21
rule zstd_wrap_tests  25-25
rule docs  29-29
"""
    )


def test_cmake_targets_made_in_a_function_are_part_of_it() -> None:
    found = entities("CMakeLists.txt", SOURCE)
    assert "${name}" not in found
    assert found["zstd_wrap_add_example"].parent is None


def test_cmake_body_follows_the_parameter_list() -> None:
    old = entities("CMakeLists.txt", SOURCE)["zstd_wrap_add_example"].fingerprint
    body = entities("CMakeLists.txt", SOURCE.replace("PRIVATE zstd_wrap", "PUBLIC zstd_wrap"))
    header = entities(
        "CMakeLists.txt", SOURCE.replace("_add_example name)", "_add_example name dir)")
    )
    assert body["zstd_wrap_add_example"].fingerprint.header_hash == old.header_hash
    assert body["zstd_wrap_add_example"].fingerprint.own_body_hash != old.own_body_hash
    assert header["zstd_wrap_add_example"].fingerprint.header_hash != old.header_hash


def test_cmake_file_names() -> None:
    assert detect_language("src/CMakeLists.txt") == "cmake"
    assert detect_language("cmake/FindZstd.cmake") == "cmake"
    assert detect_language("notes.txt") != "cmake"
