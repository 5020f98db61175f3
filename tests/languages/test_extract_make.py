"""Make: source → outline."""

from __future__ import annotations

from semdiff.languages import detect_language
from tests.support import entities, extract_outline

SOURCE = """\
# Build the library and its tests.
prefix ?= /usr/local
CFLAGS := -O2 -Wall
override CPPFLAGS += -DNDEBUG
export LANG = C
VERSION != git describe --tags
SRCS = lz.c util.c

# The default target.
all: liblz.a tests

liblz.a: $(SRCS:.c=.o)
	$(AR) rcs $@ $^

%.o: %.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

tests: CFLAGS += -g
tests: liblz.a
	$(MAKE) -C tests

define HELP_TEXT
Targets: all, tests, clean
endef

ifeq ($(OS),Windows_NT)
EXE := .exe
else
EXE :=
endif

.PHONY: all clean
clean distclean:
	$(RM) *.o liblz.a
"""


def test_make_outline() -> None:
    assert (
        extract_outline("Makefile", SOURCE)
        == """\
variable prefix  1-2
variable CFLAGS  3-3
variable CPPFLAGS  4-4
variable LANG  5-5
variable VERSION  6-6
variable SRCS  7-7
rule all  9-10
rule liblz.a  12-13
rule %.o  15-16
variable tests: CFLAGS  18-18
rule tests  19-20
macro HELP_TEXT  22-24
variable EXE  27-27
variable EXE  29-29
rule .PHONY  32-32
rule clean distclean  33-34
"""
    )


def test_make_recipe_is_the_body_of_its_rule() -> None:
    old = entities("Makefile", SOURCE)["liblz.a"].fingerprint
    recipe = entities("Makefile", SOURCE.replace("rcs $@ $^", "rc $@ $^"))["liblz.a"].fingerprint
    prerequisites = entities("Makefile", SOURCE.replace("liblz.a: $(SRCS", "liblz.a: lz.h $(SRCS"))
    assert old.header_hash == recipe.header_hash
    assert old.own_body_hash != recipe.own_body_hash
    assert old.header_hash != prerequisites["liblz.a"].fingerprint.header_hash
    assert old.own_body_hash == prerequisites["liblz.a"].fingerprint.own_body_hash


def test_make_conditional_after_a_recipe_is_part_of_it() -> None:
    # The grammar reads a conditional right after a recipe as recipe lines.
    source = "build:\n\techo build\nifdef DEBUG\nX = 1\nendif\n"
    assert extract_outline("Makefile", source) == "rule build  1-5\n"


def test_make_file_names() -> None:
    for path in ("Makefile", "makefile", "GNUmakefile", "rules.mk", "win32.mak"):
        assert detect_language(path) == "make", path
