"""The README's promises: CI runs its test command, and its options exist."""

from __future__ import annotations

import json
import re
import shlex

import typer
from typer.main import get_command

from semdiff.cli import driver_app
from tests.support import ROOT, cli


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.*?)\n```", readme, re.DOTALL)


def test_readme_starts_with_the_two_commands() -> None:
    commands = _commands()
    assert len(commands) >= 2
    assert "semdiff fixtures/" in commands[0]
    assert "scripts/check" in commands[1]


def test_readme_first_command_exits_0_and_shows_what_the_readme_shows() -> None:
    """The first command a new user runs (its semdiff part, read from the README): exit 0, as
    git diff, and the output the README's "What you see" shows, up to its `...`."""
    [command] = [part for part in _commands()[0].split(" && ") if "bin/semdiff " in part]
    result = cli(*shlex.split(command)[1:], cwd=ROOT)
    assert (result.code, result.stderr) == (0, "")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"^## What you see\n\n```\n(.*?)\n```", readme, re.DOTALL | re.MULTILINE)
    assert shown is not None
    lines = shown.group(1).split("\n")
    assert lines[-1] == "..."
    assert result.stdout.split("\n")[: len(lines) - 1] == lines[:-1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _commands()[1] in ci.splitlines()


def test_readme_options_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    driver = get_command(driver_app)
    help_text = "".join(
        [
            cli("--help").stdout,
            cli("git", "--help").stdout,
            cli("show", "--help").stdout,
            cli("log", "--help").stdout,
            driver.get_help(typer.Context(driver)),
        ]
    )
    for option in re.findall(r"^\| `(--[a-z-]+)", readme, re.MULTILINE):
        assert option in help_text, option


def test_languages_doc_lists_every_language_and_kind() -> None:
    """docs/languages.md's table says what `semdiff languages` says, language by language."""
    doc = (ROOT / "docs" / "languages.md").read_text(encoding="utf-8")
    rows = {
        match.group(1): match.group(0)
        for match in re.finditer(r"^\| [^|]+ \(`([a-z0-9_-]+)`\) \|.*$", doc, re.MULTILINE)
    }
    document = json.loads(cli("languages", "--format", "json").stdout)
    assert sorted(rows) == sorted(language["name"] for language in document["languages"])
    for language in document["languages"]:
        row = rows[language["name"]]
        for item in [*language["extensions"], *language["file_names"], *language["kinds"]]:
            assert f"`{item}`" in row, (language["name"], item)
