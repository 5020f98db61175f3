"""The one escaping of text from outside (file contents, paths, commit metadata, git's messages,
errors) before it reaches a terminal: stdout's text view and every line on stderr.

A control character could move the cursor, clear the screen, retitle the terminal or write
to the clipboard (ESC, CSI and OSC sequences, or their one-character C1 forms U+009B and
U+009D), and a bidirectional control could make a line read differently from what it holds
(Trojan Source). Each is shown as `\\xNN` or `\\uNNNN` instead. JSON and patches keep the raw
text: JSON escapes it itself, and a patch must apply.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def _control() -> re.Pattern[str]:
    """Compiled at the first escape, not at import: 0.6 ms that a JSON run or git's external
    diff without a change would pay at every start."""
    return re.compile(
        "[\x00-\x08\x0a-\x1f\x7f-\x9f"  # C0 but tab, DEL, C1
        "\u061c\u200b-\u200f"  # Arabic letter mark, zero-width characters, LRM, RLM
        "\u2028-\u202e"  # line and paragraph separators, bidi embeddings and overrides
        "\u2060-\u2069"  # word joiner and invisible operators, bidi isolates
        "\ufeff]"
    )


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every control character escaped as `\\xNN` / `\\uNNNN`; with
    `keep_newlines`, line feeds stay (a commit message of several lines)."""
    control = _control()
    if keep_newlines:
        return "\n".join(control.sub(_escaped, line) for line in text.split("\n"))
    return control.sub(_escaped, text)
