"""A seeded sample of the renames and moves semdiff reports on real Clojure history.

    python bench/clojure_sample.py               # the sample (50 items), then totals
    python bench/clojure_sample.py --all         # every reported rename and move
    python bench/clojure_sample.py --unpaired    # also every removed and added entity

Debian ships one version of each Clojure library, but several of its libraries are later
versions of another one, the code carried over by their authors: tools.nrepl 0.2.13 became
nREPL 1.0.0 (`clojure.tools.nrepl.*` renamed `nrepl.*`), clojure-complete 0.2.5 became
incomplete 0.1.0 and then nREPL's `nrepl.util.completion`, and fast-zip 0.5.0 is clojure.zip
(Clojure 1.11.1) rewritten with protocols and records. Each line of descent is a git history
built here, one commit per version, the sources under src/ as the jar holds them, compared
commit by commit with `semdiff git PARENT COMMIT`.

The inputs are Debian bookworm's binary packages (`apt-get download`, unpacked with
`dpkg-deb -x`), kept in bench/.cache/clojure-debian; the histories go to
bench/.cache/clojure-history. An item is an entity reported renamed or moved, as in
bench/history_sample.py; the sample holds every rename and, drawn with the seed, as many
moves (to another file or parent) as make up its size.
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from history_sample import (
    CACHE,
    QUOTA_ORDER,
    Item,
    Pair,
    items,
    print_flag_counts,
    print_item,
    run,
    sample,
    unpaired,
)

DEBS = CACHE / "clojure-debian"
HISTORIES = CACHE / "clojure-history"
PACKAGES = {
    "libtools-nrepl-clojure": "tools.nrepl-0.2.13.jar",
    "libnrepl-clojure": "nrepl-1.0.0.jar",
    "libcomplete-clojure": "clojure-complete-0.2.5.jar",
    "libnrepl-incomplete-clojure": "incomplete-0.1.0.jar",
    "libclojure-java": "clojure-1.11.1.jar",
    "libfast-zip-clojure": "fast-zip-0.5.0.jar",
}
"""Each package and the jar of its sources under /usr/share/java."""
HISTORY = {
    "nrepl": [
        ("tools.nrepl 0.2.13", "tools.nrepl-0.2.13.jar", ""),
        ("nREPL 1.0.0", "nrepl-1.0.0.jar", ""),
    ],
    "completion": [
        ("clojure-complete 0.2.5", "clojure-complete-0.2.5.jar", ""),
        ("incomplete 0.1.0", "incomplete-0.1.0.jar", ""),
        ("nREPL 1.0.0's nrepl.util.completion", "nrepl-1.0.0.jar", "nrepl/util/completion.clj"),
    ],
    "zip": [
        ("clojure.zip of Clojure 1.11.1", "clojure-1.11.1.jar", "clojure/zip.clj"),
        ("fast-zip 0.5.0", "fast-zip-0.5.0.jar", ""),
    ],
}
"""Each line of descent: its versions, oldest first (label, jar, the one file taken or "")."""
SUFFIXES = (".clj", ".cljc", ".cljs")


def fetch() -> None:
    """Download and unpack the packages that are not there yet."""
    DEBS.mkdir(parents=True, exist_ok=True)
    for package in PACKAGES:
        if not list(DEBS.glob(f"{package}_*.deb")):
            subprocess.run(["apt-get", "download", package], cwd=DEBS, check=True)
        unpacked = DEBS / package
        if not unpacked.exists():
            deb = next(DEBS.glob(f"{package}_*.deb"))
            subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)


def jar(name: str) -> Path:
    return next(path for path in DEBS.glob(f"*/usr/share/java/{name}"))


def git(repo: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=sample", "-c", "user.email=sample@localhost", *args]
    return subprocess.run(command, cwd=repo, check=True, capture_output=True, text=True).stdout


def build(name: str) -> Path:
    """The history `name`, built once: a commit per version, its sources under src/."""
    repo = HISTORIES / name
    if (repo / ".complete").exists():
        return repo
    subprocess.run(["rm", "-rf", str(repo)], check=True)
    repo.mkdir(parents=True)
    git(repo, "init", "-q")
    for label, jar_name, only in HISTORY[name]:
        subprocess.run(["rm", "-rf", str(repo / "src")], check=True)
        with zipfile.ZipFile(jar(jar_name)) as archive:
            for member in archive.namelist():
                if member.startswith("META-INF/") or member == "project.clj":
                    continue
                if member.endswith(SUFFIXES) and (not only or member == only):
                    target = repo / "src" / member
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(member))
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", label)
    (repo / ".complete").write_text("")
    return repo


def pairs() -> list[Pair]:
    found = []
    for name in HISTORY:
        repo = build(name)
        log = git(repo, "log", "--reverse", "--format=%H %s").splitlines()
        for before, after in itertools.pairwise(log):
            parent, old = before.split(" ", 1)
            commit, new = after.split(" ", 1)
            found.append(Pair(name, f"{old} → {new}", ("git", parent, commit), repo))
    return found


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size", type=int, default=50, help="items in the sample")
    parser.add_argument("--unpaired", action="store_true", help="list removed and added entities")
    parser.add_argument("--all", action="store_true", help="list every item, not a sample")
    args = parser.parse_args(argv)
    fetch()
    compared = pairs()
    found: list[Item] = []
    for pair in compared:
        document = run(pair)
        found += items(pair, document)
        if args.unpaired:
            lines = unpaired(pair, document)
            if lines:
                print(f"{pair.label}: removed and added\n" + "\n".join(lines))
    # Every rename (the rarer and harder verdict), then moves drawn to make up the size.
    renames = [item for item in found if "renamed" in item.flags]
    moves = [item for item in found if "renamed" not in item.flags]
    drawn = sample(moves, "clojure", {"code": args.size - len(renames)}, args.seed)
    chosen = found if args.all else [*renames, *drawn]
    chosen.sort(key=lambda item: (compared.index(item.pair), item.old))
    for number, item in enumerate(chosen, 1):
        print_item(number, item)
    print()
    print(f"{'pair':<55} reported   code  reordered only")
    for pair in compared:
        mine = [item for item in found if item.pair == pair]
        code, _, only = (sum(item.stratum == name for item in mine) for name in QUOTA_ORDER)
        print(f"{pair.label:<55} {len(mine):>8}  {code:>5}  {only:>14}")
    print_flag_counts(found)


if __name__ == "__main__":
    main()
