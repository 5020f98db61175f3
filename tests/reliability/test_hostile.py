"""Hostile and odd inputs (issue 6, part 3): each gives a correct diff or one clear error.

A correct diff: exit 0 (no change) or 1 (changes), no error on stderr, the JSON hunks of every
file rebuild its new text exactly (`tests/support.py: apply_hunks`), and the changed lines show
in the terminal output. A clear error: exit 2, nothing on stdout, one line `semdiff: error: ...`
on stderr, no traceback.

Inputs that could hang or exhaust memory run the real CLI in a subprocess, under limits that
only guard against a hang or a runaway (`HANG_GUARD`, `MEMORY_GUARD`): they are generous on
purpose and are not performance assertions.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from semdiff.languages import all_specs
from tests.support import ROOT, Result, apply_hunks, cli, hunks_by_file, load_json

HANG_GUARD = 60.0
"""Seconds a subprocess run may take before the test calls it hung: 100k-deep nesting in JSON
or Python takes about 2 s here, so this is about 30 times what a working run needs."""
BIG_GUARD = 120.0
"""The same for 50k entities (a 700 KB file, and a 30 MB JSON document with every entity)."""
MEMORY_GUARD = 4 * 1024**3
"""Bytes of address space a subprocess run may use: many times what the passing cases use
(about 100 MB), but low enough that a runaway fails its test instead of the shared machine."""
DEPTH = 100_000
SAME_NAME_COUNT = 50_000


@pytest.fixture(autouse=True)
def _no_user_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The user's size limit, language globs and config file must not change these inputs."""
    monkeypatch.delenv("SEMDIFF_MAX_SIZE", raising=False)
    monkeypatch.delenv("SEMDIFF_LANGUAGES", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))


# ---------------------------------------------------------------------------------------------
# Helpers


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _decoded(data: bytes) -> str:
    """The text semdiff diffs: UTF-8, invalid bytes replaced (docs/json.md)."""
    return data.decode("utf-8", errors="replace")


def _assert_no_trouble(result: Result) -> None:
    assert result.code in (0, 1), f"exit {result.code}, stderr: {result.stderr!r}"
    assert "Traceback" not in result.stderr, result.stderr
    assert "semdiff: error" not in result.stderr, result.stderr


def _assert_clear_error(result: Result, *fragments: str) -> None:
    assert result.code == 2, f"exit {result.code}, stderr: {result.stderr[:500]!r}"
    assert result.stdout == ""
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"not one line: {result.stderr!r}"
    assert lines[0].startswith("semdiff: error: "), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def _assert_rebuilds(
    document: dict[str, Any], old: dict[str, bytes], new: dict[str, bytes]
) -> None:
    """Every file's hunks turn its old text into its new text; `old` and `new` map the paths
    the JSON names to the bytes semdiff read. A binary file has no lines to rebuild."""
    hunks = hunks_by_file(document)
    for file in document["files"]:
        name = file["new_path"] or file["old_path"]
        if file["status"] == "binary":
            assert file["fallback"]["reason"] == "binary file", file
            continue
        old_text = _decoded(old[file["old_path"]]) if file["old_path"] else ""
        new_text = _decoded(new[file["new_path"]]) if file["new_path"] else ""
        assert apply_hunks(old_text, hunks[file["id"]]) == new_text, f"{name} does not rebuild"


def _json(*args: str) -> tuple[int, dict[str, Any]]:
    """The exit code (with --exit-code: 1 when the inputs differ) and the JSON."""
    result = cli(*args, "--format", "json", "--exit-code")
    _assert_no_trouble(result)
    return result.code, load_json(result.stdout)


def _text(*args: str) -> str:
    result = cli(*args, "--color", "never")
    _assert_no_trouble(result)
    return result.stdout


def _shows(text: str, op: str, fragment: str) -> None:
    """The terminal output has a diff line `op...` containing `fragment`."""
    assert any(line.startswith(op) and fragment in line for line in text.splitlines()), (
        f"no {op!r} line with {fragment[:80]!r} in:\n{text[:3000]}"
    )


def _pair(
    tmp_path: Path, old: bytes, new: bytes, *args: str, name: str = "a.py"
) -> tuple[dict[str, Any], str]:
    """Diff `old` against `new` as two files named `name`: a correct diff, as JSON and text."""
    a = _write(tmp_path / "old" / name, old)
    b = _write(tmp_path / "new" / name, new)
    code, document = _json(str(a), str(b), *args)
    assert code == (0 if old == new else 1)
    _assert_rebuilds(document, {str(a): old}, {str(b): new})
    text = _text(str(a), str(b), *args)
    return document, text


def _limits(drop_file_permission_overrides: bool) -> Callable[[], None]:
    """What the child runs before exec: the memory guard and, for root, the loss of the
    capabilities that let root read any file (so that permissions apply to it as to anyone)."""
    libc = ctypes.CDLL(None, use_errno=True) if drop_file_permission_overrides else None

    def apply() -> None:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = MEMORY_GUARD if hard == resource.RLIM_INFINITY else min(MEMORY_GUARD, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        if libc is not None:
            # PR_CAPBSET_DROP (24) of CAP_DAC_OVERRIDE (1) and CAP_DAC_READ_SEARCH (2): out of
            # the bounding set, they are out of root's capabilities once it execs.
            for capability in (1, 2):
                if libc.prctl(24, capability, 0, 0, 0) != 0:
                    raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return apply


def _run(
    args: Sequence[str],
    *,
    timeout: float = HANG_GUARD,
    program: Sequence[str] = ("-m", "semdiff"),
    as_anyone: bool = False,
) -> Result:
    """The real CLI (this checkout's) in a subprocess, under the hang and memory guards.
    `as_anyone`: when running as root, without root's power to read unreadable files."""
    command = [sys.executable, *program, *args]
    drop = as_anyone and os.geteuid() == 0
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            timeout=timeout,
            cwd=ROOT,
            preexec_fn=_limits(drop),  # the tests run no threads: fork is safe
            check=False,
        )
    except subprocess.TimeoutExpired:
        done = None
    if done is None:  # failed outside the `except`, so as not to chain the whole command
        shown = " ".join(arg if len(arg) < 100 else arg[:30] + "..." for arg in command)
        pytest.fail(f"no answer within {timeout:.0f} s (hang guard): {shown!r}", pytrace=False)
    return Result(
        done.returncode,
        done.stdout.decode("utf-8", errors="replace"),
        done.stderr.decode("utf-8", errors="replace"),
    )


def _run_json(args: Sequence[str], *, timeout: float = HANG_GUARD) -> tuple[int, dict[str, Any]]:
    """As `_json`, in a subprocess."""
    result = _run([*args, "--format", "json", "--exit-code"], timeout=timeout)
    _assert_no_trouble(result)
    return result.code, load_json(result.stdout)


# ---------------------------------------------------------------------------------------------
# Empty files, a file of only comments

EXTENSIONS = {spec.name: spec.extensions[0] for spec in all_specs() if spec.extensions}


def test_two_empty_files_are_the_same(tmp_path: Path) -> None:
    document, text = _pair(tmp_path, b"", b"")
    assert document["files"] == []
    assert document["summary"]["identical_files"] == 1
    assert "no changes" in text


@pytest.mark.parametrize("language", sorted(EXTENSIONS))
@pytest.mark.parametrize("empty_side", ["old", "new"])
def test_one_side_empty_in_every_language(tmp_path: Path, language: str, empty_side: str) -> None:
    content = b"x = 1\n"  # not valid in every language: it is the empty side that is tested
    old, new = (b"", content) if empty_side == "old" else (content, b"")
    _, text = _pair(tmp_path, old, new, name=f"a.{EXTENSIONS[language]}")
    _shows(text, "+" if empty_side == "old" else "-", "x = 1")


@pytest.mark.parametrize("empty_side", ["old", "new"])
def test_an_empty_file_against_dev_null(tmp_path: Path, empty_side: str) -> None:
    empty = _write(tmp_path / "empty.py", b"")
    args = [os.devnull, str(empty)] if empty_side == "new" else [str(empty), os.devnull]
    code, document = _json(*args)
    assert code == 1
    (file,) = document["files"]
    assert file["status"] == ("added" if empty_side == "new" else "removed")
    _assert_rebuilds(document, {str(empty): b""}, {str(empty): b""})
    # No entity changed, but the file did: the summary must not say "no changes".
    summary = _text(*args).splitlines()[-1]
    assert summary == f"1 empty file {file['status']} in 1 file"


@pytest.mark.parametrize(
    ("name", "old", "new", "shown"),
    [
        ("a.py", "# one\n# two\n", "# one\n# 2\n", ("-# two", "+# 2")),
        (
            "a.js",
            "// one\n/* two\n   three */\n",
            "// one\n/* two\n   3 */\n",
            ("-   three */", "+   3 */"),
        ),
        ("a.lisp", ";;; one\n;; two\n", ";;; one\n;; 2\n", ("-;; two", "+;; 2")),
        ("a.hs", "-- one\n{- two -}\n", "-- one\n{- 2 -}\n", ("-{- two -}", "+{- 2 -}")),
        ("a.rs", "//! one\n/// two\n", "//! one\n/// 2\n", ("-/// two", "+/// 2")),
        ("a.py", "# one\n", "", ("-# one",)),
        ("a.py", "", "# one\n", ("+# one",)),
    ],
)
def test_a_file_of_only_comments(
    tmp_path: Path, name: str, old: str, new: str, shown: tuple[str, ...]
) -> None:
    _, text = _pair(tmp_path, old.encode(), new.encode(), name=name)
    for line in shown:
        _shows(text, line[0], line[1:])


# ---------------------------------------------------------------------------------------------
# Bytes: NUL, invalid UTF-8, BOMs, UTF-16


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"def f():\n    return 1\n", b"def f():\n    return '\x00'\n"),
        (b"\x00\x01\x02", b"\x00\x01\x03"),
        (b"def f():\n    return '\x00'\n", b"def f():\n    return 1\n"),
    ],
    ids=["text-to-nul", "nul-both", "nul-to-text"],
)
def test_nul_bytes_are_a_binary_file(tmp_path: Path, old: bytes, new: bytes) -> None:
    document, text = _pair(tmp_path, old, new)
    (file,) = document["files"]
    assert file["status"] == "binary"
    assert "binary" in text
    a, b = tmp_path / "old" / "a.py", tmp_path / "new" / "a.py"
    patch = cli(str(a), str(b), "--format", "patch")
    _assert_no_trouble(patch)
    assert "GIT binary patch" in patch.stdout


@pytest.mark.parametrize(
    ("old", "new", "note"),
    [
        (b"def f():\n    return 1\n", b"def f():\n    return '\x00'\n", "text in the old version"),
        (b"def f():\n    return '\x00'\n", b"def f():\n    return 1\n", "text in the new version"),
        (
            b"def f():\n    return 1\n",
            "def f():\n    return 1\n".encode("utf-16"),
            "text in the old version",
        ),
    ],
    ids=["text-to-nul", "nul-to-text", "text-to-utf16"],
)
def test_a_side_turned_binary_claims_no_entity_removed_or_added(
    tmp_path: Path, old: bytes, new: bytes, note: str
) -> None:
    """The text side's entities have nothing to pair with: compared as bytes, the file says
    which side was text, and no entity is listed (nor patched alone) as removed or added."""
    document, text = _pair(tmp_path, old, new)
    assert document["entities"] == []
    assert document["summary"]["removed"] == document["summary"]["added"] == 0
    assert f"(modified; binary file; {note})" in text.splitlines()[0]
    assert text.splitlines()[2] == "1 binary file changed in 1 file"


def test_invalid_utf8_is_diffed_with_replacement_characters(tmp_path: Path) -> None:
    old = b"def f():\n    return 'caf\xe9'\n\n\ndef g():\n    return '\xff\xfe'\n"
    new = b"def f():\n    return 'cafe'\n\n\ndef g():\n    return '\xff\xfe'\n"
    document, text = _pair(tmp_path, old, new)
    (file,) = document["files"]
    assert "invalid UTF-8" in file["decode_errors"]["old"]
    assert [e["new"]["name"] for e in document["entities"]] == ["f"]
    _shows(text, "-", "return 'caf\ufffd'")
    _shows(text, "+", "return 'cafe'")


def test_invalid_utf8_that_is_not_a_valid_start_of_anything(tmp_path: Path) -> None:
    old = b"\x80\x81\x82\n\xc0\xaf\n\xed\xa0\x80\n"  # continuation bytes, overlong, surrogate
    new = b"\x80\x81\x82\n\xc0\xaf\n\xf4\x90\x80\x80\n"  # above U+10FFFF
    document, text = _pair(tmp_path, old, new)
    assert document["files"][0]["decode_errors"]
    assert "\ufffd" in text


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        (
            b"\xef\xbb\xbfdef f():\n    return 1\n",
            b"\xef\xbb\xbfdef f():\n    return 2\n",
            ("-    return 1", "+    return 2"),
        ),
        (b"def f():\n    return 1\n", b"\xef\xbb\xbfdef f():\n    return 1\n", ("+\\ufeffdef",)),
        (b"\xef\xbb\xbfdef f():\n    return 1\n", b"def f():\n    return 1\n", ("-\\ufeffdef",)),
    ],
    ids=["bom-both", "bom-added", "bom-removed"],
)
def test_utf8_bom(tmp_path: Path, old: bytes, new: bytes, shown: tuple[str, ...]) -> None:
    document, text = _pair(tmp_path, old, new)
    (file,) = document["files"]
    assert file["fallback"] is None
    assert any(e["new"] and e["new"]["name"] == "f" for e in document["entities"])
    for line in shown:
        _shows(text, line[0], line[1:])


def test_utf8_bom_is_not_a_syntax_error(tmp_path: Path) -> None:
    """A BOM starts many files written on Windows; it is not code, and not an error in it."""
    old = b"\xef\xbb\xbfdef f():\n    return 1\n"
    new = b"\xef\xbb\xbfdef f():\n    return 2\n"
    document, text = _pair(tmp_path, old, new)
    (file,) = document["files"]
    assert "parse_errors" not in file, file["parse_errors"]
    assert "syntax error" not in text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    """UTF-16 holds NUL bytes, so semdiff reports it as binary, as git does; if it ever
    decodes UTF-16, the diff must be of the decoded text."""
    bom = "\ufeff" if encoding != "utf-16" else ""  # "utf-16" writes its own BOM
    old = (bom + "def f():\n    return 1\n").encode(encoding)
    new = (bom + "def f():\n    return 2\n").encode(encoding)
    a = _write(tmp_path / "old" / "a.py", old)
    b = _write(tmp_path / "new" / "a.py", new)
    code, document = _json(str(a), str(b))
    assert code == 1
    (file,) = document["files"]
    text = _text(str(a), str(b))
    if file["status"] == "binary":
        assert "binary" in text
        return
    rebuilt = apply_hunks(old.decode(encoding), hunks_by_file(document)[file["id"]])
    assert rebuilt.removeprefix("\ufeff") == new.decode(encoding).removeprefix("\ufeff")
    _shows(text, "+", "return 2")


# ---------------------------------------------------------------------------------------------
# Line endings, the last line, tabs, a 1 MB line


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        (
            b"def f():\r\n    return 1\r\n",
            b"def f():\r\n    return 2\r\n",
            ("-    return 1", "+    return 2"),
        ),
        # A whole file converted: its heading says so, for every line it changed.
        (
            b"def f():\r\n    return 1\r\n",
            b"def f():\n    return 1\n",
            ("a.py  (python; modified; line endings CRLF → LF)",),
        ),
        (
            b"def f():\n    return 1\n",
            b"def f():\r\n    return 1\r\n",
            ("a.py  (python; modified; line endings LF → CRLF)",),
        ),
        (
            b"def f():\r\n    return 1\n\ndef g():\r    return 1\r\n",
            b"def f():\n    return 1\r\n\r\ndef g():\r    return 2\n",
            ("+    return 1\\x0d", "+def g():\\x0d    return 2"),
        ),
        (b"def f():\r    return 1\r", b"def f():\r    return 2\r", ("+def f():\\x0d    return 2",)),
    ],
    ids=["crlf", "crlf-to-lf", "lf-to-crlf", "mixed", "cr-only"],
)
def test_line_endings(tmp_path: Path, old: bytes, new: bytes, shown: tuple[str, ...]) -> None:
    _, text = _pair(tmp_path, old, new)
    for line in shown:
        if line[0] in "+-":
            _shows(text, line[0], line[1:])
        else:
            assert any(row.endswith(line) for row in text.splitlines()), text


def test_a_file_converted_to_crlf_is_one_note_not_every_entity(tmp_path: Path) -> None:
    old = b"# a comment\ndef f():\n    return 1\n\n\nclass A:\n    def m(self):\n        return 2\n"
    new = old.replace(b"\n", b"\r\n")
    document, text = _pair(tmp_path, old, new)
    [file] = document["files"]
    assert file["line_endings"] == {"old": "LF", "new": "CRLF"}
    # Every line changed, so every entity has hunks (they rebuild the file, checked above);
    # a CR is whitespace, even on a comment's line.
    assert {tuple(e["flags"]) for e in document["entities"]} == {("whitespace_only",)}
    assert text.splitlines() == [
        f"{tmp_path}/old/a.py → {tmp_path}/new/a.py  (python; modified; line endings LF → CRLF)",
        "",
        "1 file's line endings changed in 1 file",
    ]
    changed = new.replace(b"return 1", b"return 5")
    document, text = _pair(tmp_path, old, changed)
    rows = [line for line in text.splitlines() if line.startswith("  ")]
    assert rows == ["  ~ def f  body changed  +3 -3"]
    _shows(text, "+", "    return 5")
    assert "\\x0d" not in text  # the heading says it once, not each line


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"def f():\n    return 1", b"def f():\n    return 2"),
        (b"def f():\n    return 1", b"def f():\n    return 1\n"),
        (b"def f():\n    return 1\n", b"def f():\n    return 1"),
        (b"x", b"y"),
        (b"", b"x"),
    ],
    ids=["both", "newline-added", "newline-removed", "one-line", "from-empty"],
)
def test_no_newline_at_end_of_file(tmp_path: Path, old: bytes, new: bytes) -> None:
    document, text = _pair(tmp_path, old, new)
    if not new.endswith(b"\n"):
        last = [
            line
            for entity in document["entities"]
            for hunk in entity["hunks"]
            for line in hunk["lines"]
            if line["op"] == "+"
        ][-1]
        assert last.get("no_newline") is True
    if old.endswith(b"\n") != new.endswith(b"\n") or not new.endswith(b"\n"):
        assert "No newline at end of file" in text


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        (b"def f():\n\treturn 1\n", b"def f():\n\treturn 2\n", "return 2"),
        (b"def f():\n\treturn 1\n", b"def f():\n        return 1\n", "return 1"),
        (b"def f():\n\treturn 1\n", b"def f():\n\treturn\t1\n", "return"),
        (b"x = 1\n", b"x\t=\t1\t\n", "x"),
    ],
    ids=["tab-indented", "tab-to-spaces", "tab-inside", "tabs-and-trailing"],
)
def test_tabs(tmp_path: Path, old: bytes, new: bytes, shown: str) -> None:
    document, text = _pair(tmp_path, old, new)
    added = [
        line["text"]
        for entity in document["entities"]
        for hunk in entity["hunks"]
        for line in hunk["lines"]
        if line["op"] == "+"
    ]
    assert any("\t" in line or "        " in line for line in added)  # tabs kept, in the JSON
    _shows(text, "+", shown)


@pytest.mark.parametrize("max_size", ["1M", "0"], ids=["default-limit", "no-limit"])
def test_a_line_of_one_megabyte(tmp_path: Path, max_size: str) -> None:
    """With the default `--max-size` the file is just over the limit and gets a line diff;
    with no limit it is parsed."""
    long = "a" * (1024 * 1024)
    old = f"def f():\n    return 1\n\n\nx = '{long}'\n".encode()
    new = f"def f():\n    return 2\n\n\nx = '{long[:-1]}b'\n".encode()
    document, text = _pair(tmp_path, old, new, "--max-size", max_size)
    (file,) = document["files"]
    assert (file["fallback"] is None) == (max_size == "0")
    _shows(text, "-", f"x = '{long}'")
    _shows(text, "+", f"x = '{long[:-1]}b'")
    _shows(text, "+", "    return 2")


# ---------------------------------------------------------------------------------------------
# 100k-deep nesting: no RecursionError, no hang


def _nested(opening: str, inner: str, closing: str, *, prefix: str = "", suffix: str = "") -> bytes:
    return f"{prefix}{opening * DEPTH}{inner}{closing * DEPTH}{suffix}\n".encode()


NESTING = {
    "json-arrays": ("a.json", _nested("[", "", "]"), _nested("[", "1", "]")),
    "json-objects": ("a.json", _nested('{"a": ', "1", "}"), _nested('{"a": ', "2", "}")),
    "python": (
        "a.py",
        _nested("(", "1", ")", prefix="x = "),
        _nested("(", "2", ")", prefix="x = "),
    ),
    "c": (
        "a.c",
        _nested("(", "1", ")", prefix="int x = ", suffix=";"),
        _nested("(", "2", ")", prefix="int x = ", suffix=";"),
    ),
    "commonlisp": (
        "a.lisp",
        _nested("(", "", ")", prefix="(defun f () ", suffix=")"),
        _nested("(", "1", ")", prefix="(defun f () ", suffix=")"),
    ),
    "clojure": (
        "a.clj",
        _nested("(", "", ")", prefix="(defn f [] ", suffix=")"),
        _nested("(", "1", ")", prefix="(defn f [] ", suffix=")"),
    ),
    "scheme": (
        "a.scm",
        _nested("(", "", ")", prefix="(define (f) ", suffix=")"),
        _nested("(", "1", ")", prefix="(define (f) ", suffix=")"),
    ),
    "racket": (
        "a.rkt",
        _nested("(", "", ")", prefix="(define (f) ", suffix=")"),
        _nested("(", "1", ")", prefix="(define (f) ", suffix=")"),
    ),
    "emacs-lisp": (
        "a.el",
        _nested("(", "", ")", prefix="(defun f () ", suffix=")"),
        _nested("(", "1", ")", prefix="(defun f () ", suffix=")"),
    ),
}


@pytest.mark.parametrize("case", sorted(NESTING))
def test_deep_nesting(tmp_path: Path, case: str) -> None:
    name, old, new = NESTING[case]
    a = _write(tmp_path / "old" / name, old)
    b = _write(tmp_path / "new" / name, new)
    code, document = _run_json([str(a), str(b)])
    assert code == 1
    _assert_rebuilds(document, {str(a): old}, {str(b): new})
    assert document["entities"], "the change is in no entity"


# ---------------------------------------------------------------------------------------------
# Many entities with one name


def _same_name_functions(count: int) -> tuple[bytes, bytes, int]:
    """`count` times `def f(): pass`; the new side changes the one in the middle, on line
    `changed` (1-based)."""
    lines = ["def f(): pass\n"] * count
    changed = count // 2 + 1
    old = "".join(lines).encode()
    lines[changed - 1] = "def f(): return 1\n"
    return old, "".join(lines).encode(), changed


def _check_same_names(document: dict[str, Any], count: int, changed: int) -> None:
    functions = [e for e in document["entities"] if e["kind"] == "function"]
    assert len(functions) == count, "every definition is an entity of its own"
    assert len({e["id"] for e in document["entities"]}) == len(document["entities"])
    (modified,) = [e for e in functions if e["status"] != "unchanged"]
    assert modified["status"] == "modified"
    assert modified["old"]["span"]["start_line"] == modified["new"]["span"]["start_line"] == changed
    lines = [(line["op"], line["text"]) for hunk in modified["hunks"] for line in hunk["lines"]]
    assert ("-", "def f(): pass") in lines
    assert ("+", "def f(): return 1") in lines
    # Identical definitions pair in order: none is reported moved or swapped with another.
    for entity in functions:
        assert entity["old"]["span"]["start_line"] == entity["new"]["span"]["start_line"]


def test_many_functions_with_one_name(tmp_path: Path) -> None:
    count = 200
    old, new, changed = _same_name_functions(count)
    document, text = _pair(tmp_path, old, new, "--include-unchanged")
    _check_same_names(document, count, changed)
    _shows(text, "+", "def f(): return 1")


def test_fifty_thousand_functions_with_one_name(tmp_path: Path) -> None:
    old, new, changed = _same_name_functions(SAME_NAME_COUNT)
    a = _write(tmp_path / "old" / "a.py", old)
    b = _write(tmp_path / "new" / "a.py", new)
    code, document = _run_json([str(a), str(b), "--include-unchanged"], timeout=BIG_GUARD)
    assert code == 1
    _assert_rebuilds(document, {str(a): old}, {str(b): new})
    _check_same_names(document, SAME_NAME_COUNT, changed)


def test_thousands_of_same_named_functions_whose_bodies_all_changed(tmp_path: Path) -> None:
    """No identical body to pair them: every old `f` could be a candidate for every new one.
    Unbounded, that is 25M pairs to score (minutes, gigabytes); candidates are capped."""
    count = 5000
    old = "".join(f"def f(): return x{i}\n" for i in range(count)).encode()
    new = "".join(f"def f(): return y{i}\n" for i in range(count)).encode()
    a = _write(tmp_path / "old" / "a.py", old)
    b = _write(tmp_path / "new" / "a.py", new)
    code, document = _run_json([str(a), str(b)])
    assert code == 1
    _assert_rebuilds(document, {str(a): old}, {str(b): new})
    statuses = [e["status"] for e in document["entities"]]
    assert len(statuses) == 2 * count  # nothing in common: each is removed and added
    assert set(statuses) == {"added", "removed"}


def test_markdown_digit_then_a_high_code_point(tmp_path: Path) -> None:
    """tree-sitter-markdown's scanner segfaults on `5` followed by some code points of planes 5
    to 16 (found by the fuzzer): run in a subprocess, so that a crash fails only this test."""
    old = "".join(f"5{chr(cp)}\n" for cp in (0x5FFFD, 0x80000, 0xE0000, 0xF1234, 0x10FFFF))
    new = "# Title\n\n" + old + "10\U000e8000 more\n"
    a = _write(tmp_path / "old" / "a.md", old)
    b = _write(tmp_path / "new" / "a.md", new)
    code, document = _run_json([str(a), str(b)])
    assert code == 1
    _assert_rebuilds(document, {str(a): old.encode()}, {str(b): new.encode()})
    (file,) = document["files"]
    assert file["fallback"] is None, "parsed, not given up on"


def test_bash_word_with_a_high_code_point(tmp_path: Path) -> None:
    """tree-sitter-bash's scanner reads out of bounds on `v{` and a code point of planes 4 to
    16 (found by the fuzzer): a segfault in about half the runs, as it depends on what lies
    there, so six files of them and three runs (at least one crashed in nearly every try)."""
    for i in range(6):
        words = "".join(f"v{{{chr(cp)}Q\n" for cp in range(0x60000 + i * 997, 0x110000, 0x7919))
        _write(tmp_path / "old" / f"s{i}.sh", "f() {\n  echo a\n}\n" + words)
        _write(tmp_path / "new" / f"s{i}.sh", "f() {\n  echo b\n}\n" + words)
    for _ in range(3):
        code, document = _run_json([str(tmp_path / "old"), str(tmp_path / "new")])
        assert code == 1
        assert [e["status"] for e in document["entities"]] == ["modified"] * 6
        assert all(file["fallback"] is None for file in document["files"])


def _nested_yaml(levels: int) -> str:
    """Mappings nested one space deeper each: the densest nesting YAML's indentation allows
    without sequences."""
    return "".join(" " * depth + f"k{depth}:\n" for depth in range(levels)) + " " * levels + "v\n"


def _mapping_and_sequence_yaml(levels: int) -> str:
    """A block mapping and a block sequence sharing each column: two scanner entries a column,
    the most any YAML can hold."""
    return "".join(" " * depth + "k:\n" + " " * depth + "-\n" for depth in range(levels)) + (
        " " * levels + "v\n"
    )


GRAMMAR_CRASHES = {
    # Each made tree-sitter's scanner overflow its 1 KiB state buffer: a segfault, exit 139.
    "md-quotes-on-one-line": ("a.md", ">" * 255 + " deep\n"),
    "md-quotes-line-by-line": ("a.md", "".join(">" * depth + " x\n" for depth in range(300))),
    "md-nested-list-items": ("a.md", "".join("  " * depth + "- a\n" for depth in range(255))),
    "md-quotes-and-lists": ("a.md", "> - " * 128 + "x\n"),
    "md-after-a-lone-cr": ("a.md", "x\r" + ">" * 255 + "\r"),
    "md-after-a-bom": ("a.md", "\ufeff" + ">" * 255 + "\n"),
    "yaml-nested-mappings": ("a.yaml", _nested_yaml(254)),
    "yaml-compact-sequences": ("a.yaml", "- " * 254 + "x\n"),
    "yaml-mapping-and-sequence": ("a.yaml", _mapping_and_sequence_yaml(127)),
}


@pytest.mark.parametrize("case", sorted(GRAMMAR_CRASHES))
def test_nesting_that_crashes_a_grammar_gets_a_line_diff(tmp_path: Path, case: str) -> None:
    """The file is compared line by line, saying why, and the other files of the diff still
    show: a crash would have lost them all. In a subprocess, so that a crash fails one test."""
    name, deep = GRAMMAR_CRASHES[case]
    old_tree = {name: "# Title\n" if name.endswith(".md") else "k: 1\n", "b.py": "x = 1\n"}
    new_tree = {name: deep, "b.py": "x = 2\n"}
    for root, tree in (("old", old_tree), ("new", new_tree)):
        for path, text in tree.items():
            _write(tmp_path / root / path, text)
    a, b = tmp_path / "old", tmp_path / "new"
    code, document = _run_json([str(a), str(b)])
    assert code == 1
    _assert_rebuilds(
        document,
        {k: v.encode() for k, v in old_tree.items()},
        {k: v.encode() for k, v in new_tree.items()},
    )
    files = {file["new_path"]: file for file in document["files"]}
    assert "nests too deep" in files[name]["fallback"]["reason"]
    assert files["b.py"]["fallback"] is None
    shown = _run([str(a), str(b), "--color", "never"])
    _assert_no_trouble(shown)
    (heading,) = [line for line in shown.stdout.splitlines() if line.startswith(name)]
    assert "nests too deep for the" in heading and "compared line by line" in heading
    _shows(shown.stdout, "+", "x = 2")


@pytest.mark.parametrize(
    ("language", "deepest"),
    [
        ("markdown", lambda width: ">" * (width - 1) + "x\n"),
        ("yaml", lambda width: _mapping_and_sequence_yaml(width - 1)),
    ],
)
def test_nesting_just_under_the_limit_is_parsed(
    tmp_path: Path, language: str, deepest: Callable[[int], str]
) -> None:
    """The densest nesting the limit lets through is parsed, structurally and without a crash:
    a limit raised past what the grammar survives fails here."""
    (spec,) = [spec for spec in all_specs() if spec.name == language]
    assert spec.max_nesting_width > 0
    name = f"a.{spec.extensions[0]}"
    a = _write(tmp_path / "old" / name, "")
    b = _write(tmp_path / "new" / name, deepest(spec.max_nesting_width))
    code, document = _run_json([str(a), str(b)])
    assert code == 1
    (file,) = document["files"]
    assert file["fallback"] is None


# ---------------------------------------------------------------------------------------------
# A file that changes language

JS = """function total(items) {
  let sum = 0;
  for (const item of items) sum += item.price;
  return sum;
}

function count(items) {
  return items.length;
}
"""
TS = """function total(items: Item[]): number {
  let sum = 0;
  for (const item of items) sum += item.price;
  return sum;
}

function count(items: Item[]): number {
  return items.length + 0;
}
"""
PY = """def total(items):
    return sum(item.price for item in items)


def count(items):
    return len(items)
"""
RB = """def total(items)
  items.sum(&:price)
end

def count(items)
  items.length
end
"""


def _tree_pair(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[str, Any]:
    for side, files in (("old", old), ("new", new)):
        for path, text in files.items():
            _write(tmp_path / side / path, text)
    code, document = _json(str(tmp_path / "old"), str(tmp_path / "new"))
    assert code == 1
    _assert_rebuilds(
        document,
        {path: text.encode() for path, text in old.items()},
        {path: text.encode() for path, text in new.items()},
    )
    return document


def test_js_renamed_to_ts_in_directory_mode(tmp_path: Path) -> None:
    document = _tree_pair(tmp_path, {"a.js": JS}, {"a.ts": TS})
    (file,) = document["files"]
    assert (file["status"], file["old_path"], file["new_path"]) == ("renamed", "a.js", "a.ts")
    assert file["language"] == "typescript"
    names = {e["new"]["name"]: e["status"] for e in document["entities"] if e["new"]}
    assert names == {"total": "modified", "count": "modified"}
    text = _text(str(tmp_path / "old"), str(tmp_path / "new"))
    _shows(text, "+", "function count(items: Item[]): number {")


def test_py_to_rb_in_directory_mode(tmp_path: Path) -> None:
    document = _tree_pair(tmp_path, {"a.py": PY}, {"a.rb": RB})
    paths = {(f["old_path"], f["new_path"]) for f in document["files"]}
    assert paths in ({("a.py", "a.rb")}, {("a.py", None), (None, "a.rb")})
    text = _text(str(tmp_path / "old"), str(tmp_path / "new"))
    _shows(text, "-", "return len(items)")
    _shows(text, "+", "items.sum(&:price)")


def test_py_to_rb_as_two_files(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.py", PY)
    b = _write(tmp_path / "a.rb", RB)
    code, document = _json(str(a), str(b))
    assert code == 1
    _assert_rebuilds(document, {str(a): PY.encode()}, {str(b): RB.encode()})
    text = _text(str(a), str(b))
    _shows(text, "-", "return len(items)")
    _shows(text, "+", "items.sum(&:price)")


# ---------------------------------------------------------------------------------------------
# Paths that are not plain files: directories, FIFOs, symbolic links, unreadable files


def test_file_against_directory_holding_that_name(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.py", "x = 1\n")
    b = _write(tmp_path / "dir" / "a.py", "x = 2\n")
    code, document = _json(str(a), str(tmp_path / "dir"))
    assert code == 1
    _assert_rebuilds(document, {str(a): b"x = 1\n"}, {str(b): b"x = 2\n"})
    code, document = _json(str(tmp_path / "dir"), str(a))
    assert code == 1
    _assert_rebuilds(document, {str(b): b"x = 2\n"}, {str(a): b"x = 1\n"})


def test_file_against_directory_without_that_name(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.py", "x = 1\n")
    (tmp_path / "dir").mkdir()
    _assert_clear_error(cli(str(a), str(tmp_path / "dir")), "no such file or directory")
    _assert_clear_error(cli(str(tmp_path / "dir"), str(a)), "no such file or directory")


def test_file_against_directory_where_that_name_is_a_directory(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.py", "x = 1\n")
    (tmp_path / "dir" / "a.py").mkdir(parents=True)
    _assert_clear_error(cli(str(a), str(tmp_path / "dir")), "not a regular file")


def test_directory_against_dev_null(tmp_path: Path) -> None:
    _assert_clear_error(cli(str(tmp_path), os.devnull), "directory")


def test_a_file_that_became_a_directory_in_a_tree(tmp_path: Path) -> None:
    document = _tree_pair(tmp_path, {"x": "one\n", "keep.py": "y = 1\n"}, {"x/a.py": "z = 1\n"})
    statuses = {(f["old_path"], f["new_path"]): f["status"] for f in document["files"]}
    assert statuses == {
        ("keep.py", None): "removed",
        ("x", None): "removed",
        (None, "x/a.py"): "added",
    }


@pytest.mark.parametrize("where", ["old", "new", "old-vs-dev-null"])
def test_a_fifo_is_refused_without_blocking(tmp_path: Path, where: str) -> None:
    """Nothing writes to the FIFO: reading it would block forever."""
    fifo = tmp_path / "pipe.py"
    os.mkfifo(fifo)
    plain = _write(tmp_path / "plain.py", "x = 1\n")
    args = {
        "old": [str(fifo), str(plain)],
        "new": [str(plain), str(fifo)],
        "old-vs-dev-null": [str(fifo), os.devnull],
    }[where]
    _assert_clear_error(_run(args), "pipe.py", "not a regular file")


def test_a_fifo_in_a_tree_is_left_out_with_a_note(tmp_path: Path) -> None:
    """As diff -r does: the rest of the trees is still compared, and the note says what not."""
    _write(tmp_path / "old" / "a.py", "x = 1\n")
    _write(tmp_path / "new" / "a.py", "x = 2\n")
    os.mkfifo(tmp_path / "new" / "pipe.py")
    result = _run([str(tmp_path / "old"), str(tmp_path / "new"), "-f", "json"])
    assert result.code == 0
    assert result.stderr == (
        f"semdiff: note: {tmp_path / 'new' / 'pipe.py'}: not a regular file or a link, left out\n"
    )
    document = json.loads(result.stdout)
    assert [f["new_path"] for f in document["files"]] == ["a.py"]


def test_the_note_about_a_fifo_escapes_its_name(tmp_path: Path) -> None:
    """The note goes to stderr, a terminal too: a name cannot retitle it."""
    _write(tmp_path / "old" / "a.py", "x = 1\n")
    _write(tmp_path / "new" / "a.py", "x = 2\n")
    os.mkfifo(tmp_path / "new" / "\x1b]0;pwned\x07\u202e.py")
    result = _run([str(tmp_path / "old"), str(tmp_path / "new"), "--color", "never"])
    assert result.code == 0
    shown = tmp_path / "new" / "\\x1b]0;pwned\\x07\\u202e.py"
    assert result.stderr == f"semdiff: note: {shown}: not a regular file or a link, left out\n"


def test_the_error_about_a_missing_file_escapes_its_name(tmp_path: Path) -> None:
    plain = _write(tmp_path / "plain.py", "x = 1\n")
    missing = tmp_path / "\x1b[2J\x9b1;1H\u2067gone.py"
    result = _run([str(missing), str(plain)])
    _assert_clear_error(result, "\\x1b[2J\\x9b1;1H\\u2067gone.py", "no such file")
    for raw in ("\x1b", "\x9b", "\u2067"):
        assert raw not in result.stderr


def test_names_are_escaped_in_the_terminal_and_raw_in_json(tmp_path: Path) -> None:
    """JSON escapes the string itself: the name stays the file's, byte for byte."""
    name = "a\x1b[31m\u202e.py"
    _write(tmp_path / "old" / name, "x = 1\n")
    _write(tmp_path / "new" / name, "x = 2\n")
    old, new = str(tmp_path / "old"), str(tmp_path / "new")
    _, document = _run_json([old, new])
    assert [f["new_path"] for f in document["files"]] == [name]
    text = _run([old, new, "--color", "never"])
    assert text.stdout.startswith("a\\x1b[31m\\u202e.py  (python; modified)")
    assert "\x1b" not in text.stdout and "\u202e" not in text.stdout


@pytest.mark.parametrize("where", ["old", "new"])
def test_a_dangling_symlink_argument(tmp_path: Path, where: str) -> None:
    link = tmp_path / "link.py"
    link.symlink_to(tmp_path / "nowhere.py")
    plain = _write(tmp_path / "plain.py", "x = 1\n")
    result = cli(*([str(link), str(plain)] if where == "old" else [str(plain), str(link)]))
    _assert_clear_error(result, "link.py", "dangling symbolic link")


def test_links_in_a_tree_that_lead_to_no_file_are_compared_as_links(tmp_path: Path) -> None:
    """As git stores them: the target's path is the content. A dangling link, a loop and a
    link to a directory are just paths (before, the first two aborted the whole diff and the
    last was not shown). A link to a file is followed: git difftool --dir-diff links the
    working tree's files into its temporary directory."""
    outside = _write(tmp_path / "elsewhere" / "b.py", "y = 2\n")
    for side in ("old", "new"):
        _write(tmp_path / side / "a.py", "x = 1\n")
        (tmp_path / side / "sub").mkdir()
    (tmp_path / "old" / "dangling.py").symlink_to("nowhere.py")
    (tmp_path / "new" / "dangling.py").symlink_to("elsewhere.py")
    (tmp_path / "new" / "loop.py").symlink_to("loop.py")
    (tmp_path / "new" / "dir").symlink_to("sub")
    (tmp_path / "new" / "b.py").symlink_to(outside)
    _write(tmp_path / "old" / "same.py", "a.py")  # a file holding what the link holds
    (tmp_path / "new" / "same.py").symlink_to("nowhere/a.py")
    _write(tmp_path / "old" / "nowhere" / "a.py", "a.py")
    code, document = _json(str(tmp_path / "old"), str(tmp_path / "new"))
    assert code == 1
    files = {f["new_path"] or f["old_path"]: f for f in document["files"]}
    assert sorted(files) == ["b.py", "dangling.py", "dir", "loop.py", "nowhere/a.py", "same.py"]
    assert files["dangling.py"]["new_mode"] == "120000"
    assert files["b.py"]["new_mode"] is None  # followed: its content is the file's
    _assert_rebuilds(
        document,
        {"dangling.py": b"nowhere.py", "same.py": b"a.py", "nowhere/a.py": b"a.py"},
        {
            "dangling.py": b"elsewhere.py",
            "loop.py": b"loop.py",
            "dir": b"sub",
            "b.py": b"y = 2\n",
            "same.py": b"nowhere/a.py",
        },
    )


def test_a_symlink_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop.py"
    loop.symlink_to(loop)
    plain = _write(tmp_path / "plain.py", "x = 1\n")
    _assert_clear_error(cli(str(loop), str(plain)), "loop.py")


def _says_unreadable(message: str) -> bool:
    return "Permission denied" in message or "not readable" in message


@pytest.mark.parametrize("what", ["file", "directory", "directory-without-x"])
def test_unreadable(tmp_path: Path, what: str) -> None:
    """The real CLI in a subprocess that, when run as root, has dropped CAP_DAC_OVERRIDE and
    CAP_DAC_READ_SEARCH: permissions then stop root as they stop anyone."""
    _write(tmp_path / "old" / "a.py", "x = 1\n")
    _write(tmp_path / "new" / "a.py", "x = 2\n")
    _write(tmp_path / "old" / "sub" / "secret.py", "y = 1\n")
    _write(tmp_path / "new" / "sub" / "secret.py", "y = 2\n")
    target = {
        "file": tmp_path / "new" / "sub" / "secret.py",
        "directory": tmp_path / "new" / "sub",
        "directory-without-x": tmp_path / "new" / "sub",
    }[what]
    target.chmod(0o600 if what == "directory-without-x" else 0)
    secret = tmp_path / "new" / "sub" / "secret.py"
    try:
        probe = _run(["-c", f"open({str(secret)!r}, 'rb')"], program=(), as_anyone=True)
    except subprocess.SubprocessError as error:  # the child could not drop the capabilities
        target.chmod(0o755)
        pytest.skip(f"cannot drop root's power to read any file here: {error}")
    if probe.code == 0:
        target.chmod(0o755)
        pytest.skip("this process reads unreadable files (it keeps CAP_DAC_OVERRIDE)")
    try:
        if what == "file":
            other = str(tmp_path / "old" / "sub" / "secret.py")
            for args in ([str(target), other], [other, str(target)]):
                result = _run(args, as_anyone=True)
                _assert_clear_error(result, "secret.py")
                assert _says_unreadable(result.stderr), result.stderr
        result = _run([str(tmp_path / "old"), str(tmp_path / "new")], as_anyone=True)
        _assert_clear_error(result, "sub")
        assert _says_unreadable(result.stderr), result.stderr
    finally:
        target.chmod(0o755)  # so that pytest can clean tmp_path up


def test_a_regular_file_whose_read_fails(tmp_path: Path) -> None:
    """/proc/self/mem is a regular file whose read fails (EIO) for anyone, root included."""
    plain = _write(tmp_path / "plain.py", "x = 1\n")
    mem = Path("/proc/self/mem")
    if not mem.exists():
        pytest.skip("no /proc/self/mem: not Linux, or /proc is not mounted")
    _assert_clear_error(cli(str(mem), str(plain)), "/proc/self/mem")


# ---------------------------------------------------------------------------------------------
# A file that changes while being read

SWAP_DRIVER = """
import builtins, io, os, sys
from semdiff.cli import run

target, action, args = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3:]
real_open, real_os_open = io.open, os.open
opened = 0

def change(path):
    global opened
    try:
        name = os.path.abspath(os.fsdecode(path))
    except TypeError:
        return
    if name != target:
        return
    opened += 1
    if action == "every-open":
        with real_open(target + ".tmp", "wb") as out:
            out.write(f"def f():\\n    return {opened}\\n".encode())
        os.replace(target + ".tmp", target)
    elif opened > 1:
        return
    elif action == "rewritten":
        with real_open(target + ".tmp", "wb") as out:
            out.write(b"def f():\\n    return 'rewritten'\\n")
        os.replace(target + ".tmp", target)
    elif action == "truncated":
        with real_open(target, "wb"):
            pass
    elif action == "grown":
        with real_open(target, "ab") as out:
            out.write(b"\\ndef g():\\n    return 'grown'\\n")
    elif action == "deleted":
        os.unlink(target)
    elif action == "directory":
        os.unlink(target)
        os.mkdir(target)
    elif action == "fifo":
        os.unlink(target)
        os.mkfifo(target)

def hooked_open(file, *a, **k):
    change(file)
    return real_open(file, *a, **k)

def hooked_os_open(path, *a, **k):
    change(path)
    return real_os_open(path, *a, **k)

io.open = builtins.open = hooked_open
os.open = hooked_os_open
code = run(args)
if not opened:
    print("test hook: semdiff never opened the file", file=sys.stderr)
    code = 99
sys.exit(code)
"""
"""Runs semdiff with the file `argv[1]` changed, as `argv[2]` says, the moment semdiff opens it
(after any stat): the race of a file replaced between stat and read, made certain."""

ORIGINAL = b"def f():\n    return 'original'\n"
NEW = b"def f():\n    return 'new'\n"
SEEN_AS = {
    "rewritten": [b"def f():\n    return 'rewritten'\n"],
    "truncated": [b""],
    "grown": [ORIGINAL + b"\ndef g():\n    return 'grown'\n"],
    "deleted": [b""],
    "directory": [b""],
    "fifo": [b""],
    "every-open": [f"def f():\n    return {n}\n".encode() for n in range(1, 10)],
}
"""What the old file may consistently have been read as, besides ORIGINAL."""


@pytest.mark.parametrize("action", list(SEEN_AS))
def test_a_file_that_changes_while_being_read(tmp_path: Path, action: str) -> None:
    old = _write(tmp_path / "old" / "a.py", ORIGINAL)
    new = _write(tmp_path / "new" / "a.py", NEW)
    result = _run(
        ["-c", SWAP_DRIVER, str(old), action, str(old), str(new), "--format", "json"],
        program=(),
    )
    assert result.code != 99, "the hook never saw semdiff open the file: update SWAP_DRIVER"
    if result.code == 2:
        _assert_clear_error(result)
        return
    _assert_no_trouble(result)
    document = load_json(result.stdout)
    (file,) = document["files"]
    hunks = hunks_by_file(document)[file["id"]]
    rebuilt = []
    for candidate in [ORIGINAL, *SEEN_AS[action]]:
        try:
            rebuilt.append(apply_hunks(candidate.decode(), hunks) == NEW.decode())
        except AssertionError:  # the hunks claim lines this version does not have
            rebuilt.append(False)
    assert any(rebuilt), "the diff is of no version the file had: " + json.dumps(hunks)
