"""JavaScript: source → outline."""

from __future__ import annotations

from tests.support import extract_outline

SOURCE = """\
import { readFile } from "node:fs/promises";
const path = require("node:path");

/** Largest batch sent at once. */
export const MAX_BATCH = 50;
const RETRIES = 3, BACKOFF_MS = 200;
let pending = [];
var legacyMode;

// Adds two numbers.
function add(a, b) {
  return a + b;
}

export function* ids() {
  let next = 0;
  while (true) yield next++;
}

export const double = (x) => x * 2;
const parse = async function (text) {
  return JSON.parse(text);
};
const Point = class {};

export default class Queue extends Base {
  #items = [];
  size = 0;

  constructor(limit) {
    super();
    this.limit = limit;
  }

  get length() {
    return this.#items.length;
  }

  set length(value) {
    this.#items.length = value;
  }

  static from(list) {
    function copy(x) {
      return [...x];
    }
    return new Queue(copy(list));
  }

  #grow() {}

  @logged
  push(item) {
    this.#items.push(item);
  }

  onDrain = () => {
    pending = [];
  };
}

exports.handler = async (event) => event;
"""


def test_javascript_outline() -> None:
    assert (
        extract_outline("queue.js", SOURCE)
        == """\
const MAX_BATCH  4-5
const RETRIES  6-6
const BACKOFF_MS  6-6
variable pending  7-7
variable legacyMode  8-8
function add  10-13
function ids  15-18
function double  20-20
function parse  21-23
class Point  24-24
class Queue  26-60
  method Queue.constructor  30-33
  method Queue.length  35-37
  method Queue.length  39-41
  method Queue.from  43-48
    function Queue.from.copy  44-46
  method Queue.#grow  50-50
  method Queue.push  52-55
  method Queue.onDrain  57-59
function exports.handler  62-62
"""
    )


def test_javascript_export_default_anonymous_is_named_default() -> None:
    assert extract_outline("x.mjs", "export default function () {\n  return 1;\n}\n") == (
        "function default  1-3\n"
    )
    assert extract_outline("x.js", "export default () => 1;\n") == "function default  1-1\n"
    assert extract_outline("x.js", "export default class {}\n") == "class default  1-1\n"


def test_javascript_decorators_and_comments_belong_to_the_class() -> None:
    source = "import x from 'x';\n\n/** A widget. */\n@register\nexport class Widget {}\n"
    assert extract_outline("x.jsx", source) == "class Widget  3-5\n"


def test_javascript_local_bindings_are_not_entities() -> None:
    source = (
        "function f() {\n  const inner = () => 1;\n  let count = 0;\n  return inner() + count;\n}\n"
    )
    assert extract_outline("x.cjs", source) == "function f  1-5\n"


def test_javascript_object_literal_members_are_methods() -> None:
    # Function-valued members, method shorthand and getters are methods of the bound object;
    # values, fallbacks (`cond ? a : function`), nested objects and shorthands are its lines.
    source = """\
const api = {
  base: '/v1',
  get() {
    return 1;
  },
  post: async (path, body) => send(path, body),
  isArray: Array.isArray ? Array.isArray : function (value) {
    return Object.prototype.toString.call(value) === '[object Array]';
  },
  nested: {
    inner() {},
  },
  helper,
};

module.exports = {
  parse: function (text) {
    return JSON.parse(text);
  },
};
"""
    assert (
        extract_outline("x.js", source)
        == """\
const api  1-14
  method api.get  3-5
  method api.post  6-6
variable module.exports  16-20
  method module.exports.parse  17-19
"""
    )


def test_javascript_export_default_object() -> None:
    source = "export default {\n  name: 'counter',\n  data() {\n    return { n: 0 };\n  },\n};\n"
    expected = "const default  1-6\n  method default.data  3-5\n"
    assert extract_outline("counter.js", source) == expected


def test_javascript_function_bodies_keep_their_objects_and_assignments() -> None:
    # What a function body builds is its own lines; a function declared there is its child.
    source = """\
function build() {
  const local = {
    run() {},
  };
  local.extra = function () {};
  var Sub = Base.extend({ go: function () {} });
  function helper() {
    helper.cache = {};
  }
  return local;
}
"""
    assert extract_outline("x.js", source) == "function build  1-11\n  function build.helper  7-9\n"


CHART_STYLE = """\
'use strict';

var format = require('./format');

module.exports = function(Gauge) {
\tvar helpers = Gauge.helpers;

\tvar defaults = {
\t\ttickCount: 5,
\t\tlabel: function(value) {
\t\t\treturn format(value);
\t\t}
\t};

\tfunction clamp(value, min, max) {
\t\treturn Math.max(min, Math.min(max, value));
\t}

\t/** Spreads `count` ticks over the range. */
\thelpers.ticks = function(min, max, count) {
\t\tvar step = (max - min) / count;
\t\tvar marks = {first: min};
\t\thelpers.local = function() {};
\t\treturn marks;
\t};

\tGauge.Needle = Gauge.Element.extend({
\t\tinitialize: function(options) {
\t\t\tthis.options = helpers.merge(defaults, options);
\t\t},

\t\tangle(value) {
\t\t\treturn clamp(value, 0, 1) * Math.PI;
\t\t},

\t\tget length() {
\t\t\treturn this.options.length;
\t\t}
\t});

\tGauge.Needle.prototype.draw = function(ctx) {
\t\tctx.stroke();
\t};
};
"""


def test_javascript_module_wrapper_body_is_the_top_level() -> None:
    # `module.exports = function (Gauge) {...}` is no entity: what it defines is the file's.
    # `helpers.ticks` is named by its property, with `helpers` (named nowhere in the file) as
    # its scope; `Gauge.Needle`, built by `extend({...})`, is a class of the literal's methods.
    assert (
        extract_outline("gauge.js", CHART_STYLE)
        == """\
variable defaults  8-13
  method defaults.label  10-12
function clamp  15-17
function helpers.ticks  19-25
class Gauge.Needle  27-39
  method Gauge.Needle.initialize  28-30
  method Gauge.Needle.angle  32-34
  method Gauge.Needle.length  36-38
method Gauge.Needle.draw  41-43
"""
    )


def test_javascript_module_exports_function_with_a_name_is_the_module_function() -> None:
    # Named, async or expression-bodied: a function, not a wrapper.
    source = "module.exports = function parse(text) {\n  var seen = {};\n  return seen;\n};\n"
    assert extract_outline("parse.js", source) == "function module.exports  1-4\n"
    source = "module.exports = async (event) => {\n  const reply = {};\n  return reply;\n};\n"
    assert extract_outline("handler.js", source) == "function module.exports  1-4\n"


def test_javascript_prototype_and_commonjs_assignments() -> None:
    source = """\
function Queue(limit) {
  this.limit = limit;
  this.items = [];
}

Queue.prototype.push = function (item) {
  this.items.push(item);
};

Queue.prototype = {
  constructor: Queue,
  size: function () {
    return this.items.length;
  },
};

Object.assign(Queue.prototype, {
  drain() {
    this.items = [];
  },
});

exports.create = function (limit) {
  return new Queue(limit);
};

module.exports.VERSION = '1.0';
_.each = _.forEach = function (list, fn) {};
"""
    assert (
        extract_outline("queue.js", source)
        == """\
function Queue  1-4
method Queue.push  6-8
method Queue.size  12-14
method Queue.drain  18-20
function exports.create  23-25
function _.each  28-28
"""
    )


def test_javascript_prototype_methods_nest_under_a_class() -> None:
    source = (
        "class Queue {}\nQueue.prototype.push = function (x) {};\nQueue.from = (list) => list;\n"
    )
    assert extract_outline("queue.js", source) == (
        "class Queue  1-1\n  method Queue.push  2-2\n  function Queue.from  3-3\n"
    )


def test_javascript_amd_umd_and_iife_bodies_are_the_top_level() -> None:
    source = """\
(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports'], factory);
  } else {
    factory(root.tiny = {});
  }
}(this, function (exports) {
  var cache = {};

  function key(parts) {
    return parts.join('/');
  }

  exports.get = function (parts) {
    return cache[key(parts)];
  };
}));

define(['./dom'], function (dom) {
  var Widget = dom.View.extend({
    render: function () {
      return dom.el('div');
    },
  });
  return Widget;
});

;(function () {
  window.ready = function () {};
}());
"""
    assert (
        extract_outline("tiny.js", source)
        == """\
variable cache  8-8
function key  10-12
function exports.get  14-16
class Widget  20-24
  method Widget.render  21-23
function window.ready  29-29
"""
    )


def test_javascript_tests_written_as_calls() -> None:
    source = """\
const { parse } = require('../src/parse');

describe('parse', function () {
  let input;

  beforeEach(function () {
    input = '1 + 2';
  });

  it('reads a sum', function () {
    expect(parse(input)).toEqual({ op: '+' });
  });

  it.skip("skips what it can't read", () => {
    const expected = { op: null };
    expect(parse('?')).toEqual(expected);
  });

  describe('errors', () => {
    test(`throws on ${'empty'} input`, () => {
      expect(() => parse('')).toThrow();
    });
  });
});
"""
    assert (
        extract_outline("parse.test.js", source)
        == """\
test parse  3-24
  test parse.beforeEach  6-8
  test parse.reads a sum  10-12
  test parse.skips what it can't read  14-17
  test parse.errors  19-23
    test parse.errors.`throws on ${'empty'} input`  20-22
"""
    )


def test_javascript_test_calls_need_a_name_and_a_function() -> None:
    source = "it('pending');\ntest(name, () => {});\nregex.test('x');\n"
    assert extract_outline("x.test.js", source) == ""


def test_javascript_jsx_components() -> None:
    source = (
        'export const Badge = ({ count }) => <span className="badge">{count}</span>;\n'
        "\n"
        "export default function App() {\n"
        "  return <Badge count={3} />;\n"
        "}\n"
    )
    assert extract_outline("app.jsx", source) == "function Badge  1-1\nfunction App  3-5\n"
