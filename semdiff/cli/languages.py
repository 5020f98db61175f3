"""`semdiff languages`: the supported languages, their file extensions and entity kinds."""

from __future__ import annotations

from typing import Annotated

import typer

from semdiff.cli.options import DebugOption, Format, make_app
from semdiff.cli.output import EXIT_OK, write
from semdiff.errors import UsageError

app = make_app()


@app.command(help="List the supported languages, their file extensions and entity kinds.")
def languages_command(
    output: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.TEXT,
    debug: DebugOption = False,
) -> int:
    del debug
    from semdiff.catalog import languages_json, languages_text  # noqa: PLC0415

    if output is Format.PATCH:
        raise UsageError("languages has no patch format")
    write(languages_json() if output is Format.JSON else languages_text())
    return EXIT_OK
