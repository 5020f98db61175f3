"""`s` in the Emacs review buffer on a 30-file change: time to return control, time to redraw.

    python bench/emacs_stage.py                 # 5 presses, through the server and without
    python bench/emacs_stage.py --files 30 --runs 5
    python bench/emacs_stage.py --lisp DIR      # DIR/semdiff.el: another version, to compare

Builds a git repository of FILES Python modules (six functions each), changes two functions in
every module, opens `M-x semdiff` in a batch Emacs (this checkout's emacs/semdiff.el, the CLI of
this interpreter) and presses `s` on one entity RUNS times, unstaging it with `u` between
presses. For each press: the seconds until the command returns (Emacs is frozen until then) and
until the buffer has been redrawn (the asynchronous refresh has ended). Run on demand, not in
CI; docs/performance.md ("Emacs: s on a 30-file change") records a run. Needs emacs and
magit-section (scripts/check-emacs installs them).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ACTIVATE = """(progn (require 'package)
  (setq package-directory-list
        (append (list "/usr/share/emacs/site-lisp/elpa") package-directory-list))
  (package-activate-all))"""

# Runs in Emacs: open the review buffer, then press s (and u to undo it) RUNS times.
DRIVER = r"""
(progn
  (require 'semdiff)
  (setq semdiff-use-server %(server)s)
  (setq semdiff-command (list "%(python)s" "-m" "semdiff"))
  (defun bench-wait (buffer)
    (while (buffer-local-value 'semdiff--processes buffer)
      (accept-process-output nil 0.005)))
  (defun bench-entity (role name)
    (cl-find-if (lambda (section)
                  (and (eq (oref (semdiff--ancestor 'semdiff-group-section section) value) role)
                       (string-match-p (concat " " name "\\( \\|$\\)")
                                       (buffer-substring-no-properties
                                        (oref section start)
                                        (save-excursion (goto-char (oref section start))
                                                        (line-end-position))))))
                (let (found)
                  (cl-labels ((walk (section)
                                (when (object-of-class-p section 'semdiff-entity-section)
                                  (push section found))
                                (mapc #'walk (oref section children))))
                    (walk magit-root-section))
                  (nreverse found))))
  (defun bench-press (buffer key role)
    (switch-to-buffer buffer)
    (goto-char (oref (bench-entity role "f0_1") start))
    (let ((start (float-time)))
      (execute-kbd-macro (kbd key))
      (let ((returned (- (float-time) start)))
        (bench-wait buffer)
        (list returned (- (float-time) start)))))
  (let* ((default-directory "%(repo)s/")
         (start (float-time))
         (buffer (semdiff))
         (results nil))
    (bench-wait buffer)
    (let ((first (- (float-time) start)))
      (dotimes (_ %(runs)d)
        (push (bench-press buffer "s" 'unstaged) results)
        (bench-press buffer "u" 'staged))
      (when (fboundp 'semdiff-stop-server) (semdiff-stop-server))
      (princ (json-encode (list (cons 'open first)
                                (cons 'presses (vconcat (mapcar #'vconcat (nreverse results)))))))
      (terpri))))
"""


def module(index: int, changed: bool) -> str:
    """A module of six functions; `changed` edits two of them."""
    parts = []
    for number in range(6):
        body = f"    total = {number} + value\n    for step in range(value):\n"
        body += "        total += step * 2\n    return total\n"
        if changed and number in (1, 4):
            body = body.replace("step * 2", f"step * {index + 3}")
        parts.append(f"def f{index}_{number}(value):\n{body}")
    return "\n\n".join(parts)


def make_repo(root: Path, files: int) -> None:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"}

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=root, check=True, env=env, capture_output=True)

    git("init", "-q", "-b", "main")
    for index in range(files):
        (root / f"m{index:02}.py").write_text(module(index, changed=False))
    git("add", "-A")
    git("-c", "user.name=b", "-c", "user.email=b@b", "commit", "-q", "-m", "base")
    for index in range(files):
        (root / f"m{index:02}.py").write_text(module(index, changed=True))


def run(repo: Path, runs: int, *, server: bool, lisp: Path) -> dict[str, object]:
    driver = DRIVER % {
        "server": "t" if server else "nil",
        "python": sys.executable,
        "repo": repo,
        "runs": runs,
    }
    done = subprocess.run(
        ["emacs", "-Q", "-batch", "--eval", ACTIVATE, "-L", str(lisp), "--eval", driver],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"},
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--lisp",
        type=Path,
        default=ROOT / "emacs",
        help="the directory of the semdiff.el to measure (another version, to compare)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="semdiff-bench-emacs-") as tmp:
        repo = Path(tmp)
        make_repo(repo, args.files)
        print(
            f"s on one entity of a {args.files}-file change ({args.files * 2} entities), "
            f"median of {args.runs} presses"
        )
        print(f"{'transport':<22} {'open':>7} {'returns':>9} {'redrawn':>9}")
        for server in (True, False):
            result = run(repo, args.runs, server=server, lisp=args.lisp)
            presses = result["presses"]
            assert isinstance(presses, list)
            returned = statistics.median(p[0] for p in presses)
            redrawn = statistics.median(p[1] for p in presses)
            name = "semdiff serve" if server else "a process per call"
            print(f"{name:<22} {result['open']:>6.2f}s {returned:>8.2f}s {redrawn:>8.2f}s")


if __name__ == "__main__":
    main()
