"""Markdown: source → outline. Entities are the sections under headings, nested by level."""

from __future__ import annotations

from semdiff.languages import detect_language
from tests.support import entities, extract_outline

SOURCE = """\
<p align="center"><img src="logo.png"></p>

A badge line above the title belongs to the file.

# tidewatch

Poll tide gauges and alert when the water gets too high.

## Installation

```sh
# a comment in a code block, not a heading
pip install tidewatch
```

### From source

Clone and `pip install -e .`.

## Usage *quick*

| option | meaning |
|--------|---------|
| `-s`   | station |

#### Skipped a level

Still nested under Usage.

# Appendix

Setext title
============

Text under the setext heading.

## FAQ
"""


def test_markdown_outline() -> None:
    assert (
        extract_outline("README.md", SOURCE)
        == """\
section tidewatch  5-28
  section tidewatch > Installation  9-18
    section tidewatch > Installation > From source  16-18
  section tidewatch > Usage *quick*  20-28
    section tidewatch > Usage *quick* > Skipped a level  26-28
section Appendix  30-37
  section Appendix > Setext title  32-33
  section Appendix > FAQ  37-37
"""
    )


def test_markdown_sections_nest_by_level() -> None:
    found = entities("README.md", SOURCE)
    assert found["tidewatch > Installation"].parent == found["tidewatch"].key
    assert found["tidewatch > Installation > From source"].depth == 2
    assert found["tidewatch > Installation > From source"].name == "From source"
    assert found["tidewatch"].parent is None


def _section(source: str, name: str) -> tuple[str, str]:
    found = entities("README.md", source)
    return found[name].fingerprint.own_code_hash, found[name].fingerprint.body_hash


def test_markdown_text_before_the_first_subheading_belongs_to_the_section() -> None:
    edited = SOURCE.replace("too high.", "too high, or too low.")
    own, _ = _section(SOURCE, "tidewatch")
    assert _section(edited, "tidewatch")[0] != own
    assert _section(edited, "tidewatch > Installation") == _section(
        SOURCE, "tidewatch > Installation"
    )


def test_markdown_subsection_text_is_not_the_parents_own() -> None:
    edited = SOURCE.replace("Clone and", "Clone the repository and")
    own, whole = _section(SOURCE, "tidewatch > Installation")
    assert _section(edited, "tidewatch > Installation")[0] == own
    assert _section(edited, "tidewatch > Installation")[1] != whole


def test_markdown_paragraphs_and_code_are_single_tokens() -> None:
    tokens = entities("README.md", SOURCE)["tidewatch > Installation"].fingerprint.tokens
    assert "# a comment in a code block, not a heading\npip install tidewatch\n" in tokens
    tokens = entities("README.md", SOURCE)["tidewatch"].fingerprint.tokens
    assert "Poll tide gauges and alert when the water gets too high." in tokens


def test_markdown_setext_heading_is_the_heading_alone() -> None:
    """The grammar opens no section at a setext heading: the text under it stays with the
    enclosing section (or the file)."""
    source = "Title\n=====\n\nIntro.\n\nPart\n----\n\nBody.\n"
    assert extract_outline("NOTES.md", source) == "section Title  1-2\nsection Part  6-7\n"


def test_markdown_heading_without_text_is_no_entity() -> None:
    source = "# Top\n\n##\n\ntext\n\n## Named\n"
    assert extract_outline("x.md", source) == "section Top  1-7\n  section Top > Named  7-7\n"


def test_markdown_file_names() -> None:
    for path in ("README.md", "docs/guide.markdown"):
        assert detect_language(path) == "markdown", path
