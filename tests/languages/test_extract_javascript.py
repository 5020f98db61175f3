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


def test_javascript_object_literal_methods_are_not_methods() -> None:
    source = "const api = {\n  get() {\n    return 1;\n  },\n};\n"
    assert extract_outline("x.js", source) == "const api  1-5\n"


def test_javascript_jsx_components() -> None:
    source = (
        'export const Badge = ({ count }) => <span className="badge">{count}</span>;\n'
        "\n"
        "export default function App() {\n"
        "  return <Badge count={3} />;\n"
        "}\n"
    )
    assert extract_outline("app.jsx", source) == "function Badge  1-1\nfunction App  3-5\n"
