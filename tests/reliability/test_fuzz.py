"""A CI-sized run of the fuzzing harness: two turns of every language (16 mutated inputs
each, about a minute) from a fixed seed, and not one failure. A count, not a time: the same
inputs on any machine. The long run looks further, from a new seed each time:

    python bench/fuzz.py --minutes 10            # every language; failures go to
                                                 # tests/reliability/regressions/<id>/
    python bench/fuzz.py --minutes 30 --checks abcdef ~/src/some-project
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import find, settings
from hypothesis import strategies as st

from tests.support import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import fuzz

TURNS = 2
SEED = 20240601


def test_two_turns_of_fuzzing_find_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = fuzz.load_seeds()
    figures = fuzz.fuzz(
        seeds,
        fuzz.LANGUAGES,
        seconds=600,
        turns=TURNS,
        run_seed=SEED,
        out=tmp_path,
        shrink_seconds=30,
    )
    fuzz.report(figures, fuzz.LANGUAGES, SEED)
    output = capsys.readouterr().out
    assert dict(figures.tried) == dict.fromkeys(fuzz.LANGUAGES, TURNS * fuzz.BATCH), output
    assert not figures.failed, (
        f"the fuzzer found failures; the cases are in {tmp_path} (copy them to "
        f"tests/reliability/regressions/):\n{output}"
    )


@pytest.mark.parametrize("name", sorted(fuzz.MUTATIONS))
def test_each_mutation_changes_a_real_file(name: str) -> None:
    """Some choices of each mutation change a real file, and the same choices give the same
    bytes (a failure's case reproduces)."""
    seeds = fuzz.load_seeds()["python"]
    source = next(seed for seed in seeds.files if seed.name.endswith("reordered/old.py"))

    @st.composite
    def mutated(draw: st.DrawFn) -> tuple[bytes, str]:
        return fuzz.MUTATIONS[name](draw, source.data, seeds, source.suffix)

    quick = settings(database=None, derandomize=True, max_examples=500)
    result, done = find(mutated(), lambda found: found[0] != source.data, settings=quick)
    assert done
    again = find(mutated(), lambda found: found[0] != source.data, settings=quick)
    assert again == (result, done)
