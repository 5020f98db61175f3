"""The staging property (check g of checks.py) on every golden fixture: each entity staged
alone changes just that entity, staging all of them in any order reaches the new side, and
`--for-reverse` unstages. About 20 s for all fixtures, all in this process."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reliability.checks import Case, staging_failures
from tests.reliability.gitapply import PatchError, apply_patch
from tests.reliability.test_properties import _explain, _fixture_cases

STAGING_GAPS = {
    "kotlin/converted_from_java": "a file renamed across languages (Basket.java → "
    "Basket.kt): an entity's patch renames the file, which then holds one entity in Kotlin "
    "and the rest in Java, and no longer parses",
    "nix/tests_moved_to_own_file": "the attribute set passthru.tests loses its braces while "
    "its attributes move to tests.nix, an added file: staged before them, its patch leaves "
    "the attributes in the enclosing set, where they read as moved, and some orders never "
    "reach the new side",
    "python/callers_follow_rename": "a rename staged without its callers: the matcher reads "
    "the staged text as another function taking the name (the callers' evidence is what "
    "paired them), so the staged diff shows two changes",
    "r/reordered": "the list separator: `},` → `}` of the member that became the last one "
    "belongs to that member's change, so staging it alone leaves two members of the R6 list "
    "without a comma between them (a parse error)",
    "scheme/moved_between_libraries": "the library's closing parentheses move from median's "
    "last line to standard-deviation's, a line that belongs to standard-deviation's change: "
    "staged alone, it closes the library early (a parse error)",
    "toml/lock_package_inserted": "an added [[package]] array table: the tables share one "
    "name, so staging one's header alone makes the diff of old against the staged text "
    "pair the keys with the neighbouring table's",
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


def test_gitapply_places_a_hunk_without_trailing_context_at_the_end() -> None:
    # As git does: the checks must be no kinder than `git apply`.
    patch = "diff --git a/k.py b/k.py\n--- a/k.py\n+++ b/k.py\n@@ -2,0 +3,1 @@\n+b\n"
    assert apply_patch({"k.py": "a\nc\nd\n"}, patch) == {"k.py": "a\nc\nd\nb\n"}
    strict = "diff --git a/k.py b/k.py\n--- a/k.py\n+++ b/k.py\n@@ -1,2 +1,3 @@\n a\n+b\n x\n"
    with pytest.raises(PatchError):
        apply_patch({"k.py": "a\nc\n"}, strict)
