"""`semdiff log --entity NAME`: one entity's commits, followed back through a rename and a
move between files by the matcher's pairs, first parents only."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pytest

from semdiff import follow
from semdiff.git import Repository, compare_commit
from tests.git.conftest import Repo
from tests.git.test_log import history
from tests.reliability.contract import log_line_errors

__all__ = ["history"]


def steps(repo: Repo, *args: str) -> list[dict[str, Any]]:
    result = repo.semdiff("log", "--format", "json", "--entity", *args)
    assert result.code == 0, result.stderr
    parsed = [json.loads(line) for line in result.stdout.splitlines()]
    for line in parsed:
        assert log_line_errors(line, definition="entity_log_line") == []
    return parsed


def story(lines: list[dict[str, Any]]) -> list[tuple[str, str, str | None, str]]:
    """Per commit: subject, status, the old side's `path:name` (None when added), the new one's."""
    told = []
    for line in lines:
        old, new = line["entity"]["old"], line["entity"]["new"]
        where = f"{old['path']}:{old['qualified_name']}" if old else None
        told.append(
            (
                line["subject"],
                line["entity"]["status"],
                where,
                f"{new['path']}:{new['qualified_name']}",
            )
        )
    return told


def test_follows_a_rename_back_to_the_root(repo: Repo, history: dict[str, str]) -> None:
    assert story(steps(repo, "split_text")) == [
        ("change", "modified", "app.py:split_text", "app.py:split_text"),
        ("rename", "renamed", "app.py:parse", "app.py:split_text"),
        ("root", "added", None, "app.py:parse"),
    ]


def test_follows_a_move_between_files(repo: Repo, history: dict[str, str]) -> None:
    """The rename commit touched app.py but not render: it is diffed, and left out."""
    assert story(steps(repo, "render")) == [
        ("move", "moved", "app.py:render", "view.py:render"),
        ("root", "added", None, "app.py:render"),
    ]


def test_a_merge_is_against_its_first_parent(repo: Repo, history: dict[str, str]) -> None:
    lines = steps(repo, "other")
    assert [(line["commit"], line["entity"]["status"]) for line in lines] == [
        (history["merge"], "added")
    ]


def test_text_and_patch(repo: Repo, history: dict[str, str]) -> None:
    text = repo.semdiff("log", "--entity", "split_text", "--color", "never")
    assert text.code == 0, text.stderr
    assert text.stdout.count("\ncommit ") == 2 and text.stdout.startswith("commit ")
    assert "def parse → split_text  app.py:1  renamed" in text.stdout
    assert "@@" not in text.stdout
    patch = repo.semdiff("log", "-p", "--entity", "split_text", "--color", "never").stdout
    assert "-def parse(text):\n+def split_text(text):" in patch
    assert len(steps(repo, "split_text", "-n", "1")) == 1


def test_ambiguous_and_unknown_names(repo: Repo, history: dict[str, str]) -> None:
    repo.write("more.py", "def render(x):\n    return x\n")
    repo.commit("another render")
    result = repo.semdiff("log", "--entity", "render")
    assert (result.code, result.stdout) == (2, "")
    assert "--entity 'render' names 2 entities: function render (more.py:1), " in result.stderr
    assert [line["subject"] for line in steps(repo, "render", "--", "view.py")] == [
        "move",
        "root",
    ]
    missing = repo.semdiff("log", "--entity", "nothing")
    assert (missing.code, missing.stdout) == (2, "")
    assert missing.stderr.startswith("semdiff: error: no entity named 'nothing' in ")


def test_a_commit_is_diffed_whole_only_where_the_entity_changed(
    repo: Repo, history: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The change commit touched app.py but not render (since moved to view.py, which it did
    not touch); the rename commit touched app.py, render's file then, and left render alone:
    that file alone is diffed there. Only the move and the root are diffed whole."""
    whole: list[str] = []

    def counting(repo_: Repository, rev: str, paths: Sequence[str], language: str | None) -> Any:
        if not paths:
            whole.append(rev)
        return compare_commit(repo_, rev, paths, language)

    monkeypatch.setattr(follow, "compare_commit", counting)
    assert [step[0] for step in story(steps(repo, "render"))] == ["move", "root"]
    assert whole == [history["move"], history["root"]]
