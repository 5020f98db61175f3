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
    "clojure/defn_wrapped_in_reader_conditional": "no line patch can do it: the two sides' "
    "lines are the old `(defn str-builder? ...)`, the new `#?(:clj (defn str-builder? ...)`, "
    "which opens the reader conditional, and `:cljs (defn ...)))`, which holds both the :cljs "
    "variant and the conditional's closing parenthesis; no text made of them holds one "
    "variant in a closed conditional without the other, so either staged alone leaves the "
    "file unbalanced (a parse error), and only the two together parse",
    "edn/alias_reordered": "no line patch can do it under this reading (the golden's known "
    "gap: the four one-line aliases :test jumped over read as reordered, fewer lines than "
    "the seven of :test, which reads as body changed for the `:aliases {` its line gained): "
    "the map's first line is `:aliases {:1.8 ...` (old) or `:aliases {:test` (new), so :1.8 "
    "or :test staged alone leaves the map no opening line or two; :1.9 or :1.10 moved after "
    ":test needs the `}}` that close :aliases and the file's map, which only the old line "
    "`]}}}` (the last of :test, which staging it must keep) and :master's new line carry. "
    "Read as the one key moved, :test would stage whole",
    "edn/test_runner_moved_to_alias": "no line patch can do it while an added key is staged "
    "without what moves into it: `:runner` goes between the `}` that closes :test and the "
    "`}}` that close :aliases and the file's map, all on the old line "
    '`"-d" "src/test/clojure"]}}}`, and the only line of either side that ends :test '
    'there with nothing after it is the new `:extra-deps {... "1.0.0"}}}`, which needs the '
    "test runner and :main-opts gone from :test. So staged alone `:runner` lands inside "
    ":main-opts' vector or after the map (it is put there: the file's own text, as the top "
    "level's change), and the moved keys then never settle under it",
    "kotlin/converted_from_java": "a file renamed across languages (Basket.java → "
    "Basket.kt): an entity's patch renames the file, which then holds one entity in Kotlin "
    "and the rest in Java, and no longer parses",
    "nix/tests_moved_to_own_file": "passthru.tests becomes one line calling tests.nix, an "
    "added file its attributes move to: that line's change belongs to an attribute nested "
    "in the set (`package`, which shares it), so staged alone it lands beside the old set, "
    "a second passthru.tests, and `package` reads as under another parent. Every order of "
    "staging reaches the new side",
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
    "a block comment parted from the function added after it by a blank line": (
        "m.js",
        "function b() {\n  return 2;\n}\n",
        "/*\n * Section a.\n */\n\nfunction a() {\n  return 1;\n}\n\n"
        "function b() {\n  return 2;\n}\n",
    ),
    "a banner comment parted from its function by a blank line, moved up with it": (
        "m.py",
        "def a():\n    return 1\n\n\ndef b():\n    return 2\n\n\n"
        "# Section c.\n\ndef c():\n    return 3\n",
        "# Section c.\n\ndef c():\n    return 3\n\n\n"
        "def a():\n    return 1\n\n\ndef b():\n    return 2\n",
    ),
    "a key added before the first one, which gives it the map's brace": (
        "m.edn",
        "{:a 1\n :b 2}\n",
        "{:c 3\n :a 1\n :b 2}\n",
    ),
    "the first key removed, the next one taking the map's brace": (
        "m.edn",
        "{:c 3\n :a 1\n :b 2}\n",
        "{:a 1\n :b 2}\n",
    ),
    "the first key of a nested map moved to its end, past the one taking its brace": (
        "m.edn",
        "{:x {:a 1\n     :b 2\n     :c 3}}\n",
        "{:x {:b 2\n     :c 3\n     :a 1}}\n",
    ),
    "a method moved into an impl that moved too": (
        "s.rs",
        "impl Rect {\n    fn area(&self) -> u64 {\n        1\n    }\n}\n\nimpl Point {\n"
        "    fn new() -> Self {\n        Point\n    }\n\n    fn inside(&self, r: &Rect) -> bool {\n"
        "        self.x < r.w\n    }\n}\n\nstruct Rect;\n",
        "struct Point;\n\nstruct Rect;\n\nimpl Point {\n    fn new() -> Self {\n        Point\n"
        "    }\n}\n\nimpl Rect {\n    fn area(&self) -> u64 {\n        1\n    }\n\n"
        "    fn inside(&self, r: &Rect) -> bool {\n        self.x < r.w\n    }\n}\n",
    ),
    "a method moved out of a class that moved, into the class it jumped over": (
        "k.py",
        "class B:\n    def keep(self):\n        return 1\n\n\nclass A:\n    def a(self):\n"
        "        return 0\n\n    def m(self, x):\n        return x * 2 + 1\n",
        "class A:\n    def a(self):\n        return 0\n\n\nclass B:\n    def m(self, x):\n"
        "        return x * 2 + 1\n\n    def keep(self):\n        return 1\n",
    ),
    "a comment added above a key, after a key that moves away with its own comment": (
        "x.properties",
        "# Handler properties.\nlevel = FINE\nprefix = catalina.\nother = x\n",
        "# The prefix.\nprefix = catalina.\nother = x\nlevel = FINE\n",
    ),
    "a comment below a class's header removed, a method added before the next one": (
        "x.java",
        "class X {\n    // TODO\n\n    void a() {\n    }\n}\n",
        "class X {\n    void b() {\n    }\n    void a(int x) {\n    }\n}\n",
    ),
    "a namespace's closing brace re-indented and moved below the class after it": (
        "x.cs",
        "namespace N\n{\n    class A\n    {\n    }\n  }\n    class B\n    {\n    }\n\n",
        "namespace N\n{\n    class A\n    {\n    }\n    class B\n    {\n    }\n}\n",
    ),
    "a top-level key added where a section was removed, which nothing closes": (
        "x.ini",
        "; Development Value: 5\n\n[Session]\n",
        "\nsid_bits = 6\n",
    ),
    "the last key moved to the top, taking the object's brace": (
        "p.json",
        '{"a": 1,\n "b": 2,\n "c": 3}\n',
        '{"c": 3,\n "a": 1,\n "b": 2}\n',
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
