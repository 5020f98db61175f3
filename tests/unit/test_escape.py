"""escape.visible: the one escaping of outside text for a terminal (stdout's text view, stderr)."""

from __future__ import annotations

import pytest

from semdiff.escape import visible

ESCAPED = {
    "ESC": ("\x1b", "\\x1b"),
    "CSI: clear the screen": ("\x1b[2J", "\\x1b[2J"),
    "OSC: set the title": ("\x1b]0;pwned\x07", "\\x1b]0;pwned\\x07"),
    "OSC 52: write the clipboard": ("\x1b]52;c;aGk=\x1b\\", "\\x1b]52;c;aGk=\\x1b\\"),
    "C1 CSI": ("\x9b2J", "\\x9b2J"),
    "C1 OSC": ("\x9d0;t\x9c", "\\x9d0;t\\x9c"),
    "carriage return": ("ok\rno", "ok\\x0dno"),
    "backspace": ("a\x08b", "a\\x08b"),
    "DEL": ("\x7f", "\\x7f"),
    "line feed": ("a\nb", "a\\x0ab"),
    "Arabic letter mark": ("\u061c", "\\u061c"),
    "zero width space": ("\u200b", "\\u200b"),
    "byte order mark": ("\ufeff", "\\ufeff"),
}


@pytest.mark.parametrize("case", sorted(ESCAPED))
def test_control_sequences_are_escaped(case: str) -> None:
    raw, shown = ESCAPED[case]
    assert visible(raw) == shown


@pytest.mark.parametrize("code", range(0x80, 0xA0))
def test_every_c1_control(code: int) -> None:
    assert visible(f"a{chr(code)}b") == f"a\\x{code:02x}b"


@pytest.mark.parametrize("code", [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
def test_every_bidirectional_embedding_override_and_isolate(code: int) -> None:
    assert visible(f"a{chr(code)}b") == f"a\\u{code:04x}b"


def test_ordinary_text_is_unchanged() -> None:
    text = "def grüße(x):\treturn '日本語 — ok' # \u00a0é\U0001f600"
    assert visible(text) == text


def test_keep_newlines_escapes_everything_else() -> None:
    message = "Author: \x1b]0;x\x07 <a@b>\n\n    fix \u202eevil\r\n"
    assert visible(message, keep_newlines=True) == (
        "Author: \\x1b]0;x\\x07 <a@b>\n\n    fix \\u202eevil\\x0d\n"
    )
