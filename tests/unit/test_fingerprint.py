"""Fingerprints built from slices of the file's leaf lists, against their definition: one
pass over each entity's leaves, every token marked with its depth relative to the entity.

The test records every call extraction makes on the fixtures of all languages (and on a few
hand-made shapes: names of several tokens, separators after children, nested definitions in
an indentation language), recomputes each fingerprint by the definition, and compares. The
own hashes and the token lists must be the same; the body hash is built from depth steps
rather than depths, so it must be equal for two entities exactly when the definition's is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest

import semdiff.extract
from semdiff.extract import parse_file
from semdiff.fingerprint import NAME_TOKEN, SEPARATORS, Leaves, digest, fingerprint
from semdiff.model import Fingerprint
from semdiff.sources import make_source
from tests.support import FIXTURES


@dataclass(frozen=True)
class _Defined:
    tokens: list[str]
    content: list[str]
    deep: list[str]
    own_all: list[str]
    own_code: list[str]
    header: list[str]
    body: list[str]
    own_content: list[str]
    own_docs: list[str]
    own_public: list[str]


def _by_definition(
    leaves: Leaves,
    *,
    span: tuple[int, int],
    names: Sequence[tuple[int, int]],
    children: Sequence[tuple[int, int]],
    body_start: int | None,
    depth: int | None,
    signature_only: bool = False,
    private: Sequence[tuple[int, int]] = (),
    public_words: dict[str, str] | None = None,
) -> _Defined:
    found = _Defined([], [], [], [], [], [], [], [], [], [])
    names = sorted(names)
    masked: set[int] = set()
    after_child = False
    for i in leaves.between(*span):
        start, end = leaves.starts[i], leaves.ends[i]
        name = next((n for n, (a, b) in enumerate(names) if start < b and end > a), None)
        if name is not None:
            if name in masked:
                continue  # a name of several tokens is one NAME_TOKEN
            masked.add(name)
            text = NAME_TOKEN
        else:
            text = leaves.texts[i]
        marked = text if depth is None else f"{leaves.depths[i] - depth}\x1f{text}"
        comment = leaves.comments[i]
        if not comment:
            found.tokens.append(text)
            found.deep.append(marked)
            if leaves.named[i] and text != NAME_TOKEN:
                found.content.append(text)
        if any(a <= start < b for a, b in children):
            after_child = True
            continue
        if after_child and text in SEPARATORS:
            after_child = False
            continue
        after_child = False
        found.own_all.append(marked)
        if leaves.docs[i]:
            found.own_docs.append(text)
        if not comment:
            found.own_code.append(marked)
            public: str | None = marked
            if any(a <= start and end <= b for a, b in private):
                word = (public_words or {}).get(text, "")
                public = (
                    word if depth is None or not word else f"{leaves.depths[i] - depth}\x1f{word}"
                )
                public = public or None
            if public is not None:
                found.own_public.append(public)
            if leaves.named[i] and text != NAME_TOKEN:
                found.own_content.append(text)
            header = start < body_start if body_start is not None else signature_only
            if not header:
                found.body.append(marked)
            elif public is not None:
                found.header.append(public)
    return found


_HAND_MADE = {
    "a.py": (
        "class A:\n    def f(self):\n        if x:\n            return 1\n\n"
        "    def g(self):\n        return 2  # two\n\n"
        "def f(self):\n    if x:\n        return 1\n"
        "x, y, z = 1, 2, 3\n"
    ),
    "a.json": '{"a": {"b": 1, "c": [1, 2]}, "d": 2 , "e": {}}\n',
    "a.go": "package p\n\ntype T struct{ a int }\n\nfunc (t T) M() int { return t.a }\n",
    "a.hs": "f 0 = 1\n-- two\nf n = n * f (n - 1)\n",
}


def _sources() -> list[tuple[str, bytes]]:
    found = [(path, text.encode()) for path, text in _HAND_MADE.items()]
    for path in sorted(FIXTURES.glob("*/*/*")):
        if path.is_file() and path.stem in {"old", "new"}:
            found.append((str(path.relative_to(FIXTURES)), path.read_bytes()))
    return found


def _recorded(monkeypatch: pytest.MonkeyPatch) -> list[tuple[dict[str, Any], Fingerprint]]:
    calls: list[tuple[dict[str, Any], Fingerprint]] = []

    def recording(leaves: Leaves, data: bytes, **options: Any) -> Fingerprint:
        result = fingerprint(leaves, data, **options)
        calls.append(({"leaves": leaves, **options}, result))
        return result

    monkeypatch.setattr(semdiff.extract, "fingerprint", recording)
    for path, data in _sources():
        parse_file(make_source(path, data))
    return calls


def test_fingerprints_match_their_definition(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _recorded(monkeypatch)
    assert len(calls) > 1000  # every language's fixtures took part
    forward: dict[str, str] = {}
    backward: dict[str, str] = {}
    for options, result in calls:
        defined = _by_definition(**options)
        assert result.tokens == tuple(defined.tokens)
        assert result.content == tuple(defined.content)
        assert result.own_layout_hash == digest(defined.own_all)
        assert result.own_code_hash == digest(defined.own_code)
        assert result.header_hash == digest(defined.header)
        assert result.own_body_hash == digest(defined.body)
        assert result.own_content == tuple(defined.own_content)
        assert result.own_doc_hash == digest(defined.own_docs)
        assert result.own_public_hash == digest(defined.own_public)
        reference = digest(defined.deep)
        assert forward.setdefault(reference, result.body_hash) == result.body_hash
        assert backward.setdefault(result.body_hash, reference) == reference
    assert len(forward) > 500  # many different bodies, not a few repeated


def test_a_body_keeps_its_hash_at_another_depth_but_not_with_a_line_reindented() -> None:
    def body_hashes(text: str) -> dict[str, str]:
        parsed = parse_file(make_source("a.py", text.encode()))
        return {e.qualified_name: e.fingerprint.body_hash for e in parsed.entities}

    nested = body_hashes(
        "class A:\n    def f(self):\n        if x:\n            y()\n        z()\n"
    )
    top = body_hashes("def f(self):\n    if x:\n        y()\n    z()\n")
    reindented = body_hashes("def f(self):\n    if x:\n        y()\n        z()\n")
    assert nested["A.f"] == top["f"]
    assert top["f"] != reindented["f"]
