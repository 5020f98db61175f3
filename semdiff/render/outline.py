"""A compact text outline of a file's entities: what extraction tests compare against."""

from __future__ import annotations

from semdiff.model import ParsedFile


def outline(parsed: ParsedFile) -> str:
    """One line per entity, indented by depth: `kind qualified_name  first-last`."""
    lines = []
    for entity in parsed.entities:
        overload = f"({entity.overload})" if entity.overload else ""
        errors = "  !errors" if entity.has_errors else ""
        lines.append(
            f"{'  ' * entity.depth}{entity.kind} {entity.qualified_name}{overload}"
            f"  {entity.span.start_line}-{entity.span.last_line}{errors}"
        )
    return "\n".join(lines) + ("\n" if lines else "")
