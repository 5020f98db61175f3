"""semdiff's benchmark: one command, inputs prepared here, medians and side-by-side ratios.

    python bench/run.py                 # every workload (downloads ~120 MB once, ~20 min)
    python bench/run.py --only latency scale --runs 3

Inputs go to bench/.cache (made once, reused): two Django releases and the last 201
hypothesis releases from PyPI, the history repository built from those, and generated files.
Each workload runs semdiff as a user would (a new process through the CLI), several times; the
table gives medians, and ratios to a reference measured in the same run, since absolute times
vary from machine to machine. docs/performance.md records a run and the targets.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # the generators live next to this file

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
PYTHON = sys.executable
SEMDIFF = [PYTHON, "-m", "semdiff"]
# The libraries semdiff needs for a text diff, as deep as it imports them (rich.console, not
# just rich's package).
FLOOR = [
    PYTHON,
    "-c",
    "import typer, rich.console, rapidfuzz.distance, tree_sitter, tree_sitter_language_pack",
]
DJANGO = ("5.0", "5.1")
HISTORY_PACKAGE, HISTORY_COMMITS = "hypothesis", 200
GIT_ENV = {
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_AUTHOR_NAME": "bench",
    "GIT_AUTHOR_EMAIL": "bench@example.com",
    "GIT_COMMITTER_NAME": "bench",
    "GIT_COMMITTER_EMAIL": "bench@example.com",
}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_kb: int
    cpu: float = 0.0
    """User plus system CPU seconds: wall time hides work spread over cores (the parse
    workers) and counts time spent waiting."""


@dataclass(frozen=True)
class Row:
    workload: str
    what: str
    runs: list[Run]
    reference: str = ""
    reference_runs: list[Run] | None = None
    target: str = ""

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def cpu_median(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(r.peak_kb for r in self.runs) / 1024

    @property
    def ratio(self) -> float | None:
        """Of CPU times: what the machine spends, whatever the cores and the waiting."""
        if not self.reference_runs:
            return None
        return self.cpu_median / statistics.median(r.cpu for r in self.reference_runs)


def measure(
    command: Sequence[str], runs: int, *, cwd: Path | None = None, warm_up: bool = True
) -> list[Run]:
    """Wall time and peak memory of `command`, `runs` times (its output discarded), after one
    warm-up run that is not counted: it fills the OS file cache and Python's bytecode cache,
    as any installed tool has them (pip compiles bytecode at install)."""
    results = []
    env = {**os.environ, **GIT_ENV, "SEMDIFF_COLOR": "never"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for attempt in range(runs + 1 if warm_up else runs):
        start = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        stderr = process.stderr.read().decode() if process.stderr else ""
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(command)} exited with {code}: {stderr}")
        if attempt or not warm_up:
            results.append(Run(seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime))
    return results


def measure_side_by_side(
    first: Sequence[str], second: Sequence[str], runs: int
) -> tuple[list[Run], list[Run]]:
    """Both commands, in turns: a short workload's ratio to its reference then holds even
    when the machine's speed drifts during the run (another process, CPU frequency)."""
    measure(first, 0)
    measure(second, 0)
    pairs = [
        (measure(first, 1, warm_up=False)[0], measure(second, 1, warm_up=False)[0])
        for _ in range(runs)
    ]
    return [a for a, _ in pairs], [b for _, b in pairs]


def measure_many(commands: Sequence[Sequence[str]], runs: int, *, cwd: Path) -> list[Run]:
    """The total time of running every command once, `runs` times; the largest peak. One
    uncounted run of the first command warms the caches."""
    measure(commands[0], 0, cwd=cwd)
    totals = []
    for _ in range(runs):
        parts = [measure(command, 1, cwd=cwd, warm_up=False)[0] for command in commands]
        totals.append(
            Run(
                sum(p.seconds for p in parts),
                max(p.peak_kb for p in parts),
                sum(p.cpu for p in parts),
            )
        )
    return totals


# Inputs


def _fetch(url: str, target: Path) -> Path:
    if not target.exists():
        partial = target.with_suffix(".part")
        with urllib.request.urlopen(url, timeout=120) as response, partial.open("wb") as out:
            shutil.copyfileobj(response, out)
        partial.rename(target)
    return target


def _sdists(package: str) -> list[tuple[str, str]]:
    """(version, sdist url) of every release with an sdist, oldest first."""
    index = f"https://pypi.org/pypi/{package}/json"
    with urllib.request.urlopen(index, timeout=60) as response:
        data = json.load(response)
    found = []
    for version, files in data["releases"].items():
        for file in files:
            if file["packagetype"] == "sdist" and not file.get("yanked"):
                # Mirrors answer with URLs relative to the index.
                url = urllib.parse.urljoin(index, file["url"])
                found.append((file["upload_time_iso_8601"], version, url))
                break
    return [(version, url) for _, version, url in sorted(found)]


def _unpack(archive: Path, target: Path) -> Path:
    """The sdist's top directory, unpacked under `target` (once)."""
    if not target.exists():
        partial = target.with_name(target.name + ".part")
        shutil.rmtree(partial, ignore_errors=True)
        with tarfile.open(archive) as tar:
            tar.extractall(partial, filter="data")
        partial.rename(target)
    [top] = [p for p in target.iterdir() if p.is_dir()]
    return top


def django_trees() -> tuple[Path, Path]:
    urls = dict(_sdists("Django"))
    trees = []
    for version in DJANGO:
        archive = _fetch(urls[version], CACHE / f"Django-{version}.tar.gz")
        trees.append(_unpack(archive, CACHE / f"django-{version}"))
    return trees[0], trees[1]


def history_repository() -> Path:
    """A git repository with one commit per release, the last HISTORY_COMMITS + 1 of them."""
    repo = CACHE / f"{HISTORY_PACKAGE}-history"
    if (repo / ".complete").exists():
        return repo
    shutil.rmtree(repo, ignore_errors=True)
    releases = _sdists(HISTORY_PACKAGE)[-(HISTORY_COMMITS + 1) :]
    archives = CACHE / f"{HISTORY_PACKAGE}-sdists"
    archives.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(8) as pool:
        paths = list(
            pool.map(lambda release: _fetch(release[1], archives / Path(release[1]).name), releases)
        )
    repo.mkdir(parents=True)
    env = {**os.environ, **GIT_ENV}

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    for (version, _), archive in zip(releases, paths, strict=True):
        for child in repo.iterdir():
            if child.name != ".git":
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        with tarfile.open(archive) as tar:
            tar.extractall(CACHE / "unpack", filter="data")
        [top] = list((CACHE / "unpack").iterdir())
        for child in top.iterdir():
            shutil.move(str(child), repo / child.name)
        shutil.rmtree(CACHE / "unpack")
        git("add", "-A")
        git("commit", "-q", "--allow-empty", "-m", f"{HISTORY_PACKAGE} {version}")
    (repo / ".complete").touch()
    return repo


def changed_sources(old: Path, new: Path) -> list[Path]:
    """Files present on both sides whose bytes differ, or on one side only, with a grammar."""
    from semdiff.languages import detect_language  # noqa: PLC0415

    found = []
    names = {p.relative_to(old) for p in old.rglob("*") if p.is_file()}
    names |= {p.relative_to(new) for p in new.rglob("*") if p.is_file()}
    for name in sorted(names):
        a, b = old / name, new / name
        if a.is_file() and b.is_file() and a.read_bytes() == b.read_bytes():
            continue
        for side in (a, b):
            if side.is_file() and detect_language(str(name)) is not None:
                found.append(side)
    return found


# Workloads


def latency(runs: int) -> list[Row]:
    old, new = generate.small_pair(CACHE / "latency")
    semdiff, floor = measure_side_by_side([*SEMDIFF, str(old), str(new)], FLOOR, runs)
    return [
        Row(
            "latency",
            f"one small pair ({generate.line_count(old)} lines, 3 changed functions)",
            semdiff,
            "python + imports",
            floor,
            "≤ 1.2×",
        )
    ]


SERVED_BATCH = 10
"""Requests per measured run of the served workload: the kernel counts a process's CPU time in
ticks of 10 ms, too coarse for one request."""


def served(runs: int) -> list[Row]:
    """The small pair as a request to a running `semdiff serve` (what the Emacs frontend
    sends), against the cheapest possible new process; with the parse cache, and without (a
    request for files it has not seen)."""
    floor = measure([PYTHON, "-c", "pass"], runs)
    rows = []
    for options, how in (([], ""), (["--cache-mb", "0"], ", no parse cache")):
        what = f"one small pair as a request to semdiff serve{how} (mean of {SERVED_BATCH})"
        rows.append(Row("served", what, _served(runs, options), "python3 -c pass", floor, "≤ 2×"))
    return rows


def _served(runs: int, options: list[str]) -> list[Run]:
    old, new = generate.small_pair(CACHE / "latency")
    request = json.dumps({"id": 0, "argv": [str(old), str(new)], "cwd": str(CACHE)}) + "\n"
    env = {**os.environ, **GIT_ENV, "SEMDIFF_COLOR": "never"}
    server = subprocess.Popen(
        [*SEMDIFF, "serve", *options], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
    )
    requests, answers = server.stdin, server.stdout
    assert requests is not None and answers is not None
    ticks = os.sysconf("SC_CLK_TCK")

    def cpu() -> float:
        fields = Path(f"/proc/{server.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime

    def ask() -> None:
        requests.write(request.encode())
        requests.flush()
        answer = json.loads(answers.readline())
        if answer["exit"] != 0:
            raise SystemExit(f"semdiff serve answered {answer}")

    try:
        ask()  # the first request pays the imports, as the process start does
        results = []
        for _ in range(runs):
            start, cpu_start = time.perf_counter(), cpu()
            for _ in range(SERVED_BATCH):
                ask()
            seconds, cpu_seconds = time.perf_counter() - start, cpu() - cpu_start
            peak = int(Path(f"/proc/{server.pid}/status").read_text().split("VmHWM:")[1].split()[0])
            results.append(Run(seconds / SERVED_BATCH, peak, cpu_seconds / SERVED_BATCH))
    finally:
        requests.close()
        server.wait()
        answers.close()
    return results


def big_diff(runs: int) -> list[Row]:
    old, new = django_trees()
    changed = changed_sources(old, new)
    listing = CACHE / "django-changed.txt"
    listing.write_text("\n".join(str(p) for p in changed), encoding="utf-8")
    parse_only = [PYTHON, str(HERE / "parse_only.py"), str(listing)]
    semdiff = measure([*SEMDIFF, "--summary", str(old), str(new)], runs)
    what = f"Django {DJANGO[0]} → {DJANGO[1]} ({len(changed)} changed source sides)"
    return [
        Row(
            "big diff",
            what,
            semdiff,
            "parse only",
            measure(parse_only, runs),
            "≤ 2.5×, ≤ 250 MB",
        ),
        Row(
            "big diff",
            what,
            semdiff,
            "git diff --no-index --stat",
            measure(["git", "diff", "--no-index", "--stat", str(old), str(new)], runs),
        ),
    ]


def history(runs: int) -> list[Row]:
    repo = history_repository()
    commands = [[*SEMDIFF, "show", f"HEAD~{k}"] for k in range(HISTORY_COMMITS)]
    git_commands = [["git", "show", "--stat", f"HEAD~{k}"] for k in range(HISTORY_COMMITS)]
    return [
        Row(
            "history",
            f"semdiff show × {HISTORY_COMMITS} ({HISTORY_PACKAGE} releases), total",
            measure_many(commands, runs, cwd=repo),
            "git show --stat × 200",
            measure_many(git_commands, runs, cwd=repo),
        ),
        Row(
            "history",
            f"semdiff log -p over the same {HISTORY_COMMITS} commits, one process",
            measure([*SEMDIFF, "log", "-p", f"-n{HISTORY_COMMITS}"], runs, cwd=repo),
            "git log -p --stat",
            measure(["git", "log", "-p", "--stat", f"-n{HISTORY_COMMITS}"], runs, cwd=repo),
            "≤ 8 s",
        ),
    ]


def scale(runs: int) -> list[Row]:
    rows = []
    per_entity: dict[int, float] = {}
    for size in (1000, 5000, 20000):
        old, new = generate.scale_pair(CACHE / "scale", size)
        # The size budget would send 20k entities to a line diff: measure the engine itself.
        row = Row(
            "scale",
            f"{size} entities: 20% renamed, 10% moved, 10% edited",
            measure([*SEMDIFF, "--summary", "--max-size", "0", str(old), str(new)], runs),
            target="20k: ≤ 3× the time per entity of 1k, < 1 GiB",
        )
        per_entity[size] = row.median / size
        rows.append(row)
    rows.append(
        Row(
            "scale",
            f"time per entity, 20k ÷ 1k: {per_entity[20000] / per_entity[1000]:.2f}×",
            [],
        )
    )
    return rows


def memory(runs: int) -> list[Row]:
    """The scale pair at 64,000 entities (about 9 MB a side), and 20,000 functions added to
    an empty file (each added entity and blank line goes through hunks and alignment)."""
    old, new = generate.scale_pair(CACHE / "scale", 64000)
    added_old, added_new = generate.added_pair(CACHE / "added", 20000)
    return [
        Row(
            "memory",
            "64000 entities: 20% renamed, 10% moved, 10% edited",
            measure([*SEMDIFF, "--summary", "--max-size", "0", str(old), str(new)], runs),
            target="≤ 500 MB",
        ),
        Row(
            "memory",
            "20000 functions added to an empty file",
            measure(
                [*SEMDIFF, "--summary", "--max-size", "0", str(added_old), str(added_new)], runs
            ),
            target="≤ 3 s",
        ),
    ]


def worst_case(runs: int) -> list[Row]:
    rows = []
    for name, make in (
        ("5 MB generated source", generate.big_source),
        ("1 MB minified one-line file", generate.minified),
    ):
        old, new = make(CACHE / "worst")
        check = subprocess.run(
            [*SEMDIFF, "--summary", "--color", "never", str(old), str(new)],
            capture_output=True,
            text=True,
            check=False,
        )
        fallback = "line diff, reason shown" if "(--max-size)" in check.stdout else "structural"
        rows.append(
            Row(
                "worst case",
                f"{name}: {fallback}",
                measure([*SEMDIFF, "--summary", str(old), str(new)], runs),
                target="< 10 s",
            )
        )
    return rows


WORKLOADS: dict[str, Callable[[int], list[Row]]] = {
    "latency": latency,
    "served": served,
    "big-diff": big_diff,
    "history": history,
    "scale": scale,
    "memory": memory,
    "worst-case": worst_case,
}
DEFAULT_RUNS = {
    "latency": 10,
    "served": 10,
    "big-diff": 3,
    "history": 3,
    "scale": 3,
    "memory": 1,
    "worst-case": 3,
}


def table(rows: list[Row]) -> str:
    lines = [
        "| workload | what | median | CPU | peak memory | reference | reference median (CPU) "
        "| ratio (CPU) | target |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        if not row.runs:
            lines.append(f"| {row.workload} | {row.what} | | | | | | | |")
            continue
        reference = (
            f"{statistics.median(r.seconds for r in row.reference_runs):.3f} s "
            f"({statistics.median(r.cpu for r in row.reference_runs):.3f} s)"
            if row.reference_runs
            else ""
        )
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else ""
        lines.append(
            f"| {row.workload} | {row.what} | {row.median:.3f} s | {row.cpu_median:.3f} s "
            f"| {row.peak_mb:.0f} MB "
            f"| {row.reference} | {reference} | {ratio} | {row.target} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", choices=sorted(WORKLOADS), default=list(WORKLOADS))
    parser.add_argument("--runs", type=int, help="runs per measurement (default: per workload)")
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    for name in args.only:
        print(f"… {name}", file=sys.stderr, flush=True)
        rows.extend(WORKLOADS[name](args.runs or DEFAULT_RUNS[name]))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}")
    print(table(rows))


if __name__ == "__main__":
    main()
