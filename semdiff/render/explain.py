"""`--explain`: why each pair was made, and why each unpaired entity stayed unpaired.

With `--entity`, only the chosen entities, each with every candidate the assignment weighed
on both of its sides, so that a pair that was not made can be read off term by term.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.text import Text

from semdiff.changes import label
from semdiff.escape import visible
from semdiff.match import Candidate, Matching
from semdiff.match.cost import PAIR_BUDGET, below_threshold, body_similarity
from semdiff.model import Change, CostBreakdown, DiffReport, Entity, Phase, Recovery, Status
from semdiff.recover import MAX_COVERED
from semdiff.render.terminal import title

SHOWN_CANDIDATES = 3
"""Candidates shown per unpaired entity when no entity is chosen: the cheapest ones."""

_PHASES = {
    Phase.SAME_KEY: "same name and place",
    Phase.SAME_BODY: "identical body",
    Phase.ASSIGNMENT: "best assignment",
}
_BEFORE_COSTS = (
    "paired before any cost was weighed; only entities left unpaired by the exact phases "
    "are candidates of the assignment"
)
_COMPETED = (
    "the bodies differ, so the pair competed in the assignment with every candidate below; "
    "none made a cheaper whole"
)


def terms(cost: CostBreakdown) -> str:
    # The references term shows only when it counts: most pairs have no such evidence.
    references = f" + references {cost.references:.2f}" if cost.references else ""
    return (
        f"body sequence {cost.body_sequence:.2f} + body content {cost.body_content:.2f} "
        f"+ name {cost.name:.2f}{references} + kind {cost.kind:.2f} + parent {cost.parent:.2f} "
        f"+ file {cost.file:.2f} + context {cost.context:.2f} = {cost.total:.2f}"
    )


def render_explain(
    report: DiffReport, matching: Matching, console: Console, chosen: Sequence[Change] = ()
) -> None:
    console.print(
        Text(
            f"\nA pair must cost less than {PAIR_BUDGET:.2f}, the cost of one removed plus one "
            "added entity (see docs/matching.md).",
            style="semdiff.note",
        )
    )
    for file in report.files:
        for side in (file.old, file.new):
            if side is not None and side.recovery is not None:
                console.print(_recovery(side.source.path, side.recovery))
    if chosen:
        partners = _partners(matching)
        for change in chosen:
            console.print(_explain_fully(change, matching, partners))
        return
    for change in report.changes:
        if change.kind == "module" or (
            change.status is Status.UNCHANGED
            and (change.match is None or change.match.phase is Phase.SAME_KEY)
        ):
            continue
        console.print(_explain(change, matching))


def _recovery(path: str, recovery: Recovery) -> Text:
    """Which entities each syntax error covers, and how each was read (recover.py)."""
    text = Text(f"\n{visible(path)}", style="semdiff.header")
    text.append(f": syntax errors; entities laid out after {recovery.guide}")
    for first, last, covered in recovery.errors:
        lines = f"line {first}" if first == last else f"lines {first}-{last}"
        text.append(f"\n    the error at {lines} covers ")
        if not covered:
            text.append("no entity (top-level lines)")
            continue
        shown = [f"{visible(name)} ({how})" for name, how in covered[:MAX_COVERED]]
        more = len(covered) - MAX_COVERED
        text.append(", ".join(shown) + (f" and {more} more" if more > 0 else ""))
    return text


def _explain(change: Change, matching: Matching) -> Text:
    text = _heading(change)
    if change.match is not None:
        return text
    side, entity = ("old", change.old) if change.new is None else ("new", change.new)
    assert entity is not None
    text.append(f"\n    {change.status.value}: ")
    candidates = matching.weighed.of(side, entity.key)
    if not candidates:
        text.append("no compatible candidate was left unpaired")
        return text
    text.append("candidates weighed:")
    for candidate in candidates[:SHOWN_CANDIDATES]:
        _candidate(text, candidate, _Context(side, entity, matching.rename_threshold, None))
    return text


def _explain_fully(
    change: Change, matching: Matching, partners: dict[str, dict[str, Entity]]
) -> Text:
    text = _heading(change)
    if change.match is not None and change.match.phase is not Phase.ASSIGNMENT:
        weighed = change.old is not None and bool(matching.weighed.of("old", change.old.key))
        text.append(f"\n    {_COMPETED if weighed else _BEFORE_COSTS}", style="semdiff.note")
        if not weighed:
            return text
    for side, entity, others in (("old", change.old, "new"), ("new", change.new, "old")):
        if entity is None:
            continue
        candidates = matching.weighed.of(side, entity.key)
        text.append(f"\n    {side} {visible(label(entity))}: ")
        if not candidates:
            text.append(f"no compatible {others} entity was left unpaired to weigh")
            continue
        text.append(f"{len(candidates)} {others} candidate(s) weighed, cheapest first:")
        context = _Context(side, entity, matching.rename_threshold, partners[others])
        for candidate in candidates:
            _candidate(text, candidate, context)
    return text


def _heading(change: Change) -> Text:
    text = Text()
    text.append(visible(title(change)), style=f"semdiff.{change.status.value}")
    match = change.match
    if match is not None:
        text.append(f"\n    paired: {_PHASES[match.phase]}, similarity {match.similarity:.2f}")
        if match.cost is not None:
            text.append(f"\n    cost: {terms(match.cost)}", style="semdiff.note")
    return text


@dataclass(frozen=True, slots=True)
class _Context:
    """The entity whose candidates are listed, and what a verdict on one of them needs."""

    side: str
    entity: Entity
    threshold: float
    partners: dict[str, Entity] | None
    """The other side's entities → their partners; None to leave them out."""


def _candidate(text: Text, candidate: Candidate, context: _Context) -> None:
    text.append(f"\n      {visible(label(candidate.other))}: ", style="semdiff.note")
    text.append(_verdict(candidate, context), style="semdiff.note")
    text.append(f"\n        {terms(candidate.cost)}", style="semdiff.note")


def _verdict(candidate: Candidate, context: _Context) -> str:
    cost = candidate.cost.total
    if candidate.chosen:
        return f"chosen, cost {cost:.2f}"
    if cost >= PAIR_BUDGET:
        return f"cost {cost:.2f} is not below {PAIR_BUDGET:.2f}"
    old, new = (
        (context.entity, candidate.other)
        if context.side == "old"
        else (candidate.other, context.entity)
    )
    if below_threshold(old, new, candidate.cost, context.threshold):
        return (
            f"cost {cost:.2f}, but its similarity {body_similarity(candidate.cost):.2f} is below "
            f"--rename-threshold {round(context.threshold * 100)}"
        )
    verdict = f"cost {cost:.2f}, but the assignment as a whole costs less without this pair"
    if context.partners is None:
        return verdict
    partner = context.partners.get(candidate.other.key)
    where = f"is paired with {visible(label(partner))}" if partner else "stays unpaired"
    return f"{verdict} (that one {where})"


def _partners(matching: Matching) -> dict[str, dict[str, Entity]]:
    """Side → entity key → the entity it was paired with. By side, as an entity that kept its
    path and name has the same key on both."""
    partners: dict[str, dict[str, Entity]] = {"old": {}, "new": {}}
    for match in matching.matches:
        partners["old"][match.old.key] = match.new
        partners["new"][match.new.key] = match.old
    return partners
