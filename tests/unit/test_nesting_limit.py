"""parse.deep_line with the Markdown and YAML specs' prefixes: what counts towards the width
that bounds a grammar's nesting depth before parsing (the grammars crash past it)."""

from __future__ import annotations

import pytest

from semdiff.languages import spec_by_name
from semdiff.parse import deep_line


def _deep(language: str, text: str) -> tuple[int, int] | None:
    spec = spec_by_name(language)
    return deep_line(text.encode(), spec.nesting_prefix, spec.max_nesting_width)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (">" * 200 + "x\n", (1, 200)),
        (">" * 199 + "x\n", None),
        ("# T\n\n" + "- " * 100 + "x\n", (3, 200)),
        ("1. " * 67 + "x\n", (1, 201)),
        ("\t" * 50 + "- x\n", (1, 202)),  # a tab counts 4, the most a tab stop adds
        ("x\r" + ">" * 200 + "\r", (1, 200)),  # a lone CR ends a line for the scanner
        ("\ufeff" + ">" * 200 + "\n", (1, 200)),  # after a byte order mark
        # No list marker without a blank after it: rules and table borders are no nesting.
        ("-" * 300 + "\n", None),
        ("*" * 300 + "\n", None),
        ("+" + "-" * 300 + "+\n", None),
        ("1" * 300 + ".\n", None),
        ("text\n" + " " * 199 + "x\n", None),
    ],
)
def test_markdown(text: str, expected: tuple[int, int] | None) -> None:
    assert _deep("markdown", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a:\n" + " " * 120 + "b: 1\n", (2, 120)),
        ("- " * 60 + "x\n", (1, 120)),
        ("? " * 59 + ": x\n", (1, 120)),
        (" " * 119 + "b: 1\n", None),
        ("-" * 300 + "\n", None),
    ],
)
def test_yaml(text: str, expected: tuple[int, int] | None) -> None:
    assert _deep("yaml", text) == expected
