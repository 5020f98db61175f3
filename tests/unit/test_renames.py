"""File renames in a directory diff (`sources.detect_renames`), beyond the size at which not
every pair of files is compared."""

from __future__ import annotations

from semdiff.sources import MAX_RENAME_COMPARISONS, FilePair, detect_renames, make_source


def _one_sided(old: dict[str, bytes], new: dict[str, bytes]) -> list[FilePair]:
    return [FilePair(make_source(p, d), None) for p, d in old.items()] + [
        FilePair(None, make_source(p, d)) for p, d in new.items()
    ]


def _renames(pairs: list[FilePair]) -> dict[str, str]:
    return {
        p.old.path: p.new.path
        for p in pairs
        if p.old is not None and p.new is not None and p.old.path != p.new.path
    }


def _module(i: int) -> bytes:
    return "".join(f"def f{i}_{k}(x):\n    return x + {k}\n" for k in range(8)).encode()


COUNT = 60
"""60 × 60 candidates: more than MAX_RENAME_COMPARISONS, so not every pair is compared."""


def test_a_moved_package_is_renamed_file_by_file_beyond_the_comparison_limit() -> None:
    assert COUNT * COUNT > MAX_RENAME_COMPARISONS
    old = {f"pkg/m{i}.py": _module(i) for i in range(COUNT)}
    # Most move unchanged; one in ten is edited too, and keeps its name.
    new = {f"src/pkg/m{i}.py": _module(i) for i in range(COUNT)}
    for i in range(0, COUNT, 10):
        new[f"src/pkg/m{i}.py"] += b"def extra():\n    return 0\n"
    renames = _renames(detect_renames(_one_sided(old, new)))
    assert renames == {f"pkg/m{i}.py": f"src/pkg/m{i}.py" for i in range(COUNT)}


def test_identical_binary_files_are_renamed_and_empty_ones_are_not() -> None:
    old = {"img/logo.png": b"\x89PNG\x00\x01", "a/__init__.py": b"", "a/x.py": _module(1)}
    new = {"static/logo.png": b"\x89PNG\x00\x01", "b/__init__.py": b"", "b/x.py": _module(1)}
    renames = _renames(detect_renames(_one_sided(old, new)))
    assert renames == {"img/logo.png": "static/logo.png", "a/x.py": "b/x.py"}


def test_several_identical_files_pair_in_path_order() -> None:
    old = {"a/one.txt": b"same\n", "a/two.txt": b"same\n"}
    new = {"b/one.txt": b"same\n", "b/two.txt": b"same\n"}
    assert _renames(detect_renames(_one_sided(old, new))) == {
        "a/one.txt": "b/one.txt",
        "a/two.txt": "b/two.txt",
    }
