"""Normalised tokens and hashes of entities: what "the same body" and "only whitespace changed"
mean. Tokens are the leaves of the syntax tree (string literals and comments whole), so layout
never matters; each carries its depth, so moving a Python line in or out of a block does.

Hashes use blake2b, never `hash()`: Python salts string hashes per process and output must be
the same in every process.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from tree_sitter import Node

from semdiff.model import Fingerprint

try:
    # hashlib's blake2b itself; importing hashlib also loads OpenSSL, 3 ms of every run.
    from _blake2 import blake2b
except ImportError:  # an interpreter without CPython's module
    from hashlib import blake2b

SEPARATORS = frozenset({",", ";"})
"""A separator right after a nested entity goes with it, not with its parent: a JSON object
whose member moved elsewhere lost a comma, which the move already shows."""
SEPARATOR_BYTES = frozenset(separator.encode() for separator in SEPARATORS)
NAME_TOKEN = "\x00name"
"""Stands for the entity's own name, so that renaming keeps every hash."""


def digest(parts: Iterable[str]) -> str:
    joined = "\x1e".join(parts).encode("utf-8", errors="surrogatepass")
    return blake2b(joined, digest_size=10).hexdigest()


@dataclass(slots=True)
class Leaves:
    """The leaves of one tree in source order, as parallel lists (cheap to slice and bisect)."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    named: list[bool]
    depths: list[int]
    comments: list[bool]

    def between(self, start: int, end: int) -> range:
        """Indexes of the leaves inside the byte range [start, end)."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end, lo=low)
        while high > low and self.ends[high - 1] > end:
            high -= 1
        return range(low, high)


def collect_leaves(
    root: Node,
    data: bytes,
    *,
    atoms: frozenset[str],
    comments: frozenset[str],
    docs: frozenset[tuple[int, int]],
) -> Leaves:
    """Walk the tree once. Atoms, comments and docstrings are single leaves."""
    leaves = Leaves([], [], [], [], [], [])
    cursor = root.walk()
    depth = 0
    while True:
        node = cursor.node
        assert node is not None
        kind = node.type
        start, end = node.start_byte, node.end_byte
        is_comment = kind in comments or (start, end) in docs
        if node.child_count == 0 or is_comment or kind in atoms:
            if end > start:
                leaves.starts.append(start)
                leaves.ends.append(end)
                leaves.texts.append(data[start:end].decode("utf-8", errors="replace"))
                leaves.named.append(node.is_named)
                leaves.depths.append(depth)
                leaves.comments.append(is_comment)
        elif cursor.goto_first_child():
            depth += 1
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return leaves
            depth -= 1


def fingerprint(
    leaves: Leaves,
    data: bytes,
    *,
    span: tuple[int, int],
    names: Sequence[tuple[int, int]],
    children: Sequence[tuple[int, int]],
    body_start: int | None,
    depth: int | None,
    signature_only: bool = False,
) -> Fingerprint:
    """Fingerprint the entity covering byte range `span`, whose own name is at `names` (one
    per clause of a joined definition: each Haskell equation repeats it), whose nested
    entities cover `children` (sorted), whose body starts at `body_start` (with none,
    everything is body, or everything is signature when `signature_only`: a declaration
    without a body), and whose definition node is `depth` levels below the root: token depths
    count relative to it (so a doc comment or decorator added above does not shift them), and
    only when `depth` is given (languages where indentation is structure)."""
    indexes = leaves.between(*span)
    tokens: list[str] = []
    content: list[str] = []
    deep: list[str] = []
    own_all: list[str] = []
    own_code: list[str] = []
    header: list[str] = []
    body: list[str] = []
    child = 0
    after_child = False
    names = sorted(names)
    current = 0
    masked = -1
    for i in indexes:
        start = leaves.starts[i]
        while current < len(names) and names[current][1] <= start:
            current += 1
        if current < len(names) and leaves.ends[i] > names[current][0]:
            # A name of several tokens (`x, y, z`) is one NAME_TOKEN.
            if masked == current:
                continue
            masked = current
            text = NAME_TOKEN
        else:
            text = leaves.texts[i]
        marked = text if depth is None else f"{leaves.depths[i] - depth}\x1f{text}"
        is_comment = leaves.comments[i]
        if not is_comment:
            tokens.append(text)
            deep.append(marked)
            if leaves.named[i] and text != NAME_TOKEN:
                content.append(text)
        while child < len(children) and children[child][1] <= start:
            child += 1
        if child < len(children) and children[child][0] <= start:
            after_child = True
            continue
        if after_child and text in SEPARATORS:
            after_child = False
            continue
        after_child = False
        own_all.append(marked)
        if not is_comment:
            own_code.append(marked)
            in_header = start < body_start if body_start is not None else signature_only
            (header if in_header else body).append(marked)
    return Fingerprint(
        tokens=tuple(tokens),
        content=tuple(content),
        body_hash=digest(deep),
        own_text_hash=_own_text_hash(data, span, names, children),
        own_layout_hash=digest(own_all),
        own_code_hash=digest(own_code),
        header_hash=digest(header),
        own_body_hash=digest(body),
    )


def _own_text_hash(
    data: bytes,
    span: tuple[int, int],
    names: Sequence[tuple[int, int]],
    children: Sequence[tuple[int, int]],
) -> str:
    cuts = sorted([*((start, _past_separator(data, end)) for start, end in children), *names])
    hasher = blake2b(digest_size=10)
    position = span[0]
    for start, end in cuts:
        if start >= position:
            hasher.update(data[position:start])
            hasher.update(b"\x00")
            position = end
    hasher.update(data[position : span[1]])
    return hasher.hexdigest()


def _past_separator(data: bytes, end: int) -> int:
    """The end of a nested entity with the separator after it (`"a": 1 ,`), if one follows."""
    position = end
    while data[position : position + 1] in (b" ", b"\t"):
        position += 1
    return position + 1 if data[position : position + 1] in SEPARATOR_BYTES else end


_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+|[^\W\d_]+")


@cache
def name_words(name: str) -> tuple[str, ...]:
    """Split `parseHTTPRequest2`, `parse_http_request`, `parse-http-request?` into words."""
    return tuple(word.lower() for word in _WORD.findall(name))
