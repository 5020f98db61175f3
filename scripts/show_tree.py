"""Print a file's tree-sitter tree as a language author needs it: named nodes, one per line,
indented, with their field names, lines and, for small nodes, their text.

    python scripts/show_tree.py FILE [--grammar NAME] [--all]

The grammar is the detected language's (`--grammar` picks any grammar of
tree-sitter-language-pack). `--all` also prints anonymous nodes (keywords, punctuation).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tree_sitter import Node

from semdiff.errors import SemdiffError
from semdiff.languages import detect_language, spec_by_name
from semdiff.parse import parse

TEXT_WIDTH = 60


def lines(node: Node, *, anonymous: bool, depth: int = 0, field: str | None = None) -> list[str]:
    out: list[str] = []
    if node.is_named or anonymous:
        text = (node.text or b"").decode("utf-8", errors="replace")
        shown = f"  {text!r}" if "\n" not in text and len(text) <= TEXT_WIDTH else ""
        label = f"{field}: " if field else ""
        where = f"{node.start_point.row + 1}-{node.end_point.row + 1}"
        kind = node.type if node.is_named else repr(node.type)
        out.append(f"{'  ' * depth}{label}{kind}  [{where}]{shown}")
        depth += 1
    for index, child in enumerate(node.children):
        name = node.field_name_for_child(index)
        out.extend(lines(child, anonymous=anonymous, depth=depth, field=name))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--grammar", help="a tree-sitter-language-pack grammar name")
    parser.add_argument("--all", action="store_true", help="show anonymous nodes too")
    args = parser.parse_args(argv)
    data = args.file.read_bytes()
    grammar = args.grammar
    if grammar is None:
        language = detect_language(str(args.file), data)
        if language is None:
            parser.error(f"no language for {args.file}: pass --grammar")
        grammar = spec_by_name(language).grammar
    try:
        tree = parse(grammar, data).tree
    except SemdiffError as error:
        parser.error(str(error))
    sys.setrecursionlimit(100_000)
    try:
        print("\n".join(lines(tree.root_node, anonymous=args.all)))
    except BrokenPipeError:  # `| head`
        sys.stdout = None  # nothing can be flushed to it any more
    return 0


if __name__ == "__main__":
    sys.exit(main())
