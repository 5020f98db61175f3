"""parse.unsafe_last_line: a file's last line, when no newline ends it, against the spec's
pattern (Perl's `#`, on which tree-sitter-perl's scanner never returns)."""

from __future__ import annotations

from semdiff.parse import unsafe_last_line


def test_only_an_unended_last_line_counts() -> None:
    assert unsafe_last_line(b"sub f { 1 }\nfoo #a", "#") == 2
    assert unsafe_last_line(b"foo #a", "#") == 1
    assert unsafe_last_line(b"foo #a\n", "#") is None
    assert unsafe_last_line(b"# a\nfoo", "#") is None
    assert unsafe_last_line(b"x #a\r", "#") == 1


def test_no_pattern_or_no_text() -> None:
    assert unsafe_last_line(b"foo #a", "") is None
    assert unsafe_last_line(b"", "#") is None
