"""Language specs, loaded from `grammars/<name>/language.toml`, and path → language detection.

A language is data: a spec (this module's `LanguageSpec`) plus an entity query
(`grammars/<name>/entities.scm`, read by extract.py). No language has code of its own.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path, PurePosixPath

from semdiff.errors import GrammarError


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
    separator: str = "."
    """Joins a parent's qualified name and a child's name."""
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
    name_formats: dict[str, str] = field(default_factory=dict)
    """How `@name.<part>` captures join the name, e.g. {"dispatch": "{name} {dispatch}"}."""
    labels: dict[str, str] = field(default_factory=dict)
    """How the terminal names a kind in this language, e.g. {"function": "fn"}."""
    significant_indentation: bool = False
    """Indentation carries structure (Python): token depths count in fingerprints. Elsewhere
    brackets are tokens, and depths would only see grammar wrappers (TypeScript's
    `required_parameter` around a JavaScript parameter)."""

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
    "wrapper_nodes",
    "attached_nodes",
    "comment_nodes",
    "atom_nodes",
)
_TABLE_KEYS = ("name_formats", "labels")
_STRING_KEYS = ("name", "display_name", "grammar", "separator", "family", "query_from")
_BOOL_KEYS = ("significant_indentation",)


def grammars_dir() -> Path:
    """The folder of language directories: package data when installed, else the checkout's."""
    packaged = Path(str(resources.files("semdiff"))) / "grammars"
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
        set(raw) - set(_LIST_KEYS) - set(_TABLE_KEYS) - set(_STRING_KEYS) - set(_BOOL_KEYS)
    )
    if unknown:
        raise GrammarError(f"{path}: unknown keys {', '.join(unknown)}")
    for key in ("name", "grammar"):
        if not isinstance(raw.get(key), str):
            raise GrammarError(f"{path}: '{key}' must be a string")
    for key in _BOOL_KEYS:
        if not isinstance(raw.get(key, False), bool):
            raise GrammarError(f"{path}: '{key}' must be true or false")
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
    return LanguageSpec(
        name=raw["name"],
        display_name=str(raw.get("display_name", raw["name"])),
        grammar=raw["grammar"],
        directory=directory,
        separator=str(raw.get("separator", ".")),
        family=str(raw.get("family", raw["name"])),
        query_from=str(raw.get("query_from", "")),
        extensions=lists["extensions"],
        file_names=lists["file_names"],
        wrapper_nodes=lists["wrapper_nodes"],
        attached_nodes=lists["attached_nodes"],
        comment_nodes=lists["comment_nodes"],
        atom_nodes=lists["atom_nodes"],
        name_formats=tables["name_formats"],
        labels=tables["labels"],
        significant_indentation=bool(raw.get("significant_indentation", False)),
    )


@cache
def all_specs() -> tuple[LanguageSpec, ...]:
    root = grammars_dir()
    if not root.is_dir():
        raise GrammarError(f"no grammars directory at {root}")
    specs = tuple(
        load_spec(directory)
        for directory in sorted(root.iterdir())
        if (directory / "language.toml").is_file()
    )
    return specs


@cache
def families() -> dict[str, str]:
    return {spec.name: spec.family for spec in all_specs()}


@cache
def spec_by_name(name: str) -> LanguageSpec:
    for spec in all_specs():
        if spec.name == name:
            return spec
    raise KeyError(name)


@cache
def _by_extension() -> dict[str, str]:
    table: dict[str, str] = {}
    for spec in all_specs():
        for extension in spec.extensions:
            table.setdefault(extension.lower(), spec.name)
    return table


@cache
def _by_file_name() -> dict[str, str]:
    return {name: spec.name for spec in all_specs() for name in spec.file_names}


def detect_language(path: str) -> str | None:
    """The language of a file, from its name; None when no spec claims it."""
    pure = PurePosixPath(path)
    by_name = _by_file_name().get(pure.name)
    if by_name is not None:
        return by_name
    suffixes = pure.name.lower().split(".")[1:]
    # Longest compound suffix first, so that `x.d.ts` could map apart from `x.ts`.
    for start in range(len(suffixes)):
        language = _by_extension().get(".".join(suffixes[start:]))
        if language is not None:
            return language
    return None
