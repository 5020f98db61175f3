"""Extract-function and its reverse, inline-function.

An extraction moves a run of a function's statements (20-50% of its lines) into a new
function placed right after it, and leaves a call in their place. The function keeps its name
and most of its body: it must pair with itself (modified), and the new function must stay
unpaired (added), even though its body is made of the old function's lines. An inlining is the
same change backwards: the helper disappears (removed, not paired with its caller).
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from tree_sitter import Node

from .code import (
    Parsed,
    block,
    code_rows,
    container,
    definition_node,
    indent_at,
    line_end,
    line_start,
    name_text,
    syntax_tree,
)
from .names import fresh, word_set
from .pieces import Keep, Locator, Put, Splice, carve, invert, offset_of, rebuild
from .transform import (
    CONTAINERS,
    FUNCTIONS,
    Candidate,
    Corpus,
    Outcome,
    Transformed,
    describe,
    taken_in,
)

MIN_ROWS = 8
SHARE = (0.2, 0.5)
"""The share of the function's lines that moves into the new one."""


@dataclass(frozen=True)
class Template:
    header: str
    footer: str
    call: str


FUNCTION_TEMPLATES = {
    "python": Template("{indent}def {name}():\n", "", "{name}()"),
    "javascript": Template("{indent}function {name}() {{\n", "{indent}}}\n", "{name}();"),
    "typescript": Template("{indent}function {name}() {{\n", "{indent}}}\n", "{name}();"),
    "rust": Template("{indent}fn {name}() {{\n", "{indent}}}\n", "{name}();"),
    "go": Template("{indent}func {name}() {{\n", "{indent}}}\n", "{name}()"),
    "c": Template("{indent}static void {name}(void)\n{indent}{{\n", "{indent}}}\n", "{name}();"),
}
METHOD_TEMPLATES = {
    "python": Template("{indent}def {name}(self):\n", "", "self.{name}()"),
    "javascript": Template("{indent}{name}() {{\n", "{indent}}}\n", "this.{name}();"),
    "typescript": Template("{indent}{name}() {{\n", "{indent}}}\n", "this.{name}();"),
    "rust": Template("{indent}fn {name}(&self) {{\n", "{indent}}}\n", "self.{name}();"),
    "java": Template("{indent}private void {name}() {{\n", "{indent}}}\n", "{name}();"),
}
BODIES = frozenset({"block", "statement_block", "compound_statement"})


def _template(parsed: Parsed, index: int) -> Template | None:
    holder = container(parsed, index)
    if holder < 0:
        return FUNCTION_TEMPLATES.get(parsed.language)
    if parsed.entities[holder].kind in CONTAINERS:
        return METHOD_TEMPLATES.get(parsed.language)
    return None


def extract_candidates(corpus: Corpus) -> list[Candidate]:
    return [
        Candidate(f, i)
        for f, parsed in enumerate(corpus.files)
        for i, entity in enumerate(parsed.entities)
        if entity.kind in FUNCTIONS
        and block(parsed, i) is not None
        and len(code_rows(parsed, i)) >= MIN_ROWS
        and (parsed.language == "clojure" or _template(parsed, i) is not None)
    ]


def apply_extract(corpus: Corpus, candidate: Candidate, rng: Random, index: int) -> Outcome:
    parsed = corpus.files[candidate.file]
    target = candidate.entity
    span = block(parsed, target)
    original = name_text(parsed, parsed.entities[target])
    assert span is not None and original is not None
    name = fresh(original, parsed.language, rng, taken_in(parsed.data), word_set(original))
    if name is None:
        return "no fresh name"
    if parsed.language == "clojure":
        return _clojure(parsed, target, span, name, rng)
    template = _template(parsed, target)
    node = definition_node(parsed, target)
    if template is None or node is None:
        return "no function body"
    body = node.child_by_field_name("body")
    if body is None or body.type not in BODIES:
        return "no statement block"
    if body.named_child_count == 1 and body.named_children[0].type == "statement_list":
        body = body.named_children[0]  # Go wraps its statements once more
    statements = list(body.named_children)
    if parsed.language == "python" and statements and _is_docstring(statements[0]):
        statements = statements[1:]
    runs = _runs(parsed, target, statements)
    if not runs:
        return "no run of statements of the right size"
    start, end = rng.choice(runs)
    indent = indent_at(parsed.data, start).decode()
    outer = indent_at(parsed.data, parsed.entities[target].span.start_byte).decode()
    call = Put(f"{indent}{template.call.format(name=name)}\n".encode())
    header = Put(("\n" + template.header.format(indent=outer, name=name)).encode())
    footer = Put(template.footer.format(indent=outer).encode())
    pieces = rebuild(
        parsed.path,
        0,
        len(parsed.data),
        [
            Splice(start, end, (call,)),
            Splice(span[1], span[1], (header, Keep(parsed.path, start, end), footer)),
        ],
    )
    return [_result(parsed, target, pieces, header=header, name=name, moved=(start, end))]


def _is_docstring(node: Node) -> bool:
    # Grammar versions differ: a bare `string` in the block, or one in an expression statement.
    return node.type == "string" or (
        node.type == "expression_statement"
        and node.named_child_count > 0
        and node.named_children[0].type == "string"
    )


def _runs(parsed: Parsed, target: int, statements: list[Node]) -> list[tuple[int, int]]:
    """Byte ranges of whole lines holding consecutive statements (never the last one, which
    often returns the result) that make up the wanted share of the function's lines."""
    data = parsed.data
    entity = parsed.entities[target]
    total = entity.span.end_line - entity.span.start_line + 1
    names = [e.name_span for e in parsed.entities]
    found = []
    for i in range(len(statements) - 1):
        first = statements[i]
        start = line_start(data, first.start_byte)
        if data[start : first.start_byte].strip():
            continue
        for j in range(i, len(statements) - 1):
            last = statements[j]
            end = line_end(data, last.end_byte - 1)
            if data[last.end_byte : end].strip():
                continue
            rows = data.count(b"\n", start, end)
            if rows > SHARE[1] * total:
                break
            if rows >= max(2, SHARE[0] * total) and not any(start <= s < end for s, _ in names):
                found.append((start, end))
    return found


def _clojure(parsed: Parsed, target: int, span: tuple[int, int], name: str, rng: Random) -> Outcome:
    """Clojure's statements are forms: a nested form of the body becomes `(defn name [] form)`
    and is replaced by `(name)`."""
    entity = parsed.entities[target]
    root = syntax_tree(parsed.data, parsed.language).root_node
    node = root.descendant_for_byte_range(*entity.name_span)
    while node is not None and node.type != "list_lit":
        node = node.parent
    if node is None:
        return "no defn form"
    parts = list(node.named_children)
    params = next((i for i, p in enumerate(parts) if p.type == "vec_lit"), None)
    if params is None:
        return "multi-arity defn"
    total = entity.span.end_line - entity.span.start_line + 1
    names = [e.name_span for e in parsed.entities]
    forms = []
    stack = parts[params + 1 :]
    while stack:
        form = stack.pop()
        rows = form.end_point.row - form.start_point.row + 1
        if (
            form.type == "list_lit"
            and max(2, SHARE[0] * total) <= rows <= SHARE[1] * total
            and not any(form.start_byte <= s < form.end_byte for s, _ in names)
        ):
            forms.append((form.start_byte, form.end_byte))
        stack.extend(form.named_children)
    if not forms:
        return "no form of the right size"
    start, end = rng.choice(sorted(forms))
    column = start - line_start(parsed.data, start)
    header = Put(f"\n(defn {name} []\n  ".encode())
    moved = carve(parsed.data, parsed.path, start, end, indent=(b" " * column, b"  "))
    pieces = rebuild(
        parsed.path,
        0,
        len(parsed.data),
        [
            Splice(start, end, (Put(f"({name})".encode()),)),
            Splice(span[1], span[1], (header, *moved, Put(b")\n"))),
        ],
    )
    return [_result(parsed, target, pieces, header=header, name=name, moved=(start, end))]


def _result(
    parsed: Parsed,
    target: int,
    pieces: tuple[Keep | Put, ...],
    *,
    header: Put,
    name: str,
    moved: tuple[int, int],
) -> Transformed:
    where = offset_of(pieces, header, {parsed.path: parsed.data}) + header.text.index(name.encode())
    rows = parsed.data.count(b"\n", *moved)
    entity = parsed.entities[target]
    share = rows / (entity.span.end_line - entity.span.start_line + 1)
    return Transformed(
        kind="extract",
        language=parsed.language,
        note=f"extract {rows} lines of {describe(parsed, target)} into {name}",
        sources=(parsed.path,),
        old=((parsed.path, parsed.data),),
        new=((parsed.path, pieces),),
        old_targets=((parsed.path, entity.name_span[0]),),
        new_targets=((parsed.path, where),),
        edited=share,
    )


def apply_inline(corpus: Corpus, candidate: Candidate, rng: Random, index: int) -> Outcome:
    """An extraction backwards: the old side has the helper and its call, the new side the
    original function."""
    outcome = apply_extract(corpus, candidate, rng, index)
    if isinstance(outcome, str):
        return outcome
    inverted = []
    for forward in outcome:
        locator = Locator(forward.new)
        realized, rebuilt = invert(dict(forward.old), forward.new)
        images = [locator.forward(p) for p in forward.old_targets]
        inverted.append(
            Transformed(
                kind="inline",
                language=forward.language,
                note=forward.note.replace("extract", "inline", 1).replace(" into ", " from "),
                sources=forward.sources,
                old=tuple(sorted(realized.items())),
                new=rebuilt,
                old_targets=(*(p for p in images if p is not None), *forward.new_targets),
                new_targets=forward.old_targets,
                edited=forward.edited,
            )
        )
    return inverted
