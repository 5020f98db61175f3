"""The options the commands share, declared once, and `Output`: how to show a diff, checked."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from semdiff import __version__
from semdiff.errors import UsageError

if TYPE_CHECKING:
    from semdiff.ignore import Ignoring


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    PATCH = "patch"


class Display(StrEnum):
    INLINE = "inline"
    SIDE_BY_SIDE = "side-by-side"


class ColorMode(StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


_SETTINGS = {"help_option_names": ["-h", "--help"]}


def _version(value: bool) -> None:
    if value:
        print(f"semdiff {__version__}")
        raise typer.Exit(0)


def make_app() -> typer.Typer:
    """The typer app of one command (each command is an app of its own: see `semdiff.cli.run`)."""
    return typer.Typer(
        add_completion=False,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        context_settings=_SETTINGS,
    )


FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="text for people, json for tools, patch for git apply."),
]
SummaryOption = Annotated[bool, typer.Option("--summary", "-s", help="Stop after the summary.")]
UnchangedOption = Annotated[
    bool, typer.Option("--include-unchanged", help="Also list the entities that did not change.")
]
ExplainOption = Annotated[
    bool, typer.Option("--explain", help="Show why each pair was made (costs of the matcher).")
]
ColorOption = Annotated[
    ColorMode, typer.Option("--color", envvar="SEMDIFF_COLOR", help="Colour the text output.")
]
ContextOption = Annotated[
    int, typer.Option("--unified", "-U", min=0, help="Lines of context around changes.")
]
LanguageOption = Annotated[
    str | None, typer.Option("--language", help="Parse every file as this language.")
]
EntityOption = Annotated[
    list[str] | None,
    typer.Option(
        "--entity",
        help="An id, a name or a qualified name. With --format patch: only this entity's "
        "change (a name must fit one changed entity). With --explain: only the entities it "
        "names, with every candidate weighed. Repeatable.",
    ),
]
ForReverseOption = Annotated[
    bool,
    typer.Option(
        "--for-reverse",
        help="With --format patch: a patch for 'git apply --reverse' (unstage, discard), "
        "its context read from the new side.",
    ),
]
HunkOption = Annotated[
    int | None,
    typer.Option(
        "--hunk",
        min=1,
        help="With --format patch and one --entity: only that entity's Nth hunk (1-based, in "
        "the order of its hunks in the JSON).",
    ),
]
LinesOption = Annotated[
    str | None,
    typer.Option(
        "--lines",
        help="With --hunk: only the changed lines A to B of that hunk (A-B or A, 1-based, "
        "counting every line of the hunk as the JSON lists them); the other changed lines "
        "stay as they are on the side the patch applies to, as in 'git add -p'.",
    ),
]
WithReportOption = Annotated[
    bool,
    typer.Option(
        "--with-report",
        help='With --format patch: print one JSON object, {"report": the JSON report, '
        '"patch": the patch}, so that a frontend checks that what it patches is what it '
        "showed, in the same run.",
    ),
]
MaxSizeOption = Annotated[
    str,
    typer.Option(
        "--max-size",
        envvar="SEMDIFF_MAX_SIZE",
        help="Largest file diffed structurally, in bytes (K, M suffixes; 0: no limit); "
        "a larger one gets a line diff, with the reason shown.",
    ),
]
RENAME_THRESHOLD = 0
"""Percent; the same as semdiff.match.cost.RENAME_THRESHOLD (not imported here: start-up)."""
RenameThresholdOption = Annotated[
    int,
    typer.Option(
        "--rename-threshold",
        min=0,
        max=100,
        envvar="SEMDIFF_RENAME_THRESHOLD",
        help="Least body similarity, in percent, for an entity renamed or moved elsewhere to "
        "be paired with its old self; below it, the two show as removed and added.",
    ),
]
ExitCodeOption = Annotated[
    bool,
    typer.Option(
        "--exit-code",
        help="Exit 1 when there are differences, 0 when there are none, as 'git diff "
        "--exit-code' does (as git's external diff: for diff.trustExitCode, git 2.46+). "
        "Without it, semdiff exits 0 after showing a diff.",
    ),
]
DisplayOption = Annotated[
    Display,
    typer.Option(
        "--display",
        envvar="SEMDIFF_DISPLAY",
        help="How the text format shows each entity's hunks: inline (unified) or "
        "side-by-side (old left, new right, within the terminal's width or COLUMNS).",
    ),
]
IgnoreCommentsOption = Annotated[
    bool,
    typer.Option(
        "--ignore-comments",
        envvar="SEMDIFF_IGNORE_COMMENTS",
        help="Leave out the entities whose only change is in comments (the summary counts "
        "them); JSON marks them 'ignored' instead.",
    ),
]
IgnoreWhitespaceOption = Annotated[
    bool,
    typer.Option(
        "--ignore-whitespace",
        "-w",
        envvar="SEMDIFF_IGNORE_WHITESPACE",
        help="Leave out the entities whose only change is whitespace (never a change of "
        "indentation where it is syntax: Python, YAML, Haskell...); JSON marks them.",
    ),
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")]
VersionOption = Annotated[
    bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
]


@dataclass(frozen=True, slots=True)
class Output:
    """How to show a diff: the shared options, checked."""

    format: Format
    summary: bool
    include_unchanged: bool
    explain: bool
    color: ColorMode
    context: int
    language: str | None
    entity: tuple[str, ...]
    for_reverse: bool = False
    hunk: int | None = None
    lines: str | None = None
    with_report: bool = False
    max_size: str = "1M"
    rename_threshold: int = RENAME_THRESHOLD
    ignore_comments: bool = False
    ignore_whitespace: bool = False
    display: Display = Display.INLINE
    given: frozenset[str] = frozenset()
    """The options typed on the command line (not from SEMDIFF_... variables): only those are
    an error where they do not apply, so that a variable set for reading never breaks a
    tool's `--format patch` or `json` run."""

    def __post_init__(self) -> None:
        parse_size(self.max_size)  # a bad value is a usage error before any work
        from semdiff.languages import spec_by_name  # noqa: PLC0415 (start-up time)

        if self.language is not None:
            try:
                spec_by_name(self.language)
            except KeyError:
                raise UsageError(
                    f"unknown language {self.language!r} (see 'semdiff languages')"
                ) from None
        explained = self.explain and self.format is Format.TEXT
        if self.entity and self.format is not Format.PATCH and not explained:
            raise UsageError("--entity needs --format patch, or --explain with the text format")
        if self.for_reverse and self.format is not Format.PATCH:
            raise UsageError("--for-reverse needs --format patch")
        if self.hunk is not None and (self.format is not Format.PATCH or len(self.entity) != 1):
            raise UsageError("--hunk needs --format patch and one --entity")
        if self.with_report and self.format is not Format.PATCH:
            raise UsageError("--with-report needs --format patch")
        if self.lines is not None:
            if self.hunk is None:
                raise UsageError("--lines needs --hunk")
            from semdiff.render.partial import parse_lines  # noqa: PLC0415

            parse_lines(self.lines)
        side_by_side = self.display is Display.SIDE_BY_SIDE
        if side_by_side and "display" in self.given and self.format is not Format.TEXT:
            # From SEMDIFF_DISPLAY it is a reading preference, which a tool's JSON run skips.
            raise UsageError(
                f"--display side-by-side is for the text format, not --format {self.format}"
            )
        if self.format is Format.PATCH:
            for name, option in (
                ("ignore_comments", "--ignore-comments"),
                ("ignore_whitespace", "--ignore-whitespace"),
            ):
                if name in self.given:
                    raise UsageError(
                        f"{option} does not go with --format patch: a patch carries every "
                        "change, so that it applies (pick changes with --entity)"
                    )

    @property
    def ignoring(self) -> Ignoring | None:
        """What to leave out, or None: nothing, and ignore.py is not even imported (start-up
        time). A patch leaves out nothing (see `given`)."""
        if self.format is Format.PATCH or not (self.ignore_comments or self.ignore_whitespace):
            return None
        from semdiff.ignore import Ignoring  # noqa: PLC0415

        return Ignoring(comments=self.ignore_comments, whitespace=self.ignore_whitespace)


def output_options(ctx: typer.Context, **decided: Any) -> Output:
    """A command's shared options, as parsed (`ctx.params`, by the names `Output` gives them;
    `--format` is the `output` parameter), and what the command decides itself (`decided`:
    the driver has no `--entity`, `log` makes `--summary` its default)."""
    params = ctx.params
    values: dict[str, Any] = {
        field.name: params[field.name] for field in fields(Output) if field.name in params
    }
    values["format"] = params["output"]
    # ctx.params holds what click parsed, before typer makes the enums of the annotations.
    for name, enum in (("format", Format), ("color", ColorMode), ("display", Display)):
        if name in values:
            values[name] = enum(values[name])
    values["entity"] = tuple(params.get("entity") or ())
    values.setdefault("explain", False)
    return Output(**(values | decided), given=given_options(ctx))


def given_options(ctx: typer.Context) -> frozenset[str]:
    """The parameters whose value was typed on the command line."""
    # By name: typer vendors click (typer._click), whose enum is no public import.
    return frozenset(
        name
        for name in ctx.params
        if getattr(ctx.get_parameter_source(name), "name", None) == "COMMANDLINE"
    )


def parse_size(size: str) -> int | None:
    """'2M' as 2 MiB, '500K', '1048576'; 0 means no limit (None)."""
    units = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
    text = size.strip().upper().removesuffix("B")
    unit = text[-1:] if text[-1:] in units else ""
    number = text[: len(text) - len(unit)]
    if not (number.isascii() and number.isdigit()):
        raise UsageError(f"--max-size: {size!r} is not a size (like 2M, 500K or 1048576)")
    return int(number) * units[unit] or None
