"""The staging property (check g of checks.py) on every golden fixture: each entity staged
alone changes just that entity, staging all of them in any order reaches the new side, and
`--for-reverse` unstages. About 20 s for all fixtures, all in this process."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reliability.checks import Case, staging_failures
from tests.reliability.gitapply import PatchError, apply_patch
from tests.reliability.staging import staging_errors
from tests.reliability.test_properties import _explain, _fixture_cases

STAGING_GAPS = {
    "fsharp/function_moved_to_nested_module": "the added module Unsafe holds only the moved "
    "function: staged alone, `module Unsafe =` has no body, which F# does not parse (the "
    "grammar then misreads the file's module too)",
    "clojure/defn_wrapped_in_reader_conditional": "the line `#?(:clj (defn str-builder? ...)` "
    "opens the reader conditional its :cljs variant closes: staged alone, the :clj variant "
    "leaves it open (a parse error)",
    "edn/alias_reordered": "the map's first key shares its line with the key before the "
    "map (`:aliases {:test`), so the reading is the golden's known gap (four aliases read as "
    "reordered): staging them one by one moves the closing braces `}}}` with keys that do not "
    "end the map (a parse error)",
    "edn/test_runner_moved_to_alias": "the added key `:runner` is placed after the line that "
    "closes the `:aliases` map (`]}}}`): staged alone it lands outside the map, as the file's "
    "own text, and the moved keys then never settle under it",
    "kotlin/converted_from_java": "a file renamed across languages (Basket.java → "
    "Basket.kt): an entity's patch renames the file, which then holds one entity in Kotlin "
    "and the rest in Java, and no longer parses",
    "nix/tests_moved_to_own_file": "passthru.tests becomes one line calling tests.nix, an "
    "added file its attributes move to: that line's change belongs to an attribute nested "
    "in the set, so staged alone it lands inside the old set, and the set staged alone "
    "leaves its attributes in the enclosing one; some orders never reach the new side",
    "python/callers_follow_rename": "a rename staged without its callers: the matcher reads "
    "the staged text as another function taking the name (the callers' evidence is what "
    "paired them), so the staged diff shows two changes",
    "sql/collected_addresses_moved_to_addressbook": "the moved table's banner comment is "
    "top-level text, apart from the table by a blank line: with the index staged before the "
    "table, the top level's patch puts the banner directly above the index, which it then "
    "documents; the index's patch takes it away again, and the two never settle",
    "tcl/reordered": "a comment block parted by a blank line from the proc below it is the "
    "file's, and the blank line goes with the proc: staged alone, the file's change puts the "
    "comment directly above another proc (trimleft), whose comment it becomes (Python does "
    "the same with `# c`, a blank line, `def c`)",
}


def _params() -> list[Any]:
    found = []
    for case in _fixture_cases():
        gap = STAGING_GAPS.get(case.origin)
        marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
        found.append(pytest.param(case, id=case.origin, marks=marks))
    return found


def test_every_gap_names_a_fixture() -> None:
    assert set(STAGING_GAPS) <= {case.origin for case in _fixture_cases()}


@pytest.mark.parametrize("case", _params())
def test_fixtures_stage_entity_by_entity(case: Case) -> None:
    failures = staging_failures(case)
    assert not failures, _explain(case, failures)


ISSUE_20 = {
    "a method added at the end of a class, before a changed top-level line": (
        "k.py",
        "class K:\n    def n(self): return 2\nX = 1\n",
        "class K:\n    def n(self): return 2\n    def o(self): return 3\nX = 2\n",
    ),
    "a reordered method whose body changed, before a changed top-level line": (
        "k.py",
        "class K:\n    def a(self):\n        return 1\n\n"
        "    def b(self):\n        return 2\nX = 1\n",
        "class K:\n    def b(self):\n        return 2\n\n"
        "    def a(self):\n        return 10\nX = 2\n",
    ),
    "a reordered fn before a changed impl line": (
        "s.rs",
        "struct S;\n\nfn a() -> i32 {\n    1\n}\n\nfn b() -> i32 {\n    2\n}\n\n"
        "impl S {\n    fn c(&self) {}\n}\n",
        "struct S;\n\nfn b() -> i32 {\n    2\n}\n\nfn a() -> i32 {\n    10\n}\n\n"
        "impl Clone for S {\n    fn c(&self) {}\n}\n",
    ),
    "a key added after the last one, which gains the comma between them": (
        "p.json",
        '{\n  "a": 1,\n  "b": 2\n}\n',
        '{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}\n',
    ),
    "the last key moved to the top, the one before it losing its comma": (
        "p.json",
        '{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}\n',
        '{\n  "c": 3,\n  "a": 1,\n  "b": 2\n}\n',
    ),
    "the last definition of a Scheme library removed, its closers now the one before's": (
        "core.sld",
        "(define-library (core)\n  (export a b)\n  (begin\n    (define (a) 1)\n\n"
        "    (define (b) 2)))\n",
        "(define-library (core)\n  (export a b)\n  (begin\n    (define (a) 1)))\n",
    ),
    "the last key removed, the one before losing its comma": (
        "p.json",
        '{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}\n',
        '{\n  "a": 1,\n  "b": 2\n}\n',
    ),
}


@pytest.mark.parametrize(("path", "old", "new"), ISSUE_20.values(), ids=ISSUE_20.keys())
def test_issue_20_cases_keep_the_property(path: str, old: str, new: str) -> None:
    assert staging_errors({path: old}, {path: new}) == []


BETWEEN_FILES = {
    "the last definition of a Scheme library moved to another file, its closers now the "
    "one before's": (
        {
            "a.sld": "(define-library (a)\n  (begin\n    (define (x) 1)\n\n    (define (y) 2)))\n",
            "b.sld": "(define-library (b)\n  (begin\n    (define (z) 3)))\n",
        },
        {
            "a.sld": "(define-library (a)\n  (begin\n    (define (x) 1)))\n",
            "b.sld": "(define-library (b)\n  (begin\n    (define (z) 3)\n\n    (define (y) 2)))\n",
        },
    ),
}


@pytest.mark.parametrize(("old", "new"), BETWEEN_FILES.values(), ids=BETWEEN_FILES.keys())
def test_moves_between_files_keep_the_property(old: dict[str, str], new: dict[str, str]) -> None:
    assert staging_errors(old, new) == []


def test_gitapply_places_a_hunk_without_trailing_context_at_the_end() -> None:
    # As git does: the checks must be no kinder than `git apply`.
    patch = "diff --git a/k.py b/k.py\n--- a/k.py\n+++ b/k.py\n@@ -2,0 +3,1 @@\n+b\n"
    assert apply_patch({"k.py": "a\nc\nd\n"}, patch) == {"k.py": "a\nc\nd\nb\n"}
    strict = "diff --git a/k.py b/k.py\n--- a/k.py\n+++ b/k.py\n@@ -1,2 +1,3 @@\n a\n+b\n x\n"
    with pytest.raises(PatchError):
        apply_patch({"k.py": "a\nc\n"}, strict)
