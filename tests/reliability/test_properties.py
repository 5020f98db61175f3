"""Properties every diff keeps, in every language with a grammar, on real and generated input
(the properties are tests/reliability/checks.py's; the inputs bench/fuzz.py's):

    a  no exception escapes: exit code 0 or 1, never a traceback, in any format
    b  the JSON fits docs/schema.json (and the contract's rules between fields)
    c  the hunks of all entities rebuild each new file from the old one
    d  a text diffed against itself reports nothing changed
    e  swapping old and new swaps added and removed and keeps every pair, reversed
    f  the same run twice in one process prints the same bytes

The fixtures go through as they are; then Hypothesis mutates them (bench/fuzz.py's mutations),
makes inputs of their lines in random order, and of random text. Derandomized, so CI sees the
same inputs every time; `python bench/fuzz.py` looks further.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from tests.reliability.checks import ALL_CHECKS, Case, Failure, check_case
from tests.support import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import fuzz

SEEDS = fuzz.load_seeds()
EXAMPLES = 12
"""Generated inputs per language: about 0.1 s each with every property, in 39 languages."""
PROPERTIES = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    # No shrinking: it can take minutes per language, and a failure already says how its
    # input was made (seed file and mutations); bench/fuzz.py makes failures smaller.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _fixture_cases() -> list[Case]:
    found = []
    for language, seeds in SEEDS.items():
        for old, new in seeds.pairs:
            name = old.name.removeprefix("fixtures/").rsplit("/", 1)[0]
            found.append(Case.files(language, old.suffix, old.data, new.data, name))
        for name, old_tree, new_tree in seeds.trees:
            found.append(Case(language, old_tree, new_tree, True, name.removeprefix("fixtures/")))
    return found


def _explain(case: Case, failures: list[Failure]) -> str:
    lines = [f"{case.language}: {case.origin}"]
    for failure in failures:
        lines.append(f"[{failure.check}] {failure.message}")
        if failure.command:
            lines.append(f"    ({failure.command})")
    return "\n".join(lines)


def _check(case: Case, directory: Path) -> None:
    failures = check_case(case, directory, ALL_CHECKS)
    assert not failures, _explain(case, failures)


def test_every_language_has_seeds() -> None:
    assert len(fuzz.LANGUAGES) >= 39
    for language in fuzz.LANGUAGES:
        assert SEEDS[language].files, f"fixtures/{language}/ has no source file to start from"


@pytest.mark.parametrize("case", _fixture_cases(), ids=lambda case: case.origin)
def test_fixtures_keep_every_property(case: Case, tmp_path: Path) -> None:
    _check(case, tmp_path)


@pytest.mark.parametrize("language", fuzz.LANGUAGES)
def test_generated_inputs_keep_every_property(
    language: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    directory = tmp_path_factory.mktemp(language)

    @PROPERTIES
    @given(fuzz.cases(SEEDS[language]))
    def keeps_every_property(case: Case) -> None:
        _check(case, directory)

    keeps_every_property()
