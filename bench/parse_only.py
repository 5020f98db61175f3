"""The lower bound for a structural diff: tree-sitter parsing both sides of the changed files,
in one process, and nothing else. Argument: a file listing the paths, one per line."""

from __future__ import annotations

import sys
from pathlib import Path

from tree_sitter import Parser

from semdiff.languages import detect_language, spec_by_name
from semdiff.parse import load_language


def main() -> None:
    parsers: dict[str, Parser] = {}
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        language = detect_language(line)
        if language is None:
            continue
        grammar = spec_by_name(language).grammar
        parser = parsers.get(grammar)
        if parser is None:
            parser = parsers[grammar] = Parser(load_language(grammar))
        parser.parse(Path(line).read_bytes())


if __name__ == "__main__":
    main()
