"""The matcher's phases on the failure classes seen on real commits (docs/matching.md): a name
taken over, code extracted from an entity that kept its name, a chain of renames, references
that follow a rename, a getter that follows its renamed field."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.match import match_entities
from semdiff.sources import make_source


def _pairs(old: dict[str, str], new: dict[str, str]) -> set[tuple[str, str]]:
    """(old qualified name, new qualified name) of every pair, over files given by path."""
    paths = sorted(set(old) | set(new))
    parsed = [
        [
            parse_file(make_source(path, side[path].encode())) if path in side else None
            for path in paths
        ]
        for side in (old, new)
    ]
    languages = {entity.language for files in parsed for f in files if f for entity in f.entities}
    matching = match_entities(parsed[0], parsed[1], families={name: name for name in languages})
    return {(m.old.qualified_name, m.new.qualified_name) for m in matching.matches}


def _body(tag: str, size: int = 4) -> str:
    lines = [f"    {tag}_{i} = fetch_{tag}({i}, '{tag}{i}')" for i in range(size)]
    return "\n".join([*lines, f"    return {tag}_0 + {tag}_{size - 1}"])


def test_a_name_taken_over_follows_the_bodies() -> None:
    # `parse` became `parse_scalar` while `parse_joint` became `parse`.
    old = f"def parse(x):\n{_body('alpha')}\n\ndef parse_joint(x):\n{_body('beta')}\n"
    new = f"def parse_scalar(x):\n{_body('alpha')}\n\ndef parse(x):\n{_body('beta')}\n"
    pairs = _pairs({"m.py": old}, {"m.py": new})
    assert pairs == {("parse", "parse_scalar"), ("parse_joint", "parse")}


def test_renumbered_tests_pair_with_their_bodies() -> None:
    tags = ["red", "green", "blue", "amber"]
    old = "\n\n".join(f"def test_case{n + 1}():\n{_body(tag)}" for n, tag in enumerate(tags))
    new = "\n\n".join(f"def test_case{n + 2}():\n{_body(tag)}" for n, tag in enumerate(tags))
    pairs = _pairs({"t.py": old + "\n"}, {"t.py": new + "\n"})
    assert pairs == {(f"test_case{n + 1}", f"test_case{n + 2}") for n in range(4)}


def test_code_extracted_from_an_entity_that_kept_its_name() -> None:
    # `is_number` now delegates to the new `is_creatable`, which holds its old body: the
    # name stayed with `is_number`, `is_creatable` is new.
    body = _body("gamma", 6)
    old = f"def is_number(text):\n{body}\n"
    new = (
        f"def is_number(text):\n    return is_creatable(text)\n\ndef is_creatable(text):\n{body}\n"
    )
    pairs = _pairs({"n.py": old}, {"n.py": new})
    assert pairs == {("is_number", "is_number")}


def test_a_chain_of_renames_through_calls_is_not_an_extraction() -> None:
    # `run` called `execute`; now `execute` (the old `run`) calls `get_response` (the old
    # `execute`).
    run, execute = _body("delta", 5), _body("omega", 5)
    old = f"def run(job):\n{run}\n    execute(job)\n\ndef execute(job):\n{execute}\n"
    new = f"def execute(job):\n{run}\n    get_response(job)\n\ndef get_response(job):\n{execute}\n"
    pairs = _pairs({"j.py": old}, {"j.py": new})
    assert pairs == {("run", "execute"), ("execute", "get_response")}


OLD_STUB = "def fetch_rows(rows):\n    return [row for row in rows if row.ready]\n"
NEW_STUB = "def load_rows(rows):\n    return sorted(rows, key=by_date)\n"
CALLERS = """\
def report(rows):
    return len({name}(rows))


def export(rows, out):
    for row in {name}(rows):
        out.write(row)
"""


def test_references_that_follow_a_rename_make_it() -> None:
    # A one-line body rewritten under a new name: alone, too little to pair. Both callers
    # switched from the old name to the new one: that is what a rename leaves behind.
    old = OLD_STUB + "\n\n" + CALLERS.format(name="fetch_rows")
    new = NEW_STUB + "\n\n" + CALLERS.format(name="load_rows")
    assert ("fetch_rows", "load_rows") in _pairs({"r.py": old}, {"r.py": new})


def test_one_switched_call_is_not_evidence() -> None:
    old = OLD_STUB + "\n\ndef report(rows):\n    return len(fetch_rows(rows))\n"
    new = NEW_STUB + "\n\ndef report(rows):\n    return len(load_rows(rows))\n"
    assert ("fetch_rows", "load_rows") not in _pairs({"r.py": old}, {"r.py": new})


JAVA = """\
class Operation {{
    private final Object id;
    private final {type} {field};

    Object getId() {{
        return id;
    }}

    public {type} {getter}() {{
        return {field};
    }}
}}
"""


def test_a_getter_follows_its_renamed_field() -> None:
    old = JAVA.format(type="Object", field="payload", getter="getPayload")
    new = JAVA.format(type="Throwable", field="failure", getter="getFailure")
    pairs = _pairs({"Operation.java": old}, {"Operation.java": new})
    assert ("Operation.getPayload", "Operation.getFailure") in pairs


def test_an_entity_of_another_file_does_not_take_a_name_over() -> None:
    # `city` kept its name and file; `format_city` of another file was inlined into it.
    fields = "\n".join(
        f"        '{k}': response.{k}," for k in ("city", "country", "region", "zone")
    )
    old_helper = f"def format_city(response):\n    return {{\n{fields}\n    }}\n"
    old_main = (
        "class Geo:\n    def city(self, query):\n        return format_city(self._city(query))\n"
    )
    new_main = (
        "class Geo:\n    def city(self, query):\n        response = self._query(query)\n"
        f"        return {{\n{fields}\n        }}\n"
    )
    pairs = _pairs({"geo.py": old_main, "fmt.py": old_helper}, {"geo.py": new_main})
    assert ("Geo.city", "Geo.city") in pairs
    assert not any(old == "format_city" for old, _ in pairs)
