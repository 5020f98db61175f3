"""Python: source → outline."""

from __future__ import annotations

from pathlib import Path

from tests.support import cli, extract_outline, load_json

SOURCE = '''\
"""Module docstring."""
import os

MAX_SIZE = 10
logger = None
type Vector = list[float]


# Adds things.
def add(a, b):
    return a + b


class Shape(Base):
    """A shape."""

    sides = 0

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    def area(self):
        def helper():
            return 0
        return helper()

    class Meta:
        ordering = ["name"]
'''


def test_python_outline() -> None:
    assert (
        extract_outline("shapes.py", SOURCE)
        == """\
const MAX_SIZE  4-4
variable logger  5-5
type Vector  6-6
function add  9-11
class Shape  14-33
  method Shape.name  19-21
  method Shape.name  23-25
  method Shape.area  27-30
    function Shape.area.helper  28-29
  class Shape.Meta  32-33
"""
    )


def test_python_decorators_and_comments_belong_to_the_definition() -> None:
    outline = extract_outline("x.py", "import x\n\n# doc\n@cache\ndef f():\n    pass\n")
    assert outline == "function f  3-6\n"


def test_python_nested_class_attributes_are_not_module_constants() -> None:
    assert extract_outline("x.py", "class A:\n    X = 1\n") == "class A  1-2\n"


def test_python_a_def_in_a_class_is_a_method_wherever_it_sits_in_the_body() -> None:
    source = (
        "class A:\n"
        "    @property\n"
        "    def x(self):\n"
        "        def helper():\n"
        "            pass\n"
        "    if TYPE_CHECKING:\n"
        "        def y(self): ...\n"
    )
    assert extract_outline("a.py", source) == (
        "class A  1-7\n  method A.x  2-5\n    function A.x.helper  4-5\n  method A.y  7-7\n"
    )


def test_python_the_first_string_of_a_block_is_compared_as_a_comment(tmp_path: Path) -> None:
    (tmp_path / "old.py").write_text('def f(x):\n    """Doc."""\n    if x:\n        "a"\n')
    (tmp_path / "new.py").write_text('def f(x):\n    """Doc!"""\n    if x:\n        "b"\n')
    document = load_json(cli("old.py", "new.py", "-f", "json", cwd=tmp_path).stdout)
    (change,) = [e for e in document["entities"] if e["kind"] != "module"]
    # Both strings are marked as docstrings (one query pattern for every block's first
    # string): the docstring's edit is documentation, told apart from comments.
    assert change["flags"] == ["doc_changed"]
