"""`--explain --entity` (every candidate of one entity) and `--rename-threshold`."""

from __future__ import annotations

from pathlib import Path

import pytest

from semdiff import cli as cli_module
from semdiff.match import cost
from tests.support import cli, load_json

OLD = """\
class Shop:
    def total_price(self, items):
        total = 0
        for item in items:
            total += item.price * item.quantity
        return total

    def discount(self, total, code):
        if code == "SUMMER":
            return total * 0.9
        return total

def parse_order(line):
    fields = line.split(",")
    return {"id": fields[0], "qty": int(fields[1])}
"""
NEW = """\
class Shop:
    def compute_total(self, items):
        total = 0
        for item in items:
            total += item.price * item.count
        return round(total, 2)

    def discount(self, total, code):
        if code == "WINTER":
            return total * 0.8
        return total

def read_order(line):
    parts = line.split(";")
    return {"id": parts[0], "qty": int(parts[1]), "note": parts[2]}
"""


@pytest.fixture
def case(tmp_path: Path) -> Path:
    (tmp_path / "old.py").write_text(OLD)
    (tmp_path / "new.py").write_text(NEW)
    return tmp_path


def _explain(case: Path, *args: str) -> str:
    result = cli("old.py", "new.py", "--explain", "--color", "never", *args, cwd=case)
    assert result.code == 0, result.stderr
    return result.stdout.split("(see docs/matching.md).", 1)[1]


def _similarities(case: Path, *args: str) -> dict[str, tuple[str, float | None]]:
    document = load_json(cli("old.py", "new.py", "-f", "json", *args, cwd=case).stdout)
    return {
        (e["new"] or e["old"])["name"]: (e["status"], e["similarity"])
        for e in document["entities"]
        if e["kind"] != "module"
    }


def test_a_chosen_entity_lists_every_candidate_on_both_sides(case: Path) -> None:
    text = _explain(case, "--entity", "total_price")
    assert text.count("\ndef ") == 1, "only the chosen entity is explained"
    assert "old def Shop.total_price: 2 new candidate(s) weighed" in text
    assert "new def Shop.compute_total: 2 old candidate(s) weighed" in text
    assert "def Shop.compute_total: chosen, cost" in text
    assert "def read_order: cost 3.57 is not below 2.00" in text
    assert text.count("body sequence") == 5  # the pair's cost, then 2 candidates per side


def test_an_entity_is_named_by_id_or_qualified_name_of_either_side(case: Path) -> None:
    document = load_json(cli("old.py", "new.py", "-f", "json", cwd=case).stdout)
    renamed = next(
        e for e in document["entities"] if e["old"] and e["old"]["name"] == "parse_order"
    )
    by_id = _explain(case, "--entity", renamed["id"])
    assert by_id == _explain(case, "--entity", "read_order")
    assert by_id == _explain(case, "--entity", "parse_order")
    assert _explain(case, "--entity", "Shop.compute_total").startswith("\ndef Shop.total_price")


def test_an_exact_pair_says_no_cost_was_weighed(case: Path) -> None:
    text = _explain(case, "--entity", "discount")
    assert "paired: same name and place" in text
    assert "paired before any cost was weighed" in text


def test_an_unknown_entity_is_an_error(case: Path) -> None:
    result = cli("old.py", "new.py", "--explain", "--entity", "nope", cwd=case)
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr == "semdiff: error: no entity named or with id 'nope' in this diff\n"


def test_an_entity_to_explain_needs_the_text_format(case: Path) -> None:
    result = cli("old.py", "new.py", "-f", "json", "--explain", "--entity", "x", cwd=case)
    assert result.code == 2
    assert "--entity needs --format patch, or --explain with the text format" in result.stderr


def test_rename_threshold_decides_between_renamed_and_removed_plus_added(case: Path) -> None:
    default = _similarities(case)
    status, similarity = default["read_order"]
    assert status == "renamed"
    assert similarity is not None
    just_below = round(similarity * 100)  # the similarity, as a whole percent, rounded down
    just_below -= just_below > similarity * 100
    assert _similarities(case, "--rename-threshold", str(just_below))["read_order"][0] == "renamed"
    above = _similarities(case, "--rename-threshold", str(just_below + 1))
    assert above["read_order"] == ("added", None)
    assert above["parse_order"] == ("removed", None)


def test_rename_threshold_never_splits_an_edit_in_place(case: Path) -> None:
    strict = _similarities(case, "--rename-threshold", "100")
    assert strict["discount"][0] == "modified"
    assert strict["total_price"][0] == "removed"


def test_the_explanation_names_the_threshold(case: Path) -> None:
    text = _explain(case, "--entity", "parse_order", "--rename-threshold", "90")
    assert "but its similarity 0.72 is below --rename-threshold 90" in text


def test_rename_threshold_from_the_environment(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEMDIFF_RENAME_THRESHOLD", "100")
    assert _similarities(case)["read_order"][0] == "added"


@pytest.mark.parametrize("value", ["101", "-1", "half"])
def test_a_bad_rename_threshold_is_an_error(case: Path, value: str) -> None:
    result = cli("old.py", "new.py", "--rename-threshold", value, cwd=case)
    assert result.code == 2
    assert "--rename-threshold" in result.stderr
    assert result.stderr.count("\n") == 1


def test_the_command_line_default_is_the_matcher_default() -> None:
    assert round(cost.RENAME_THRESHOLD * 100) == cli_module.RENAME_THRESHOLD


def test_a_candidate_under_budget_that_lost_says_where_it_went(tmp_path: Path) -> None:
    body = "    total = 0\n    for item in items:\n        total += item.price * item.count\n"
    (tmp_path / "old.py").write_text(
        f"def sum_prices(items):\n{body}    return total\n\n"
        f"def sum_costs(items):\n{body}    return total + 1\n"
    )
    (tmp_path / "new.py").write_text(f"def sum_amounts(items):\n{body}    return round(total)\n")
    text = _explain(tmp_path, "--entity", "sum_costs")
    assert "def sum_amounts: cost" in text
    assert (
        "but the assignment as a whole costs less without this pair "
        "(that one is paired with def sum_prices)" in text
    )
