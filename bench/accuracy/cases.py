"""From a corpus and a kind of transformation to checked cases, deterministically.

The candidates (entities or files a kind can start from) are shuffled with a seed derived from
the run's seed, the language and the kind, then taken one file at a time in turn, so that a
few large files do not supply every case. Each is transformed and settled until `limit` cases
stand; the reasons for the others are counted, and reported.
"""

from __future__ import annotations

from collections import Counter
from random import Random

from .transform import Candidate, Corpus, Kind
from .truth import Case, settle

ATTEMPTS = 8
"""Candidates tried per wanted case before giving up on a kind (small corpora, rare kinds)."""


def case_id(language: str, kind: str, number: int) -> str:
    return f"{language}-{kind}-{number:03d}"


def generate(
    kind: Kind, corpus: Corpus, *, seed: int, limit: int
) -> tuple[list[Case], Counter[str]]:
    rng = Random(f"{seed}/{corpus.language}/{kind.name}")
    candidates = kind.candidates(corpus)
    skipped: Counter[str] = Counter()
    if not candidates:
        skipped["no candidate in the corpus"] += 1
        return [], skipped
    rng.shuffle(candidates)
    cases: list[Case] = []
    for attempt, candidate in enumerate(_spread(candidates)):
        if len(cases) >= limit or attempt >= limit * ATTEMPTS:
            break
        number = len(cases)
        try:
            outcome = kind.apply(corpus, candidate, rng, number)
            if isinstance(outcome, str):
                skipped[outcome] += 1
                continue
            reason = "no alternative"
            for alternative in outcome:
                settled = settle(alternative, case_id(corpus.language, kind.name, number))
                if isinstance(settled, Case):
                    cases.append(settled)
                    break
                reason = settled
            else:
                skipped[reason] += 1
        except (ValueError, AssertionError, IndexError, KeyError) as error:
            # A transformation that trips on an odd file is a benchmark bug: counted and
            # shown, but one file must not end the run.
            skipped[f"internal error: {type(error).__name__}: {str(error)[:60]}"] += 1
    return cases, skipped


def _spread(candidates: list[Candidate]) -> list[Candidate]:
    """Round-robin over files, in the order each file first appears."""
    by_file: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        by_file.setdefault(candidate.file, []).append(candidate)
    queues = list(by_file.values())
    spread: list[Candidate] = []
    depth = 0
    while len(spread) < len(candidates):
        for queue in queues:
            if depth < len(queue):
                spread.append(queue[depth])
        depth += 1
    return spread
