"""MATLAB: source → outline."""

from __future__ import annotations

from semdiff.languages import spec_by_name
from tests.support import entities, extract_outline

# A handle class in the style of Psychtoolbox's and MATLAB toolboxes' classdef files:
# properties with attributes, constant properties, events, a constructor, a property set
# accessor, ordinary and static methods, a method whose body lives in its own file, and a
# local function after the classdef.
CLASS = """\
classdef Staircase < handle
    % Staircase  An adaptive up-down staircase.
    properties (Access = private)
        history = [];       % responses so far
        stepSize
    end
    properties (Constant)
        MaxTrials = 100
    end
    events
        Reversal
    end
    methods
        function obj = Staircase(stepSize)
            obj.stepSize = stepSize;
        end
        function value = next(obj, response)
            obj.history(end + 1) = response;
            value = clampStep(obj.stepSize * (1 - 2 * response));
        end
        function set.stepSize(obj, value)
            assert(value > 0, 'step size must be positive');
            obj.stepSize = value;
        end
    end
    methods (Static)
        function obj = fromConfig(config)
            obj = Staircase(config.stepSize);
        end
        report = summarize(obj)
    end
end

% Keep a step within one unit.
function s = clampStep(s)
    s = max(-1, min(1, s));
end
"""

# A function file, as matlab2tikz writes them: the main function, then local functions; one
# has a nested function, which is part of it.
FUNCTIONS = """\
function cleanup(handle, varargin)
% CLEANUP  Remove hidden children of a figure.
    children = allchild(handle);
    removeHidden(children);
end

function removeHidden(children)
    function tf = isHidden(h)
        tf = strcmp(get(h, 'Visible'), 'off');
    end
    delete(children(arrayfun(@isHidden, children)));
end
"""

ENUMERATION = """\
classdef Direction
    enumeration
        Up, Down
    end
    methods
        function d = opposite(obj)
            d = Direction.Up;
        end
    end
end
"""


def test_matlab_class_outline() -> None:
    # The comment above clampStep is not part of it: the grammar puts a newline token between
    # them (a known gap).
    assert (
        extract_outline("Staircase.m", CLASS)
        == """\
class Staircase  1-32
  property Staircase.history  4-4
  property Staircase.stepSize  5-5
  const Staircase.MaxTrials  8-8
  property Staircase.Reversal  11-11
  constructor Staircase.Staircase  14-16
  method Staircase.next  17-20
  method Staircase.set.stepSize  21-24
  method Staircase.fromConfig  27-29
  method Staircase.summarize  30-30
function clampStep  35-37
"""
    )


def test_matlab_function_file_outline() -> None:
    # The nested function isHidden is part of removeHidden.
    assert (
        extract_outline("cleanup.m", FUNCTIONS)
        == """\
function cleanup  1-5
function removeHidden  7-12
"""
    )


def test_matlab_enumeration_class() -> None:
    assert (
        extract_outline("Direction.m", ENUMERATION)
        == """\
enum Direction  1-10
  const Direction.Up  3-3
  const Direction.Down  3-3
  method Direction.opposite  6-8
"""
    )


def test_matlab_words_shown() -> None:
    found = entities("Staircase.m", CLASS)
    matlab = spec_by_name("matlab")
    words = {name: found[name].label or matlab.label(found[name].kind) for name in found}
    assert words["Staircase"] == "classdef"
    assert words["Staircase.Reversal"] == "events"
    assert words["Staircase.MaxTrials"] == "constant"
    assert words["Staircase.history"] == "property"
