"""Python: source → outline."""

from __future__ import annotations

from tests.support import extract_outline

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
