"""Score semdiff's pairs against the truth.

Pairs are what is counted. An expected pair that semdiff reports is a true positive; one it
does not is a false negative, either a *wrong partner* (one of the two entities was paired with
something else) or a *missed* pair (semdiff reported the two as removed and added). A reported
pair that is not expected is a false positive; when one of its entities should have stayed
unpaired (a hard negative, an extracted function), it is a *spurious* pair. Precision is
TP / (TP + FP), recall TP / (TP + FN). The entities a transformation touched are scored under its
kind; all the others under `untouched`, where the only right answer is each paired with itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

from .runner import Reported
from .truth import Expectation


@dataclass(frozen=True)
class Tally:
    cases: int = 0
    pairs: int = 0
    """Expected pairs."""
    tp: int = 0
    fp: int = 0
    fn: int = 0
    singles: int = 0
    """Entities expected to stay unpaired."""
    singles_ok: int = 0
    wrong_partner: int = 0
    missed: int = 0
    spurious: int = 0
    flag_misses: int = 0
    """Right pairs without a flag the transformation implies (`renamed`, `moved_file`...)."""
    crashed: int = 0
    """Cases where semdiff failed (exit status 2, a timeout): nothing to score."""
    unresolved: int = 0
    """Entities of the truth that semdiff's output does not name at all (or names that the
    truth does not know): semdiff's extraction changed under the benchmark."""

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def errors(self) -> int:
        return self.wrong_partner + self.missed + self.spurious


@dataclass(frozen=True)
class Miss:
    """One pairing error, enough to find it again."""

    error: str
    """`wrong_partner`, `missed`, `spurious`, `flags` or `unresolved`."""
    subject: bool
    expected: str
    got: str


@dataclass(frozen=True)
class Judged:
    """A pair semdiff reported for an entity the transformation touched, right or not, with
    the body similarity it gave the pair: what a least similarity for a rename would cut."""

    old: str
    new: str
    right: bool
    similarity: float | None


@dataclass(frozen=True)
class CaseScore:
    subject: Tally
    untouched: Tally
    misses: tuple[Miss, ...]
    judged: tuple[Judged, ...] = ()


def _add(tallies: dict[bool, Tally], subject: bool, **counts: int) -> None:
    tallies[subject] = tallies[subject] + Tally(**counts)


def score(expectations: Iterable[Expectation], reported: Iterable[Reported]) -> CaseScore:
    expectations = tuple(expectations)
    reported = tuple(reported)
    by_old = {r.old: r for r in reported if r.old is not None and r.new is not None}
    by_new = {r.new: r for r in reported if r.old is not None and r.new is not None}
    named = {ref for r in reported for ref in (r.old, r.new) if ref is not None}
    expected_old = {e.old: e for e in expectations if e.old is not None}
    expected_new = {e.new: e for e in expectations if e.new is not None}
    tallies = {True: Tally(), False: Tally()}
    misses: list[Miss] = []

    for e in expectations:
        for side in (e.old, e.new):
            if side is not None and side not in named:
                _add(tallies, e.subject, unresolved=1)
                misses.append(Miss("unresolved", e.subject, str(side), "not in semdiff's output"))
        if e.old is not None and e.new is not None:
            got = by_old.get(e.old)
            if got is not None and got.new == e.new:
                _add(tallies, e.subject, pairs=1, tp=1)
                lacking = [f for f in e.flags if f not in got.flags]
                if lacking:
                    _add(tallies, e.subject, flag_misses=1)
                    misses.append(
                        Miss(
                            "flags",
                            e.subject,
                            f"{e.old} -> {e.new} with {', '.join(e.flags)}",
                            f"{got.status} [{', '.join(got.flags)}]",
                        )
                    )
                continue
            other = by_new.get(e.new)
            if got is not None or other is not None:
                _add(tallies, e.subject, pairs=1, fn=1, wrong_partner=1)
                what = []
                if got is not None:
                    what.append(f"old paired with {got.new}")
                if other is not None:
                    what.append(f"new paired with {other.old}")
                misses.append(
                    Miss("wrong_partner", e.subject, f"{e.old} -> {e.new}", "; ".join(what))
                )
            else:
                _add(tallies, e.subject, pairs=1, fn=1, missed=1)
                misses.append(Miss("missed", e.subject, f"{e.old} -> {e.new}", "removed + added"))
        else:
            if e.old is not None:
                pair = by_old.get(e.old)
            else:
                assert e.new is not None
                pair = by_new.get(e.new)
            if pair is None:
                _add(tallies, e.subject, singles=1, singles_ok=1)
            else:
                _add(tallies, e.subject, singles=1)

    judged: list[Judged] = []
    for r in reported:
        if r.old is None or r.new is None:
            continue
        from_old, from_new = expected_old.get(r.old), expected_new.get(r.new)
        if from_old is not None and from_old.new == r.new:
            if from_old.subject:
                judged.append(Judged(str(r.old), str(r.new), True, r.similarity))
            continue
        if from_old is not None and from_new is not None and (from_old.subject or from_new.subject):
            judged.append(Judged(str(r.old), str(r.new), False, r.similarity))
        if from_old is None or from_new is None:
            # The truth does not know one side: counted once as unresolved, not as an error
            # of the matcher.
            if from_old is None and from_new is None:
                _add(tallies, False, unresolved=1)
            continue
        subject = from_old.subject or from_new.subject
        if from_old.new is None or from_new.old is None:
            _add(tallies, subject, fp=1, spurious=1)
            misses.append(
                Miss("spurious", subject, f"{r.old} and {r.new} unpaired", f"{r.status} pair")
            )
        else:
            _add(tallies, subject, fp=1)
    return CaseScore(tallies[True], tallies[False], tuple(misses), tuple(judged))
