"""The files of each language worth transforming, from the fetched packages.

A file qualifies when semdiff gives it the language wanted, it is of moderate size (a real
module, not a generated table: big files also make each case slower), semdiff reads it without
a single syntax error (so that any error after a transformation is the transformation's, and
the case can be dropped), and it has a few entities. The selection is a seeded sample of the
qualifying files, taken in path order: the same seed gives the same files.
"""

from __future__ import annotations

from pathlib import Path
from random import Random

from .code import Parsed, language_of, read
from .fetch import Fetched
from .transform import Corpus

SKIPPED_PARTS = frozenset({"node_modules", "vendor", "dist", "build", ".git", "debian"})
MIN_BYTES = 800
MIN_ENTITIES = 3


def build(
    language: str, fetched: list[Fetched], *, files: int, max_bytes: int, seed: int
) -> tuple[Corpus, int]:
    """The corpus, and how many files were read to fill it."""
    paths: list[tuple[str, Path]] = []
    for item in sorted(fetched, key=lambda f: f.package.name):
        if item.root is None or item.package.language != language:
            continue
        for path in sorted(item.root.rglob("*")):
            relative = path.relative_to(item.root)
            if SKIPPED_PARTS & set(relative.parts[:-1]) or not path.is_file():
                continue
            if path.name.endswith(".d.ts") or path.is_symlink():
                continue
            if MIN_BYTES <= path.stat().st_size <= max_bytes:
                paths.append((f"{item.package.name}/{relative.as_posix()}", path))
    # A seeded order, then the first files that qualify: reading every file of a big
    # package with semdiff's extraction would take longer than the benchmark itself.
    Random(f"{seed}/{language}/files").shuffle(paths)
    chosen: list[Parsed] = []
    examined = 0
    for label, path in paths:
        if len(chosen) >= files:
            break
        data = path.read_bytes()
        if b"\0" in data or language_of(label, data) != language:
            continue
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        examined += 1
        parsed = read(label, data, language)
        if parsed.clean and len(parsed.entities) >= MIN_ENTITIES:
            chosen.append(parsed)
    return Corpus(language, tuple(sorted(chosen, key=lambda p: p.path))), examined
