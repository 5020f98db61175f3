"""Tree + language spec → entities: names, kinds, spans, nesting, qualified names, fingerprints.

The entity query (`grammars/<lang>/entities.scm`) follows tree-sitter's tags convention:
`@definition.<kind>` on the definition node with an inner `@name`. Extra captures:
`@name.<part>` (joined into the name by the spec's `name_formats`), `@scope` (the type a Go
method belongs to), `@overload` (parameter types that tell Java overloads apart), `@doc`
(a docstring, compared as a comment), `@private` (what makes a definition private:
Clojure's `defn-`, `^:private`) and `@label` (the word shown for this definition when one
kind is written several ways: Clojure's `def` of an `fn` is a function). Captures
starting with `_` are for predicates only.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import compress
from pathlib import Path

from tree_sitter import Node, Query, QueryCursor, QueryError

from semdiff.errors import GrammarError, ParseGaveUp
from semdiff.fingerprint import Leaves, collect_leaves, digest, fingerprint
from semdiff.languages import LanguageSpec, spec_by_name, user_words
from semdiff.model import (
    NOT_SOURCE_MODES,
    SUBMODULE_MODE,
    Entity,
    Fallback,
    Fingerprint,
    ParsedFile,
    Source,
    Span,
)
from semdiff.parse import MAX_ERROR_SHARE, deep_line, load_language, parse, unsafe_last_line
from semdiff.positions import LineIndex

MODULE_KIND = "module"
SIGNATURE_KINDS = frozenset({"function", "method", "constructor"})
"""Kinds that have a signature: their overload (parameter types) is part of their name."""


def load_query(language: str, aliases: tuple[tuple[str, str], ...] = ()) -> Query:
    """The language's query, with the words the user's config adds to its lists, and those
    the file's namespace aliases (`aliases.scm`: alias, namespace) add: `sp/def` for
    `clojure.spec.alpha/def` where the file requires clojure.spec.alpha as `sp`."""
    spec = spec_by_name(language)
    extra = user_words(language)
    if aliases:
        lists = spec.query_words | dict(_added(spec, extra))
        aliased = {name: _aliased(words, aliases) for name, words in lists.items()}
        # Only a file whose aliases add a head compiles a query of its own: most files
        # write the aliases the lists hold (`s/def`), and a compile costs milliseconds.
        if any(aliased.values()):
            extra = tuple((name, lists[name] + aliased[name]) for name in sorted(lists))
    return _compiled_query(language, extra)


def _aliased(words: tuple[str, ...], aliases: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The heads `words` gain under `aliases`: `sp/def` for `clojure.spec.alpha/def`."""
    added = []
    for word in words:
        namespace, slash, name = word.rpartition("/")
        for alias, target in aliases if slash else ():
            if target == namespace and f"{alias}/{name}" not in words:
                added.append(f"{alias}/{name}")
    return tuple(dict.fromkeys(added))


@cache
def _alias_query(language: str) -> Query | None:
    spec = spec_by_name(language)
    path = spec.directory / "aliases.scm"
    if not path.is_file():
        return None
    try:
        return Query(load_language(spec.grammar), path.read_text(encoding="utf-8"))
    except (OSError, QueryError) as error:
        raise GrammarError(f"{path}: {error}") from error


def _aliases(spec: LanguageSpec, root: Node) -> tuple[tuple[str, str], ...]:
    """The file's namespace aliases, (alias, namespace), sorted: the query's words depend
    on them, so their order must not depend on where the file writes them."""
    query = _alias_query(spec.name)
    if query is None:
        return ()
    found = set()
    for _, captures in QueryCursor(query).matches(root):
        for alias, target in zip(
            captures.get("alias.name", []), captures.get("alias.namespace", []), strict=True
        ):
            found.add((_text(alias), _text(target)))
    return tuple(sorted(found))


@cache
def _compiled_query(language: str, extra: tuple[tuple[str, tuple[str, ...]], ...]) -> Query:
    spec = spec_by_name(language)
    try:
        text = spec.query_path.read_text(encoding="utf-8")
    except OSError as error:
        raise GrammarError(f"{spec.query_path}: {error.strerror or error}") from error
    text = _fill_words(text, spec.query_words | dict(_added(spec, extra)), spec.query_path)
    try:
        return Query(load_language(spec.grammar), text)
    except QueryError as error:
        raise GrammarError(f"{spec.query_path}: {error}") from error


_WORDS = re.compile(r"\{\{(\w+)\}\}")
"""`{{name}}` in a query: a list of the spec's `query_words`. Never valid query syntax, so a
list that is not filled in fails to compile rather than matching nothing."""


def _added(
    spec: LanguageSpec, extra: tuple[tuple[str, tuple[str, ...]], ...]
) -> Iterator[tuple[str, tuple[str, ...]]]:
    for name, words in extra:
        yield (
            name,
            spec.query_words[name] + tuple(w for w in words if w not in spec.query_words[name]),
        )


def _fill_words(text: str, lists: Mapping[str, tuple[str, ...]], path: Path) -> str:
    """The query with each `{{name}}` replaced by the spec's words, as quoted predicate
    arguments (`"defstate" "s/def"`). An empty list becomes `""`, which no head is: a
    predicate needs an argument."""

    def words(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in lists:
            raise GrammarError(f"{path}: no list {name!r} in [query_words]")
        return " ".join(json.dumps(word) for word in lists[name]) or '""'

    return _WORDS.sub(words, text)


@dataclass(slots=True)
class _Definition:
    """A definition found by the query, before it becomes an `Entity`."""

    node: Node
    outer: Node
    """The node with its wrappers (decorators, `export`): what its siblings are next to."""
    kind: str
    name: str
    name_range: tuple[int, int]
    start: int
    end: int
    scope: str | None
    overload: str
    pattern: int
    label: str = ""
    dispatch: str = ""
    dispatch_range: tuple[int, int] | None = None
    """The `@name.dispatch` part (a Clojure `defmethod`'s dispatch value): part of the name,
    so masked in fingerprints as the name is."""
    private: list[tuple[int, int]] = field(default_factory=list)
    """Byte ranges of the `@private` captures: what makes it private."""
    joined: list[_Definition] = field(default_factory=list)
    body_start: int | None = None
    """From a `@body` capture; otherwise the definition node's `body` field decides."""
    """Later clauses made part of this one (`join_adjacent`)."""
    lexical_parent: int = -1
    parent: int = -1
    depth: int = 0
    qualified: str = ""


MAX_START_DEPTH = 1000
"""How deep in the syntax tree a definition may start and still be an entity. Real definitions
sit a few dozen nodes deep; past this, lines belong to the entity that encloses them. Without
a bound, query matching over 100k nested lists takes minutes (tree-sitter tries every pattern
at every depth), and 100k nested JSON keys would make 100k entities with 100k-part names."""
MAX_NESTING = 16
"""How many entities deep definitions nest and still are entities of their own; deeper ones
are lines of the 16th. Each entity holds the tokens of all it encloses, so the cost grows with
size × nesting: 100k nested JSON keys would take minutes. Real code nests a handful deep."""
BINARY_REASON = "binary file"
"""The fallback reason of a side that is not text (a NUL byte), and of a text side whose
other side is not (`as_bytes`)."""
MAX_SIZE = 1024 * 1024
"""The largest file side (bytes) diffed structurally by default (`--max-size`). Extraction
costs about 5 s per MB here (docs/performance.md); above this a file gets a line diff, which
stays within seconds at any size, and the reason is shown. A size, not a time limit: the same
inputs must give the same output on any machine."""


def parse_file(source: Source, *, max_size: int | None = MAX_SIZE) -> ParsedFile:
    """Extract the entities of one side of one file (the pipeline's parse + extract steps)."""
    if source.is_binary:
        return _fallback(source, BINARY_REASON)
    if source.mode in NOT_SOURCE_MODES:
        what = "submodule" if source.mode == SUBMODULE_MODE else "symbolic link"
        return _fallback(source, f"{what}: compared as text")
    if source.language is None:
        suffix = source.path.rsplit("/", 1)[-1]
        return _fallback(source, f"no grammar for {suffix!r}: compared line by line")
    spec = spec_by_name(source.language)
    data = source.text.encode("utf-8", errors="surrogatepass")
    if max_size is not None and len(data) > max_size:
        return _fallback(
            source,
            f"{_size(len(data))} is over the {_size(max_size)} limit for a "
            "structural diff (--max-size): compared line by line",
        )
    deep = (
        deep_line(data, spec.nesting_prefix, spec.max_nesting_width)
        if spec.max_nesting_width
        else None
    )
    if deep is not None:
        line, width = deep
        return _fallback(
            source,
            f"line {line} nests too deep for the {spec.display_name} parser to be safe "
            f"({width} columns of indentation and markers, limit {spec.max_nesting_width}): "
            "compared line by line",
        )
    last = unsafe_last_line(data, spec.unsafe_last_line)
    if last is not None:
        return _fallback(
            source,
            f"the {spec.display_name} parser does not return on line {last}, the last, without "
            "a newline after it: compared line by line",
        )
    try:
        result = parse(
            spec.grammar,
            data,
            mask_high_code_points=spec.mask_high_code_points,
            error_masks=spec.error_masks,
        )
    except ParseGaveUp:
        return _fallback(
            source,
            f"the {spec.display_name} parser did not finish (its error recovery ran on past "
            "its budget): compared line by line",
        )
    if data and result.error_bytes > MAX_ERROR_SHARE * len(data):
        line, column = result.first_error or (1, 0)
        return _fallback(
            source,
            f"{spec.display_name} parser could not read most of the file "
            f"(first error at {line}:{column}): compared line by line",
        )
    definitions, docs = _definitions(spec, result.tree.root_node, data)
    leaves = collect_leaves(
        result.tree.root_node,
        data,
        atoms=frozenset(spec.atom_nodes),
        texts=frozenset(spec.text_nodes),
        layout=frozenset(spec.layout_tokens),
        comments=frozenset(spec.comment_nodes),
        docs=frozenset(docs),
        steps=spec.significant_indentation,
    )
    index = LineIndex(data)
    entities = _entities(
        source, spec=spec, definitions=definitions, leaves=leaves, data=data, index=index
    )
    return ParsedFile(
        source=source,
        entities=entities,
        owners=owners_of(len(source.lines), entities),
        parse_errors=result.error_count,
        error_line=result.first_error[0] if result.first_error else None,
        module=_module(
            source, data, leaves, index, definitions, indentation=spec.significant_indentation
        ),
        comment_lines=_comment_lines(leaves, index),
    )


def _comment_lines(leaves: Leaves, index: LineIndex) -> frozenset[int]:
    """The lines of the comments that start a line, every line of a block comment too."""
    starts, ends, rows = leaves.starts, leaves.ends, index.starts
    lines: set[int] = set()
    for i in compress(range(len(starts)), leaves.comments):
        line = bisect_right(rows, starts[i]) - 1
        if i == 0 or ends[i - 1] <= rows[line]:
            last = bisect_right(rows, max(starts[i], ends[i] - 1)) - 1
            lines.update(range(line, last + 1))
    return frozenset(lines)


def _size(size: int) -> str:
    """Bytes below a MiB (so that a file just over a small limit does not read as equal to
    it), else MiB with one decimal."""
    if size < 1024 * 1024:
        return f"{size:,} bytes"
    return f"{size / 1024 / 1024:.1f} MiB"


def as_text(parsed: ParsedFile, reason: str) -> ParsedFile:
    """The same file, compared line by line (when its other side has to be)."""
    return _fallback(parsed.source, reason)


def as_bytes(parsed: ParsedFile) -> ParsedFile:
    """The text side of a file whose other side is binary, compared as bytes: no entities
    and no lines, as a binary side has (its `data` still makes the patch)."""
    return _fallback(replace(parsed.source, text="", lines=()), BINARY_REASON)


def _fallback(source: Source, reason: str) -> ParsedFile:
    data = source.text.encode("utf-8", errors="surrogatepass")
    return ParsedFile(
        source=source,
        entities=(),
        owners=(-1,) * len(source.lines),
        fallback=Fallback(reason),
        module=_text_module(source, data),
    )


def doc_ranges(spec: LanguageSpec, root: Node, data: bytes) -> frozenset[tuple[int, int]]:
    """The byte ranges the query marks as docstrings (`@doc`), for a tree read anew."""
    return frozenset(_definitions(spec, root, data)[1])


def _definitions(
    spec: LanguageSpec, root: Node, data: bytes
) -> tuple[list[_Definition], list[tuple[int, int]]]:
    found: dict[tuple[int, int, str], _Definition] = {}
    bodies: dict[tuple[int, int, str], int] = {}
    """Where `@body` captures say a definition's body starts (grammars without a `body`
    field: Emacs Lisp's forms after the parameter list)."""
    docs: list[tuple[int, int]] = []
    private: list[tuple[int, int]] = []
    wrappers = frozenset(spec.wrapper_nodes)
    attached = frozenset(spec.attached_nodes)
    atoms = frozenset(spec.atom_nodes)
    # A comment attaches across whitespace between it and the definition: XML's text nodes,
    # Tcl's newline tokens.
    texts = frozenset(spec.text_nodes) | frozenset(spec.layout_tokens)
    comments = frozenset(spec.comment_nodes)
    paired = frozenset(spec.pair_nodes)
    values: dict[tuple[int, int, str], dict[int, Node]] = {}
    """For each pair node met, its keys' start bytes → their values, built once per node:
    looked up per key, a map of thousands of keys would be read thousands of times."""
    cursor = QueryCursor(load_query(spec.name, _aliases(spec, root)))
    cursor.set_max_start_depth(MAX_START_DEPTH)
    for pattern, captures in cursor.matches(root):
        for node in captures.get("doc", []):
            docs.append((node.start_byte, node.end_byte))
        for node in captures.get("private", []):
            private.append((node.start_byte, node.end_byte))
        for node in captures.get("body", []):
            if node.parent is not None:
                key = _identity(node.parent)
                bodies[key] = min(bodies.get(key, node.start_byte), node.start_byte)
        kinds = [name for name in captures if name.startswith("definition.")]
        names = captures.get("name")
        if not kinds or not names:
            continue
        node = captures[kinds[0]][0]
        identity = _identity(node)
        if identity in found and found[identity].pattern <= pattern:
            continue
        variant = _top_level_variant(node, spec) if spec.top_level else ""
        if variant is None:
            continue
        value: Node | None = None
        if node.parent is not None and node.parent.type in paired:
            pairs = values.get(_identity(node.parent))
            if pairs is None:
                pairs = values[_identity(node.parent)] = _pairs(node.parent, comments)
            value = pairs.get(node.start_byte)
            if value is None:
                continue
        name_node = names[0]
        name = _text(name_node)
        dispatch = captures.get("name.dispatch", [])
        for capture, nodes in sorted(captures.items()):
            if capture.startswith("name.") and nodes:
                part = capture.removeprefix("name.")
                template = spec.name_formats.get(part, "{name} {" + part + "}")
                name = template.format_map({"name": name, part: _text(nodes[0])})
        for arguments in captures.get("arity", [])[:1]:
            # Erlang's and Elixir's f/1 and f/2 are two functions: the count is in the name.
            count = sum(1 for child in arguments.named_children if child.type not in comments)
            name = f"{name}/{count}"
        scope = captures.get("scope")
        outer, start, end = _extent(node, wrappers, attached, data, texts)
        if value is not None:
            end = value.end_byte
        # Some grammars end a node after the blank lines that follow it (a Markdown
        # section): those lines separate it from the next, they are not part of it. A token
        # that ends in a newline (a YAML block scalar) keeps it.
        last = outer
        while last.child_count and last.type not in atoms:
            last = last.children[-1]
        while end > max(start, last.end_byte) and data[end - 1] in b" \t\r\n":
            end -= 1
        found[identity] = _Definition(
            node=node,
            outer=outer,
            kind=kinds[0].removeprefix("definition."),
            name=" ".join(name.split()),
            name_range=(name_node.start_byte, name_node.end_byte),
            start=start,
            end=end,
            # `geo::Shape::area` may capture each part of its scope: joined, they name it.
            scope=spec.separator.join(
                "".join(_text(part).split()) for part in sorted(scope, key=lambda n: n.start_byte)
            )
            if scope
            else None,
            overload=variant or _overload(captures.get("overload", [])),
            pattern=pattern,
            label=_text(captures["label"][0]) if captures.get("label") else "",
            dispatch=" ".join(_text(dispatch[0]).split()) if dispatch else "",
            dispatch_range=(dispatch[0].start_byte, dispatch[0].end_byte) if dispatch else None,
        )
    for identity, definition in found.items():
        definition.body_start = bodies.get(identity)
    _assign_private(list(found.values()), private)
    definitions = sorted(found.values(), key=lambda d: (d.start, -d.end, d.pattern))
    if spec.local_scopes:
        local = frozenset(spec.local_scopes)
        definitions = [d for d in definitions if not _within(d.outer, local)]
    if spec.local_to:
        definitions = _outside(definitions, frozenset(spec.local_to), frozenset(spec.nested_nodes))
    if spec.join_adjacent:
        definitions = _join_adjacent(definitions, frozenset(spec.comment_nodes) | attached)
    return _shallow(definitions), docs


def _pairs(node: Node, comments: frozenset[str]) -> dict[int, Node]:
    """A pair node's keys (by start byte) and their values: its children, comments and
    discarded forms left out, alternate key and value. A last key without a value (a map
    still being written) is no key."""
    items = [child for child in node.named_children if child.type not in comments]
    return {key.start_byte: value for key, value in zip(items[::2], items[1::2], strict=False)}


def _top_level_variant(node: Node, spec: LanguageSpec) -> str | None:
    """None when `node` is on none of the spec's `top_level` paths (not an entity there);
    otherwise the text of the `variant_keys` nodes that its path requires right before it or
    the ancestor holding it (`:clj` in `#?(:clj (defn f ...))`), "" when it requires none."""
    for path in spec.top_level:
        held: list[tuple[Node, Node]] = []  # (ancestor on the path, its child holding node)
        child = node
        for step in reversed(path):
            parent = child.parent
            if parent is None or parent.type != step:
                break
            held.append((parent, child))
            child = parent
        else:
            if child.parent is not None:
                continue
            if not all(_headed(parent, child, spec) for parent, child in held):
                continue
            variants: list[str] = []
            for parent, child in reversed(held):
                key_type = spec.variant_keys.get(parent.type)
                if key_type is None:
                    continue
                key = child.prev_named_sibling
                if key is None or key.type != key_type:
                    return None
                variants.append(" ".join(_text(key).split()))
            return ", ".join(variants)
    return None


def _headed(parent: Node, child: Node, spec: LanguageSpec) -> bool:
    """Whether `parent` may hold `child` as an entity by its head (`top_level_heads`): a
    Clojure list only when it is a `(do ...)`, and not its head itself."""
    heads = spec.top_level_heads.get(parent.type)
    if heads is None:
        return True
    head = parent.named_children[0] if parent.named_children else None
    return head is not None and head != child and _text(head) in heads


def _assign_private(definitions: list[_Definition], private: list[tuple[int, int]]) -> None:
    """Each `@private` capture belongs to the innermost definition whose node holds it (its
    patterns, like `@doc`'s, stand alone: one marks `defn-` or `^:private` wherever a
    definition's head or name is)."""
    for start, end in sorted(set(private)):
        holders = [d for d in definitions if d.node.start_byte <= start and end <= d.node.end_byte]
        if holders:
            max(holders, key=lambda d: (d.node.start_byte, -d.node.end_byte)).private.append(
                (start, end)
            )


def _shallow(definitions: list[_Definition]) -> list[_Definition]:
    """The definitions nested at most `MAX_NESTING` deep in one another, in order."""
    kept: list[_Definition] = []
    ends: list[int] = []
    for definition in definitions:
        while ends and ends[-1] < definition.end:
            ends.pop()
        if len(ends) < MAX_NESTING:
            kept.append(definition)
            ends.append(definition.end)
    return kept


def _outside(
    definitions: list[_Definition], kinds: frozenset[str], nested: frozenset[str]
) -> list[_Definition]:
    """The definitions not nested in a definition of one of `kinds` (sorted by start), and
    those whose node type is in `nested` wherever they are (their own insides are local
    again if they are of `kinds`). A kept definition lies in no local one unless it is of a
    `nested` type, so the innermost kept one around a definition decides."""
    kept: list[_Definition] = []
    open_ends: list[tuple[int, bool]] = []  # (end, is local) of the enclosing definitions
    for definition in definitions:
        while open_ends and open_ends[-1][0] < definition.end:
            open_ends.pop()
        if open_ends and open_ends[-1][1] and definition.node.type not in nested:
            continue
        kept.append(definition)
        open_ends.append((definition.end, definition.kind in kinds))
    return kept


def _within(node: Node, types: frozenset[str]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.type in types:
            return True
        parent = parent.parent
    return False


def _identity(node: Node) -> tuple[int, int, str]:
    return (node.start_byte, node.end_byte, node.type)


def _join_adjacent(definitions: list[_Definition], trivia: frozenset[str]) -> list[_Definition]:
    """Fold each definition into the previous sibling definition when both have one name,
    kind, overload and scope and only comments lie between them (`join_adjacent`)."""
    kept: list[_Definition] = []
    last_child: dict[tuple[int, int, int], _Definition] = {}
    for definition in definitions:
        parent = definition.outer.parent
        key = (parent.start_byte, parent.end_byte, parent.kind_id) if parent else (-1, -1, -1)
        previous = last_child.get(key)
        if (
            previous is not None
            and (previous.kind, previous.name, previous.overload, previous.scope)
            == (definition.kind, definition.name, definition.overload, definition.scope)
            and _only_trivia_between(
                (previous.joined or [previous])[-1].outer, definition.outer, trivia
            )
        ):
            previous.joined.append(definition)
            previous.end = max(previous.end, definition.end)
            continue
        last_child[key] = definition
        kept.append(definition)
    return kept


def _only_trivia_between(first: Node, second: Node, trivia: frozenset[str]) -> bool:
    node = second.prev_sibling
    while node is not None and node != first:
        if node.is_named and node.type not in trivia:
            return False
        node = node.prev_sibling
    return node is not None


def _overload(nodes: list[Node]) -> str:
    """Parameter types joined with ", "; a capture that touches the previous one (the `...`
    of `String...`) continues it."""
    text = ""
    previous_end = -1
    for node in sorted(nodes, key=lambda n: n.start_byte):
        part = " ".join(_text(node).split())
        if text and node.start_byte != previous_end:
            text += ", "
        text += part
        previous_end = node.end_byte
    return text


def _text(node: Node) -> str:
    return (node.text or b"").decode("utf-8", errors="replace")


def _extent(
    node: Node,
    wrappers: frozenset[str],
    attached: frozenset[str],
    data: bytes,
    texts: frozenset[str] = frozenset(),
) -> tuple[Node, int, int]:
    """A definition with its wrappers (decorators, `export`), and its byte range: grown to
    the wrappers and to the doc comments and attributes directly above it (across the
    whitespace-only text nodes between them: XML's line breaks)."""
    while node.parent is not None and node.parent.type in wrappers:
        node = node.parent
    first = node
    # The first definition of a body whose node starts at it (Ruby's `body_statement`, Nix's
    # `binding_set`, YAML's mapping in its document): the comments above it are siblings of
    # the outermost node that starts there.
    anchor = node
    while anchor.prev_sibling is None and _opens(anchor.parent, anchor):
        assert anchor.parent is not None
        anchor = anchor.parent
    previous = _before(anchor, texts, data)
    while (
        previous is not None
        and previous.type in attached
        and _last_row(previous, data) >= first.start_point.row - 1
        and _starts_line(previous, data, texts)
        and not _is_shebang(previous)
    ):
        first = previous
        previous = _before(previous, texts, data)
    if first is node and previous is not None:
        # A comment at the definition's own indentation that a grammar (YAML's) ends the
        # previous sibling's subtree with documents this definition, not that sibling.
        for comment in _dedented_tail(previous, attached, node.start_point.column, data):
            if _last_row(comment, data) < first.start_point.row - 1:
                break
            first = comment
    end = node.end_byte
    tail = _dedented_tail(node, attached, node.start_point.column, data)
    if tail and tail[-1].prev_sibling is not None:
        end = tail[-1].prev_sibling.end_byte
    return node, first.start_byte, end


def _dedented_tail(node: Node, attached: frozenset[str], column: int, data: bytes) -> list[Node]:
    """The comments that end `node`'s subtree, last first, each on its own line and indented
    no deeper than `column`: in an indentation language they belong to what follows."""
    tail: list[Node] = []
    current: Node | None = node
    while current is not None and current.child_count:
        child: Node | None = current.children[-1]
        while (
            child is not None
            and child.type in attached
            and child.start_point.column <= column
            and _starts_line(child, data)
        ):
            tail.append(child)
            child = child.prev_sibling
        if tail or child is None or child.type in attached:
            break
        current = child
    return tail


def _opens(parent: Node | None, node: Node) -> bool:
    return parent is not None and parent.parent is not None and parent.start_byte == node.start_byte


def _is_shebang(node: Node) -> bool:
    """A `#!` line is the file's, not the doc comment of the definition below it."""
    return node.start_byte == 0 and (node.text or b"").startswith(b"#!")


def _last_row(node: Node, data: bytes) -> int:
    """The row of a node's last visible character: some grammars end a comment after its
    newline, or after the next line's indentation (Zig's `///`)."""
    end = node.end_byte
    while end > node.start_byte and data[end - 1 : end] in _BLANK:
        end -= 1
    return node.end_point.row - data.count(b"\n", end, node.end_byte)


_BLANK = frozenset((b" ", b"\t", b"\r", b"\n"))


def _starts_line(node: Node, data: bytes, texts: frozenset[str] = frozenset()) -> bool:
    previous = _before(node, texts, data)
    return previous is None or _last_row(previous, data) < node.start_point.row


def _before(node: Node, texts: frozenset[str], data: bytes) -> Node | None:
    """The sibling before `node`, past text nodes (`text_nodes`, `layout_tokens`) of
    whitespace only."""
    previous = node.prev_sibling
    while (
        previous is not None
        and previous.type in texts
        and not data[previous.start_byte : previous.end_byte].strip()
    ):
        previous = previous.prev_sibling
    return previous


def _entities(
    source: Source,
    *,
    spec: LanguageSpec,
    definitions: list[_Definition],
    leaves: Leaves,
    data: bytes,
    index: LineIndex,
) -> tuple[Entity, ...]:
    stack: list[int] = []
    for position, definition in enumerate(definitions):
        while stack and definitions[stack[-1]].end < definition.end:
            stack.pop()
        definition.lexical_parent = stack[-1] if stack else -1
        definition.parent = definition.lexical_parent
        stack.append(position)
        if (
            definition.kind == "function"
            and stack[:-1]
            and definitions[stack[-2]].kind in spec.method_parents
        ):
            definition.kind = "method"
    _place(definitions, spec.separator)

    children: dict[int, list[tuple[int, int]]] = {}
    for definition in definitions:
        if definition.lexical_parent >= 0:
            children.setdefault(definition.lexical_parent, []).append(
                (definition.start, definition.end)
            )
    keys: list[str] = []
    seen: dict[tuple[str, str, str], int] = {}
    for definition in definitions:
        identity = (definition.kind, definition.qualified, definition.overload)
        ordinal = seen.get(identity, 0)
        seen[identity] = ordinal + 1
        keys.append(
            "\x1f".join(
                (
                    source.path,
                    definition.kind,
                    definition.qualified,
                    definition.overload,
                    str(ordinal),
                )
            )
        )
    entities = []
    for position, definition in enumerate(definitions):
        body = definition.node.child_by_field_name("body")
        body_start = definition.body_start
        if body_start is None and body is not None:
            body_start = body.start_byte
        entities.append(
            Entity(
                key=keys[position],
                path=source.path,
                language=spec.name,
                kind=definition.kind,
                name=definition.name,
                qualified_name=definition.qualified,
                overload=definition.overload,
                ordinal=int(keys[position].rsplit("\x1f", 1)[1]),
                span=index.span(definition.start, definition.end),
                name_span=definition.name_range,
                parent=keys[definition.parent] if definition.parent >= 0 else None,
                scope=definition.scope,
                depth=definition.depth,
                has_errors=any(d.node.has_error for d in (definition, *definition.joined)),
                fingerprint=fingerprint(
                    leaves,
                    data,
                    span=(definition.start, definition.end),
                    names=[
                        definition.name_range,
                        *(j.name_range for j in definition.joined),
                        *([definition.dispatch_range] if definition.dispatch_range else []),
                    ],
                    children=children.get(position, []),
                    body_start=body_start,
                    depth=_node_depth(definition.node) if spec.significant_indentation else None,
                    # Parameters but no body: a declaration (a TypeScript overload, an
                    # abstract method), all of it signature.
                    signature_only=body_start is None
                    and definition.node.child_by_field_name("parameters") is not None,
                    private=definition.private,
                    public_words=spec.public_words,
                ),
                private=bool(definition.private),
                dispatch=definition.dispatch,
                label=definition.label,
            )
        )
    return tuple(entities)


def _node_depth(node: Node) -> int:
    depth = 0
    parent = node.parent
    while parent is not None:
        depth += 1
        parent = parent.parent
    return depth


def _place(definitions: list[_Definition], separator: str) -> None:
    """Parents, depths and qualified names. A definition with a `@scope` is written outside
    the type it belongs to (a Go method, C++'s `void Shape::area()`): its parent is the
    definition that the scope names, looked up from where it is written and then from the
    top, when the file has it; otherwise the scope is still part of its qualified name."""
    # Definitions are sorted by start, so parents come before their children.
    for definition in definitions:
        _nest(definitions, definition, definition.lexical_parent, separator)
    owners: dict[str, int] = {}
    for position, definition in enumerate(definitions):
        if definition.scope is None and definition.kind not in SIGNATURE_KINDS:
            owners.setdefault(definition.qualified, position)
    for definition in definitions:
        lexical = definition.lexical_parent
        if definition.scope is None:
            _nest(definitions, definition, lexical, separator)
            continue
        outside = definitions[lexical].qualified + separator if lexical >= 0 else ""
        owner = owners.get(outside + definition.scope, owners.get(definition.scope, -1))
        if owner >= 0:
            definition.parent = owner
            _nest(definitions, definition, owner, separator)
        else:
            _nest(definitions, definition, lexical, separator)
            prefix = definition.qualified.removesuffix(definition.name)
            definition.qualified = prefix + definition.scope + separator + definition.name


def _nest(definitions: list[_Definition], definition: _Definition, parent: int, sep: str) -> None:
    if parent < 0:
        definition.depth, definition.qualified = 0, definition.name
    else:
        above = definitions[parent]
        definition.depth = above.depth + 1
        definition.qualified = above.qualified + sep + definition.name


def owners_of(line_count: int, entities: tuple[Entity, ...]) -> tuple[int, ...]:
    """For each line, the innermost entity holding it; a later sibling wins a shared line."""
    owners = [-1] * line_count
    order = sorted(
        range(len(entities)),
        key=lambda i: (entities[i].span.start_byte, -entities[i].span.end_byte),
    )
    for position in order:
        span = entities[position].span
        for line in range(span.start_line - 1, min(span.last_line, line_count)):
            owners[line] = position
    return tuple(owners)


def _module(
    source: Source,
    data: bytes,
    leaves: Leaves,
    index: LineIndex,
    definitions: list[_Definition],
    *,
    indentation: bool,
) -> Entity:
    top = [(d.start, d.end) for d in definitions if d.lexical_parent == -1]
    return _module_entity(
        source,
        index,
        fingerprint(
            leaves,
            data,
            span=(0, len(data)),
            names=(),
            children=top,
            body_start=0,
            depth=0 if indentation else None,
        ),
    )


def _text_module(source: Source, data: bytes) -> Entity:
    hashed = digest(source.lines)
    return _module_entity(
        source,
        LineIndex(data),
        Fingerprint((), (), hashed, hashed, hashed, hashed, digest(()), hashed),
    )


def _module_entity(source: Source, index: LineIndex, print_: Fingerprint) -> Entity:
    span: Span = index.span(0, len(source.text.encode("utf-8", errors="surrogatepass")))
    return Entity(
        key="\x1f".join((source.path, MODULE_KIND, source.path, "", "0")),
        path=source.path,
        language=source.language or "text",
        kind=MODULE_KIND,
        name=source.path.rsplit("/", 1)[-1],
        qualified_name=source.path,
        overload="",
        ordinal=0,
        span=span,
        name_span=(0, 0),
        parent=None,
        scope=None,
        depth=-1,
        has_errors=False,
        fingerprint=print_,
    )
