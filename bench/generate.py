"""The benchmark's generated inputs: deterministic, written once under the cache directory."""

from __future__ import annotations

import shlex
from pathlib import Path


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _pair(directory: Path, name: str, old: str, new: str) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = directory / f"old_{name}", directory / f"new_{name}"
    for path, text in zip(paths, (old, new), strict=True):
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    return paths


def small_pair(directory: Path) -> tuple[Path, Path]:
    """The standard library's shlex.py (~350 lines of real code) with three functions changed:
    one renamed, two edited."""
    old = Path(shlex.__file__).read_text(encoding="utf-8")
    new = old
    for before, after in (
        ("def quote(s):", "def shell_quote(s):"),
        (
            "    return ' '.join(quote(arg) for arg in split_command)",
            "    return ' '.join(shell_quote(str(arg)) for arg in split_command)",
        ),
        (
            "    lex.whitespace_split = True\n",
            "    lex.whitespace_split = True\n"
            "    lex.commenters = '' if comments is None else '#'\n",
        ),
    ):
        assert before in new, before
        new = new.replace(before, after, 1)
    return _pair(directory, "shlex.py", old, new)


def _method(index: int, constant: int) -> str:
    return (
        f"    def step_{index}(self, value):\n"
        f"        total = value * {constant} + {index % 7}\n"
        f"        if total > {constant % 101}:\n"
        f"            return total - {index % 13}\n"
        f"        return value\n\n"
    )


def scale_pair(directory: Path, entities: int) -> tuple[Path, Path]:
    """`entities` methods in classes of 20. In the new version 20% are renamed, 10% moved to
    the next class and 10% edited, chosen by index so that every run is the same."""
    classes = max(1, entities // 20)
    old_bodies: list[list[str]] = [[] for _ in range(classes)]
    new_bodies: list[list[str]] = [[] for _ in range(classes)]
    for index in range(entities):
        home = index % classes
        method = _method(index, 1000 + index)
        old_bodies[home].append(method)
        kind = index % 10
        if kind in (0, 1):
            new_bodies[home].append(method.replace(f"step_{index}(", f"stage_{index}("))
        elif kind == 2:
            new_bodies[(home + 1) % classes].append(method)
        elif kind == 3:
            new_bodies[home].append(method.replace("return value\n", "return value + 1\n"))
        else:
            new_bodies[home].append(method)

    def render(bodies: list[list[str]]) -> str:
        return "".join(
            f"class Stage{c}:\n" + "".join(methods) + "\n" for c, methods in enumerate(bodies)
        )

    return _pair(directory, f"scale_{entities}.py", render(old_bodies), render(new_bodies))


def added_pair(directory: Path, functions: int) -> tuple[Path, Path]:
    """`functions` small functions, separated by blank lines, added to an empty file."""
    new = "".join(f"def f{i}():\n    return {i}\n\n" for i in range(functions))
    return _pair(directory, f"added_{functions}.py", "", new)


def big_source(directory: Path) -> tuple[Path, Path]:
    """About 5 MB of Python functions, one renamed and a hundred edited."""
    functions = [
        f"def func_{i}(a, b):\n    x = a * {i} + b\n    if x > {i % 97}:\n"
        f"        return x - {i % 13}\n    return a + b\n\n\n"
        for i in range(50_000)
    ]
    new = functions[:]
    new[10] = new[10].replace("func_10(", "func_10_renamed(")
    for i in range(500, 50_000, 500):
        new[i] = new[i].replace("return a + b", "return a - b")
    return _pair(directory, "big.py", "".join(functions), "".join(new))


def minified(directory: Path) -> tuple[Path, Path]:
    """About 1 MB of JavaScript on one line, as a minifier writes it; one function renamed and
    one edited."""
    parts = []
    size = 0
    index = 0
    while size < 1_000_000:
        part = (
            f"function f{index}(a,b){{var c=a*{index}+b;if(c>{index % 97}){{return c-{index % 13}}}"
            "return a+b}"
        )
        parts.append(part)
        size += len(part)
        index += 1
    old = "".join(parts)
    new = old.replace("function f100(", "function g100(").replace("a*5000+b", "a*5001+b")
    return _pair(directory, "min.js", old, new)
