"""Language specs, loaded from `grammars/<name>/language.toml`, and path → language detection.

A language is data: a spec (this module's `LanguageSpec`) plus an entity query
(`grammars/<name>/entities.scm`, read by extract.py). No language has code of its own.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath

from semdiff.errors import GrammarError, UsageError


@dataclass(frozen=True, slots=True)
class LanguageSpec:
    name: str
    """Unique id, used by `--language` and in JSON."""
    display_name: str
    grammar: str
    """Name of the grammar in tree-sitter-language-pack."""
    directory: Path
    extensions: tuple[str, ...] = ()
    """Without the leading dot."""
    file_names: tuple[str, ...] = ()
    interpreters: tuple[str, ...] = ()
    """Programs named on a `#!` line (`bash`, `python3`): files without a known name or
    extension are recognised by them."""
    separator: str = "."
    """Joins a parent's qualified name and a child's name."""
    category: str = "programming"
    """`programming`, `data` (JSON, YAML, XML...) or `markup` (Markdown, HTML, LaTeX): what
    `semdiff languages` reports, following GitHub Linguist's language types."""
    family: str = ""
    """Languages of one family (JavaScript, TypeScript, TSX) may pair entities across files
    that changed language. Defaults to the name."""
    wrapper_nodes: tuple[str, ...] = ()
    """Node types that wrap a definition and belong to it (decorators, `export`)."""
    attached_nodes: tuple[str, ...] = ()
    """Node types that, directly above a definition, belong to it (doc comments, attributes)."""
    comment_nodes: tuple[str, ...] = ()
    """Node types that are comments: left out of code fingerprints."""
    atom_nodes: tuple[str, ...] = ()
    """Node types compared as one token (string literals)."""
    text_nodes: tuple[str, ...] = ()
    """Leaf node types holding a document's text between its markup (XML's `CharData`):
    their leading and trailing whitespace is layout (the indentation of the next tag), so
    their tokens are their text stripped, and one of whitespace only is no token."""
    layout_tokens: tuple[str, ...] = ()
    """Anonymous tokens of whitespace the grammar puts between statements (Tcl ends each
    command with a newline token): each is one layout token, and a comment above a definition
    attaches to it across them."""
    local_scopes: tuple[str, ...] = ()
    """Node types whose insides are local (function definitions): a definition within one is
    part of it, not an entity (a class declared inside a C++ function body)."""
    local_to: tuple[str, ...] = ()
    """Entity kinds whose insides are local: a definition nested in a definition of one of
    these kinds is part of it (a Lisp `defun` inside a `defun` body, where every body is a
    list and no node type tells a body apart)."""
    nested_nodes: tuple[str, ...] = ()
    """Definition node types that stay entities inside a `local_to` definition, as its
    children (a JavaScript function declared in a function body), while the other
    definitions found there (a function body's objects and assignments) are part of it."""
    file_kinds: tuple[str, ...] = ()
    """Entity kinds that name their file rather than hold its definitions (Clojure's `ns`):
    across files, one pairs only as its file's contents go (match/phases.py)."""
    open_ended: tuple[str, ...] = ()
    """Entity kinds whose text runs on to the next header (an INI or TOML section, a Markdown
    heading): a line added right after one's last line joins it, as no closing line stops it."""
    method_parents: tuple[str, ...] = ()
    """Entity kinds whose `function` children are methods (Python: a `def` in a class body).
    Cheaper than a query pattern per place a method may sit: tree-sitter analyses each
    pattern against the grammar when it compiles the query, once per process."""
    name_formats: dict[str, str] = field(default_factory=dict)
    """How `@name.<part>` captures join the name, e.g. {"dispatch": "{name} {dispatch}"}."""
    labels: dict[str, str] = field(default_factory=dict)
    """How the terminal names a kind in this language, e.g. {"function": "fn"}."""
    public_words: dict[str, str] = field(default_factory=dict)
    """For a token that makes a definition private (in a `@private` capture), the word a
    public one writes there: {"defn-": "defn"}. Other such tokens are left out when the
    matcher asks whether only the visibility changed."""
    top_level: tuple[tuple[str, ...], ...] = ()
    """Where a definition the query finds is an entity: each path lists the node types from
    the root down to its parent (Clojure: `source`, `source > read_cond_lit`, ...). Empty:
    anywhere. Cheaper than writing each pattern once per place: tree-sitter analyses every
    pattern against the grammar when it compiles the query."""
    variant_keys: dict[str, str] = field(default_factory=dict)
    """On a `top_level` path, inside a node of a listed type, the child holding the definition
    must come right after a node of the given type (no named node between), whose text is the
    definition's overload: the platform keyword of a Clojure reader conditional."""
    top_level_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """On a `top_level` path, a node of a listed type holds entities only when its first child
    is one of the words: Clojure's `list_lit` when it is a `(do ...)` grouping definitions."""
    pair_nodes: tuple[str, ...] = ()
    """Node types whose children, comments left out, alternate key and value with no node
    around each pair (Clojure's and EDN's maps): a definition the query finds on a key there
    spans its value too, and one found on a value is none (`{:a :b}`: `:b` is no key)."""
    query_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Lists of words the query reads where it writes `{{name}}` (Clojure's definition macros
    of libraries): what a user or a library changes is data, not query patterns."""
    join_adjacent: bool = False
    """Consecutive sibling definitions with one name and kind are one entity: a Haskell
    signature and its equations, the clauses of an Elixir function."""
    significant_indentation: bool = False
    """Indentation carries structure (Python): token depths count in fingerprints. Elsewhere
    brackets are tokens, and depths would only see grammar wrappers (TypeScript's
    `required_parameter` around a JavaScript parameter)."""
    indentation_is_syntax: bool = False
    """A line's indentation is part of the syntax (the off-side rule: YAML, Haskell, Elm),
    so `-w` must not hide a change of it. Implied by `significant_indentation`; kept apart
    because depths in fingerprints would change how these languages match."""

    mask_high_code_points: bool = False
    """The grammar's scanner crashes the process on some code points at or above U+40000
    (tree-sitter-markdown: a digit followed by one, found by the fuzzer): they are parsed as
    U+20000, which has as many bytes, so every offset holds. A name holding one shows U+20000."""

    error_masks: tuple[str, ...] = ()
    """Regular expressions for spellings the grammar cannot read that are harmless to read as
    spaces: where a file has syntax errors, it is parsed again with their matches blanked (as
    many bytes, so every offset holds) and that tree kept if it has fewer errors. Clojure's
    pre-1.0 `(:file ^v)`, `^v` for `(meta v)`, otherwise ends the file's forms there."""

    nesting_prefix: str = ""
    """A regular expression for what may open or continue nested blocks at the start of a line
    (indentation, Markdown's `>` and list markers, YAML's `- `), for `max_nesting_width`."""
    max_nesting_width: int = 0
    """The grammar's scanner crashes the process past some nesting depth (Markdown's copies its
    open blocks into tree-sitter's 1 KiB state buffer): a file with a line whose
    `nesting_prefix` is this many columns wide (a tab counting 4) gets a line diff instead.
    Each open block takes at least one column of that prefix, so the width bounds the depth
    before parsing. 0: no limit."""

    unsafe_last_line: str = ""
    """A regular expression: the grammar's scanner never returns on a file whose last line, with
    no newline after it, has a match (tree-sitter-perl: a `#` comment after a bareword, found by
    the fuzzer; a newline after it parses): such a file gets a line diff instead. Empty: none."""

    content_hint: str = ""
    """A regular expression (multiline) that a file's first 64 KiB match when it is in this
    language: where two languages claim one extension (`.m`: MATLAB and Objective-C), a file
    goes to the one whose hint it matches, else to the one without a hint. Empty: none."""

    query_from: str = ""
    """Use another language's entities.scm (TSX reads TypeScript's: one grammar extends the
    other). Empty: this directory's own."""

    @property
    def query_path(self) -> Path:
        if self.query_from:
            return self.directory.parent / self.query_from / "entities.scm"
        return self.directory / "entities.scm"

    def label(self, kind: str) -> str:
        return self.labels.get(kind, kind)


_LIST_KEYS = (
    "extensions",
    "file_names",
    "interpreters",
    "wrapper_nodes",
    "attached_nodes",
    "comment_nodes",
    "atom_nodes",
    "text_nodes",
    "layout_tokens",
    "local_scopes",
    "local_to",
    "nested_nodes",
    "method_parents",
    "file_kinds",
    "open_ended",
    "top_level",
    "pair_nodes",
    "error_masks",
)
_TABLE_KEYS = ("name_formats", "labels", "public_words", "variant_keys")
_STRING_KEYS = (
    "name",
    "display_name",
    "grammar",
    "separator",
    "family",
    "category",
    "query_from",
    "nesting_prefix",
    "unsafe_last_line",
    "content_hint",
)
_BOOL_KEYS = (
    "significant_indentation",
    "indentation_is_syntax",
    "join_adjacent",
    "mask_high_code_points",
)
_INT_KEYS = ("max_nesting_width",)
CATEGORIES = ("programming", "data", "markup")
_LIST_TABLE_KEYS = ("query_words", "top_level_heads")


def grammars_dir() -> Path:
    """The folder of language directories: package data when installed, else the checkout's."""
    # The package's own directory: what importlib.resources.files("semdiff") gives for an
    # installed package, without its import cost (semdiff is never run from a zip).
    packaged = Path(__file__).resolve().parent / "grammars"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "grammars"


def load_spec(directory: Path) -> LanguageSpec:
    path = directory / "language.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise GrammarError(f"{path}: {error}") from error
    unknown = sorted(
        set(raw)
        - set(_LIST_KEYS)
        - set(_TABLE_KEYS)
        - set(_STRING_KEYS)
        - set(_BOOL_KEYS)
        - set(_INT_KEYS)
        - set(_LIST_TABLE_KEYS)
    )
    if unknown:
        raise GrammarError(f"{path}: unknown keys {', '.join(unknown)}")
    for key in ("name", "grammar"):
        if not isinstance(raw.get(key), str):
            raise GrammarError(f"{path}: '{key}' must be a string")
    for key in _BOOL_KEYS:
        if not isinstance(raw.get(key, False), bool):
            raise GrammarError(f"{path}: '{key}' must be true or false")
    for key in _INT_KEYS:
        value = raw.get(key, 0)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise GrammarError(f"{path}: '{key}' must be a whole number, 0 or more")
    for key in ("nesting_prefix", "unsafe_last_line", "content_hint"):
        try:
            re.compile(str(raw.get(key, "")).encode())
        except re.error as error:
            raise GrammarError(f"{path}: '{key}' is no regular expression: {error}") from None
    if raw.get("category") not in CATEGORIES:
        raise GrammarError(f"{path}: 'category' must be one of {', '.join(CATEGORIES)}")
    if raw["name"] != directory.name:
        raise GrammarError(f"{path}: name {raw['name']!r} differs from its directory")
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LIST_KEYS:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise GrammarError(f"{path}: '{key}' must be a list of strings")
        lists[key] = tuple(value)
    tables: dict[str, dict[str, str]] = {}
    for key in _TABLE_KEYS:
        value = raw.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise GrammarError(f"{path}: '{key}' must be a table of strings")
        tables[key] = dict(value)
    words = raw.get("query_words", {})
    if not isinstance(words, dict) or not all(
        isinstance(k, str)
        and re.fullmatch(r"\w+", k)
        and isinstance(v, list)
        and all(isinstance(w, str) for w in v)
        for k, v in words.items()
    ):
        raise GrammarError(f"{path}: 'query_words' must be a table of lists of strings")
    heads = raw.get("top_level_heads", {})
    if not isinstance(heads, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in heads.values()
    ):
        raise GrammarError(f"{path}: 'top_level_heads' must be a table of lists of strings")
    return LanguageSpec(
        name=raw["name"],
        display_name=str(raw.get("display_name", raw["name"])),
        grammar=raw["grammar"],
        directory=directory,
        separator=str(raw.get("separator", ".")),
        family=str(raw.get("family", raw["name"])),
        category=str(raw["category"]),
        query_from=str(raw.get("query_from", "")),
        extensions=lists["extensions"],
        file_names=lists["file_names"],
        interpreters=lists["interpreters"],
        wrapper_nodes=lists["wrapper_nodes"],
        attached_nodes=lists["attached_nodes"],
        comment_nodes=lists["comment_nodes"],
        atom_nodes=lists["atom_nodes"],
        text_nodes=lists["text_nodes"],
        layout_tokens=lists["layout_tokens"],
        local_scopes=lists["local_scopes"],
        local_to=lists["local_to"],
        nested_nodes=lists["nested_nodes"],
        method_parents=lists["method_parents"],
        file_kinds=lists["file_kinds"],
        open_ended=lists["open_ended"],
        top_level=tuple(
            tuple(step.strip() for step in path.split(">")) for path in lists["top_level"]
        ),
        variant_keys=tables["variant_keys"],
        pair_nodes=lists["pair_nodes"],
        error_masks=lists["error_masks"],
        top_level_heads={key: tuple(value) for key, value in heads.items()},
        name_formats=tables["name_formats"],
        labels=tables["labels"],
        public_words=tables["public_words"],
        query_words={key: tuple(value) for key, value in words.items()},
        significant_indentation=bool(raw.get("significant_indentation", False)),
        indentation_is_syntax=bool(
            raw.get("indentation_is_syntax", raw.get("significant_indentation", False))
        ),
        join_adjacent=bool(raw.get("join_adjacent", False)),
        mask_high_code_points=bool(raw.get("mask_high_code_points", False)),
        nesting_prefix=str(raw.get("nesting_prefix", "")),
        max_nesting_width=int(raw.get("max_nesting_width", 0)),
        unsafe_last_line=str(raw.get("unsafe_last_line", "")),
        content_hint=str(raw.get("content_hint", "")),
    )


@cache
def _directories() -> tuple[Path, ...]:
    root = grammars_dir()
    if not root.is_dir():
        raise GrammarError(f"no grammars directory at {root}")
    return tuple(d for d in sorted(root.iterdir()) if (d / "language.toml").is_file())


@cache
def _spec(directory: Path) -> LanguageSpec:
    return load_spec(directory)


@cache
def _lowered_text(directory: Path) -> str:
    path = directory / "language.toml"
    try:
        return path.read_text(encoding="utf-8").lower()
    except (OSError, UnicodeDecodeError) as error:
        raise GrammarError(f"{path}: {error}") from error


def all_specs() -> tuple[LanguageSpec, ...]:
    return tuple(_spec(directory) for directory in _directories())


def families(languages: Iterable[str]) -> dict[str, str]:
    """Language → family, for the languages given."""
    return {name: spec_by_name(name).family for name in sorted(set(languages))}


@cache
def spec_by_name(name: str) -> LanguageSpec:
    for directory in _directories():
        if directory.name == name:  # load_spec checks that a spec's name is its directory's
            return _spec(directory)
    raise KeyError(name)


def _quoting(word: str) -> Iterator[LanguageSpec]:
    """The specs whose language.toml quotes `word` (any case), in name order: only they can
    list it as an extension or a file name. A small diff needs one language, and reading the
    39 files as text costs a fifth of parsing them all: about 6 ms less per run."""
    needle = word.lower()
    for directory in _directories():
        text = _lowered_text(directory)
        if f'"{needle}"' in text or f"'{needle}'" in text:
            yield _spec(directory)


@cache
def _claiming(extension: str) -> tuple[LanguageSpec, ...]:
    return tuple(
        spec
        for spec in _quoting(extension)
        if extension in (known.lower() for known in spec.extensions)
    )


HINT_BYTES = 64 * 1024
"""How much of a file a `content_hint` is looked for in."""


def told_by_content(path: str, first: str, second: str) -> bool:
    """Whether two languages both claim `path`'s extension, so that only its content (their
    `content_hint`) told them apart: the two versions of one file should then be read alike."""
    suffixes = PurePosixPath(path).name.lower().split(".")[1:]
    for start in range(len(suffixes)):
        claiming = {spec.name for spec in _claiming(".".join(suffixes[start:]))}
        if claiming:
            return {first, second} <= claiming
    return False


def _by_extension(extension: str, data: bytes) -> str | None:
    """The language claiming an extension; of several, the one whose `content_hint` the
    file's start matches, else the first without a hint."""
    claiming = _claiming(extension)
    if len(claiming) < 2:
        return claiming[0].name if claiming else None
    head = data[:HINT_BYTES]
    for spec in claiming:
        if spec.content_hint and re.search(spec.content_hint.encode(), head, re.MULTILINE):
            return spec.name
    return next((spec.name for spec in claiming if not spec.content_hint), claiming[0].name)


@cache
def _by_file_name(name: str) -> str | None:
    return next((spec.name for spec in _quoting(name) if name in spec.file_names), None)


@cache
def _by_interpreter() -> dict[str, str]:
    return {name: spec.name for spec in all_specs() for name in spec.interpreters}


USER_MAP_VARIABLE = "SEMDIFF_LANGUAGES"
"""`GLOB=LANGUAGE` pairs separated by spaces or commas: `*.h=cpp, *.inc=php`."""


def config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "semdiff" / "config.toml"


def user_map() -> tuple[tuple[str, str], ...]:
    """The user's glob → language pairs: the environment variable's first, then the config
    file's `[languages]` table, each in the order written (the first match wins)."""
    path = config_path()
    return (
        _parse_variable(os.environ.get(USER_MAP_VARIABLE, ""))
        + _read_config(path, _version(path)).languages
    )


def user_words(language: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words the user's config file adds to a language's `query_words` lists
    (`[query_words.clojure]`: a library's definition macros), sorted by list name."""
    path = config_path()
    return _read_config(path, _version(path)).words.get(language, ())


def _version(path: Path) -> object:
    # The file is read again when it changes: `semdiff serve` outlives an edit of it.
    try:
        stamp = os.stat(path)
    except OSError:  # missing, or unreadable: _read_config tells which
        return None
    return (stamp.st_mtime_ns, stamp.st_size, stamp.st_ino)


@cache
def _parse_variable(value: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for item in re.split(r"[\s,]+", value.strip()):
        if not item:
            continue
        glob, equals, language = item.rpartition("=")
        if not equals or not glob or not language:
            raise UsageError(f"{USER_MAP_VARIABLE}: {item!r} is not GLOB=LANGUAGE")
        pairs.append((glob, _known(language, USER_MAP_VARIABLE)))
    return tuple(pairs)


@dataclass(frozen=True, slots=True)
class _Config:
    languages: tuple[tuple[str, str], ...] = ()
    words: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)


@cache
def _read_config(path: Path, version: object) -> _Config:
    del version  # the cache's key only
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return _Config()
    except OSError as error:
        raise UsageError(f"{path}: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise UsageError(f"{path}: not UTF-8 ({error.reason} at byte {error.start})") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{path}: {error}") from None
    table = raw.get("languages", {})
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise UsageError(f"{path}: [languages] maps globs to language names (strings)")
    languages = tuple((glob, _known(language, str(path))) for glob, language in table.items())
    return _Config(languages, _config_words(raw.get("query_words", {}), path))


def _config_words(table: object, path: Path) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """`[query_words.LANGUAGE]` tables: each key a list the language's spec has, each value
    a list of strings to add to it."""
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [query_words] holds a table per language")
    words = {}
    for language, lists in sorted(table.items()):
        spec = spec_by_name(_known(language, str(path)))
        if not isinstance(lists, dict):
            raise UsageError(f"{path}: [query_words.{language}] maps list names to lists")
        for name, value in lists.items():
            if name not in spec.query_words:
                known = ", ".join(sorted(spec.query_words)) or "none"
                raise UsageError(
                    f"{path}: [query_words.{language}] has no list {name!r} (known: {known})"
                )
            if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
                raise UsageError(
                    f"{path}: [query_words.{language}] {name} must be a list of non-empty strings"
                )
        words[language] = tuple(sorted((name, tuple(value)) for name, value in lists.items()))
    return words


def _known(language: str, where: str) -> str:
    try:
        spec_by_name(language)
    except KeyError:
        raise UsageError(
            f"{where}: unknown language {language!r} (see 'semdiff languages')"
        ) from None
    return language


def _matches(path: PurePosixPath, glob: str) -> bool:
    """As in .gitattributes: a glob without a slash matches the file name; one with a slash
    matches the path's end, or the whole path when it starts with `/`; `*` stays within one
    directory and `**` crosses them."""
    if "/" not in glob:
        return _glob_regex(glob).fullmatch(path.name) is not None
    if glob.startswith("/"):
        return _glob_regex(glob[1:]).fullmatch(path.as_posix().lstrip("/")) is not None
    return _glob_regex("**/" + glob).fullmatch(path.as_posix()) is not None


@cache
def _glob_regex(glob: str) -> re.Pattern[str]:
    parts: list[str] = []
    position = 0
    while position < len(glob):
        if glob.startswith("**/", position):
            parts.append("(?:.*/)?")
            position += 3
        elif glob.startswith("**", position):
            parts.append(".*")
            position += 2
        elif glob[position] in "*?":
            parts.append("[^/]*" if glob[position] == "*" else "[^/]")
            position += 1
        elif glob[position] == "[" and "]" in glob[position + 2 :]:
            end = glob.index("]", position + 2)
            members = glob[position + 1 : end]
            negated = members[:1] in ("!", "^")
            members = members[1:] if negated else members
            parts.append(("[^" if negated else "[") + members.replace("\\", "\\\\") + "]")
            position = end + 1
        else:
            parts.append(re.escape(glob[position]))
            position += 1
    try:
        return re.compile("".join(parts))
    except re.error:  # `[z-a]`: no file name can match it
        return re.compile(r"(?!)")


_SHEBANG = re.compile(rb"#![ \t]*(\S+)(?:[ \t]+(.*))?")


def _interpreter(data: bytes) -> str | None:
    """The program a `#!` line runs: `#!/usr/bin/env -S python3 -u` names `python3`."""
    match = _SHEBANG.match(data[: data.find(b"\n") if b"\n" in data[:512] else 512])
    if match is None:
        return None
    program = match.group(1).rsplit(b"/", 1)[-1]
    if program == b"env":
        found = _env_program((match.group(2) or b"").split())
        if found is None:
            return None
        program = found.rsplit(b"/", 1)[-1]
    return program.decode("utf-8", errors="replace")


def _env_program(arguments: list[bytes]) -> bytes | None:
    """The program `env` runs, past its options (`-S`, `-u NAME`, `--chdir=DIR`) and
    `NAME=value` assignments."""
    position = 0
    while position < len(arguments):
        argument = arguments[position]
        position += 1
        if argument.startswith(b"--split-string="):
            argument = argument.removeprefix(b"--split-string=")
        elif argument.startswith(b"-S") and len(argument) > 2:
            argument = argument[2:]
        elif argument in (b"-u", b"-C", b"--unset", b"--chdir"):
            position += 1  # their argument
            continue
        if argument.startswith(b"-") or b"=" in argument:
            continue
        return argument
    return None


def detect_language(path: str, data: bytes = b"") -> str | None:
    """The language of a file: the user's globs, then its name, then its extension (where two
    languages claim it, the content decides: `content_hint`), then the program on its `#!`
    line; None when nothing claims it."""
    pure = PurePosixPath(path)
    for glob, mapped in user_map():
        if _matches(pure, glob):
            return mapped
    by_name = _by_file_name(pure.name)
    if by_name is not None:
        return by_name
    suffixes = pure.name.lower().split(".")[1:]
    # Longest compound suffix first, so that `x.d.ts` could map apart from `x.ts`.
    for start in range(len(suffixes)):
        by_extension = _by_extension(".".join(suffixes[start:]), data)
        if by_extension is not None:
            return by_extension
    program = _interpreter(data) if data.startswith(b"#!") else None
    if program is None:
        return None
    # `python3.12` and `python3.12-dbg` run Python: a version or build suffix is not part of
    # the program's name.
    for name in (
        program,
        program.rstrip("0123456789."),
        program.split("-")[0].rstrip("0123456789."),
    ):
        if name in _by_interpreter():
            return _by_interpreter()[name]
    return None
