"""The real-commit benchmark on this checkout's semdiff: shared/eval-dev's run.py, wrapped.

    python bench/realcommits.py                                  # all 420 commits, ~1 min
    python bench/realcommits.py --failures /tmp/failures.jsonl   # and what did not hold
    python bench/realcommits.py --dataset codeshovel-oracle-python --limit 20

The benchmark (420 real commits, hand-validated oracles: its README.md) lives outside the
project, in ../shared/eval-dev from the repository's root (`--eval-dev DIR` or the environment
variable SEMDIFF_EVAL_DEV for another place); its corpus unpacks into the user's cache, never
into the project. semdiff runs as the `semdiff` script beside this interpreter (else as
`python -m semdiff` through a wrapper script), with this checkout first on its path and
without a user's semdiff or git settings. The table is run.py's own; so is the exit status.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval-dev"
PASSED = ("failures", "dataset", "limit", "jobs", "corpus")
"""Options handed to run.py as they are."""


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python bench/realcommits.py",
        description="semdiff's accuracy on real commits (shared/eval-dev), on this checkout.",
    )
    parser.add_argument(
        "--eval-dev",
        type=Path,
        default=Path(os.environ.get("SEMDIFF_EVAL_DEV") or DEFAULT),
        help=f"the benchmark's directory (default: $SEMDIFF_EVAL_DEV, else {DEFAULT})",
    )
    parser.add_argument("--failures", help="write each expectation that does not hold here")
    parser.add_argument("--dataset", help="run one dataset only")
    parser.add_argument("--limit", type=int, help="run the first N cases only")
    parser.add_argument("--jobs", type=int, help="semdiff processes at once (default: CPUs)")
    parser.add_argument("--corpus", help="where the corpus is unpacked (default: user cache)")
    return parser.parse_args(argv)


def semdiff_program(scratch: Path) -> str:
    """The `semdiff` script beside this interpreter, else a wrapper running `-m semdiff`."""
    script = Path(sys.executable).with_name("semdiff")
    if script.is_file() and os.access(script, os.X_OK):
        return str(script)
    wrapper = scratch / "semdiff"
    wrapper.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m semdiff "$@"\n')
    wrapper.chmod(0o755)
    return str(wrapper)


def command(args: argparse.Namespace, semdiff: str) -> list[str]:
    options = [
        item
        for name in PASSED
        if getattr(args, name) is not None
        for item in (f"--{name}", str(getattr(args, name)))
    ]
    return [sys.executable, str(args.eval_dev / "run.py"), semdiff, *options]


def environment(scratch: Path) -> dict[str, str]:
    """This checkout first on the path; no user config, language map or git diff settings."""
    keep = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SEMDIFF_", "GIT_")) and key != "XDG_CONFIG_HOME"
    }
    keep["XDG_CONFIG_HOME"] = str(scratch / "no-config")
    keep["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return keep


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    if not (args.eval_dev / "run.py").is_file():
        print(
            f"realcommits: no benchmark at {args.eval_dev} (no run.py there); "
            "point --eval-dev or SEMDIFF_EVAL_DEV at shared/eval-dev",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory(prefix="semdiff-realcommits-") as scratch:
        env = environment(Path(scratch))
        semdiff = semdiff_program(Path(scratch))
        check = subprocess.run(
            [semdiff, "--version"], capture_output=True, text=True, env=env, check=False
        )
        if check.returncode != 0:
            reason = (check.stderr.strip().splitlines() or ["no output"])[-1]
            print(f"realcommits: {semdiff} does not run: {reason}", file=sys.stderr)
            return 2
        return subprocess.run(command(args, semdiff), env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
