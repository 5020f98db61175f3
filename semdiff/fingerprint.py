"""Normalised tokens and hashes of entities: what "the same body" and "only whitespace changed"
mean. Tokens are the leaves of the syntax tree (string literals and comments whole), so layout
never matters; each carries its depth, so moving a Python line in or out of a block does.

Hashes use blake2b, never `hash()`: Python salts string hashes per process and output must be
the same in every process.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, compress

from tree_sitter import Node

from semdiff.model import Fingerprint

try:
    # hashlib's blake2b itself; importing hashlib also loads OpenSSL, 3 ms of every run.
    from _blake2 import blake2b
except ImportError:  # an interpreter without CPython's module
    from hashlib import blake2b

LINE_BREAK = "\u2424"
"""Stands for a token of layout (`layout_tokens`: Tcl's command separator, a run of newlines):
how many blank lines it spans is layout, not code. The symbol for newline, which no grammar's
token is, so that a language without layout tokens keeps its newline tokens as they are."""
SEPARATORS = frozenset({",", ";", LINE_BREAK})
"""A separator right after a nested entity goes with it, not with its parent: a JSON object
whose member moved elsewhere lost a comma, which the move already shows."""
SEPARATOR_BYTES = frozenset({b",", b";"})
NAME_TOKEN = "\x00name"
"""Stands for the entity's own name, so that renaming keeps every hash."""


def digest(parts: Iterable[str]) -> str:
    joined = "\x1e".join(parts).encode("utf-8", errors="surrogatepass")
    return blake2b(joined, digest_size=10).hexdigest()


NO_HEADER = digest(())
"""The header of an entity whose grammar marked no body: all of it is body."""


@dataclass(slots=True)
class Leaves:
    """The leaves of one tree in source order, as parallel lists (cheap to slice and bisect),
    and the same lists for its code leaves (comments left out) and its content leaves (named
    code leaves): an entity's tokens are a slice of them, so nesting costs a copy in C, not a
    pass in Python per enclosing entity."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    named: list[bool]
    depths: list[int]
    comments: list[bool]
    docs: list[bool] = field(default_factory=list)
    """Which comment leaves are docstrings (`@doc`): documentation of the public API."""
    code_rank: list[int] = field(default_factory=list)
    """How many code leaves come before leaf i (one more item than the leaves)."""
    code_texts: list[str] = field(default_factory=list)
    code_depths: list[int] = field(default_factory=list)
    code_steps: list[str] = field(default_factory=list)
    """Each code leaf's text marked with its depth minus the previous code leaf's (see
    `_deep`); only for languages where indentation is structure."""
    content_rank: list[int] = field(default_factory=list)
    content_texts: list[str] = field(default_factory=list)

    def between(self, start: int, end: int) -> range:
        """Indexes of the leaves inside the byte range [start, end)."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end, lo=low)
        while high > low and self.ends[high - 1] > end:
            high -= 1
        return range(low, high)

    def index(self, *, steps: bool) -> None:
        """Derive the code and content lists, once per file (with `steps`, `code_steps`)."""
        code = list(map(operator.not_, self.comments))
        content = list(map(operator.and_, code, self.named))
        self.code_rank = list(accumulate(code, initial=0))
        self.code_texts = list(compress(self.texts, code))
        self.code_depths = list(compress(self.depths, code))
        self.content_rank = list(accumulate(content, initial=0))
        self.content_texts = list(compress(self.texts, content))
        if steps:
            self.code_steps = [
                f"{depth - previous}\x1f{text}"
                for depth, previous, text in zip(
                    self.code_depths, [0, *self.code_depths], self.code_texts, strict=False
                )
            ]


def collect_leaves(
    root: Node,
    data: bytes,
    *,
    atoms: frozenset[str],
    comments: frozenset[str],
    docs: frozenset[tuple[int, int]],
    steps: bool,
    texts: frozenset[str] = frozenset(),
    layout: frozenset[str] = frozenset(),
) -> Leaves:
    """Walk the tree once. Atoms, comments and docstrings are single leaves; a text leaf
    (`texts`: XML's character data) is its text stripped, none when that is empty. With
    `steps`, depths are marked for `fingerprint(depth=...)`."""
    leaves = Leaves([], [], [], [], [], [], [])
    # One string per distinct text: a file's tokens repeat (`self`, `(`), and every token list
    # and fingerprint of its entities refers to these; shared, they take memory once and are
    # pickled once from a worker (pickle writes an object it has seen as a reference).
    seen: dict[str, str] = {}
    cursor = root.walk()
    depth = 0
    while True:
        node = cursor.node
        assert node is not None
        kind = node.type
        start, end = node.start_byte, node.end_byte
        # A node that only wraps its docstring has the same range (Python's body `block` of
        # a class holding nothing else): the docstring is the node inside, one level deeper.
        is_doc = (start, end) in docs and not (
            node.child_count == 1
            and (node.children[0].start_byte, node.children[0].end_byte) == (start, end)
        )
        is_comment = kind in comments or is_doc
        if node.child_count == 0 or is_comment or kind in atoms:
            text = data[start:end].decode("utf-8", errors="replace")
            if kind in texts:
                text = text.strip()
            elif kind in layout and text.isspace():
                text = LINE_BREAK
            if text:
                text = seen.setdefault(text, text)
                leaves.starts.append(start)
                leaves.ends.append(end)
                leaves.texts.append(text)
                leaves.named.append(node.is_named)
                leaves.depths.append(depth)
                leaves.comments.append(is_comment)
                leaves.docs.append(is_doc)
        elif cursor.goto_first_child():
            depth += 1
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                leaves.index(steps=steps)
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
    private: Sequence[tuple[int, int]] = (),
    public_words: Mapping[str, str] | None = None,
) -> Fingerprint:
    """Fingerprint the entity covering byte range `span`, whose own name is at `names` (one
    per clause of a joined definition: each Haskell equation repeats it), whose nested
    entities cover `children` (sorted), whose body starts at `body_start` (with none,
    everything is body, or everything is signature when `signature_only`: a declaration
    without a body), and whose definition node is `depth` levels below the root: token depths
    count relative to it (so a doc comment or decorator added above does not shift them), and
    only when `depth` is given (languages where indentation is structure).

    `private` are the byte ranges that make the entity private (`@private`: `^:private`,
    `defn-`): its public hash leaves their leaves out, or puts the public word for them
    (`public_words`: `defn-` is `defn`), so that a visibility change alone is told apart.

    Each name is one NAME_TOKEN, however many leaves it spans (`x, y, z`)."""
    indexes = leaves.between(*span)
    part = _Part(indexes.start, indexes.stop, _name_leaves(leaves, indexes, sorted(names)))
    tokens = _without_names(leaves.code_texts, leaves.code_rank, part, names_of=leaves)
    content = _without_names(leaves.content_texts, leaves.content_rank, part, names_of=None)
    own = _own(
        leaves,
        part,
        children=children,
        body_start=body_start,
        depth=depth,
        signature_only=signature_only,
        hidden=_hidden(leaves, private, public_words or {}),
    )
    content_tuple = tuple(content)
    return Fingerprint(
        tokens=tuple(tokens),
        content=content_tuple,
        body_hash=digest(tokens if depth is None else _deep(leaves, part, depth)),
        own_text_hash=_own_text_hash(data, span, names, children),
        own_layout_hash=digest(own[0]),
        own_code_hash=digest(own[1]),
        header_hash=digest(own[2]),
        own_body_hash=digest(own[3]),
        own_doc_hash=digest(own[5]),
        own_public_hash=digest(own[6]),
        # Without children an entity's own content is its content: the same tuple, which
        # costs nothing more to keep or to send back from a worker.
        own_content=tuple(own[4]) if children else content_tuple,
    )


def _hidden(
    leaves: Leaves, private: Sequence[tuple[int, int]], public_words: Mapping[str, str]
) -> dict[int, str]:
    """The leaves inside `private` ranges, each with what stands for it in the public hash:
    its public word, or nothing."""
    hidden: dict[int, str] = {}
    for start, end in private:
        for i in leaves.between(start, end):
            hidden[i] = public_words.get(leaves.texts[i], "")
    return hidden


@dataclass(frozen=True, slots=True)
class _Part:
    """An entity's leaves [low, high), and the leaves of its names (ranges, in order)."""

    low: int
    high: int
    masked: list[tuple[int, int]]


def _name_leaves(
    leaves: Leaves, indexes: range, names: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """For each name (sorted), the range of the leaves among `indexes` that overlap it."""
    found: list[tuple[int, int]] = []
    low, high = indexes.start, indexes.stop
    position = low
    for start, end in names:
        first = max(position, bisect.bisect_right(leaves.ends, start, low, high))
        stop = bisect.bisect_left(leaves.starts, end, first, high)
        if first < stop:
            found.append((first, stop))
            position = stop
    return found


def _without_names(
    texts: list[str], rank: list[int], part: _Part, *, names_of: Leaves | None
) -> list[str]:
    """The slice of `texts` (code or content leaves, counted by `rank`) for the part's
    leaves, each name's leaves cut out; with `names_of`, a NAME_TOKEN stands in for a name
    whose first leaf is code."""
    result: list[str] = []
    position = rank[part.low]
    for first, stop in part.masked:
        result += texts[position : rank[first]]
        if names_of is not None and not names_of.comments[first]:
            result.append(NAME_TOKEN)
        position = rank[stop]
    result += texts[position : rank[part.high]]
    return result


def _deep(leaves: Leaves, part: _Part, depth: int) -> list[str]:
    """The code tokens, each marked with its depth minus the previous token's (the first:
    minus `depth`). Those steps give back every token's depth relative to the entity, so two
    entities get the same marks exactly when their tokens sit at the same relative depths,
    and each mark but the first of a run is the file's own (`Leaves.code_steps`)."""
    rank, depths, texts, steps = (
        leaves.code_rank,
        leaves.code_depths,
        leaves.code_texts,
        leaves.code_steps,
    )
    marked: list[str] = []
    previous = depth

    def run(start: int, stop: int) -> None:
        nonlocal previous
        if start < stop:
            marked.append(f"{depths[start] - previous}\x1f{texts[start]}")
            marked.extend(steps[start + 1 : stop])
            previous = depths[stop - 1]

    position = rank[part.low]
    for first, stop in part.masked:
        run(position, rank[first])
        if not leaves.comments[first]:
            name_depth = depths[rank[first]]
            marked.append(f"{name_depth - previous}\x1f{NAME_TOKEN}")
            previous = name_depth
        position = rank[stop]
    run(position, rank[part.high])
    return marked


def _own(
    leaves: Leaves,
    part: _Part,
    *,
    children: Sequence[tuple[int, int]],
    body_start: int | None,
    depth: int | None,
    signature_only: bool,
    hidden: dict[int, str],
) -> tuple[list[str], list[str], list[str], list[str], list[str], list[str], list[str]]:
    """The entity's own tokens (children's left out): with comments, without, in the
    header, in the body, its own content (identifiers and literals, names left out), its
    docstrings, and its code without what makes it private (`hidden`).
    Each leaf is the own leaf of one entity, so this pass is linear."""
    own_docs: list[str] = []
    own_public: list[str] = []
    docs = leaves.docs
    own_all: list[str] = []
    own_content: list[str] = []
    own_code: list[str] = []
    header: list[str] = []
    body: list[str] = []
    first_of_name = {first for first, _ in part.masked}
    skipped = {i for first, stop in part.masked for i in range(first + 1, stop)}
    starts, texts, depths, comments = leaves.starts, leaves.texts, leaves.depths, leaves.comments
    named = leaves.named if children else None

    def visit(start: int, stop: int, after_child: bool) -> bool:
        for i in range(start, stop):
            if i in skipped:
                continue
            text = NAME_TOKEN if i in first_of_name else texts[i]
            if after_child and text in SEPARATORS:
                after_child = False
                continue
            after_child = False
            marked = text if depth is None else f"{depths[i] - depth}\x1f{text}"
            own_all.append(marked)
            if docs[i]:
                own_docs.append(text)
            if not comments[i]:
                # What makes an entity private is its visibility, not its signature: the
                # header is read without it (`defn-` as `defn`, `^:private` left out).
                public: str | None = marked
                if i in hidden:
                    word = hidden[i]
                    public = None
                    if word:
                        public = word if depth is None else f"{depths[i] - depth}\x1f{word}"
                if public is not None:
                    own_public.append(public)
                if named is not None and named[i] and i not in first_of_name:
                    own_content.append(texts[i])
                own_code.append(marked)
                in_header = starts[i] < body_start if body_start is not None else signature_only
                if not in_header:
                    body.append(marked)
                elif public is not None:
                    header.append(public)
        return after_child

    after_child = False
    position = part.low
    for child_start, child_end in children:
        child_low = bisect.bisect_left(starts, child_start, position, part.high)
        child_high = bisect.bisect_left(starts, child_end, child_low, part.high)
        after_child = visit(position, child_low, after_child) or child_high > child_low
        position = max(position, child_high)
    visit(position, part.high, after_child)
    return own_all, own_code, header, body, own_content, own_docs, own_public


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
