"""scripts/show_tree.py, the language author's view of a parse tree."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest

from tests.support import ROOT


def _main() -> Callable[[list[str]], int]:
    spec = importlib.util.spec_from_file_location("show_tree", ROOT / "scripts" / "show_tree.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return cast("Callable[[list[str]], int]", module.main)


def test_prints_fields_lines_and_short_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.py"
    path.write_text("def f(x):\n    return x\n", encoding="utf-8")
    assert _main()([str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "module  [1-3]"
    assert out[1] == "  function_definition  [1-2]"
    assert "    name: identifier  [1-1]  'f'" in out
    assert not any("'def'" in line for line in out)
    assert _main()([str(path), "--all"]) == 0
    assert "    'def'  [1-1]  'def'" in capsys.readouterr().out.splitlines()
