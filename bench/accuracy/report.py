"""The results: markdown tables for a person, a JSON document for tools and for reproducing
each failure."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from .kinds import KINDS
from .scoring import CaseScore, Tally

UNTOUCHED = "untouched"


@dataclass(frozen=True)
class Result:
    """One case's score (None when semdiff failed on it, with the reason)."""

    id: str
    language: str
    kind: str
    note: str
    sources: tuple[str, ...]
    edited: float | None
    score: CaseScore | None
    error: str | None
    directory: str | None
    """Where its old/ and new/ trees were kept, for a failing case."""
    seconds: float = 0.0
    """semdiff's time on it (process start-up included for the cli engine)."""

    @property
    def failed(self) -> bool:
        """semdiff failed, or paired wrongly: a pairing error, not only a missing flag."""
        if self.score is None:
            return True
        return any(m.error != "flags" for m in self.score.misses)

    @property
    def flawed(self) -> bool:
        """Anything to look at: a failure, or a flag missing from a right pair."""
        return self.score is None or bool(self.score.misses)


def tallies(results: Iterable[Result]) -> dict[tuple[str, str], Tally]:
    """(kind, language) → the subject tally, and (untouched, language) → bystanders."""
    table: dict[tuple[str, str], Tally] = {}
    for r in results:
        if r.score is None:
            crashed = (r.kind, r.language)
            table[crashed] = table.get(crashed, Tally()) + Tally(cases=1, crashed=1)
            continue
        for row, tally in ((r.kind, r.score.subject), (UNTOUCHED, r.score.untouched)):
            table[(row, r.language)] = (
                table.get((row, r.language), Tally()) + tally + Tally(cases=1)
            )
    return table


SIMILARITY_POINTS = (("min", 0.0), ("p5", 0.05), ("median", 0.5))
"""Where the reported similarities are read (nearest rank): the low end is what a least
similarity for a rename must stay under, for the right pairs, and above, for the false."""


def similarities(results: Iterable[Result]) -> dict[str, dict[str, dict[str, float | int]]]:
    """kind → right / false → the count of pairs with a reported similarity, and its points."""
    values: dict[str, dict[str, list[float]]] = {}
    for r in results:
        for judged in r.score.judged if r.score else ():
            if judged.similarity is None:
                continue
            side = "right" if judged.right else "false"
            values.setdefault(r.kind, {"right": [], "false": []})[side].append(judged.similarity)
    summary: dict[str, dict[str, dict[str, float | int]]] = {}
    for kind, sides in values.items():
        summary[kind] = {}
        for side, found in sides.items():
            found.sort()
            points: dict[str, float | int] = {"n": len(found)}
            if found:
                points |= {name: _rank(found, q) for name, q in SIMILARITY_POINTS}
            summary[kind][side] = points
    return summary


def _rank(ordered: list[float], q: float) -> float:
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def _points(points: dict[str, float | int]) -> list[str]:
    if not points.get("n"):
        return ["0", "–", "–", "–"]
    return [str(points["n"]), *(f"{points[name]:.3f}" for name, _ in SIMILARITY_POINTS)]


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _cell(tally: Tally | None) -> str:
    if tally is None or tally.cases == 0:
        return "n/a"
    crashed = f" crashed {tally.crashed}" if tally.crashed else ""
    if tally.pairs == 0:
        cell = f"neg {tally.singles_ok}/{tally.singles}" if tally.singles else "–"
    else:
        cell = f"{_ratio(tally.precision)} {_ratio(tally.recall)} ({tally.pairs})"
    return cell + crashed


def _total(
    table: dict[tuple[str, str], Tally], *, kind: str | None = None, language: str | None = None
) -> Tally:
    total = Tally()
    for (k, lang), tally in table.items():
        if (kind is None or k == kind) and (language is None or lang == language):
            if kind is None and k == UNTOUCHED:
                continue
            total = total + tally
    return total


def markdown(
    results: Sequence[Result],
    languages: Sequence[str],
    skipped: dict[tuple[str, str], Counter[str]],
) -> str:
    table = tallies(results)
    kinds = [
        k.name
        for k in KINDS
        if any(key[0] == k.name for key in table) or any(s[0] == k.name for s in skipped)
    ]
    out = [
        "Pairing per transformation and language: precision recall (expected pairs); "
        "`neg a/b`: entities that must stay unpaired and did / all; n/a: no case.",
        "",
        "| kind | " + " | ".join(languages) + " | all |",
        "|---|" + "---|" * (len(languages) + 1),
    ]
    for kind in [*kinds, UNTOUCHED]:
        cells = [_cell(table.get((kind, lang))) for lang in languages]
        cells.append(_cell(_total(table, kind=kind)))
        out.append(f"| {kind} | " + " | ".join(cells) + " |")
    out += [
        "",
        "Totals per kind (transformed entities only; errors: wrong partner / missed pair / "
        "spurious pair; flags: right pairs lacking the expected flag; skipped: candidates "
        "dropped before running semdiff).",
        "",
        "| kind | cases | pairs | TP | FP | FN | P | R | unpaired ok | wrong | missed "
        "| spurious | flags | crashed | skipped |",
        "|---|" + "---|" * 14,
    ]
    for kind in [*kinds, UNTOUCHED]:
        t = _total(table, kind=kind)
        dropped = sum(sum(c.values()) for (k, _), c in skipped.items() if k == kind)
        out.append(_row(kind, t, dropped))
    found = similarities(results)
    out += [
        "",
        "Body similarity semdiff reported for the pairs it made of transformed entities: the "
        "right pairs, then the false ones (wrong partner or spurious); min, 5th percentile "
        "and median (nearest rank).",
        "",
        "| kind | right | min | p5 | median | false | min | p5 | median |",
        "|---|" + "---|" * 8,
    ]
    for kind in kinds:
        if kind in found:
            cells = [*_points(found[kind]["right"]), *_points(found[kind]["false"])]
            out.append(f"| {kind} | " + " | ".join(cells) + " |")
    out += [
        "",
        "Totals per language (transformed entities of every kind, then the untouched ones).",
        "",
        "| language | cases | pairs | TP | FP | FN | P | R | unpaired ok | wrong | missed "
        "| spurious | flags | crashed | untouched P | untouched R | untouched pairs |",
        "|---|" + "---|" * 16,
    ]
    for language in languages:
        t = _total(table, language=language)
        u = table.get((UNTOUCHED, language), Tally())
        out.append(
            _row(language, t, None) + f" {_ratio(u.precision)} | {_ratio(u.recall)} | {u.pairs} |"
        )
    return "\n".join(out) + "\n"


def _row(label: str, t: Tally, skipped: int | None) -> str:
    singles = f"{t.singles_ok}/{t.singles}" if t.singles else "–"
    cells = [
        label,
        str(t.cases),
        str(t.pairs),
        str(t.tp),
        str(t.fp),
        str(t.fn),
        _ratio(t.precision),
        _ratio(t.recall),
        singles,
        str(t.wrong_partner),
        str(t.missed),
        str(t.spurious),
        str(t.flag_misses),
        str(t.crashed),
    ]
    if skipped is not None:
        cells.append(str(skipped))
    return "| " + " | ".join(cells) + " |"


def _reproduce(case: str, settings: dict[str, Any]) -> str:
    options = " ".join(
        f"--{key.replace('_', '-')} {settings[key]}"
        for key in ("seed", "limit", "files", "max_file_kb", "engine")
        if key in settings
    )
    return f"python -m bench.accuracy --case {case} {options}"


def document(
    results: Sequence[Result],
    *,
    settings: dict[str, Any],
    sources: list[dict[str, Any]],
    skipped: dict[tuple[str, str], Counter[str]],
    corpus: dict[str, dict[str, Any]],
    seconds: float,
) -> dict[str, Any]:
    table = tallies(results)

    def summary(t: Tally) -> dict[str, Any]:
        return {**asdict(t), "precision": t.precision, "recall": t.recall}

    return {
        "settings": settings,
        "seconds": round(seconds, 1),
        "sources": sources,
        "corpus": corpus,
        "kinds": {k.name: k.description for k in KINDS},
        "by_kind_and_language": [
            {"kind": kind, "language": language, **summary(t)}
            for (kind, language), t in sorted(table.items())
        ],
        "by_kind": {
            kind: summary(_total(table, kind=kind)) for kind in sorted({k for k, _ in table})
        },
        "by_language": {
            language: summary(_total(table, language=language))
            for language in sorted({lang for _, lang in table})
        },
        "similarity_by_kind": similarities(results),
        "skipped": [
            {"kind": kind, "language": language, "reasons": dict(sorted(reasons.items()))}
            for (kind, language), reasons in sorted(skipped.items())
        ],
        "cases": [
            {
                "id": r.id,
                "language": r.language,
                "kind": r.kind,
                "note": r.note,
                "sources": list(r.sources),
                "edited": r.edited,
                "seconds": round(r.seconds, 3),
                "ok": not r.flawed,
                "error": r.error,
                "subject": asdict(r.score.subject) if r.score else None,
                "untouched": asdict(r.score.untouched) if r.score else None,
                "pairs": [asdict(j) for j in r.score.judged] if r.score else [],
            }
            for r in results
        ],
        "failures": [
            {
                "case": r.id,
                "language": r.language,
                "kind": r.kind,
                "note": r.note,
                "sources": list(r.sources),
                "directory": r.directory,
                "reproduce": _reproduce(r.id, settings),
                "semdiff_error": r.error,
                "misses": [asdict(m) for m in r.score.misses] if r.score else [],
            }
            for r in results
            if r.flawed
        ],
    }
