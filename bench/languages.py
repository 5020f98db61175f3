"""Extract every file under some directories of real code and report, per language, what came
out: files, entities by kind, files that fell back to a line diff (and why), exceptions.

    python bench/languages.py DIR... [--show N] [--language LANG]

It is how a new language is tried on real code (docs/languages.md): no exception may escape,
and the kinds and names printed with --show must read as the language's definitions.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
import traceback
from pathlib import Path

from semdiff.extract import parse_file
from semdiff.sources import make_source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("roots", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print N entities per language")
    parser.add_argument("--language", help="only files of this language")
    args = parser.parse_args(argv)

    files: collections.Counter[str] = collections.Counter()
    kinds: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    fallbacks: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    shown: dict[str, list[str]] = collections.defaultdict(list)
    seconds: dict[str, float] = collections.defaultdict(float)
    with_errors: collections.Counter[str] = collections.Counter()
    failures = 0
    paths = sorted(p for root in args.roots for p in [root, *root.rglob("*")] if p.is_file())
    for path in paths:
        source = make_source(str(path), path.read_bytes())
        if source.language is None or (args.language and source.language != args.language):
            continue
        files[source.language] += 1
        started = time.perf_counter()
        try:
            parsed = parse_file(source)
        except Exception:  # the point is to report every one
            failures += 1
            print(f"EXCEPTION {path}\n{traceback.format_exc()}", file=sys.stderr)
            continue
        finally:
            seconds[source.language] += time.perf_counter() - started
        if parsed.parse_errors:
            with_errors[source.language] += 1
        if parsed.fallback is not None:
            fallbacks[source.language][parsed.fallback.reason.split(" (first")[0]] += 1
        for entity in parsed.entities:
            kinds[source.language][entity.kind] += 1
            if len(shown[source.language]) < args.show:
                where = f"{path}:{entity.span.start_line}"
                shown[source.language].append(f"    {entity.kind} {entity.qualified_name}  {where}")
    for language in sorted(files):
        total = sum(kinds[language].values())
        print(
            f"{language}: {files[language]} files, {total} entities, "
            f"{sum(fallbacks[language].values())} line-diff fallbacks, "
            f"{with_errors[language]} files with syntax errors, "
            f"{seconds[language]:.2f} s"
        )
        print("  kinds: " + ", ".join(f"{k} {n}" for k, n in kinds[language].most_common()))
        for reason, count in fallbacks[language].most_common():
            print(f"  fallback ×{count}: {reason}")
        print("\n".join(shown[language]) if shown[language] else "", end="")
        print("\n" if shown[language] else "", end="")
    if failures:
        print(f"{failures} files raised an exception", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
