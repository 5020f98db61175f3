"""The accuracy benchmark (bench/accuracy): its transformations keep a true ground truth, and its
scoring counts each kind of pairing error. On snippets written here: no network, a few seconds."""

from __future__ import annotations

import sys
from pathlib import Path
from random import Random

import pytest

from tests.support import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from accuracy import kinds
from accuracy.cases import generate
from accuracy.code import read
from accuracy.names import parse_name, renamed
from accuracy.pieces import Keep, Locator, Put, Splice, invert, realize, rebuild
from accuracy.runner import Job, Reported, execute, write_case
from accuracy.scoring import score
from accuracy.transform import Corpus
from accuracy.truth import Case, EntityRef, Expectation, settle

CART = b"""import os


class Cart:
    def __init__(self, items):
        self.items = list(items)

    def total_price(self, tax_rate):
        subtotal = sum(item.price * item.quantity for item in self.items)
        discount = self.discount_for(subtotal)
        taxed = (subtotal - discount) * (1 + tax_rate)
        rounded = round(taxed, 2)
        return rounded

    def discount_for(self, subtotal):
        if subtotal > 100:
            return subtotal * 0.05
        return 0


class Order:
    def __init__(self, cart, customer):
        self.cart = cart
        self.customer = customer

    def describe(self):
        return f"{self.customer} owes {self.cart.total_price(0.2)}"


def parse_quantity(text, default):
    value = text.strip()
    if not value:
        return default
    number = int(value)
    if number < 0:
        raise ValueError("negative quantity")
    limit = 1000
    if number > limit:
        raise ValueError("too many")
    checked = min(number, limit)
    return checked
"""

CATALOG = b"""def load_catalog(path, encoding):
    entries = {}
    with open(path, encoding=encoding) as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            sku, name, price = line.split(",")
            entries[sku] = (name.strip(), float(price))
    if not entries:
        raise LookupError(path)
    ordered = dict(sorted(entries.items()))
    return ordered


def format_receipt(lines, currency):
    rows = [f"{name}: {price:.2f} {currency}" for name, price in lines]
    header = "RECEIPT"
    footer = f"{len(rows)} lines"
    return "\\n".join([header, *rows, footer])
"""

BASKET = b"""const DEFAULT_LIMIT = 10;

class Basket {
  constructor(items) {
    this.items = items;
  }

  total(taxRate) {
    let subtotal = 0;
    for (const item of this.items) {
      subtotal += item.price * item.quantity;
    }
    const discount = subtotal > 100 ? subtotal * 0.05 : 0;
    const taxed = (subtotal - discount) * (1 + taxRate);
    return Math.round(taxed * 100) / 100;
  }
}

function parseLine(line, separator) {
  const parts = line.split(separator);
  const name = parts[0].trim();
  const price = Number(parts[1]);
  if (Number.isNaN(price)) {
    throw new Error(`bad price in ${line}`);
  }
  const quantity = parts.length > 2 ? Number(parts[2]) : 1;
  const limit = DEFAULT_LIMIT;
  const checked = Math.min(quantity, limit);
  return { name, price, quantity: checked };
}
"""


def corpus(language: str, files: dict[str, bytes]) -> Corpus:
    return Corpus(language, tuple(read(path, data, language) for path, data in files.items()))


def build(kind: str, source: Corpus, entity: str | None = None) -> Case:
    """The first case of `kind` (starting from the entity named `entity`, if given)."""
    rng = Random(f"test/{kind}")
    for candidate in kinds.BY_NAME[kind].candidates(source):
        parsed = source.files[candidate.file]
        if entity is not None and parsed.entities[candidate.entity].qualified_name != entity:
            continue
        outcome = kinds.BY_NAME[kind].apply(source, candidate, rng, 0)
        if isinstance(outcome, str):
            continue
        for alternative in outcome:
            case = settle(alternative, f"test-{kind}-000")
            if isinstance(case, Case):
                return case
    raise AssertionError(f"no {kind} case")


def run(case: Case, tmp_path: Path) -> tuple[Reported, ...]:
    directory = tmp_path / case.id
    write_case(case, directory)
    outcome = execute(Job(case.id, str(directory), "api"))
    assert outcome.error is None
    return outcome.reported


def subjects(case: Case) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    return [
        (
            e.old.qualified_name if e.old else None,
            e.new.qualified_name if e.new else None,
            e.flags,
        )
        for e in case.expectations
        if e.subject
    ]


def test_rename_is_followed_and_scored(tmp_path: Path) -> None:
    case = build("rename_edit20", corpus("python", {"shop/cart.py": CART}), "parse_quantity")
    [(old, new, flags)] = subjects(case)
    assert old == "parse_quantity"
    assert new is not None and new != old and "quantity" in new
    assert flags == ("renamed",)
    assert read("shop/cart.py", dict(case.new_files)["shop/cart.py"], "python").clean
    result = score(case.expectations, run(case, tmp_path))
    assert (result.subject.tp, result.subject.pairs, result.subject.fp) == (1, 1, 0)
    assert result.untouched.tp == result.untouched.pairs == len(case.expectations) - 1


def test_method_moved_to_another_class(tmp_path: Path) -> None:
    case = build("move_parent", corpus("python", {"shop/cart.py": CART}), "Cart.discount_for")
    assert subjects(case) == [("Cart.discount_for", "Order.discount_for", ("moved_parent",))]
    result = score(case.expectations, run(case, tmp_path))
    assert result.subject.precision == result.subject.recall == 1.0
    assert result.subject.flag_misses == 0


def test_extract_and_inline_leave_the_helper_unpaired(tmp_path: Path) -> None:
    source = corpus("javascript", {"shop/basket.js": BASKET})
    extract = build("extract", source, "parseLine")
    inline = build("inline", source, "parseLine")
    added = [new for old, new, _ in subjects(extract) if old is None]
    assert len(added) == 1
    assert ("parseLine", "parseLine", ()) in subjects(extract)
    # Backwards: the helper is on the old side now, and must stay unpaired there.
    removed = [old for old, new, _ in subjects(inline) if new is None]
    assert len(removed) == 1
    assert ("parseLine", "parseLine", ()) in subjects(inline)
    for case in (extract, inline):
        result = score(case.expectations, run(case, tmp_path))
        assert result.subject.singles_ok == result.subject.singles == 1
        assert result.subject.tp == result.subject.pairs == 1


def test_hard_negative_expects_two_unpaired_entities(tmp_path: Path) -> None:
    source = corpus("python", {"shop/cart.py": CART, "shop/catalog.py": CATALOG})
    case = build("hard_negative", source, "parse_quantity")
    found = subjects(case)
    assert ("parse_quantity", None, ()) in found
    assert [new for old, new, _ in found if old is None] == ["load_catalog"]
    result = score(case.expectations, run(case, tmp_path))
    assert result.subject.pairs == 0
    assert result.subject.singles_ok == result.subject.singles == 2


def ref(name: str, start: int) -> EntityRef:
    return EntityRef("a.py", start, start + 10, "function", name)


def test_scoring_tells_the_errors_apart() -> None:
    a, b, c, u = ref("a", 0), ref("b", 20), ref("c", 40), ref("u", 60)
    a2, b2, d, u2 = ref("a2", 0), ref("b2", 20), ref("d", 40), ref("u", 60)
    truth = [
        Expectation(a, a2, True, ("renamed",)),
        Expectation(b, b2, True, ("renamed",)),
        Expectation(c, None, True),
        Expectation(None, d, True),
        Expectation(u, u2, False),
    ]
    right = [
        Reported(a, a2, "renamed", ("renamed",)),
        Reported(b, b2, "modified", ()),
        Reported(c, None, "removed", ()),
        Reported(None, d, "added", ()),
        Reported(u, u2, "unchanged", ()),
    ]
    perfect = score(truth, right)
    assert (perfect.subject.tp, perfect.subject.fp, perfect.subject.fn) == (2, 0, 0)
    assert perfect.subject.flag_misses == 1  # b was renamed, semdiff did not say so
    assert perfect.subject.singles_ok == 2
    assert perfect.untouched.tp == 1

    crossed = [
        Reported(a, b2, "renamed", ("renamed",)),
        Reported(b, a2, "renamed", ("renamed",)),
        Reported(c, d, "renamed", ("renamed",)),
        Reported(u, u2, "unchanged", ()),
    ]
    wrong = score(truth, crossed).subject
    assert (wrong.tp, wrong.fp, wrong.fn) == (0, 3, 2)
    assert (wrong.wrong_partner, wrong.missed, wrong.spurious) == (2, 0, 1)
    assert (wrong.precision, wrong.recall) == (0.0, 0.0)
    assert wrong.singles_ok == 0

    unpaired = [
        Reported(a, None, "removed", ()),
        Reported(None, a2, "added", ()),
        Reported(b, b2, "renamed", ("renamed",)),
        Reported(c, None, "removed", ()),
        Reported(None, d, "added", ()),
        Reported(u, u2, "unchanged", ()),
    ]
    missed = score(truth, unpaired).subject
    assert (missed.tp, missed.fn, missed.missed, missed.wrong_partner) == (1, 1, 1, 0)
    assert (missed.precision, missed.recall) == (1.0, 0.5)


def test_pieces_follow_every_byte_and_invert() -> None:
    old = {"a.py": b"def one():\n    pass\n\ndef two():\n    pass\n", "b.py": b"x = 1\n"}
    # Rename `one` (with its origin), and move `two` to b.py.
    a_pieces = rebuild(
        "a.py",
        0,
        len(old["a.py"]),
        [Splice(4, 7, (Put(b"uno", ("a.py", 4)),)), Splice(20, 41, ())],
    )
    b_pieces = rebuild("b.py", 0, 6, [Splice(6, 6, (Put(b"\n"), Keep("a.py", 21, 41)))])
    new = (("a.py", a_pieces), ("b.py", b_pieces))
    assert realize(a_pieces, old) == b"def uno():\n    pass\n"
    assert realize(b_pieces, old) == b"x = 1\n\ndef two():\n    pass\n"
    locator = Locator(new)
    assert locator.forward(("a.py", 4)) == ("a.py", 4)
    assert locator.forward(("a.py", 25)) == ("b.py", 11)
    assert locator.forward(("a.py", 20)) is None  # the blank line, deleted

    moved = (("b.py", b_pieces),)
    realized, back = invert({"a.py": old["a.py"], "b.py": old["b.py"]}, moved)
    assert realized == {"b.py": b"x = 1\n\ndef two():\n    pass\n"}
    assert dict(back)["b.py"] == (Keep("b.py", 0, 6),)


@pytest.mark.parametrize(
    ("name", "language", "pattern"),
    [
        ("read_config", "python", r"^[a-z]+(_[a-z]+)+$"),
        ("parseHeader", "javascript", r"^[a-z]+([A-Z][a-z]+)+$"),
        ("->hex-string", "clojure", r"^->[a-z]+(-[a-z]+)*$"),
        ("MAX_SIZE", "c", r"^[A-Z]+(_[A-Z]+)*$"),
    ],
)
def test_renames_keep_the_style(name: str, language: str, pattern: str) -> None:
    import re  # noqa: PLC0415

    new = renamed(name, language, Random(3), lambda _: False)
    assert new is not None and new != name and re.match(pattern, new)
    assert parse_name("__init__", "python") is None


def test_same_seed_same_cases() -> None:
    source = corpus("python", {"shop/cart.py": CART, "shop/catalog.py": CATALOG})
    for kind in ("rename", "reorder", "move_file"):
        first, _ = generate(kinds.BY_NAME[kind], source, seed=5, limit=2)
        second, _ = generate(kinds.BY_NAME[kind], source, seed=5, limit=2)
        assert first and [c.new_files for c in first] == [c.new_files for c in second]
        assert [c.expectations for c in first] == [c.expectations for c in second]
