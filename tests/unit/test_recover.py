"""recover.py: a side that does not parse is laid out after the side that does (issue 18).

The inputs are the standard library's textwrap.py, as a long real file, with one bracket
broken in the middle of a class."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from semdiff import recover as recover_module
from semdiff.extract import parse_file
from semdiff.model import ParsedFile
from semdiff.recover import recover
from semdiff.sources import make_source
from tests.support import FIXTURES, cli, load_json

REAL = Path(textwrap.__file__).read_text(encoding="utf-8")
RETURN = "        return self._split(text)\n"
BROKEN = REAL.replace(RETURN, "        return self._split(text\n")
ADDED = "\n\ndef shout(text):\n    return text.upper()\n"


def _parsed(text: str) -> ParsedFile:
    return parse_file(make_source("textwrap.py", text.encode("utf-8")))


def _changed(tmp_path: Path, old: str, new: str) -> dict[str, tuple[str, bool, bool]]:
    (tmp_path / "old.py").write_text(old, encoding="utf-8")
    (tmp_path / "new.py").write_text(new, encoding="utf-8")
    document = load_json(cli("old.py", "new.py", "--format", "json", cwd=tmp_path).stdout)
    return {
        (entity["new"] or entity["old"])["qualified_name"]: (
            entity["status"],
            bool(entity["old"] and entity["old"]["has_errors"]),
            bool(entity["new"] and entity["new"]["has_errors"]),
        )
        for entity in document["entities"]
        if entity["kind"] != "module"
    }


def test_the_inputs_are_what_the_tests_say() -> None:
    assert REAL.count(RETURN) == 1
    assert _parsed(REAL).parse_errors == 0
    assert _parsed(BROKEN).parse_errors > 0


def test_a_clean_pair_costs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = _parsed(REAL), _parsed(REAL.replace("width=70", "width=72"))

    def fail(*_: object, **__: object) -> None:
        raise AssertionError("a clean pair was parsed again")

    monkeypatch.setattr(recover_module, "parse", fail)
    monkeypatch.setattr(recover_module, "align", fail)
    result = recover(old, new)
    assert result[0] is old and result[1] is new


def test_one_broken_method_is_the_one_change(tmp_path: Path) -> None:
    assert _changed(tmp_path, REAL, BROKEN) == {
        "TextWrapper._split_chunks": ("modified", False, True)
    }


def test_fixing_it_is_the_one_change(tmp_path: Path) -> None:
    assert _changed(tmp_path, BROKEN, REAL) == {
        "TextWrapper._split_chunks": ("modified", True, False)
    }


def test_a_function_added_after_the_break_is_added(tmp_path: Path) -> None:
    # The new function parses on its own: it is taken from the broken side's tree.
    assert _changed(tmp_path, REAL, BROKEN + ADDED) == {
        "TextWrapper._split_chunks": ("modified", False, True),
        "shout": ("added", False, False),
    }


def test_both_sides_broken_in_different_places(tmp_path: Path) -> None:
    header = "    def _fix_sentence_endings(self, chunks):"
    assert REAL.count(header) == 1
    new = REAL.replace(header, header.replace("):", ":"))
    assert _changed(tmp_path, BROKEN, new) == {
        "TextWrapper._split_chunks": ("modified", True, False),
        "TextWrapper._fix_sentence_endings": ("modified", False, True),
    }


def test_the_note_names_the_changed_line(tmp_path: Path) -> None:
    (tmp_path / "old.py").write_text(REAL, encoding="utf-8")
    (tmp_path / "new.py").write_text(BROKEN, encoding="utf-8")
    line = REAL[: REAL.index(RETURN)].count("\n") + 1
    document = load_json(cli("old.py", "new.py", "--format", "json", cwd=tmp_path).stdout)
    assert document["files"][0]["error_lines"] == {"new": line}
    text = cli("old.py", "new.py", "--color", "never", cwd=tmp_path).stdout
    assert f"the first at line {line})" in text.splitlines()[0]


def test_explain_says_what_the_error_covers(tmp_path: Path) -> None:
    (tmp_path / "old.py").write_text(REAL, encoding="utf-8")
    (tmp_path / "new.py").write_text(BROKEN, encoding="utf-8")
    text = cli("old.py", "new.py", "--explain", "--color", "never", cwd=tmp_path).stdout
    assert "new.py: syntax errors; entities laid out after the old version" in text
    covers = " ".join(line for line in text.splitlines() if "the error at line" in line)
    # Everything else the errors cover kept its lines: only the broken method holds one.
    assert set(re.findall(r"([\w.]+) \(changed lines, holds the error\)", covers)) == {
        "TextWrapper._split_chunks"
    }
    assert "TextWrapper.wrap (same lines)" in covers


def test_errors_both_sides_share_point_at_no_change(tmp_path: Path) -> None:
    # jq's linker.c has macros tree-sitter-c cannot read, on both sides alike: an ordinary
    # edit is no syntax error of its entity, and the entities the grammar cannot read keep
    # their marks on both sides.
    real = (FIXTURES / "c" / "broken_extra_brace" / "old.c").read_text(encoding="utf-8")
    body = '  jv res = jv_string_fmt("%s", p);\n  jv_free(name);\n  return res;'
    assert real.count(body) == 1
    (tmp_path / "old.c").write_text(real, encoding="utf-8")
    (tmp_path / "new.c").write_text(real.replace(body, body.replace("res", "result")), "utf-8")
    document = load_json(
        cli("old.c", "new.c", "--format", "json", "--include-unchanged", cwd=tmp_path).stdout
    )
    marks = {
        entity["new"]["qualified_name"]: (
            entity["status"],
            entity["old"]["has_errors"],
            entity["new"]["has_errors"],
        )
        for entity in document["entities"]
        if entity["kind"] != "module"
    }
    assert marks["jv_basename"] == ("modified", False, False)
    unreadable = {name for name, (_, old, _) in marks.items() if old}
    assert unreadable
    assert all(marks[name] == ("unchanged", True, True) for name in unreadable)


GRAMMAR_GAP_OLD = """\
interface W {
  companion object {
    fun install(app: App) {
      app.register(object : Callbacks by noOp() {
        override fun created(a: Activity) {
          watch(a)
        }
      })
    }
  }
}
"""
GRAMMAR_GAP_NEW = """\
object W {
  fun install(app: App) {
    app.register(object : Callbacks by noOp() {
      override fun created(a: Activity) {
        watch(a)
      }
    })
  }
}
"""


def test_as_many_errors_on_both_sides_are_the_grammars(tmp_path: Path) -> None:
    """tree-sitter-kotlin cannot read `object : A by d()`, on either side. The companion object
    dissolved into its class (a real leakcanary commit): laying the old tree onto the new
    text kept `install` in the companion; each side's own tree shows the move."""
    (tmp_path / "old.kt").write_text(GRAMMAR_GAP_OLD, encoding="utf-8")
    (tmp_path / "new.kt").write_text(GRAMMAR_GAP_NEW, encoding="utf-8")
    document = load_json(cli("old.kt", "new.kt", "--format", "json", cwd=tmp_path).stdout)
    assert [f["parse_errors"] for f in document["files"]] == [{"old": 1, "new": 1}]
    install = [e for e in document["entities"] if e["old"] and e["old"]["name"] == "install"]
    assert [(e["status"], e["new"]["qualified_name"]) for e in install] == [("moved", "W.install")]


ZIPPER = """\
(ns zipper)

(defn branch? [loc]
  ((:zip/branch? ^loc) (node loc)))

(defn node [loc]
  (loc 0))

(defn right [loc]
  (let [[node path] loc]
    (first (:r path))))
"""


def test_recovery_reads_the_broken_side_as_extraction_did(tmp_path: Path) -> None:
    # Pre-1.0 `^loc` is read through Clojure's error_masks; recovery must read it the same
    # way, or the old spelling's errors, not the dropped `)`, point at the culprit.
    (tmp_path / "old.clj").write_text(ZIPPER, encoding="utf-8")
    broken = ZIPPER.replace("(loc 0)", "(loc 1)").replace("(:r path))))", "(:r path)))")
    (tmp_path / "new.clj").write_text(broken, encoding="utf-8")
    result = cli("old.clj", "new.clj", "--color", "never", cwd=tmp_path)
    assert "the first at line 11" in result.stdout
    assert "defn right  body changed, (has syntax errors)" in result.stdout
    assert "defn node   body changed  " in result.stdout
