"""`semdiff languages`: what each language spec declares, for people and for tools."""

from __future__ import annotations

import json
import re

from semdiff.errors import GrammarError
from semdiff.languages import LanguageSpec, all_specs

_KIND = re.compile(r"@definition\.([A-Za-z_]+)")


def kinds(spec: LanguageSpec) -> list[str]:
    """The entity kinds a language's query can produce, in first-seen order, then `method`
    when functions become methods by their parent (`method_parents`)."""
    try:
        text = spec.query_path.read_text(encoding="utf-8")
    except OSError as error:
        raise GrammarError(f"{spec.query_path}: {error.strerror or error}") from None
    found = _KIND.findall(text)
    if spec.method_parents and "function" in found:
        found.append("method")
    return list(dict.fromkeys(found))


def languages_json() -> str:
    document = {
        "languages": [
            {
                "name": spec.name,
                "display_name": spec.display_name,
                "category": spec.category,
                "extensions": [f".{extension}" for extension in spec.extensions],
                "file_names": list(spec.file_names),
                "interpreters": list(spec.interpreters),
                "kinds": kinds(spec),
            }
            for spec in all_specs()
        ]
    }
    return json.dumps(document, indent=2) + "\n"


def languages_text() -> str:
    """One block per language: its name and files, then its kinds (with the language's word
    for each), indented: file lists are too long for one table row."""
    specs = all_specs()
    width = max((len(spec.name) for spec in specs), default=0)
    blocks = []
    for spec in specs:
        files = [
            *(f".{extension}" for extension in spec.extensions),
            *spec.file_names,
            *(f"#!{program}" for program in spec.interpreters),
        ]
        words = [
            kind if spec.label(kind) == kind else f"{kind} ({spec.label(kind)})"
            for kind in kinds(spec)
        ]
        blocks.append(
            f"{spec.name.ljust(width)}  {spec.display_name}: {' '.join(files) or '-'}\n"
            f"{' ' * (width + 2)}{', '.join(words)}\n"
        )
    return "".join(blocks)
