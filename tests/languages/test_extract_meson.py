"""Meson: source → outline."""

from __future__ import annotations

from semdiff.languages import spec_by_name
from tests.support import entities, extract_outline

# In the style of Meson's own test projects: a project with a compiler lookup, a conditional
# dependency, sources appended to, a library, an executable in a foreach, tests and a subdir.
SOURCE = """\
project('zlib-demo', 'c', version : '1.0')

cc = meson.get_compiler('c')
# The compression library, from pkg-config or the system.
zdep = dependency('zlib', required : false)
if not zdep.found()
  zdep = cc.find_library('z')
endif

sources = files('compress.c')
sources += files('inflate.c')
inc = include_directories('include')

libdemo = static_library('demo', sources,
  include_directories : inc,
  dependencies : zdep)

foreach name : ['roundtrip', 'stream']
  exe = executable(name, name + '.c', link_with : libdemo)
  test(name, exe)
endforeach

test('smoke', executable('smoke', 'smoke.c', link_with : libdemo))
subdir('docs')
"""

OPTIONS = """\
option('docs', type : 'boolean', value : false)
option('level', type : 'integer', min : 1, max : 9, value : 6)
"""


def test_meson_outline() -> None:
    # An assignment in an `if` is a second entity of its name; `+=` and calls made for their
    # effect (`subdir`) are lines of the file; a test named by a variable has no name.
    assert (
        extract_outline("meson.build", SOURCE)
        == """\
variable cc  3-3
variable zdep  4-5
variable zdep  7-7
variable sources  10-10
variable inc  12-12
variable libdemo  14-16
variable exe  19-19
test 'smoke'  23-23
"""
    )


def test_meson_words_shown() -> None:
    found = entities("meson.build", SOURCE)
    meson = spec_by_name("meson")
    words = {name: found[name].label or meson.label(found[name].kind) for name in found}
    assert words["libdemo"] == "static_library"
    assert words["sources"] == "files"
    assert words["cc"] == "variable"
    assert words["exe"] == "executable"


def test_meson_options_file() -> None:
    assert (
        extract_outline("meson.options", OPTIONS)
        == """\
const 'docs'  1-1
const 'level'  2-2
"""
    )
    assert extract_outline("meson_options.txt", OPTIONS) == extract_outline(
        "meson.options", OPTIONS
    )
