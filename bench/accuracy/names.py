"""New names for renamed and added entities, in the style of the name they replace.

A rename in real code changes a word or two (`read_config` → `load_config`,
`parseHeader` → `parseHeaderValue`), keeps the name's case style and its sigils
(`_private`, `read-array*`, `->hex-string`), and never yields a keyword. A new, unrelated
entity (a hard negative, an extracted function) gets a name made of other words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from random import Random
from typing import Literal

Case = Literal["lower", "upper", "camel", "pascal"]

_NAME = re.compile(r"([^A-Za-z0-9]*)([A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)([^A-Za-z0-9]*)")
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")

DEFAULT_SEPARATOR = {"python": "_", "rust": "_", "c": "_", "clojure": "-"}
"""How a one-word lower-case name grows a second word; camelCase elsewhere."""

SYNONYMS: dict[str, tuple[str, ...]] = {
    "get": ("fetch", "read", "load"),
    "set": ("assign", "store", "put"),
    "make": ("build", "create"),
    "create": ("build", "make"),
    "build": ("make", "assemble"),
    "new": ("create", "make"),
    "read": ("load", "parse"),
    "load": ("read", "fetch"),
    "write": ("emit", "dump"),
    "parse": ("read", "decode"),
    "format": ("render", "print"),
    "check": ("validate", "verify"),
    "validate": ("check", "verify"),
    "is": ("has",),
    "has": ("is", "contains"),
    "to": ("as",),
    "add": ("append", "insert"),
    "remove": ("delete", "drop"),
    "delete": ("remove", "drop"),
    "find": ("lookup", "search"),
    "init": ("setup",),
    "update": ("refresh", "sync"),
    "handle": ("process",),
    "process": ("handle",),
    "run": ("execute",),
    "start": ("begin", "open"),
    "stop": ("halt", "close"),
    "close": ("shutdown",),
    "value": ("val", "item"),
    "values": ("items",),
    "error": ("err", "failure"),
    "name": ("label", "title"),
    "list": ("items", "seq"),
    "count": ("size", "total"),
    "size": ("length", "count"),
    "len": ("size",),
    "key": ("id",),
    "data": ("payload",),
    "config": ("settings",),
    "options": ("opts", "settings"),
    "request": ("req",),
    "response": ("resp",),
    "string": ("text", "str"),
    "str": ("text",),
    "node": ("vertex",),
    "type": ("kind",),
    "map": ("table",),
    "index": ("position", "offset"),
}
SUFFIXES = ("all", "value", "impl", "safe", "inner", "once", "fast", "list", "info", "state")
PREFIXES = ("try", "do", "base", "raw", "new", "default")
VERBS = ("compute", "render", "collect", "resolve", "normalize", "merge", "scan", "emit", "gather")
NOUNS = ("ledger", "token", "frame", "window", "bucket", "segment", "cursor", "metric", "quota")

KEYWORDS = frozenset(
    [
        "abstract",
        "and",
        "as",
        "assert",
        "async",
        "auto",
        "await",
        "box",
        "break",
        "case",
        "catch",
        "chan",
        "char",
        "class",
        "const",
        "continue",
        "crate",
        "def",
        "default",
        "defer",
        "del",
        "delete",
        "do",
        "double",
        "dyn",
        "elif",
        "else",
        "enum",
        "export",
        "extends",
        "extern",
        "false",
        "final",
        "finally",
        "float",
        "fn",
        "for",
        "from",
        "func",
        "function",
        "go",
        "goto",
        "if",
        "impl",
        "implements",
        "import",
        "in",
        "instanceof",
        "int",
        "interface",
        "is",
        "lambda",
        "let",
        "long",
        "loop",
        "map",
        "match",
        "mod",
        "move",
        "mut",
        "native",
        "new",
        "nil",
        "nonlocal",
        "not",
        "null",
        "object",
        "of",
        "or",
        "package",
        "pass",
        "private",
        "protected",
        "pub",
        "public",
        "raise",
        "range",
        "record",
        "ref",
        "register",
        "return",
        "select",
        "self",
        "short",
        "sizeof",
        "static",
        "struct",
        "super",
        "switch",
        "this",
        "throw",
        "throws",
        "trait",
        "true",
        "try",
        "type",
        "typeof",
        "union",
        "unsafe",
        "use",
        "val",
        "var",
        "void",
        "volatile",
        "when",
        "where",
        "while",
        "with",
        "yield",
        "none",
    ]
)


@dataclass(frozen=True)
class Name:
    prefix: str
    """Sigils before the words: `_`, `__`, `->`, `$`."""
    words: tuple[str, ...]
    """As written (`HTTP`, `Request`, `parse`)."""
    suffix: str
    """Sigils after: `*`, `?`, `!`, `_`."""
    separator: str
    """`_`, `-`, or empty for camelCase and PascalCase."""
    case: Case


def parse_name(text: str, language: str) -> Name | None:
    """The parts of a name, or None for a name this module does not rename (dunders,
    operators, names with characters beyond letters, digits, `_` and `-`)."""
    match = _NAME.fullmatch(text)
    if match is None or (text.startswith("__") and text.endswith("__")):
        return None
    prefix, core, suffix = match.groups()
    separator = "-" if "-" in core else "_" if "_" in core else ""
    # snake_case and kebab-case words are what lies between separators (`as_u32` is `as`,
    # `u32`); only a name without separators is split by case (`parseHTTPRequest`).
    words = tuple(core.split(separator)) if separator else tuple(_WORD.findall(core))
    # The words must spell the name exactly, or an untouched word could change on rendering.
    joined = core.replace(separator, "") if separator else core
    if not words or "".join(words) != joined or (separator and separator * 2 in core):
        return None
    letters = [c for c in core if c.isalpha()]
    case: Case
    if len(letters) > 1 and all(c.isupper() for c in letters):
        case = "upper"
    elif core[0].isupper():
        case = "pascal"
    elif not separator and any(c.isupper() for c in core[1:]):
        case = "camel"
    else:
        case = "lower"
    if not separator and len(words) == 1 and case in ("lower", "upper"):
        separator = "_" if case == "upper" else DEFAULT_SEPARATOR.get(language, "")
        if not separator:
            case = "camel"
    return Name(prefix, words, suffix, separator, case)


def _styled(word: str, name: Name, first: bool) -> str:
    """A new word written as the name's other words are."""
    if name.case == "upper":
        return word.upper()
    if name.case == "pascal" or (name.case == "camel" and not first):
        return word[:1].upper() + word[1:]
    return word.lower()


def render(name: Name) -> str:
    words = list(name.words)
    if name.case == "camel" and words:
        # The first word of a camelCase name is lower-case, even when it used to be second.
        words[0] = words[0] if words[0].isupper() and len(words[0]) > 1 else words[0].lower()
    return name.prefix + name.separator.join(words) + name.suffix


def word_set(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def _valid(candidate: Name) -> bool:
    core = candidate.separator.join(candidate.words)
    return len(core) > 1 and core.lower() not in KEYWORDS and not core[:1].isdigit()


def renamed(text: str, language: str, rng: Random, taken: Callable[[str], bool]) -> str | None:
    """A plausible rename of `text`: a word swapped for a synonym, added or dropped."""
    name = parse_name(text, language)
    if name is None:
        return None
    for _ in range(12):
        candidate = _variant(name, rng)
        if candidate is None or not _valid(candidate):
            continue
        result = render(candidate)
        if result != text and not taken(result):
            return result
    return None


def _variant(name: Name, rng: Random) -> Name | None:
    words = list(name.words)
    operations = ["suffix", "prefix"]
    if any(w.lower() in SYNONYMS for w in words):
        operations += ["synonym", "synonym"]
    if len(words) >= 2:
        operations.append("drop")
    operation = rng.choice(operations)
    if operation == "synonym":
        places = [i for i, w in enumerate(words) if w.lower() in SYNONYMS]
        place = rng.choice(places)
        words[place] = _styled(rng.choice(SYNONYMS[words[place].lower()]), name, place == 0)
    elif operation == "suffix":
        words.append(_styled(rng.choice(SUFFIXES), name, first=False))
    elif operation == "prefix":
        if name.case == "camel":
            words[0] = _styled(words[0], name, first=False)
        words.insert(0, _styled(rng.choice(PREFIXES), name, first=True))
    else:
        del words[rng.randrange(len(words))]
    return replace(name, words=tuple(words))


def fresh(
    like: str | None,
    language: str,
    rng: Random,
    taken: Callable[[str], bool],
    avoid: frozenset[str] = frozenset(),
) -> str | None:
    """A new name of two words unrelated to `avoid`, in the style of `like` (or of the
    language's functions)."""
    style = parse_name(like, language) if like else None
    if style is None:
        separator = DEFAULT_SEPARATOR.get(language, "")
        style = Name("", ("x",), "", separator, "lower" if separator else "camel")
    style = replace(style, prefix="", suffix="")
    for _ in range(20):
        verb, noun = rng.choice(VERBS), rng.choice(NOUNS)
        if {verb, noun} & avoid:
            continue
        words = (_styled(verb, style, first=True), _styled(noun, style, first=False))
        result = render(replace(style, words=words))
        if not taken(result):
            return result
    return None
