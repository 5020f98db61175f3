"""Entity-level staging: `semdiff git --format patch --entity ID` piped to `git apply` stages,
unstages or discards exactly that entity's change."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.git.conftest import Repo
from tests.git.test_revisions import BOTH, OLD, PARSED, RENDERED, started


def entity_id(repo: Repo, name: str, *args: str) -> str:
    doc = json.loads(repo.semdiff("git", "--format", "json", *args).stdout)
    [found] = [e["id"] for e in doc["entities"] if (e["new"] or e["old"])["name"] == name]
    return str(found)


def apply(repo: Repo, patch_args: list[str], *apply_args: str) -> None:
    result = repo.semdiff("git", "--format", "patch", *patch_args)
    assert result.code == 0, result.stderr
    subprocess.run(
        ["git", "apply", *apply_args],
        cwd=repo.root,
        input=result.stdout.encode("utf-8"),
        check=True,
    )


def staged(repo: Repo, path: str = "app.py") -> str:
    return repo.git("show", f":{path}")


def test_stage_then_unstage_one_entity(repo: Repo) -> None:
    started(repo)
    repo.write("app.py", BOTH)
    parse = entity_id(repo, "parse")
    apply(repo, ["--entity", parse], "--cached")
    assert staged(repo) == PARSED  # the index holds parse's change and nothing else
    assert 'split(";")' in repo.git("diff", "--cached")
    assert "join" not in repo.git("diff", "--cached")
    assert (repo.root / "app.py").read_text() == BOTH  # the working tree is untouched
    apply(repo, ["--staged", "--entity", entity_id(repo, "parse", "--staged")], "--cached", "-R")
    assert staged(repo) == OLD
    assert repo.git("diff", "--cached") == ""


def test_discard_one_entity_from_the_working_tree(repo: Repo) -> None:
    started(repo)
    repo.write("app.py", BOTH)
    apply(repo, ["--entity", entity_id(repo, "render")], "-R")
    assert (repo.root / "app.py").read_text() == PARSED


def test_several_entities_at_once(repo: Repo) -> None:
    started(repo)
    repo.write("app.py", BOTH)
    apply(
        repo,
        ["--entity", entity_id(repo, "parse"), "--entity", entity_id(repo, "render")],
        "--cached",
    )
    assert staged(repo) == BOTH


def test_stage_one_entity_of_an_untracked_file(repo: Repo) -> None:
    started(repo)
    repo.write("extra.py", RENDERED)
    apply(repo, ["--untracked", "--entity", entity_id(repo, "parse", "--untracked")], "--cached")
    assert staged(repo, "extra.py") == 'def parse(text):\n    return text.split(",")\n'


def test_unstage_and_discard_one_entity_of_a_new_file(repo: Repo) -> None:
    """Part of an added file, read backwards, is an edit of that file, not its creation."""
    started(repo)
    parse_only = 'def parse(text):\n    return text.split(",")\n'
    repo.write("extra.py", RENDERED)
    repo.git("add", "extra.py")
    render = entity_id(repo, "render", "--staged")
    apply(repo, ["--staged", "--for-reverse", "--entity", render], "--cached", "-R")
    assert staged(repo, "extra.py") == parse_only
    assert (repo.root / "extra.py").read_text() == RENDERED
    repo.git("rm", "-q", "-f", "--cached", "extra.py")
    render = entity_id(repo, "render", "--untracked")
    apply(repo, ["--untracked", "--for-reverse", "--entity", render], "-R")
    assert (repo.root / "extra.py").read_text() == parse_only


def test_stage_a_move_between_files(repo: Repo) -> None:
    repo.write("a.py", OLD)
    repo.write("b.py", "def other():\n    return 1\n")
    repo.commit("start")
    repo.write("a.py", 'def parse(text):\n    return text.split(",")\n')
    repo.write(
        "b.py", 'def other():\n    return 1\n\n\ndef render(items):\n    return ", ".join(items)\n'
    )
    apply(repo, ["--entity", entity_id(repo, "render")], "--cached")
    assert repo.git("diff") == ""  # the whole change was that one move
    assert "render" not in staged(repo, "a.py")
    assert "def render" in staged(repo, "b.py")


def test_stage_an_executable_new_file_keeps_its_mode(repo: Repo) -> None:
    started(repo)
    (repo.write("run.py", "def main():\n    return 0\n")).chmod(0o755)
    apply(repo, ["--untracked", "--entity", entity_id(repo, "main", "--untracked")], "--cached")
    assert repo.git("ls-files", "-s", "run.py").startswith("100755 ")


ADJACENT = "def first(a):\n    return a + 1\ndef second(b):\n    return b * 2\n"


def test_discard_and_unstage_beside_another_change(repo: Repo) -> None:
    # One line apart: the context is the line both sides share, so the plain patch applies
    # backwards too.
    repo.write("app.py", ADJACENT)
    repo.commit("start")
    both = ADJACENT.replace("+ 1", "+ 100").replace("* 2", "* 200")
    repo.write("app.py", both)
    apply(repo, ["--entity", entity_id(repo, "second")], "-R")
    assert (repo.root / "app.py").read_text() == ADJACENT.replace("+ 1", "+ 100")
    repo.write("app.py", both)
    repo.git("add", "app.py")
    apply(repo, ["--staged", "--entity", entity_id(repo, "second", "--staged")], "--cached", "-R")
    assert staged(repo) == ADJACENT.replace("+ 1", "+ 100")


def test_for_reverse_when_another_change_touches_the_entity(repo: Repo) -> None:
    # No line between the two changes: only a patch whose context is the new side's text
    # applies backwards.
    repo.write("app.py", ADJACENT)
    repo.commit("start")
    changed = ADJACENT.replace("+ 1", "+ 100").replace("second(b)", "second(b, c=0)")
    repo.write("app.py", changed)
    apply(repo, ["--for-reverse", "--entity", entity_id(repo, "first")], "-R")
    assert (repo.root / "app.py").read_text() == ADJACENT.replace("second(b)", "second(b, c=0)")
    repo.write("app.py", changed)
    repo.git("add", "app.py")
    second = entity_id(repo, "second", "--staged")
    apply(repo, ["--staged", "--for-reverse", "--entity", second], "--cached", "-R")
    assert staged(repo) == ADJACENT.replace("+ 1", "+ 100")


def test_a_file_that_became_a_symbolic_link_patches_whole(repo: Repo) -> None:
    started(repo)
    repo.write("b.py", OLD)
    repo.commit("two files")
    (repo.root / "b.py").unlink()
    (repo.root / "b.py").symlink_to("app.py")
    result = repo.semdiff("git", "--format", "patch")
    subprocess.run(
        ["git", "apply", "--cached"], cwd=repo.root, input=result.stdout.encode(), check=True
    )
    assert repo.git("ls-files", "-s", "b.py").startswith("120000 ")
    assert repo.git("diff") == ""


def _stage_all(repo: Repo, path: str, names: list[str]) -> None:
    """Stage the entities one by one, each id read from a fresh diff, as the frontend does."""
    for name in names:
        apply(repo, ["--entity", entity_id(repo, name)], "--cached")
    assert staged(repo, path) == (repo.root / path).read_text()
    assert json.loads(repo.semdiff("git", "--format", "json").stdout)["entities"] == []


def test_a_method_added_at_the_end_of_a_class_stays_in_it(repo: Repo) -> None:
    # Issue 20: without context, `o` went after `X = 1` (an IndentationError in the index).
    repo.write("k.py", "class K:\n    def n(self): return 2\nX = 1\n")
    repo.commit("start")
    repo.write("k.py", "class K:\n    def n(self): return 2\n    def o(self): return 3\nX = 2\n")
    apply(repo, ["--entity", entity_id(repo, "o")], "--cached")
    assert staged(repo, "k.py") == (
        "class K:\n    def n(self): return 2\n    def o(self): return 3\nX = 1\n"
    )
    _stage_all(repo, "k.py", ["X"])


REORDERED_OLD = (
    "class K:\n    def a(self):\n        return 1\n\n    def b(self):\n        return 2\nX = 1\n"
)
REORDERED_NEW = (
    "class K:\n    def b(self):\n        return 2\n\n    def a(self):\n        return 10\nX = 2\n"
)


def test_a_reordered_method_whose_body_changed_stages_and_converges(repo: Repo) -> None:
    # Issue 20: `a` landed after `X = 1`; its patch was then a no-op and staging never ended.
    repo.write("k.py", REORDERED_OLD)
    repo.commit("start")
    repo.write("k.py", REORDERED_NEW)
    apply(repo, ["--entity", entity_id(repo, "a")], "--cached")
    assert staged(repo, "k.py") == REORDERED_NEW.replace("X = 2", "X = 1")
    _stage_all(repo, "k.py", ["X"])
    repo.git("reset", "-q")
    apply(repo, ["--entity", entity_id(repo, "X")], "--cached")
    _stage_all(repo, "k.py", ["a"])


RUST_OLD = "fn a() -> i32 {\n    1\n}\nfn b() -> i32 {\n    2\n}\nimpl S {\n    fn c(&self) {}\n}\n"
RUST_NEW = (
    "fn b() -> i32 {\n    2\n}\nfn a() -> i32 {\n    10\n}\n"
    "impl Clone for S {\n    fn c(&self) {}\n}\n"
)


def test_a_reordered_rust_fn_next_to_a_changed_impl_line(repo: Repo) -> None:
    # Issue 20: `a` landed after `impl S {`, inside the impl (a method there).
    repo.write("s.rs", RUST_OLD)
    repo.commit("start")
    repo.write("s.rs", RUST_NEW)
    apply(repo, ["--entity", entity_id(repo, "a")], "--cached")
    assert staged(repo, "s.rs") == RUST_NEW.replace("impl Clone for S", "impl S")
    _stage_all(repo, "s.rs", ["<S as Clone>"])
    repo.git("reset", "-q")
    apply(repo, ["--entity", entity_id(repo, "<S as Clone>")], "--cached")
    _stage_all(repo, "s.rs", ["a"])


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_a_function_added_after_a_last_line_without_newline(repo: Repo, newline: str) -> None:
    # As context, the last line and the first added one were joined in the index
    # ("    return 1" followed by "def b():" gave one line, the blank line between lost);
    # in a CRLF file, the line must end as the others do.
    old = "def a():\n    return 1".replace("\n", newline)
    new = "def a():\n    return 1\n\ndef b():\n    return 2\n".replace("\n", newline)
    repo.write("e.py", old.encode())
    repo.commit("start")
    repo.write("e.py", new.encode())
    apply(repo, ["--entity", entity_id(repo, "b")], "--cached")
    assert repo.git("show", ":e.py") == new
    assert json.loads(repo.semdiff("git", "--format", "json").stdout)["entities"] == []


def test_a_change_that_drops_the_last_newline_keeps_it_while_lines_follow(repo: Repo) -> None:
    # B's `}` loses its newline only because C after it is removed: staged alone, B's change
    # left `}struct C {` in the index.
    repo.write("s.rs", "struct B {\n    x: i32,\n}\nstruct C {\n}\n")
    repo.commit("start")
    repo.write("s.rs", "struct B {\n}")
    apply(repo, ["--entity", entity_id(repo, "B")], "--cached")
    assert staged(repo, "s.rs") == "struct B {\n}\nstruct C {\n}\n"
    apply(repo, ["--entity", entity_id(repo, "C")], "--cached")
    _stage_all(repo, "s.rs", ["B"])


def test_unstaging_a_removed_wrapper_puts_it_back_around_its_children(repo: Repo) -> None:
    # Staging the removal of `describe` lets its tests out; unstaging it put its two lines
    # together above them.
    old = "describe('d', function () {\n  it('a', function () {\n  });\n});\n"
    repo.write("t.js", old)
    repo.commit("start")
    repo.write("t.js", "")
    apply(repo, ["--entity", entity_id(repo, "d")], "--cached")
    assert staged(repo, "t.js") == "  it('a', function () {\n  });\n"
    apply(
        repo,
        ["--staged", "--for-reverse", "--entity", entity_id(repo, "d", "--staged")],
        "--cached",
        "-R",
    )
    assert staged(repo, "t.js") == old


def test_a_changed_entry_stays_before_a_removed_sibling_that_followed_it(repo: Repo) -> None:
    # USD's new line was placed after GBP's (removed, not staged): USD then read as reordered.
    repo.write("c.kt", 'enum class C(val s: String) {\n    USD("$"),\n    GBP("L"),\n}\n')
    repo.commit("start")
    repo.write("c.kt", 'enum class C(val s: String) {\n  EUR("E"),\n  USD("$"),\n}\n')
    apply(repo, ["--entity", entity_id(repo, "USD")], "--cached")
    assert staged(repo, "c.kt") == 'enum class C(val s: String) {\n  USD("$"),\n    GBP("L"),\n}\n'
    _stage_all(repo, "c.kt", ["GBP", "EUR"])


def test_a_renamed_binary_file_patches_as_a_rename(repo: Repo) -> None:
    # The patch named the old path on both sides: applied, it left the file where it was.
    repo.write("img/logo.png", b"\x89PNG\x00\x01\x02")
    repo.commit("start")
    repo.git("mv", "img/logo.png", "logo2.png")
    shown = repo.semdiff("git", "--staged").stdout
    assert "logo2.png  (renamed; binary file)" in shown
    assert "1 file renamed in 1 file" in shown
    patch = repo.semdiff("git", "--staged", "--format", "patch").stdout
    assert "rename from img/logo.png\nrename to logo2.png\n" in patch
    repo.git("reset", "-q", "--hard")
    subprocess.run(["git", "apply", "--index"], cwd=repo.root, input=patch.encode(), check=True)
    assert repo.git("status", "--short") == "R  img/logo.png -> logo2.png\n"


def test_one_entity_of_a_file_converted_to_crlf_stages_in_place(repo: Repo) -> None:
    # No line aligned: every entity's new lines were inserted after the old last line, and
    # `b` staged alone landed outside the object.
    old = '{\n  "a": 1,\n  "b": {\n    "c": 2\n  },\n  "d": 3\n}\n'
    repo.write("x.json", old)
    repo.commit("start")
    repo.write("x.json", old.replace("\n", "\r\n").encode())
    apply(repo, ["--entity", entity_id(repo, "b")], "--cached")
    assert repo.git("show", ":x.json") == old.replace('"b": {\n', '"b": {\r\n').replace(
        "  },\n", "  },\r\n"
    )


def test_a_key_moved_to_the_section_above_leaves_its_removed_section(repo: Repo) -> None:
    # Everything between the key's two places was removed, so its removal and insertion were
    # one run, left where the old key was: staged, it stayed in [PHP].
    repo.write("php.ini", "[Date]\n[PHP]\nmemory_limit = 128M\n\ndate.timezone = UTC\n")
    repo.commit("start")
    repo.write("php.ini", "[Date]\ndate.timezone = UTC\n")
    apply(repo, ["--entity", entity_id(repo, "date.timezone")], "--cached")
    assert staged(repo, "php.ini") == "[Date]\ndate.timezone = UTC\n[PHP]\nmemory_limit = 128M\n"
    _stage_all(repo, "php.ini", ["PHP", "memory_limit"])


@pytest.mark.parametrize(
    ("old", "new", "names"),
    [
        ("k = 9\n[C]\nc = 3", "[C]\nc = 3\nk = 9", ["k"]),
        (
            "[A]\na = 1\n[B]\nb = 2\n[C]\nk = 9\n[D]\nd = 4",
            "[A]\na = 1\nk = 9\n[D]\nd = 4\nb = 2",
            ["k", "d"],
        ),
    ],
    ids=["one", "two"],
)
def test_hunks_whose_context_meets_do_not_overlap(
    repo: Repo, old: str, new: str, names: list[str]
) -> None:
    # The trailing context taken from the old side reached the next change, whose leading
    # context then went back over it: two hunks read one line twice, and git refused them.
    repo.write("x.ini", old)
    repo.commit("start")
    repo.write("x.ini", new)
    apply(repo, [arg for name in names for arg in ("--entity", entity_id(repo, name))], "--cached")
    assert repo.git("diff", "--cached", "--stat") != ""


def test_unstaging_a_removed_class_with_its_method_puts_the_method_back_in_it(
    repo: Repo,
) -> None:
    # The method's class is nowhere in the index, so nothing placed it: it went into the
    # class above, and its class came back empty after that one.
    old = "class A:\n    def keep(self):\n        return 1\n\n\nclass B:\n    def b(self):\n"
    old += "        return 2\n\n\nclass C:\n    def m(self):\n        return 3\n"
    repo.write("k.py", old)
    repo.commit("start")
    new = "class A:\n    def keep(self):\n        return 1\n\n    def m(self):\n        return 3\n"
    repo.write("k.py", new)
    repo.git("add", "k.py")
    ids = [entity_id(repo, name, "--staged") for name in ("B", "b")]
    reverse = ["--staged", "--for-reverse", "--entity", ids[0], "--entity", ids[1]]
    apply(repo, reverse, "--cached", "-R")
    assert staged(repo, "k.py") == new + "\n\nclass B:\n    def b(self):\n        return 2\n"
