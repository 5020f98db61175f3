"""The values that flow through the pipeline. All frozen: each stage builds new ones.

Vocabulary (docs/glossary.md): the two versions are always `old` and `new`; an *entity* is a
named definition found by a language's query; a *match* pairs an old entity with a new one; a
*change* is what the renderers show for one entity; a *hunk* is a run of changed lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Span:
    """Where a piece of text sits in its file."""

    start_line: int
    """1-based line of the first character."""
    start_col: int
    """0-based column of the first character, in code points."""
    end_line: int
    """1-based line of the position just past the last character."""
    end_col: int
    """0-based column, in code points, of the position just past the last character."""
    start_byte: int
    """0-based byte offset of the first byte."""
    end_byte: int
    """Byte offset just past the last byte (exclusive)."""

    @property
    def last_line(self) -> int:
        """The last line that holds a character of the span."""
        if self.end_col == 0 and self.end_line > self.start_line:
            return self.end_line - 1
        return self.end_line


EXECUTABLE_MODE = "100755"
SYMLINK_MODE = "120000"
SUBMODULE_MODE = "160000"
NOT_SOURCE_MODES = frozenset({SYMLINK_MODE, SUBMODULE_MODE})
"""git modes whose text (a link's target, a submodule's commit) is no code, whatever the name."""


@dataclass(frozen=True, slots=True)
class Source:
    """One side of one file, read and decoded."""

    path: str
    """POSIX path relative to the compared root: what the user sees and what ids are made of."""
    data: bytes
    """The bytes as read."""
    text: str
    """The decoded text (invalid UTF-8 replaced by U+FFFD, see `decode_note`)."""
    lines: tuple[str, ...]
    """`text` split after each newline; the last line may lack one."""
    language: str | None
    """Name of the language spec that applies, or None."""
    is_binary: bool = False
    decode_note: str | None = None
    """Set when the bytes were not valid UTF-8 and were decoded with replacement."""
    location: str | None = None
    """Where the bytes came from, when that differs from `path` (an absolute file path)."""
    mode: str | None = None
    """git's file mode (`100644`, `100755`, `120000` symlink, `160000` submodule), when known."""
    blob: str | None = None
    """The git object id, when this side is read from git's object store (not from a file)."""


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the matcher and the change classifier compare. The entity's own name is masked
    everywhere, so a pure rename keeps every hash."""

    tokens: tuple[str, ...]
    """Code tokens of the whole entity (children included, comments left out)."""
    content: tuple[str, ...]
    """The subset of `tokens` that are identifiers or literals: the words that carry meaning."""
    body_hash: str
    """Hash of `tokens` with their nesting depth: equal means an identical normalised body."""
    own_text_hash: str
    """Hash of the entity's own text (children cut out): equal means nothing changed."""
    own_layout_hash: str
    """Hash of the own tokens including comments: equal means only whitespace changed."""
    own_code_hash: str
    """Hash of the own tokens without comments: equal means only comments changed."""
    header_hash: str
    """Hash of the own code tokens before the body (decorators, parameters, return type...)."""
    own_body_hash: str
    """Hash of the own code tokens from the body on."""
    own_doc_hash: str = ""
    """Hash of the entity's own docstrings (`@doc`): equal means its documentation did not
    change, though other comments may have."""
    own_public_hash: str = ""
    """Hash of the own code tokens without what makes the entity private (`@private`, with
    the spec's `public_words`): equal while `own_code_hash` differs means only its
    visibility changed in its code."""
    own_content: tuple[str, ...] = ()
    """The identifiers and literals of the entity's own text (children and name left out):
    each reference in a file is in the own content of exactly one entity."""


@dataclass(frozen=True, slots=True)
class Entity:
    """A named definition in one version of one file."""

    key: str
    """Unique within one side of the diff: path, kind, qualified name, overload and ordinal."""
    path: str
    language: str
    kind: str
    name: str
    qualified_name: str
    overload: str
    """Parameter types for languages that overload by them (Java); empty otherwise."""
    ordinal: int
    """Position among entities of the same file, kind, qualified name and overload."""
    span: Span
    name_span: tuple[int, int]
    """Byte range of the name, masked in fingerprints."""
    parent: str | None
    """Key of the enclosing entity (lexical, or the receiver type for Go methods)."""
    scope: str | None
    """For a method declared outside its type (Go): the type's name, wherever it is defined."""
    depth: int
    has_errors: bool
    """The parser recovered from a syntax error inside this entity."""
    fingerprint: Fingerprint = field(repr=False)
    dispatch: str = ""
    """The dispatch value in its name (`@name.dispatch`: `:circle` in Clojure's `(defmethod
    area :circle ...)`), masked in its fingerprint as the name is; empty for other entities."""
    private: bool = False
    """The query marks it private (`@private`: Clojure's `defn-`, `^:private`)."""
    label: str = ""
    """The language's word for this definition when the query names it (`@label`: Clojure's
    `def` of an `fn`, a function); empty: the kind's word (`[labels]` in the spec)."""

    @property
    def local_key(self) -> tuple[str, str, str, int]:
        """The identity of an entity within a file, independent of the file's path."""
        return (self.kind, self.qualified_name, self.overload, self.ordinal)


@dataclass(frozen=True, slots=True)
class Fallback:
    """Why a file got a line diff instead of a structural one."""

    reason: str


@dataclass(frozen=True, slots=True)
class Recovery:
    """How recover.py read a side with syntax errors (what `--explain` says)."""

    guide: str
    """What its entities were laid out after: `the old version`, `the new version`, or `the
    old version with changed runs of the new` (both sides broken)."""
    errors: tuple[tuple[int, int, tuple[tuple[str, str], ...]], ...]
    """Each outermost error the parser reported: its first and last line (1-based) and the
    entities whose lines it covers, as (qualified name, how the entity was recovered)."""


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A source with its entities, in pre-order (parents before children)."""

    source: Source
    entities: tuple[Entity, ...]
    owners: tuple[int, ...]
    """For each line (0-based), the index of the innermost entity that holds it, or -1."""
    module: Entity
    """The pseudo-entity holding everything outside the entities (imports, top-level code)."""
    parse_errors: int = 0
    fallback: Fallback | None = None
    error_line: int | None = None
    """With `parse_errors`, the 1-based line a reader should look at first: the changed line
    that the first error comes from when the other side guided the recovery (recover.py),
    else the line of the parser's first error."""
    recovery: Recovery | None = None
    """Set when the other side guided the reading of this one (recover.py)."""
    comment_lines: frozenset[int] = frozenset()
    """The lines (0-based) that start with a comment: which text, placed directly above a
    definition, would become its comment (changes/alignment.py)."""


class Phase(StrEnum):
    """How a pair was found (the provenance `--explain` shows)."""

    SAME_KEY = "same_key"
    SAME_BODY = "same_body"
    ASSIGNMENT = "assignment"


@dataclass(frozen=True, slots=True)
class CostBreakdown:
    """The terms of the cost of one candidate pair (see match/cost.py for their weights)."""

    body_sequence: float
    body_content: float
    name: float
    kind: float
    parent: float
    file: float
    context: float
    references: float = 0.0
    """At most 0: the part of the name's cost forgiven because the references to the old name
    became references to the new one (match/references.py)."""

    @property
    def total(self) -> float:
        return (
            self.body_sequence
            + self.body_content
            + self.name
            + self.kind
            + self.parent
            + self.file
            + self.context
            + self.references
        )


@dataclass(frozen=True, slots=True)
class Match:
    old: Entity
    new: Entity
    phase: Phase
    similarity: float
    """Body similarity in 0..1 (1 for exact phases)."""
    cost: CostBreakdown | None = None


class Status(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MODIFIED = "modified"
    RENAMED = "renamed"
    MOVED = "moved"
    UNCHANGED = "unchanged"


class Flag(StrEnum):
    RENAMED = "renamed"
    MOVED_FILE = "moved_file"
    MOVED_PARENT = "moved_parent"
    REORDERED = "reordered"
    SIGNATURE_CHANGED = "signature_changed"
    BODY_CHANGED = "body_changed"
    WHITESPACE_ONLY = "whitespace_only"
    COMMENT_ONLY = "comment_only"
    VISIBILITY_CHANGED = "visibility_changed"
    """Made private or public (Clojure's `defn-`, `^:private`): who may call it changed."""
    DISPATCH_CHANGED = "dispatch_changed"
    """A method's dispatch value changed (Clojure's `defmethod area :circle` became `:round`),
    which its name holds: also `renamed`."""
    DOC_CHANGED = "doc_changed"
    """Its docstring changed: documentation of the public API, told apart from comments."""
    NOTATION_ONLY = "notation_only"
    """Its code is the same, written another way: private on both sides, once as `^:private`
    and once as `defn-` (what makes it private differs, nothing else)."""


MOVE_FLAGS = frozenset({Flag.MOVED_FILE, Flag.MOVED_PARENT, Flag.REORDERED})


@dataclass(frozen=True, slots=True)
class HunkLine:
    op: str
    """' ' context, '-' only in old, '+' only in new."""
    text: str
    """The line without its final newline."""
    old_line: int | None
    new_line: int | None
    no_newline: bool = False
    """The line ends its file without a newline."""


@dataclass(frozen=True, slots=True)
class Hunk:
    file_id: str
    """The file pair whose old and new text the line numbers refer to."""
    old_start: int
    old_lines: int
    new_start: int
    new_lines: int
    header: str
    lines: tuple[HunkLine, ...]

    @property
    def added(self) -> int:
        return sum(1 for line in self.lines if line.op == "+")

    @property
    def removed(self) -> int:
        return sum(1 for line in self.lines if line.op == "-")


class FileStatus(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MODIFIED = "modified"
    RENAMED = "renamed"
    UNCHANGED = "unchanged"
    BINARY = "binary"
    MODE_CHANGED = "mode_changed"
    """Same bytes, another file mode (made executable, say)."""


@dataclass(frozen=True, slots=True)
class Change:
    """One entity as the renderers show it: a pair, or one side alone."""

    id: str
    file_id: str
    kind: str
    status: Status
    flags: tuple[Flag, ...]
    old: Entity | None
    new: Entity | None
    match: Match | None
    parent_id: str | None
    hunks: tuple[Hunk, ...]
    """Hunks that, applied with every other change's, turn the old files into the new ones."""
    moved_hunks: tuple[Hunk, ...] | None = None
    """For an entity that moved (or sits in one that moved): its old text against its new text.
    Its `hunks` then remove it at the old place and insert it at the new one."""

    beside_hunks: tuple[Hunk, ...] = ()
    """For an entity moved to another file: what it changed on lines outside its own text (the
    closers it took from or left on a neighbour's line), numbered as their file pair's. They
    are among its `hunks` too."""

    @property
    def shown_hunks(self) -> tuple[Hunk, ...]:
        """What a reviewer reads: the diff of the entity's own text, then what it changed
        beside it in another file."""
        if self.moved_hunks is None:
            return self.hunks
        return self.moved_hunks + self.beside_hunks

    @property
    def name(self) -> str:
        entity = self.new or self.old
        assert entity is not None
        return entity.qualified_name

    def shows_old_name(self) -> bool:
        """Whether the old name is worth showing: the entity was renamed or changed parent
        (a method of a renamed class kept its own name)."""
        return Flag.RENAMED in self.flags or Flag.MOVED_PARENT in self.flags


@dataclass(frozen=True, slots=True)
class FileDiff:
    id: str
    status: FileStatus
    old: ParsedFile | None
    new: ParsedFile | None
    change_ids: tuple[str, ...]
    """Changes to show under this file, in display order (a moved entity is under both files)."""
    similarity: float | None = None
    """For a renamed file, how alike the two texts are."""
    line_endings: tuple[str, str] | None = None
    """(old style, new style), `LF`, `CRLF` or `mixed`, when the file changed its line
    endings (lineendings.py)."""

    @property
    def language(self) -> str | None:
        side = self.new or self.old
        assert side is not None
        return side.source.language

    @property
    def old_path(self) -> str | None:
        return self.old.source.path if self.old else None

    @property
    def new_path(self) -> str | None:
        return self.new.source.path if self.new else None

    @property
    def path(self) -> str:
        path = self.new_path or self.old_path
        assert path is not None
        return path

    @property
    def renamed(self) -> bool:
        """One file under two paths, paired by similarity: a binary file's status says only
        `binary`, so a rename is read from its paths."""
        return self.status is FileStatus.RENAMED or (
            self.similarity is not None
            and self.old_path is not None
            and self.new_path is not None
            and self.old_path != self.new_path
        )

    @property
    def fallback(self) -> Fallback | None:
        for side in (self.new, self.old):
            if side is not None and side.fallback is not None:
                return side.fallback
        return None


class VersionKind(StrEnum):
    FILE = "file"
    DIRECTORY = "directory"
    WORKTREE = "worktree"
    INDEX = "index"
    COMMIT = "commit"
    EMPTY = "empty"
    """Nothing: the side of a root commit, or of an unborn branch."""


@dataclass(frozen=True, slots=True)
class Version:
    """One side of the whole comparison: what the user named, and where its files live."""

    label: str
    kind: VersionKind
    rev: str | None = None
    """The full commit id, for a commit."""


@dataclass(frozen=True, slots=True)
class DiffReport:
    old: Version
    new: Version
    files: tuple[FileDiff, ...]
    """Every compared file pair that is not byte-identical, sorted by path."""
    changes: tuple[Change, ...]
    """Every change, unchanged entities included, in display order."""
    identical_files: int = 0
    """File pairs skipped because their bytes are equal."""
    untracked_left_out: int = 0
    """Untracked files of a git working tree that were not compared (see `--untracked`)."""
    unmerged: tuple[str, ...] = ()
    """Paths with merge conflicts, which git holds in several stages."""
    repository: str | None = None
    """The absolute top-level directory of the git repository compared, if any."""

    @property
    def has_differences(self) -> bool:
        return bool(self.unmerged) or any(
            file.status is not FileStatus.UNCHANGED for file in self.files
        )


@dataclass(frozen=True, slots=True)
class PathPosition:
    """Where one call from git as its external diff stands among the paths it diffs:
    `GIT_DIFF_PATH_COUNTER` and `GIT_DIFF_PATH_TOTAL`.

    It is not shown as `file 2/5`: git counts paths over its whole run (`git log -p
    --ext-diff` counts on from one commit into the next) but totals them per diff, and a call
    keeps no state, so it cannot know where its own diff's count began. Dropping only a
    counter past the total (`file 6/5`) is not enough: after a commit of one file, the first
    of two files of the next commit is counted 2 and would read `file 2/2`. Neither the
    environment nor the arguments tell `git diff` from a later commit of `git log`, so no
    call can show a position that is certainly right; it only decides the layout."""

    counter: int
    total: int

    @property
    def first(self) -> bool:
        return self.counter == 1
