"""The command line as users and tools call it: exit codes, errors, formats, colour."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from semdiff.render import terminal
from tests.support import FIXTURES, ROOT, Result, apply_hunks, cli, hunks_by_file, load_json

CASE = FIXTURES / "python" / "renamed_pair_bodies_changed"


def _write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_help_and_version() -> None:
    help_text = cli("--help")
    assert help_text.code == 0
    assert "--format" in help_text.stdout
    assert "--include-unchanged" in help_text.stdout
    version = cli("--version")
    assert version.code == 0
    assert version.stdout.startswith("semdiff ")


def test_same_files_exit_0(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.py", "def f():\n    return 1\n")
    b = _write(tmp_path / "b.py", "def f():\n    return 1\n")
    result = cli(str(a), str(b))
    assert result.code == 0
    assert "no changes" in result.stdout


def test_different_files_exit_0_as_git_diff_does() -> None:
    """Exit 0 after showing a diff, as git diff and difftastic exit: 1 would read as a failure
    in a script, a CI step or an `&&` chain (issue 24)."""
    result = cli("old.py", "new.py", cwd=CASE)
    assert result.code == 0
    assert "renamed" in result.stdout


@pytest.mark.parametrize("output", ["text", "json", "patch"])
def test_exit_code_says_whether_there_are_differences(tmp_path: Path, output: str) -> None:
    """--exit-code: 1 for differences, 0 for none, as `git diff --exit-code`; the output is the
    same as without it. Files, directories, and a side that does not exist."""
    same = _write(tmp_path / "same" / "old.py", (CASE / "old.py").read_text())
    _write(tmp_path / "same" / "new.py", same.read_text())
    for old, new, differ in [
        (str(CASE / "old.py"), str(CASE / "new.py"), True),
        (str(CASE / "old.py"), str(same), False),
        (str(CASE), str(tmp_path / "same"), True),
        (str(tmp_path / "same"), str(tmp_path / "same"), False),
        ("/dev/null", str(same), True),
    ]:
        plain = cli(old, new, "--format", output, "--color", "never")
        asked = cli(old, new, "--format", output, "--color", "never", "--exit-code")
        assert (plain.code, asked.code) == (0, int(differ)), (old, new, asked.stderr)
        assert asked.stdout == plain.stdout


def test_exit_code_keeps_2_for_trouble() -> None:
    result = cli("--exit-code", "missing.py", "new.py", cwd=CASE)
    assert result.code == 2
    assert result.stderr == "semdiff: error: missing.py: no such file or directory\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.py", "new.py"], "missing.py: no such file or directory"),
        (["old.py"], "Missing argument"),
        (["--format", "yaml", "old.py", "new.py"], "'yaml' is not one of"),
        (["--bogus", "old.py", "new.py"], "No such option: --bogus"),
        (["--language", "cobol2", "old.py", "new.py"], "unknown language 'cobol2'"),
        (["--entity", "e:x", "old.py", "new.py"], "--entity needs --format patch, or --explain"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = cli(*args, cwd=CASE)
    assert result.code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback() -> None:
    result = cli("--debug", "missing.py", "new.py", cwd=CASE)
    assert result.code == 2
    assert "Traceback" in result.stderr


def test_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.py"
    import os  # noqa: PLC0415

    os.mkfifo(fifo)
    result = cli(str(fifo), str(CASE / "new.py"))
    assert result.code == 2
    assert "not a regular file" in result.stderr


def test_summary_stops_after_the_summary() -> None:
    result = cli("--summary", "old.py", "new.py", "--color", "never", cwd=CASE)
    assert "check_email → is_valid_email" in result.stdout
    assert "@@" not in result.stdout


def test_json_is_one_document_and_rebuilds_the_new_file() -> None:
    result = cli("old.py", "new.py", "--format", "json", cwd=CASE)
    document = load_json(result.stdout)
    assert document["schema_version"] == 1
    assert result.stderr == ""
    (file,) = document["files"]
    old = (CASE / "old.py").read_text()
    new = (CASE / "new.py").read_text()
    assert apply_hunks(old, hunks_by_file(document)[file["id"]]) == new


def test_include_unchanged_lists_every_entity_and_matches_the_summary() -> None:
    document = load_json(
        cli("old.py", "new.py", "-f", "json", "--include-unchanged", cwd=CASE).stdout
    )
    statuses = [entity["status"] for entity in document["entities"]]
    for status in ("added", "removed", "modified", "renamed", "moved", "unchanged"):
        assert document["summary"][status] == statuses.count(status)
    assert "unchanged" in statuses


def test_colour_modes(monkeypatch: pytest.MonkeyPatch) -> None:
    always = cli("old.py", "new.py", "--color", "always", cwd=CASE).stdout
    never = cli("old.py", "new.py", "--color", "never", cwd=CASE).stdout
    auto = cli("old.py", "new.py", cwd=CASE).stdout  # captured: not a terminal
    assert "\x1b[" in always
    assert "\x1b[" not in never
    assert auto == never
    monkeypatch.setenv("GIT_PAGER_IN_USE", "true")
    assert "\x1b[" in cli("old.py", "new.py", cwd=CASE).stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in cli("old.py", "new.py", cwd=CASE).stdout


def test_control_characters_are_escaped(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.py", "def f():\n    return 1\n")
    b = _write(tmp_path / "b.py", "def f():\n    return '\x1b]0;pwned\x07\x1b[2J'\n")
    result = cli(str(a), str(b), "--color", "never")
    assert "\x1b" not in result.stdout
    assert "\\x1b]0;pwned\\x07" in result.stdout


def test_unknown_language_falls_back_to_lines(tmp_path: Path) -> None:
    a = _write(tmp_path / "notes.xyz", "one\ntwo\nthree\n")
    b = _write(tmp_path / "notes2.xyz", "one\n2\nthree\n")
    text = cli(str(a), str(b), "--color", "never").stdout
    assert "no grammar for 'notes2.xyz'" in text
    assert "-two\n+2\n" in text
    document = load_json(cli(str(a), str(b), "-f", "json").stdout)
    assert document["files"][0]["fallback"]["reason"].startswith("no grammar")
    assert document["files"][0]["language"] is None
    assert [e["kind"] for e in document["entities"]] == ["module"]


def test_binary_files_are_reported(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.bin", b"\x00\x01\x02")
    b = _write(tmp_path / "b.bin", b"\x00\x01\x03")
    result = cli(str(a), str(b), "--color", "never")
    assert result.code == 0
    assert "binary" in result.stdout
    patch = cli(str(a), str(b), "-f", "patch").stdout
    assert "GIT binary patch" in patch


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_patch_carries_binary_empty_and_invalid_utf8_files(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    _write(old / "bin.dat", b"\x00\x01b")
    _write(new / "bin.dat", b"\x00\x02b")
    _write(new / "added.bin", b"\x00new")
    _write(old / "gone.py", "")
    _write(new / "empty.py", "")
    _write(old / "bad.py", b"def f():\n    return '\xff'\n    x = 1\n")
    _write(new / "bad.py", b"def f():\n    return '\xff'\n    x = 2\n")
    _write(old / "c.py", "x = 1\n")
    _write(new / "c.py", "x = 2\n")
    _write(old / "t\tab.py", "y\n")
    _write(new / "t\tab.py", "z\n")
    patch = cli(str(old), str(new), "-f", "patch").stdout
    shutil.copytree(old, tmp_path / "work")
    subprocess.run(["git", "apply", "-"], input=patch.encode(), cwd=tmp_path / "work", check=True)
    for path in new.rglob("*"):
        assert (tmp_path / "work" / path.relative_to(new)).read_bytes() == path.read_bytes()
    assert not (tmp_path / "work" / "gone.py").exists()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_patch_of_one_entity_in_an_added_file_creates_it(tmp_path: Path) -> None:
    _write(tmp_path / "old" / "a.py", "x = 1\n")
    _write(tmp_path / "new" / "a.py", "x = 1\n")
    _write(tmp_path / "new" / "b.py", "def f():\n    return 1\n\n\ndef g():\n    return 2\n")
    document = load_json(cli(str(tmp_path / "old"), str(tmp_path / "new"), "-f", "json").stdout)
    (g,) = [e["id"] for e in document["entities"] if e["new"] and e["new"]["name"] == "g"]
    patch = cli(str(tmp_path / "old"), str(tmp_path / "new"), "-f", "patch", "--entity", g).stdout
    subprocess.run(["git", "apply", "-"], input=patch.encode(), cwd=tmp_path / "old", check=True)
    assert "def g():" in (tmp_path / "old" / "b.py").read_text()
    assert "def f():" not in (tmp_path / "old" / "b.py").read_text()


def test_invalid_utf8_is_flagged_and_diffed(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.py", b"def f():\n    return 'caf\xe9'\n")
    b = _write(tmp_path / "b.py", b"def f():\n    return 'cafe'\n")
    document = load_json(cli(str(a), str(b), "-f", "json").stdout)
    assert "invalid UTF-8" in document["files"][0]["decode_errors"]["old"]
    assert [e["new"]["name"] for e in document["entities"]] == ["f"]


def test_syntax_errors_still_diff_and_are_marked(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.py", "def ok():\n    return 1\n\ndef broken():\n    return 2\n")
    b = _write(tmp_path / "b.py", "def ok():\n    return 10\n\ndef broken(:\n    return 2\n")
    result = cli(str(a), str(b), "-f", "json")
    assert result.code == 0
    document = load_json(result.stdout)
    assert document["files"][0]["parse_errors"]["new"] >= 1
    by_name = {e["new"]["name"]: e for e in document["entities"] if e["new"]}
    assert by_name["ok"]["status"] == "modified"
    assert any(e["new"]["has_errors"] for e in document["entities"] if e["new"])


def test_file_against_directory_means_the_same_name_inside(tmp_path: Path) -> None:
    _write(tmp_path / "dir" / "old.py", (CASE / "new.py").read_text())
    result = cli(str(CASE / "old.py"), str(tmp_path / "dir"), "--color", "never")
    assert result.code == 0
    assert "dir/old.py" in result.stdout


def test_directories(tmp_path: Path) -> None:
    case = FIXTURES / "python" / "moved_between_files"
    document = load_json(cli(str(case / "old"), str(case / "new"), "-f", "json").stdout)
    paths = [f["new_path"] or f["old_path"] for f in document["files"]]
    assert paths == sorted(paths)
    assert "shop/util/text.py" in paths


def test_explain_shows_the_costs() -> None:
    text = cli("old.py", "new.py", "--explain", "--color", "never", cwd=CASE).stdout
    assert "best assignment" in text
    assert "body sequence" in text


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_patch_of_one_entity_applies_alone(tmp_path: Path) -> None:
    document = load_json(cli("old.py", "new.py", "-f", "json", cwd=CASE).stdout)
    first = next(
        e for e in document["entities"] if e["new"] and e["new"]["name"] == "is_valid_email"
    )
    patch = cli("old.py", "new.py", "-f", "patch", "--entity", first["id"], cwd=CASE).stdout
    shutil.copy(CASE / "old.py", tmp_path / "old.py")
    patch = patch.replace("+++ b/new.py", "+++ b/old.py")
    subprocess.run(["git", "apply", "-"], input=patch.encode(), cwd=tmp_path, check=True)
    result = (tmp_path / "old.py").read_text()
    assert "def is_valid_email(address: str) -> bool:" in result
    assert "def check_username(name):" in result


def test_an_entity_patch_is_anchored_by_the_old_sides_lines(tmp_path: Path) -> None:
    """Issue 20: `o` is placed inside the class, before the line another change rewrites, and
    that line is its trailing context as the old side has it (`X = 1`, never `X = 2`)."""
    (tmp_path / "old.py").write_text("class K:\n    def n(self): return 2\nX = 1\n")
    (tmp_path / "new.py").write_text(
        "class K:\n    def n(self): return 2\n    def o(self): return 3\nX = 2\n"
    )
    document = load_json(cli("old.py", "new.py", "-f", "json", cwd=tmp_path).stdout)
    [o] = [e["id"] for e in document["entities"] if e["new"] and e["new"]["name"] == "o"]
    patch = cli("old.py", "new.py", "-f", "patch", "--entity", o, cwd=tmp_path).stdout
    assert patch.split("@@ -", 1)[1].split("\n", 1)[1] == (
        " class K:\n     def n(self): return 2\n+    def o(self): return 3\n X = 1\n"
    )


def test_unknown_entity_id_is_an_error() -> None:
    result = cli("old.py", "new.py", "-f", "patch", "--entity", "e:nope", cwd=CASE)
    assert result.code == 2
    assert "no entity with id 'e:nope'" in result.stderr


def test_patch_entity_by_name_or_qualified_name_and_ambiguous_names(tmp_path: Path) -> None:
    old = "class A:\n    def run(self):\n        return 1\n\n\nclass B:\n    def run(self):\n"
    old += "        return 1\n\n\ndef solo():\n    return 1\n"
    _write(tmp_path / "old.py", old)
    _write(tmp_path / "new.py", old.replace("return 1", "return 2"))
    ids = {
        (e["new"]["qualified_name"]): e["id"]
        for e in load_json(cli("old.py", "new.py", "-f", "json", cwd=tmp_path).stdout)["entities"]
    }

    def patch(name: str) -> Result:
        return cli("old.py", "new.py", "-f", "patch", "--entity", name, cwd=tmp_path)

    assert patch("B.run").stdout == patch(ids["B.run"]).stdout
    assert "@@ -5,7 +5,7 @@ def B.run" in patch("B.run").stdout
    assert patch("solo").stdout == patch(ids["solo"]).stdout
    ambiguous = patch("run")
    assert (ambiguous.code, ambiguous.stdout) == (2, "")
    assert ambiguous.stderr == (
        f"semdiff: error: --entity 'run' names 2 entities: {ids['A.run']} (def A.run, new.py:2), "
        f"{ids['B.run']} (def B.run, new.py:7)\n"
    )
    unknown = patch("nope")
    assert (unknown.code, unknown.stderr) == (
        2,
        "semdiff: error: no changed entity named 'nope' in this diff\n",
    )


def test_a_kind_change_is_said(tmp_path: Path) -> None:
    body = "    inner: std::collections::HashMap<String, Vec<u8>>,\n"
    _write(tmp_path / "old.rs", f"pub struct Pool {{\n{body}}}\n\nfn main() {{}}\n")
    _write(tmp_path / "new.rs", f"pub type Message = {body.strip()[7:-1]};\n\nfn main() {{}}\n")
    text = cli("old.rs", "new.rs", "--color", "never", cwd=tmp_path).stdout
    assert "~ struct Pool → type Message  kind changed, renamed," in text


def test_under_the_file_it_left_an_entity_has_that_files_name(tmp_path: Path) -> None:
    methods = "    pub fn get(&self) -> usize {\n        self.size + 1\n    }\n"
    pool = f"pub struct Pool {{\n    size: usize,\n}}\n\nimpl Pool {{\n{methods}}}\n"
    main = 'fn main() {\n    println!("hi");\n}\n'
    _write(tmp_path / "old" / "pool.rs", pool)
    _write(tmp_path / "old" / "main.rs", main)
    moved = pool.replace("Pool", "Buffer").replace("+ 1", "+ 2")
    _write(tmp_path / "new" / "main.rs", f"{main}\n{moved}")
    lines = cli("old", "new", "--color", "never", "--summary", cwd=tmp_path).stdout.splitlines()
    removed_file = lines.index("pool.rs  (rust; removed)")
    assert "fn Buffer::get" in lines[1] + lines[2] + lines[3]
    # pool.rs never held a Buffer: its method is named as it was there.
    assert any("fn Pool::get" in line for line in lines[removed_file:])
    assert not any("Buffer::get" in line for line in lines[removed_file:])


def test_rows_of_one_name_are_told_apart_by_their_line(tmp_path: Path) -> None:
    old = "#[cfg(unix)]\nfn x() -> u32 {\n    1\n}\n\n#[cfg(windows)]\nfn x() -> u32 {\n    2\n}\n"
    old += "\nfn y() -> u32 {\n    3\n}\n"
    _write(tmp_path / "old.rs", old)
    _write(tmp_path / "new.rs", old.replace("1\n", "10\n").replace("2\n", "20\n"))
    _write(tmp_path / "newer.rs", old.replace("1\n", "10\n").replace("3\n", "30\n"))
    lines = cli("old.rs", "new.rs", "--summary", cwd=tmp_path).stdout.splitlines()
    assert lines[1:3] == [
        "  ~ fn x (line 1)  body changed  +1 -1",
        "  ~ fn x (line 6)  body changed  +1 -1",
    ]
    # Only a name two rows share gets a line: here one x changed, and y.
    lines = cli("old.rs", "newer.rs", "--summary", cwd=tmp_path).stdout.splitlines()
    assert lines[1:3] == ["  ~ fn x  body changed  +1 -1", "  ~ fn y  body changed  +1 -1"]


def test_languages_lists_the_languages() -> None:
    text = cli("languages").stdout
    assert text.splitlines()[0].split()[0]
    document = json.loads(cli("languages", "--format", "json").stdout)
    names = {language["name"] for language in document["languages"]}
    assert {"python", "rust"} <= names
    python = next(lang for lang in document["languages"] if lang["name"] == "python")
    assert ".py" in python["extensions"]
    assert "python" in python["interpreters"]
    assert "method" in python["kinds"]
    assert "#!python" in next(line for line in text.splitlines() if line.startswith("python "))


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "semdiff", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0
    assert "Usage" in result.stdout


def test_directories_follow_a_renamed_file_but_not_empty_ones(tmp_path: Path) -> None:
    body = "".join(f"def f{i}(x):\n    return x + {i}\n\n\n" for i in range(6))
    _write(tmp_path / "old" / "pkg" / "util.py", body)
    _write(tmp_path / "new" / "lib" / "helpers.py", body.replace("x + 5", "x + 50"))
    _write(tmp_path / "old" / "pkg" / "__init__.py", "")
    _write(tmp_path / "new" / "lib" / "__init__.py", "")
    document = load_json(cli(str(tmp_path / "old"), str(tmp_path / "new"), "-f", "json").stdout)
    files = {(f["old_path"], f["new_path"]): f["status"] for f in document["files"]}
    assert files[("pkg/util.py", "lib/helpers.py")] == "renamed"
    assert files[("pkg/__init__.py", None)] == "removed"
    assert files[(None, "lib/__init__.py")] == "added"
    changed = [e for e in document["entities"] if e["kind"] != "module"]
    assert [(e["new"]["name"], e["status"]) for e in changed] == [("f5", "modified")]


def test_dev_null_is_an_absent_side(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.py", "def f():\n    return 1\n")
    added = load_json(cli("/dev/null", str(a), "-f", "json").stdout)
    assert added["files"][0]["status"] == "added"
    removed = cli(str(a), "/dev/null", "--color", "never")
    assert removed.code == 0
    assert "removed" in removed.stdout


def test_language_applies_in_directory_mode(tmp_path: Path) -> None:
    _write(tmp_path / "old" / "x.txt", "def f():\n    return 1\n")
    _write(tmp_path / "new" / "x.txt", "def f():\n    return 2\n")
    text = cli(str(tmp_path / "old"), str(tmp_path / "new"), "--language", "python").stdout
    assert "def f" in text
    assert "no grammar" not in text


def test_crlf_files_read_cleanly_and_line_ending_changes_show(tmp_path: Path) -> None:
    crlf_1 = _write(tmp_path / "a.py", b"def f():\r\n    return 1\r\n")
    crlf_2 = _write(tmp_path / "b.py", b"def f():\r\n    return 2\r\n")
    lf = _write(tmp_path / "c.py", b"def f():\n    return 1\n")
    same_endings = cli(str(crlf_1), str(crlf_2), "--color", "never").stdout
    assert "-    return 1\n+    return 2\n" in same_endings
    assert "\\x0d" not in same_endings
    changed_endings = cli(str(crlf_1), str(lf), "--color", "never").stdout
    assert "(python; modified; line endings CRLF → LF)" in changed_endings
    assert "\\x0d" not in changed_endings  # said once in the heading, not on each line
    mixed = _write(tmp_path / "d.py", b"def f():\r\n    return 1\n")
    changed_one = cli(str(crlf_1), str(mixed), "--color", "never").stdout
    assert "(python; modified; line endings CRLF → mixed)" in changed_one
    assert "~ def f  line endings only  +1 -1" in changed_one
    assert "-    return 1\\x0d\n+    return 1\n" in changed_one


def test_a_file_over_the_size_limit_gets_a_line_diff_and_says_why(tmp_path: Path) -> None:
    body = "".join(f"def f{i}():\n    return {i}\n\n\n" for i in range(100))
    old = _write(tmp_path / "old.py", body)
    new = _write(tmp_path / "new.py", body.replace("return 7\n", "return 8\n"))
    limited = cli("--format", "json", "--max-size", "1K", str(old), str(new))
    assert limited.code == 0, limited.stderr
    [file] = json.loads(limited.stdout)["files"]
    assert file["language"] is None
    assert file["fallback"]["reason"] == (
        f"{len(body.encode()):,} bytes is over the 1,024 bytes limit for a structural diff "
        "(--max-size): compared line by line"
    )
    text = cli("--color", "never", "--max-size", "1K", str(old), str(new)).stdout
    assert "(--max-size): compared line by line" in text
    assert "+    return 8" in text  # the change itself is still shown
    # Within the limit (and with no limit) the same pair is structural.
    for size in ("1M", "0"):
        result = json.loads(cli("--format", "json", "--max-size", size, str(old), str(new)).stdout)
        assert result["files"][0]["fallback"] is None
    for value in ("lots", "²M"):
        bad = cli("--max-size", value, str(old), str(new))
        assert (bad.code, bad.stdout) == (2, "")
        assert bad.stderr.startswith(f"semdiff: error: --max-size: {value!r} is not a size")


def test_member_moved_to_a_container_of_the_same_name_elsewhere_moved_files(
    tmp_path: Path,
) -> None:
    # `var util = Dial.util = {}` with `util.pick = function` in one file; in the other,
    # `var util = { pick: function }`. The two `util` do not pair (one is removed, the other
    # added), so `pick` did not travel with its container: it moved files itself.
    _write(
        tmp_path / "old" / "core.js",
        "module.exports = function (Dial) {\n"
        "  var util = Dial.util = {};\n\n"
        "  util.pick = function (value, fallback) {\n"
        "    return value === undefined ? fallback : value;\n"
        "  };\n};\n",
    )
    _write(tmp_path / "new" / "core.js", "module.exports = function (Dial) {\n};\n")
    _write(
        tmp_path / "new" / "util.js",
        "var util = {\n  tickCount: 5,\n  step: 2,\n  label: 'dial',\n\n"
        "  pick: function (value, fallback) {\n"
        "    return value === undefined ? fallback : value;\n"
        "  },\n};\n\nmodule.exports = util;\n",
    )
    result = cli(str(tmp_path / "old"), str(tmp_path / "new"), "--format", "json")
    document = load_json(result.stdout)
    pick = next(e for e in document["entities"] if e["new"] and e["new"]["name"] == "pick")
    assert pick["old"] is not None
    assert "moved_file" in pick["flags"]


def test_a_long_summary_printed_in_batches_reads_as_row_by_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Summary rows go to rich in batches (speed); the bytes must be those of one row a print.
    old, new = tmp_path / "old.py", tmp_path / "new.py"
    old.write_text("".join(f"def f{i}():\n    return {i}\n\n" for i in range(0, 450, 2)))
    new.write_text("".join(f"def f{i}():\n    return {i}\n\n" for i in range(450)))
    batched = cli("--color", "always", str(old), str(new))
    monkeypatch.setattr(terminal, "SUMMARY_BATCH", 1)
    assert cli("--color", "always", str(old), str(new)) == batched
    assert batched.stdout.count("\n  \x1b[32m+\x1b[0m \x1b[32mdef f") == 225


def test_a_patch_that_takes_a_class_away_names_the_members_it_leaves(tmp_path: Path) -> None:
    # Staged alone, a deleted class's own lines left its methods at the top level, silently.
    code = "class K:\n    def a(self):\n        return 1\n\n    def b(self):\n        return 2\n"
    old, new = tmp_path / "old.py", tmp_path / "new.py"
    old.write_text(code + "\n\nX = 1\n")
    new.write_text("X = 1\n")
    alone = cli(str(old), str(new), "-f", "patch", "--entity", "K")
    assert alone.code == 0
    assert "def K.a (e:" in alone.stderr and "def K.b (e:" in alone.stderr
    whole = cli(
        str(old), str(new), "-f", "patch", "--entity", "K", "--entity", "a", "--entity", "b"
    )
    assert whole.stderr == ""
    # Undoing an addition (--for-reverse) takes the added class away.
    back = cli(str(new), str(old), "-f", "patch", "--for-reverse", "--entity", "K")
    assert "def K.a (e:" in back.stderr
    assert cli(str(new), str(old), "-f", "patch", "--entity", "K").stderr == ""


def test_the_note_names_only_what_went_with_the_class(tmp_path: Path) -> None:
    # A nested class that moved out keeps its removed method: the frontend would not take it.
    old, new = tmp_path / "old.py", tmp_path / "new.py"
    old.write_text(
        "class K:\n    class I:\n        def m(self):\n            return 1\n\n"
        "        def n(self):\n            return 2\n\n    def a(self):\n        return 3\n"
    )
    new.write_text("class I:\n    def n(self):\n        return 2\n")
    note = cli(str(old), str(new), "-f", "patch", "--entity", "K").stderr
    assert "def K.a (e:" in note
    assert "K.I.m" not in note
    # Applied backwards, the removed class comes back: nothing is taken away.
    assert cli(str(old), str(new), "-f", "patch", "--for-reverse", "--entity", "K").stderr == ""


def test_a_patch_that_brings_a_method_into_a_class_it_leaves_out_names_the_class(
    tmp_path: Path,
) -> None:
    # Staged alone, a method of an added class landed at the top level, silently (found
    # staging semdiff's own pipeline.py entity by entity: an IndentationError in the index).
    old, new = tmp_path / "old.py", tmp_path / "new.py"
    old.write_text("X = 1\n")
    new.write_text("class K:\n    def a(self):\n        return 1\n\n\nX = 1\n")
    alone = cli(str(old), str(new), "-f", "patch", "--entity", "a")
    assert alone.code == 0
    assert "whose container it leaves out: class K (e:" in alone.stderr
    assert cli(str(old), str(new), "-f", "patch", "--entity", "a", "--entity", "K").stderr == ""
    # Undoing a removal (--for-reverse) brings the method back into the removed class.
    back = cli(str(new), str(old), "-f", "patch", "--for-reverse", "--entity", "a")
    assert "whose container it leaves out: class K (e:" in back.stderr


def test_a_top_level_whose_own_change_is_on_an_entity_line_is_not_listed(tmp_path: Path) -> None:
    # `# type:` after a variable is the top level's own comment, on the variable's line: the
    # top level read as "comments only" with no hunk, and its patch was empty (git apply
    # refused it; found staging hypothesis 6.0 → 6.10 entity by entity).
    old, new = tmp_path / "old.py", tmp_path / "new.py"
    old.write_text("from typing import Dict\n\ncache = {}  # type: Dict[str, int]\ndepth = 0\n")
    new.write_text("from typing import Dict\n\ncache: Dict[str, int] = {}\ndepth = 0\n")
    document = load_json(cli(str(old), str(new), "-f", "json").stdout)
    changed = [e for e in document["entities"] if e["status"] != "unchanged"]
    assert [(e["new"]["qualified_name"], len(e["hunks"])) for e in changed] == [("cache", 1)]


def test_a_patch_of_an_entity_whose_line_another_holds_says_it_is_empty(tmp_path: Path) -> None:
    # `x = 1; y = 2`, both changed: the line is y's hunk, and x's patch was empty, silently.
    old, new = tmp_path / "old.py", tmp_path / "new.py"
    old.write_text("x = 1; y = 2\n")
    new.write_text("x = 3; y = 4\n")
    bare = cli(str(old), str(new), "-f", "patch", "--entity", "x")
    assert bare.stdout == ""
    assert "no lines of variable x (e:" in bare.stderr
    whole = cli(str(old), str(new), "-f", "patch", "--entity", "y")
    assert "+x = 3; y = 4" in whole.stdout and whole.stderr == ""
