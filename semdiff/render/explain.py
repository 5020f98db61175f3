"""`--explain`: why each pair was made, and why each unpaired entity stayed unpaired."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from semdiff.changes import label
from semdiff.match import Candidate, Matching
from semdiff.match.cost import PAIR_BUDGET
from semdiff.model import Change, CostBreakdown, DiffReport, Phase, Status
from semdiff.render.terminal import title, visible

_PHASES = {
    Phase.SAME_KEY: "same name and place",
    Phase.SAME_BODY: "identical body",
    Phase.ASSIGNMENT: "best assignment",
}


def terms(cost: CostBreakdown) -> str:
    return (
        f"body sequence {cost.body_sequence:.2f} + body content {cost.body_content:.2f} "
        f"+ name {cost.name:.2f} + kind {cost.kind:.2f} + parent {cost.parent:.2f} "
        f"+ file {cost.file:.2f} + context {cost.context:.2f} = {cost.total:.2f}"
    )


def render_explain(report: DiffReport, matching: Matching, console: Console) -> None:
    console.print(
        Text(
            f"\nA pair must cost less than {PAIR_BUDGET:.2f}, the cost of one removed plus one "
            "added entity (see docs/matching.md).",
            style="semdiff.note",
        )
    )
    for change in report.changes:
        if change.kind == "module" or (
            change.status is Status.UNCHANGED
            and (change.match is None or change.match.phase is Phase.SAME_KEY)
        ):
            continue
        console.print(_explain(change, matching))


def _explain(change: Change, matching: Matching) -> Text:
    text = Text()
    text.append(visible(title(change)), style=f"semdiff.{change.status.value}")
    match = change.match
    if match is not None:
        text.append(f"\n    paired: {_PHASES[match.phase]}, similarity {match.similarity:.2f}")
        if match.cost is not None:
            text.append(f"\n    cost: {terms(match.cost)}", style="semdiff.note")
        return text
    side, entity = ("old", change.old) if change.new is None else ("new", change.new)
    assert entity is not None
    text.append(f"\n    {change.status.value}: ")
    candidates = matching.candidates.get((side, entity.key), ())
    if not candidates:
        text.append("no compatible candidate was left unpaired")
        return text
    text.append("candidates weighed:")
    for candidate in candidates:
        text.append(f"\n      {visible(label(candidate.other))}: ", style="semdiff.note")
        text.append(_verdict(candidate), style="semdiff.note")
        text.append(f"\n        {terms(candidate.cost)}", style="semdiff.note")
    return text


def _verdict(candidate: Candidate) -> str:
    if candidate.cost.total >= PAIR_BUDGET:
        return f"cost {candidate.cost.total:.2f} is not below {PAIR_BUDGET:.2f}"
    return f"cost {candidate.cost.total:.2f}, but pairing it elsewhere was cheaper overall"
