"""`python -m bench.accuracy`: fetch, build the cases, run semdiff on them, score, report.

Cases are built in this process (the transformations need semdiff's extraction, cached per
file) and handed to worker processes as soon as they stand, so building and running overlap.
Results are gathered by case id, so the report does not depend on which worker ran what.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from .cases import generate
from .catalog import LANGUAGES, PACKAGES
from .corpus import build
from .fetch import Fetched, fetch_all
from .kinds import BY_NAME, KINDS
from .report import Result, document, markdown
from .runner import Job, Outcome, command, execute, write_case
from .scoring import score
from .truth import Case

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "bench" / ".cache" / "accuracy"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.accuracy",
        description="Matching accuracy of semdiff on transformed real code (issue 8).",
    )
    parser.add_argument(
        "--languages",
        default=",".join(LANGUAGES),
        help=f"comma-separated (default: {','.join(LANGUAGES)})",
    )
    parser.add_argument(
        "--kinds",
        default=",".join(k.name for k in KINDS),
        help="comma-separated transformations (default: all)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=int, default=10, help="cases per kind and language (10)")
    parser.add_argument("--files", type=int, default=30, help="files read per language (30)")
    parser.add_argument(
        "--max-file-kb", type=int, default=40, help="largest file transformed, in KiB (40)"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--engine",
        choices=("cli", "api"),
        default="cli",
        help="run semdiff as a process (cli, default) or in the worker (api, faster)",
    )
    parser.add_argument("--out", type=Path, help="write the JSON report here")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--offline", action="store_true", help="use only what is cached")
    parser.add_argument("--keep-cases", action="store_true", help="keep every case's files")
    parser.add_argument("--case", help="rebuild and run one case by id, and keep its files")
    args = parser.parse_args(argv)
    args.languages = [x for x in args.languages.split(",") if x]
    args.kinds = [x for x in args.kinds.split(",") if x]
    if args.case:
        language, kind, number = args.case.rsplit("-", 2)
        args.languages, args.kinds = [language], [kind]
        args.limit = max(args.limit, int(number) + 1)
    unknown = [x for x in args.languages if x not in LANGUAGES] + [
        x for x in args.kinds if x not in BY_NAME
    ]
    if unknown:
        parser.error(f"unknown language or kind: {', '.join(unknown)}")
    return args


def _revision() -> str:
    """Which semdiff was measured: the commit, `-dirty` when the work tree differs from it."""
    try:
        process = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return process.stdout.strip() or "unknown"


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _sources(fetched: list[Fetched]) -> list[dict[str, Any]]:
    return [
        {
            "registry": f.package.registry,
            "name": f.package.name,
            "language": f.package.language,
            "version": f.version,
            "origin": f.origin,
            "error": f.error,
        }
        for f in fetched
    ]


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    started = time.perf_counter()
    cache: Path = args.cache
    packages = tuple(p for p in PACKAGES if p.language in args.languages)
    _say(f"fetching {len(packages)} packages into {cache} ...")
    fetched = fetch_all(packages, cache, offline=args.offline)
    for f in fetched:
        state = f"FAILED: {f.error}" if f.error else f"{f.version} ({f.origin})"
        _say(f"  {f.package.registry:6} {f.package.name:30} {state}")

    workdir = cache / "cases"
    if workdir.exists():
        shutil.rmtree(workdir)  # the previous run's cases: ids are reused
    workdir.mkdir(parents=True)
    skipped: dict[tuple[str, str], Counter[str]] = {}
    corpus_info: dict[str, dict[str, Any]] = {}
    built: dict[str, Case] = {}
    futures: dict[str, Future[Outcome]] = {}
    with ProcessPoolExecutor(max(1, args.jobs), mp_context=get_context("fork")) as pool:
        for language in args.languages:
            began = time.perf_counter()
            corpus, examined = build(
                language,
                fetched,
                files=args.files,
                max_bytes=args.max_file_kb * 1024,
                seed=args.seed,
            )
            corpus_info[language] = {
                "files": [p.path for p in corpus.files],
                "examined": examined,
            }
            if not corpus.files:
                _say(f"{language}: no source files (see the fetch errors above); skipped")
                continue
            count = 0
            for kind in args.kinds:
                cases, reasons = generate(BY_NAME[kind], corpus, seed=args.seed, limit=args.limit)
                skipped[(kind, language)] = reasons
                for case in cases:
                    if args.case and case.id != args.case:
                        continue
                    directory = workdir / case.id
                    write_case(case, directory)
                    built[case.id] = case
                    futures[case.id] = pool.submit(
                        execute, Job(case.id, str(directory), args.engine)
                    )
                    count += 1
            _say(
                f"{language}: {len(corpus.files)} files, {count} cases built "
                f"in {time.perf_counter() - began:.0f} s"
            )
        outcomes = {case_id: future.result() for case_id, future in sorted(futures.items())}

    results = []
    for case_id, outcome in outcomes.items():
        case = built[case_id]
        case_score = score(case.expectations, outcome.reported) if outcome.error is None else None
        result = Result(
            id=case.id,
            language=case.language,
            kind=case.kind,
            note=case.note,
            sources=case.sources,
            edited=case.edited,
            score=case_score,
            error=outcome.error,
            directory=str(workdir / case.id),
            seconds=outcome.seconds,
        )
        if not (result.flawed or args.keep_cases or args.case):
            shutil.rmtree(workdir / case.id)
            result = replace(result, directory=None)
        results.append(result)

    seconds = time.perf_counter() - started
    order = {lang: i for i, lang in enumerate(LANGUAGES)}
    languages = sorted(args.languages, key=lambda x: order[x])
    print(markdown(results, languages, skipped))
    crashed = sum(1 for r in results if r.score is None)
    failing = sum(1 for r in results if r.failed) - crashed
    flags = sum(1 for r in results if r.flawed and not r.failed)
    print(
        f"{len(results)} cases: {failing} with pairing errors, {flags} with only flag misses, "
        f"{crashed} where semdiff failed; {seconds:.0f} s"
    )
    if args.case:
        _show_case(results, workdir)
    if args.out:
        settings = {
            key: value
            for key, value in vars(args).items()
            if key not in ("out", "cache") and not isinstance(value, Path)
        }
        settings["semdiff_revision"] = _revision()
        settings["command"] = shlex.join(
            ["python", "-m", "bench.accuracy", *(argv or sys.argv[1:])]
        )
        doc = document(
            results,
            settings=settings,
            sources=_sources(fetched),
            skipped=skipped,
            corpus=corpus_info,
            seconds=seconds,
        )
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        _say(f"wrote {args.out}")
    return 0


def _show_case(results: list[Result], workdir: Path) -> None:
    for r in results:
        directory = workdir / r.id
        print(f"{r.id}: {r.note}")
        print(f"  files: {directory}/old, {directory}/new")
        print(f"  semdiff: {shlex.join(command(directory / 'old', directory / 'new'))}")
        if r.error:
            print(f"  semdiff failed: {r.error}")
        for miss in r.score.misses if r.score else ():
            print(f"  {miss.error}: expected {miss.expected}; got {miss.got}")
