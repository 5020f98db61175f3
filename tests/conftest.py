"""Shared test set-up: a clean environment for colour and git, and `--update-goldens`."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="Rewrite fixtures/**/expected.* from the current output (review the diff!).",
    )
    parser.addoption(
        "--fixtures-of",
        metavar="LANGUAGE",
        help="Run the golden fixture cases of this language only (fixtures/LANGUAGE/).",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    language = config.getoption("--fixtures-of")
    if not language:
        return
    keep: list[pytest.Item] = []
    drop: list[pytest.Item] = []
    for item in items:
        callspec = getattr(item, "callspec", None)
        case = callspec.params.get("case") if callspec is not None else None
        other = isinstance(case, Path) and case.parent.name != language
        (drop if other else keep).append(item)
    config.hook.pytest_deselected(items=drop)
    items[:] = keep


@pytest.fixture(autouse=True)
def clean_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # The developer's own config.toml ([languages], [query_words]) must not change what the
    # tests see: an empty config directory, unless a test points elsewhere.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.getbasetemp() / "no-config"))
    for name in (
        "SEMDIFF_LANGUAGES",
        "NO_COLOR",
        "FORCE_COLOR",
        "COLUMNS",
        "GIT_PAGER_IN_USE",
        "SEMDIFF_COLOR",
        "SEMDIFF_DEBUG",
        "SEMDIFF_IGNORE_COMMENTS",
        "SEMDIFF_IGNORE_WHITESPACE",
        "SEMDIFF_DISPLAY",
        # Set when the tests run inside a git hook or an external diff: not ours.
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_DIFF_PATH_COUNTER",
        "GIT_DIFF_PATH_TOTAL",
        "GIT_EXTERNAL_DIFF",
    ):
        monkeypatch.delenv(name, raising=False)
