"""A seeded sample of the renames and moves semdiff reports on real release histories.

    python bench/history_sample.py                # the sample (about 60 items), then totals
    python bench/history_sample.py --unpaired     # also every removed and added entity, per pair

Sources, all in bench/.cache (bench/run.py prepares them): every successive pair of releases
in the hypothesis history repository (one commit per PyPI release, compared with
`semdiff git PARENT COMMIT`), and Django 5.0 against 5.1 (two unpacked sdists, compared as
directories). semdiff runs as `python -m semdiff` with this interpreter, JSON output.

An item is any entity reported with a `renamed`, `moved_parent`, `moved_file` or `reordered`
flag. From each source the sample draws up to `--code` items among the code entities renamed
or moved to another parent or file, up to `--data` among the keys and tables of data files
(a Cargo.lock), and up to `--reordered` among those only reordered. Same inputs, same seed,
same sample. docs/matching-sample.md records a run and the verdicts.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
HISTORY = CACHE / "hypothesis-history"
DJANGO = (CACHE / "django-5.0" / "Django-5.0", CACHE / "django-5.1" / "Django-5.1")
SEMDIFF = [sys.executable, "-m", "semdiff"]
MOVE_FLAGS = ("renamed", "moved_parent", "moved_file", "reordered")
QUOTA_ORDER = ("code", "data", "reordered")
DATA_KINDS = ("key", "section")
"""Kinds of data files (JSON, YAML, TOML keys and tables): a Cargo.lock can outnumber the code."""


@dataclass(frozen=True)
class Pair:
    """One comparison: a source, a label for people, and how to run it."""

    source: str
    label: str
    args: tuple[str, ...]
    cwd: Path


@dataclass(frozen=True)
class Item:
    """One entity reported renamed or moved."""

    pair: Pair
    kind: str
    old: str
    new: str
    flags: tuple[str, ...]
    similarity: float | None
    phase: str

    @property
    def reordered_only(self) -> bool:
        return self.flags == ("reordered",)

    @property
    def stratum(self) -> str:
        """What the sample draws separately: code, keys of data files, reorderings."""
        if self.reordered_only:
            return "reordered"
        return "data" if self.kind in DATA_KINDS else "code"


def git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=HISTORY, check=True, capture_output=True, text=True
    ).stdout


def history_pairs() -> list[Pair]:
    """Each release of the history against the one before it, oldest first."""
    pairs = []
    releases = [line.split() for line in git("log", "--reverse", "--format=%H %s").splitlines()]
    for (parent, _, old), (commit, _, new) in itertools.pairwise(releases):
        label = f"hypothesis {old} → {new} ({parent[:7]}..{commit[:7]})"
        pairs.append(Pair("hypothesis", label, ("git", parent, commit), HISTORY))
    return pairs


def django_pairs() -> list[Pair]:
    old, new = DJANGO
    return [Pair("django", "Django 5.0 → 5.1", (str(old), str(new)), CACHE)]


def run(pair: Pair) -> dict[str, Any]:
    # semdiff exits 0 after a diff (1 for differences, before it followed git diff), 2 on trouble.
    done = subprocess.run(
        [*SEMDIFF, *pair.args, "--format", "json"],
        cwd=pair.cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in (0, 1):
        sys.exit(f"{pair.label}: semdiff failed: {done.stderr.strip()}")
    document: dict[str, Any] = json.loads(done.stdout)
    return document


def place(side: dict[str, Any]) -> str:
    span = side["span"]
    return f"{side['qualified_name']}  {side['path']}:{span['start_line']}-{span['end_line']}"


def items(pair: Pair, document: dict[str, Any]) -> list[Item]:
    found = []
    for entity in document["entities"]:
        flags = tuple(flag for flag in entity["flags"] if flag in MOVE_FLAGS)
        if not flags:
            continue
        match = entity.get("match") or {}
        found.append(
            Item(
                pair,
                entity["kind"],
                place(entity["old"]),
                place(entity["new"]),
                flags,
                entity["similarity"],
                str(match.get("phase", "?")),
            )
        )
    return found


def sample(found: Sequence[Item], source: str, quotas: dict[str, int], seed: int) -> list[Item]:
    """Up to `quotas[stratum]` items of each stratum, drawn with a generator seeded per source."""
    rng = Random(f"{seed}:{source}")
    picked: list[Item] = []
    for stratum, quota in quotas.items():
        candidates = [item for item in found if item.stratum == stratum]
        picked += rng.sample(candidates, min(quota, len(candidates)))
    return picked


def unpaired(pair: Pair, document: dict[str, Any]) -> list[str]:
    lines = []
    for entity in document["entities"]:
        if entity["status"] not in ("added", "removed") or entity["kind"] == "module":
            continue
        side = entity["old"] or entity["new"]
        sign = "-" if entity["status"] == "removed" else "+"
        lines.append(f"    {sign} {entity['kind']:<9} {place(side)}")
    return lines


def print_item(number: int, item: Item) -> None:
    similarity = "-" if item.similarity is None else f"{item.similarity:.2f}"
    print(f"{number:>3}. {item.pair.label}  [{item.kind}, {item.phase}]")
    print(f"     old  {item.old}")
    print(f"     new  {item.new}")
    print(f"     {', '.join(item.flags)}  similarity {similarity}")


def print_flag_counts(found: Sequence[Item]) -> None:
    """How many items carry each combination of flags, the most common first."""
    flags: dict[tuple[str, ...], int] = {}
    for item in found:
        flags[item.flags] = flags.get(item.flags, 0) + 1
    for combination, total in sorted(flags.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"    {total:>4}  {' + '.join(combination)}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--code", type=int, default=28, help="code renames and moves per source")
    parser.add_argument("--data", type=int, default=3, help="data-file keys per source")
    parser.add_argument("--reordered", type=int, default=2, help="reordered-only items per source")
    parser.add_argument("--jobs", type=int, default=2, help="semdiff processes at once")
    parser.add_argument("--unpaired", action="store_true", help="list removed and added entities")
    parser.add_argument("--all", action="store_true", help="list every item, not a sample")
    args = parser.parse_args(argv)
    missing = [str(path) for path in (HISTORY / ".complete", *DJANGO) if not path.exists()]
    if missing:
        sys.exit(f"missing {', '.join(missing)}: run `python bench/run.py --only history big-diff`")

    pairs = [*history_pairs(), *django_pairs()]
    with ThreadPoolExecutor(args.jobs) as pool:
        documents = list(pool.map(run, pairs))

    by_source: dict[str, list[Item]] = {}
    for pair, document in zip(pairs, documents, strict=True):
        by_source.setdefault(pair.source, []).extend(items(pair, document))
        if args.unpaired:
            lines = unpaired(pair, document)
            if lines:
                print(f"{pair.label}: removed and added")
                print("\n".join(lines))
    if args.unpaired:
        print()

    quotas = dict(zip(QUOTA_ORDER, (args.code, args.data, args.reordered), strict=True))
    number = 0
    for source, found in by_source.items():
        for item in found if args.all else sample(found, source, quotas, args.seed):
            number += 1
            print_item(number, item)

    print()
    print("source       pairs  reported   code   data  reordered only")
    for source, found in by_source.items():
        count = sum(pair.source == source for pair in pairs)
        code, data, only = (sum(item.stratum == name for item in found) for name in QUOTA_ORDER)
        print(f"{source:<12} {count:>5}  {len(found):>8}  {code:>5}  {data:>5}  {only:>14}")
        print_flag_counts(found)


if __name__ == "__main__":
    main()
