"""Recover the entities of a side that does not parse, guided by the side that does.

tree-sitter's error recovery is local: one unclosed bracket swallows everything after it, so
the broken side's own tree nests the rest of the file inside the broken definition (methods
"moved" into it, classes "removed"). This step, between extract and match, does not take that
tree at its word. The clean side's entities are laid onto the broken side through a line
alignment of the two texts: an entity all of whose lines are unchanged is the same entity
(same kind, name and parent, the same fingerprint: its bytes are the same) wherever the broken
tree puts it; an entity some of whose lines changed keeps its identity, spans the lines that
replace them, and is fingerprinted anew from the broken side's tokens. Since the clean side
parses, every syntax error of the broken side comes from a changed line: the entity that holds
the change an ERROR node covers is the one marked `has_errors`.

It works from spans, lines and bytes only, so every language gets it. A file that parses on
both sides is returned as it is, before any work.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from tree_sitter import Node

from semdiff.errors import ParseGaveUp
from semdiff.extract import MODULE_KIND, doc_ranges, owners_of, parse_file
from semdiff.fingerprint import collect_leaves, fingerprint
from semdiff.languages import LanguageSpec, spec_by_name
from semdiff.model import Entity, Fingerprint, ParsedFile, Recovery
from semdiff.parse import ParseResult, parse
from semdiff.positions import LineIndex
from semdiff.sources import split_lines
from semdiff.textdiff import align


def recover(old: ParsedFile, new: ParsedFile) -> tuple[ParsedFile, ParsedFile]:
    """Both sides, the broken one's entities laid out after the clean one's."""
    if not (old.parse_errors or new.parse_errors):
        return old, new
    if old.fallback is not None or new.fallback is not None:
        return old, new
    if old.source.language != new.source.language or old.source.language is None:
        return old, new
    if new.parse_errors and not old.parse_errors:
        return old, guided(new, guide=old, guide_name="the old version")
    if old.parse_errors and not new.parse_errors:
        return guided(old, guide=new, guide_name="the new version"), new
    # The side with fewer errors (or, as a tie-break, the smaller text) is the base and the
    # first text aligned, whichever is old: `semdiff new old` then reads both sides as
    # `semdiff old new` does, and its pairs are the same ones swapped.
    base, other = sorted(
        ((old, "old"), (new, "new")), key=lambda s: (s[0].parse_errors, s[0].source.text)
    )
    guide = _hybrid(base[0], other[0])
    if guide is None:
        return old, new
    name = f"the {base[1]} version with changed runs of the {other[1]}"
    if guide.source.text == base[0].source.text:
        name = f"the {base[1]} version"
    return (
        old if guide.source.text == old.source.text else guided(old, guide=guide, guide_name=name),
        new if guide.source.text == new.source.text else guided(new, guide=guide, guide_name=name),
    )


MAX_HYBRID_RUNS = 32
"""When both sides are broken, how many changed runs are each tried from the other side
(one parse each). Beyond it, both sides keep their own trees."""


def _hybrid(old: ParsedFile, new: ParsedFile) -> ParsedFile | None:
    """Both sides broken (a change that fixes one error and makes another, or errors the
    grammar has in both): a guide made of the `old` text (the base, which may be either
    version) with each changed run taken from `new` when that leaves fewer syntax errors.
    Each side is then laid out after it, and the errors each has that the guide has not are
    its own."""
    lines = _lines(old.source.lines, new.source.lines)
    if not lines.regions or len(lines.regions) > MAX_HYBRID_RUNS:
        return None
    spec = spec_by_name(old.source.language or "")
    chosen: set[int] = set()
    best = old.parse_errors
    for run in range(len(lines.regions)):
        text = _mixed(old.source.lines, new.source.lines, lines.regions, chosen | {run})
        data = text.encode("utf-8", errors="surrogatepass")
        try:
            errors = _parse(spec, data)
        except ParseGaveUp:
            continue  # a mix the grammar cannot finish mends nothing
        if errors.error_count < best:
            chosen.add(run)
            best = errors.error_count
    if not chosen:
        # No changed run mends an error. With more errors on the other side, those are the
        # change's and the base guides (jq's macros, unreadable on both sides, and a brace
        # added). With as many, they are the grammar's (a construct it cannot read, moved or
        # re-indented), not the change's: each side's own tree says more than the other's
        # laid onto it (leakcanary's companion object dissolved into its class).
        return old if new.parse_errors > old.parse_errors else None
    text = _mixed(old.source.lines, new.source.lines, lines.regions, chosen)
    source = replace(
        new.source,
        data=text.encode("utf-8", errors="surrogatepass"),
        text=text,
        lines=split_lines(text),
    )
    hybrid = parse_file(source, max_size=None)
    return hybrid if hybrid.fallback is None else None


def _mixed(
    old: Sequence[str],
    new: Sequence[str],
    regions: Sequence[tuple[int, int, int, int]],
    chosen: set[int],
) -> str:
    """The old lines with the chosen changed runs taken from the new ones."""
    parts: list[str] = []
    at = 0
    for run, (a, b, c, d) in enumerate(regions):
        parts.extend(old[at:a])
        parts.extend(new[c:d] if run in chosen else old[a:b])
        at = b
    parts.extend(old[at:])
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class _Lines:
    """A line alignment of the guide with the broken side, as maps between line indexes."""

    to_broken: dict[int, int]
    """Guide line → broken line, for the lines equal on both sides."""
    regions: tuple[tuple[int, int, int, int], ...]
    """The changed runs: guide lines [a, b) replaced by broken lines [c, d)."""


def _lines(guide: Sequence[str], broken: Sequence[str]) -> _Lines:
    to_broken: dict[int, int] = {}
    regions: list[tuple[int, int, int, int]] = []
    g = b = 0
    start: tuple[int, int] | None = None
    for op, old, new in align(guide, broken):
        if op == " " and old is not None and new is not None:
            if start is not None:
                regions.append((start[0], old, start[1], new))
                start = None
            to_broken[old] = new
            g, b = old + 1, new + 1
        elif start is None:
            start = (g, b)
    if start is not None:
        regions.append((start[0], len(guide), start[1], len(broken)))
    return _Lines(to_broken, tuple(regions))


@dataclass(frozen=True, slots=True)
class _Laid:
    """An entity of the recovered side before its span and fingerprint are final."""

    entity: Entity
    """The guide's entity, or the broken side's own for one `adopted` from changed lines."""
    span: tuple[int, int]
    adopted: bool = False


def guided(broken: ParsedFile, *, guide: ParsedFile, guide_name: str) -> ParsedFile:
    """`broken` with the entities of `guide` laid onto its lines (see the module's doc)."""
    source = broken.source
    data = source.text.encode("utf-8", errors="surrogatepass")
    guide_data = guide.source.text.encode("utf-8", errors="surrogatepass")
    lines = _lines(guide.source.lines, source.lines)
    index = LineIndex(data)
    spec = spec_by_name(source.language or "")
    tree = _parse(spec, data).tree
    mapper = _Mapper(lines, LineIndex(guide_data), index, guide.source.lines, source.lines)
    guide_tree = _parse(spec, guide_data)
    guide_docs = doc_ranges(spec, guide_tree.tree.root_node, guide_data)
    leaves = collect_leaves(
        tree.root_node,
        data,
        atoms=frozenset(spec.atom_nodes),
        texts=frozenset(spec.text_nodes),
        layout=frozenset(spec.layout_tokens),
        comments=frozenset(spec.comment_nodes),
        # The docstrings the broken tree still shows, and the guide's on unchanged lines (a
        # definition the break swallowed shows none): without them a docstring would count as
        # code here and as a docstring in the guide, a "docstring changed" nobody made.
        docs=doc_ranges(spec, tree.root_node, data) | mapper.carried(guide_docs),
        steps=spec.significant_indentation,
    )
    errors = _error_rows(tree.root_node)
    # Errors the guide has too (a construct the grammar cannot read on either side) are not
    # the change's: only the others point at a culprit.
    known = frozenset[bytes]()
    if guide.parse_errors:
        guide_tree = _parse(spec, guide_data)
        known = _error_texts(guide_tree.tree.root_node)
    culprits, error_line = _culprits(
        guide.entities,
        lines,
        _error_rows(tree.root_node, known),
        clean=not guide.parse_errors,
        points=_first_differences(lines, guide.source.lines, source.lines, LineIndex(guide_data)),
    )
    laid: list[_Laid] = []
    kept: set[str] = set()
    for entity in guide.entities:
        span = mapper.span(entity)
        if span is not None and (entity.parent is None or entity.parent in kept):
            kept.add(entity.key)
            laid.append(_Laid(entity, span))
    # Lines of an entity laid wholly on changed lines (a one-line definition broken) are its:
    # the broken tree's pieces of it are not definitions of their own.
    claimed = {
        row
        for item in laid
        if not any(line in lines.to_broken for line in mapper.rows(item.entity))
        for row in range(index.row_of(item.span[0]), index.row_of(item.span[1]) + 1)
    }
    laid.extend(
        _adopted(
            broken,
            lines,
            laid,
            guide_path=guide.source.path,
            claimed=claimed,
            guide_owners=guide.owners,
        )
    )
    laid.sort(key=lambda item: (item.span[0], -item.span[1], item.entity.depth))
    # Nested by where they are written, as extract.py cuts children out of their holder (a Go
    # method's parent is its type, but its text is the file's).
    children: dict[str | None, list[tuple[int, int]]] = {}
    stack: list[_Laid] = []
    for item in laid:
        while stack and stack[-1].span[1] < item.span[1]:
            stack.pop()
        holder = stack[-1].entity.key if stack else None
        children.setdefault(holder, []).append(item.span)
        stack.append(item)
    owned = _owned_rows([item.entity for item in laid if not item.adopted], mapper.guide_lines)
    entities: list[Entity] = []
    how: list[str] = []
    for item in laid:
        entity, (start, end) = item.entity, item.span
        how.append(_how(item, mapper, culprits))
        if item.adopted:
            entities.append(
                replace(
                    entity,
                    key=_rekey(entity.key, source.path),
                    parent=None if entity.parent is None else _rekey(entity.parent, source.path),
                )
            )
            continue
        print_ = entity.fingerprint
        names = mapper.name(entity, data)
        if not mapper.intact(entity):
            print_ = _refingerprint(
                entity.fingerprint,
                fingerprint(
                    leaves,
                    data,
                    span=(start, end),
                    names=[names],
                    children=sorted(children.get(entity.key, [])),
                    body_start=None,
                    depth=None,
                ),
                header_kept=mapper.first_line_kept(entity),
                own_kept=mapper.own_lines_kept(entity, owned.get(entity.key, [])),
            )
        entities.append(
            replace(
                entity,
                key=_rekey(entity.key, source.path),
                path=source.path,
                parent=None if entity.parent is None else _rekey(entity.parent, source.path),
                span=index.span(start, end),
                name_span=names,
                # An unchanged entity keeps the guide's own errors: the same text, read alike.
                has_errors=entity.key in culprits or (entity.has_errors and mapper.intact(entity)),
                fingerprint=print_,
            )
        )
    module_print = _refingerprint(
        guide.module.fingerprint,
        fingerprint(
            leaves,
            data,
            span=(0, len(data)),
            names=(),
            children=sorted(children.get(None, [])),
            body_start=0,
            depth=0 if spec.significant_indentation else None,
        ),
        header_kept=True,
    )
    ordered = tuple(entities)
    return replace(
        broken,
        entities=ordered,
        owners=_owners(ordered, lines, guide, len(source.lines)),
        module=replace(broken.module, fingerprint=module_print),
        error_line=error_line or broken.error_line,
        recovery=Recovery(guide_name, _covered(errors, ordered, how)),
    )


def _how(item: _Laid, mapper: _Mapper, culprits: set[str]) -> str:
    if item.adopted:
        return "parsed on its own in changed lines"
    if item.entity.key in culprits:
        return "changed lines, holds the error"
    return "same lines" if mapper.intact(item.entity) else "changed lines"


MAX_COVERED = 12
"""How many entities `--explain` names per error; the rest are counted."""


def _covered(
    errors: Sequence[tuple[int, int]], entities: Sequence[Entity], how: Sequence[str]
) -> tuple[tuple[int, int, tuple[tuple[str, str], ...]], ...]:
    result = []
    for low, high in errors:
        covered = tuple(
            (entity.qualified_name, recovered)
            for entity, recovered in zip(entities, how, strict=True)
            if entity.span.start_line - 1 <= high and entity.span.last_line - 1 >= low
        )
        result.append((low + 1, high + 1, covered))
    return tuple(result)


def _owners(
    entities: tuple[Entity, ...], lines: _Lines, guide: ParsedFile, count: int
) -> tuple[int, ...]:
    """Each line's owner, as extract.py gives them, except that the lines of a changed run
    that only a holder spans (a blank line left where a `}` was deleted) belong to the entity
    that owned every line the run replaced, not to its holder or the top level."""
    owners = list(owners_of(count, entities))
    position = {
        (e.kind, e.qualified_name, e.overload, e.ordinal): i for i, e in enumerate(entities)
    }
    for a, b, c, d in lines.regions:
        holders = {guide.owners[line] for line in range(a, b)}
        if len(holders) != 1 or -1 in holders or c == d:
            continue
        was = guide.entities[holders.pop()]
        now = position.get((was.kind, was.qualified_name, was.overload, was.ordinal))
        if now is None:
            continue
        holders_of_now = _ancestors(entities, now)
        for line in range(c, d):
            if owners[line] == -1 or owners[line] in holders_of_now:
                owners[line] = now
    return tuple(owners)


def _ancestors(entities: Sequence[Entity], position: int) -> set[int]:
    positions = {entity.key: i for i, entity in enumerate(entities)}
    found: set[int] = set()
    parent = entities[position].parent
    while parent is not None and parent in positions and positions[parent] not in found:
        found.add(positions[parent])
        parent = entities[positions[parent]].parent
    return found


_OPENERS = " \t([{"
"""What may come before a child on its first line and leave the line the child's: its
holders' opening brackets (`((radius :initarg :radius)))`, a Lisp class's first slot)."""
_CLOSERS = " \t\r\n)]};,"
"""What may follow a child on its last line and leave the line the child's: its holders'
closing brackets and separators (`(newline))))`), which the line's change is read as the
child's (`_innermost`)."""


def _owned_rows(entities: Sequence[Entity], lines: Sequence[str]) -> dict[str, list[range]]:
    """For each entity, the guide lines its direct children own whole: a child's first line
    counts only when nothing but openers of its holder comes before it there, its last only
    when nothing but closers does after it (a one-line class's `class A extends B {` is its
    own text)."""
    owned: dict[str, list[range]] = {}
    stack: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.span.start_byte, -e.span.end_byte)):
        while stack and stack[-1].span.end_byte < entity.span.end_byte:
            stack.pop()
        if stack:
            span = entity.span
            first, last = span.start_line - 1, span.last_line - 1
            if lines[first][: span.start_col].strip(_OPENERS):
                first += 1
            after = lines[last][span.end_col :] if span.end_line - 1 == last else ""
            if after.strip(_CLOSERS):
                last -= 1
            if first <= last:
                owned.setdefault(stack[-1].key, []).append(range(first, last + 1))
        stack.append(entity)
    return owned


def _refingerprint(
    guide: Fingerprint, own: Fingerprint, *, header_kept: bool, own_kept: bool = False
) -> Fingerprint:
    """The fingerprint of an entity some of whose lines changed, from the broken side's
    tokens (`own`) and what the guide's still tells. With `own_kept`, every changed line is
    a child's: the entity's own text is the guide's, however the broken tree reads it (an
    unclosed string in a child swallows the lines after it)."""
    if own_kept or own.own_text_hash == guide.own_text_hash:
        # The change is all in its children: its own tokens are the guide's, only the
        # whole body differs.
        return replace(guide, tokens=own.tokens, content=own.content, body_hash=own.body_hash)
    # The header is the guide's when the line that starts it is unchanged: the broken
    # side's tree cannot say where the body starts.
    return replace(own, header_hash=guide.header_hash if header_kept else own.header_hash)


def _adopted(
    broken: ParsedFile,
    lines: _Lines,
    laid: Sequence[_Laid],
    *,
    guide_path: str,
    claimed: set[int],
    guide_owners: Sequence[int],
) -> list[_Laid]:
    """The broken side's own entities that lie wholly in changed lines and hold no error (a
    function added next to the broken one): the guide has nothing to say about them. Each is
    nested in the laid entity that holds it; keys are the guide side's kind of keys, with an
    ordinal past those already taken."""
    spec = spec_by_name(broken.source.language or "")
    inserted = set(range(len(broken.source.lines))) - set(lines.to_broken.values()) - claimed
    taken: dict[tuple[str, str, str], int] = {}
    for item in laid:
        identity = (item.entity.kind, item.entity.qualified_name, item.entity.overload)
        taken[identity] = taken.get(identity, 0) + 1
    holders = [(item.span, item.entity) for item in laid]
    adopted: list[_Laid] = []
    renamed: dict[str, Entity] = {}
    for entity in broken.entities:
        rows = range(entity.span.start_line - 1, entity.span.last_line)
        if entity.has_errors or not all(row in inserted for row in rows):
            continue
        if _a_reading_of_the_guide(entity, rows, lines, laid, guide_owners):
            continue
        span = (entity.span.start_byte, entity.span.end_byte)
        parent = renamed.get(entity.parent or "") or _holder(holders, span)
        kind = entity.kind
        if kind == "function" and parent is not None and parent.kind in spec.method_parents:
            kind = "method"
        qualified = (
            entity.name if parent is None else parent.qualified_name + spec.separator + entity.name
        )
        identity = (kind, qualified, entity.overload)
        ordinal = taken.get(identity, 0)
        taken[identity] = ordinal + 1
        key = "\x1f".join((guide_path, kind, qualified, entity.overload, str(ordinal)))
        new = replace(
            entity,
            key=key,
            kind=kind,
            qualified_name=qualified,
            ordinal=ordinal,
            parent=None if parent is None else parent.key,
            depth=0 if parent is None else parent.depth + 1,
        )
        renamed[entity.key] = new
        holders.append((span, new))
        adopted.append(_Laid(new, span, adopted=True))
    return adopted


def _a_reading_of_the_guide(
    entity: Entity, rows: range, lines: _Lines, laid: Sequence[_Laid], owners: Sequence[int]
) -> bool:
    """Whether the changed run holding `entity` replaces lines of a guide entity of its name,
    or the first line of any: what the broken tree finds there is its reading of that
    entity's broken line (a method whose `{` is gone read as a declaration, a Lisp method
    whose specializers lost a bracket), not a definition of its own."""
    for a, b, c, d in lines.regions:
        if c <= rows.start and rows.stop <= d:
            replaced = {owners[line] for line in range(a, b)}
            if len(replaced) == 1 and -1 not in replaced:
                # Lines of one entity rewritten: an edit inside it (`for (int i` read as a
                # declaration once a bracket is gone), not a definition of its own.
                return True
            return any(
                (item.entity.name == entity.name or a <= item.entity.span.start_line - 1 < b)
                and item.entity.span.start_line - 1 < b
                and item.entity.span.last_line > a
                for item in laid
                if not item.adopted
            )
    return False


def _holder(
    holders: Sequence[tuple[tuple[int, int], Entity]], span: tuple[int, int]
) -> Entity | None:
    inside = [
        (entity.depth, entity)
        for (low, high), entity in holders
        if low <= span[0] and span[1] <= high
    ]
    return max(inside, key=lambda pair: pair[0])[1] if inside else None


def _width(line: str) -> int:
    """The bytes of a line without its line break."""
    return len(line.rstrip("\r\n").encode("utf-8", "surrogatepass"))


def _rekey(key: str, path: str) -> str:
    """The guide's key on the broken side's path (a renamed file keeps its entities' ids)."""
    return "\x1f".join((path, *key.split("\x1f")[1:]))


@dataclass(frozen=True, slots=True)
class _Mapper:
    """Positions of the guide side, carried over to the broken side."""

    lines: _Lines
    guide_index: LineIndex
    index: LineIndex
    guide_lines: Sequence[str]
    broken_lines: Sequence[str]

    def intact(self, entity: Entity) -> bool:
        first, last = entity.span.start_line - 1, entity.span.last_line - 1
        mapped = [self.lines.to_broken.get(line) for line in (first, last)]
        if mapped[0] is None or mapped[1] is None or mapped[1] - mapped[0] != last - first:
            return False
        return all(line in self.lines.to_broken for line in range(first, last + 1))

    def carried(self, ranges: Iterable[tuple[int, int]]) -> frozenset[tuple[int, int]]:
        """Byte ranges of the guide whose lines are all unchanged, where they are here."""
        found = set()
        for start, end in ranges:
            first, last = (
                self.guide_index.row_of(start),
                self.guide_index.row_of(max(start, end - 1)),
            )
            if all(line in self.lines.to_broken for line in range(first, last + 1)):
                found.add((self._start(first, start), self._end(last, end)))
        return frozenset(found)

    def rows(self, entity: Entity) -> range:
        """The entity's lines on the guide side (0-based)."""
        return range(entity.span.start_line - 1, entity.span.last_line)

    def own_lines_kept(self, entity: Entity, inner: Sequence[range]) -> bool:
        """Whether every changed run within the entity's lines lies inside one of `inner`
        (the lines its children own whole): its own lines are all unchanged."""
        rows = self.rows(entity)
        regions = self.lines.regions
        # The runs are in guide order: start at the last one that begins before the entity.
        position = max(bisect_left(regions, (rows.start,)) - 1, 0)
        for a, b, _, _ in regions[position:]:
            if a >= rows.stop:
                break
            if a == b:
                # Lines inserted before guide line a: a child's when a is past its first line.
                if rows.start < a and not any(r.start < a < r.stop for r in inner):
                    return False
            elif b > rows.start and not any(r.start <= a and b <= r.stop for r in inner):
                return False
        return True

    def first_line_kept(self, entity: Entity) -> bool:
        return entity.span.start_line - 1 in self.lines.to_broken

    def span(self, entity: Entity) -> tuple[int, int] | None:
        """Where the entity is on the broken side; None when none of its lines is left."""
        first, last = entity.span.start_line - 1, entity.span.last_line - 1
        if not any(line in self.lines.to_broken for line in range(first, last + 1)) and not any(
            (a, b) == (first, last + 1) and c < d for a, b, c, d in self.lines.regions
        ):
            # None of its lines is left, and they are not one changed run of their own (a
            # one-line definition with its bracket broken): it is gone.
            return None
        start = self._start(first, entity.span.start_byte)
        end = self._end(last, entity.span.end_byte)
        return (start, max(start, end))

    def _start(self, line: int, byte: int) -> int:
        target = self.lines.to_broken.get(line)
        if target is not None:
            return self._offset(target) + byte - self.guide_index.starts[line]
        for a, b, c, d in self.lines.regions:
            if a <= line < b:
                text = self.broken_lines[c] if c < d else ""
                if line == a and c < d:
                    # As far into the replacing line as into its own: what is before it on
                    # the line (indentation, `x = {` of an inline table) stays its holder's.
                    column = byte - self.guide_index.starts[line]
                    return self._offset(c) + min(column, _width(text))
                # From the first character of the replacing lines: the indentation is the
                # holder's text.
                indent = len(text) - len(text.lstrip(" \t"))
                return self._offset(c) + indent
        return self._offset(len(self.broken_lines))

    def _end(self, line: int, byte: int) -> int:
        target = self.lines.to_broken.get(line)
        if target is not None:
            return self._offset(target) + byte - self.guide_index.starts[line]
        for a, b, c, d in self.lines.regions:
            if a <= line < b:
                if d == 0:
                    return 0
                end = self._offset(d - 1) + _width(self.broken_lines[d - 1])
                if line != b - 1:
                    return end
                column = byte - self.guide_index.starts[line]
                before = self.guide_lines[line][:column]
                if line == a and b - a == d - c == 1 and self.broken_lines[c].startswith(before):
                    # One line changed after the entity's end (a key before the broken one
                    # on a line of an EDN or inline TOML map): it ends where it did.
                    return self._offset(c) + column
                # As far from the end of the replacing line as from the end of its own: the
                # closers after it (`))` of the definitions holding it) stay theirs.
                tail = _width(self.guide_lines[line]) - (byte - self.guide_index.starts[line])
                return max(self._offset(d - 1), end - max(tail, 0))
        return self._offset(len(self.broken_lines))

    def _offset(self, line: int) -> int:
        starts = self.index.starts
        return starts[line] if line < len(starts) else starts[-1]

    def name(self, entity: Entity, data: bytes) -> tuple[int, int]:
        """The name's bytes on the broken side: carried over when its line is unchanged,
        else looked for in the line that replaces it."""
        low, high = entity.name_span
        line = self.guide_index.row_of(low)
        target = self.lines.to_broken.get(line)
        if target is not None:
            shift = self._offset(target) - self.guide_index.starts[line]
            return (low + shift, high + shift)
        start = self._start(line, low)
        name = entity.name.encode("utf-8", "surrogatepass")
        found = data.find(name, start, self._end(entity.span.last_line - 1, entity.span.end_byte))
        return (found, found + len(name)) if found >= 0 and name else (start, start)


def _error_rows(root: Node, known: frozenset[bytes] = frozenset()) -> list[tuple[int, int]]:
    """0-based first and last rows of the outermost ERROR and MISSING nodes, but those whose
    text is `known`."""
    rows: list[tuple[int, int]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            if _error_text(node) not in known:
                rows.append((node.start_point.row, node.end_point.row))
            continue
        stack.extend(child for child in node.children if child.has_error or child.is_missing)
    return sorted(set(rows))


def _error_texts(root: Node) -> frozenset[bytes]:
    """What tells the outermost ERROR and MISSING nodes apart from the same ones elsewhere."""
    texts: set[bytes] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            texts.add(_error_text(node))
            continue
        stack.extend(child for child in node.children if child.has_error or child.is_missing)
    return frozenset(texts)


def _error_text(node: Node) -> bytes:
    """An ERROR node's text; a MISSING node, empty, by what it lacks and what it is in."""
    if node.is_missing:
        parent = node.parent.text if node.parent is not None else b""
        return b"missing " + node.type.encode() + b" in " + (parent or b"")
    return node.text or b""


def _culprits(
    entities: Sequence[Entity],
    lines: _Lines,
    errors: Sequence[tuple[int, int]],
    *,
    clean: bool,
    points: dict[int, int] | None = None,
) -> tuple[set[str], int | None]:
    """Keys of the entities that hold the changes the errors come from, and the first line
    of the first such change on the broken side (1-based; for lines only removed, the line
    before them). tree-sitter wraps what it cannot read in an ERROR node, which holds the
    broken change: the first changed run inside each is taken. An error with no change inside
    (a MISSING token where one was due, an ERROR at the end of the file) follows from a change
    before it: when no error holds a change, the last changed run before the first error is
    taken. `errors` leaves out those the guide has too; with none left, the first run is taken
    when the guide is `clean` (a grammar that stops early leaves no node, but some change made
    the errors), and none otherwise (the errors are the grammar's, on both sides)."""
    if not lines.regions:
        return set(), None
    found = []
    for low, high in errors:
        inside = [r for r in lines.regions if r[2] <= high and max(r[3], r[2] + 1) > low]
        if inside:
            found.append(inside[0])
    if not found and not clean and not errors:
        return set(), None
    if not found:
        first = errors[0][0] if errors else 0
        before = [r for r in lines.regions if r[2] <= first]
        found.append(before[-1] if before else lines.regions[0])
    holders = (_innermost(entities, a, b, (points or {}).get(a)) for a, b, _, _ in found)
    _, _, c, d = min(found, key=lambda region: region[2])
    line = c + 1 if c < d else max(c, 1)
    return {holder.key for holder in holders if holder is not None}, line


def _first_differences(
    lines: _Lines, guide: Sequence[str], broken: Sequence[str], guide_index: LineIndex
) -> dict[int, int]:
    """For each run of one line changed into one line, the guide's byte where the two first
    differ: on a line several entities share (`{:git/tag "v0.4.0" :git/sha "334f2e2"}` of
    an EDN map), it tells which of them the change is in."""
    points: dict[int, int] = {}
    for a, b, c, d in lines.regions:
        if b - a == 1 and d - c == 1:
            old, new = guide[a], broken[c]
            column = next(
                (i for i, (x, y) in enumerate(zip(old, new, strict=False)) if x != y),
                min(len(old), len(new)),
            )
            points[a] = guide_index.starts[a] + len(old[:column].encode("utf-8", "surrogatepass"))
    return points


def _innermost(
    entities: Sequence[Entity], a: int, b: int, point: int | None = None
) -> Entity | None:
    """The innermost entity holding guide lines [a, b) (for an insertion, a == b, the lines
    on both sides of it); with a `point` (the guide's byte where a one-line change starts),
    of those holding that byte or ending before it on its line, when one does: of several on
    one line, the one changed."""
    if point is not None:
        holding = [e for e in entities if e.span.start_byte <= point < e.span.end_byte]
        # A change after an entity's end on its last line (a `"` appended after a string's
        # closing one, a `)` of the closers after it deleted) is that entity's, as the line
        # is, rather than its holder's.
        depth = max((e.depth for e in holding if e.kind != MODULE_KIND), default=-1)
        before = [
            e
            for e in entities
            if e.span.end_byte <= point and e.span.last_line - 1 == a and e.depth > depth
        ]
        if before:
            # Of several ending on that line (`(define (x) 1) (define (y) 2)))`), the last.
            return max(before, key=lambda e: (e.depth, e.span.end_byte))
        if any(e.kind != MODULE_KIND for e in holding):
            return _innermost(holding, a, b)
    low, high = (a - 1, a) if a == b else (a, b - 1)
    holder = None
    for entity in entities:
        if entity.kind == MODULE_KIND:
            continue
        holds = entity.span.start_line - 1 <= low and entity.span.last_line - 1 >= high
        if holds and (holder is None or entity.depth > holder.depth):
            holder = entity
    return holder


def _parse(spec: LanguageSpec, data: bytes) -> ParseResult:
    """A text read as `extract.parse_file` reads it (its masks too), so that recovery sees the
    errors extraction saw."""
    return parse(
        spec.grammar,
        data,
        mask_high_code_points=spec.mask_high_code_points,
        error_masks=spec.error_masks,
    )
