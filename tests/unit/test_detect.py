"""Which language a file is: the user's globs, its name, its extension, its `#!` line."""

from __future__ import annotations

from pathlib import Path

import pytest

from semdiff.errors import UsageError
from semdiff.languages import detect_language
from semdiff.model import Version, VersionKind
from semdiff.pipeline import diff
from semdiff.sources import Comparison, FilePair, make_source
from tests.support import cli


@pytest.fixture(autouse=True)
def no_user_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("SEMDIFF_LANGUAGES", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


@pytest.mark.parametrize(
    ("path", "first_line", "expected"),
    [
        ("src/app.py", "", "python"),
        ("src/App.PY", "", "python"),
        ("lib/x.d.ts", "", "typescript"),
        ("bin/tool", "#!/usr/bin/python3\n", "python"),
        ("bin/tool", "#!/usr/bin/env python3.12\n", "python"),
        ("bin/tool", "#! /usr/bin/env -S PYTHONWARNINGS=error python3 -u\n", "python"),
        ("bin/tool", "#!/usr/bin/env node\n", "javascript"),
        ("bin/tool", "#!/usr/bin/env\n", None),
        ("bin/tool", "#!/usr/bin/perl -w\n", "perl"),
        ("bin/tool", "#!/usr/bin/no-such-interpreter -w\n", None),
        ("bin/tool", "# not a shebang: python\n", None),
        # No grammar claims .txt, so its #! line decides.
        ("notes.txt", "#!/usr/bin/env python3\n", "python"),
        # An extension wins over the #! line: a .js file run by a Python launcher is JS.
        ("run.js", "#!/usr/bin/env python3\n", "javascript"),
    ],
)
def test_detection(path: str, first_line: str, expected: str | None) -> None:
    data = (first_line + "x = 1\n").encode()
    assert detect_language(path, data) == expected


def test_a_shebang_without_a_newline_is_read() -> None:
    assert detect_language("tool", b"#!/bin/python") == "python"


def test_user_globs_come_first_and_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEMDIFF_LANGUAGES", "*.h=python, vendor/*.js=typescript *.h=javascript")
    assert detect_language("include/a.h") == "python"
    assert detect_language("vendor/lib.js") == "typescript"
    assert detect_language("deep/vendor/lib.js") == "typescript"
    assert detect_language("src/lib.js") == "javascript"


def test_config_file_maps_globs(monkeypatch: pytest.MonkeyPatch, no_user_config: Path) -> None:
    (no_user_config / "semdiff").mkdir(parents=True)
    (no_user_config / "semdiff" / "config.toml").write_text(
        '[languages]\n"*.pyx" = "python"\n"SConstruct" = "python"\n', encoding="utf-8"
    )
    assert detect_language("ext/fast.pyx") == "python"
    assert detect_language("SConstruct") == "python"
    monkeypatch.setenv("SEMDIFF_LANGUAGES", "*.pyx=javascript")
    assert detect_language("ext/fast.pyx") == "javascript"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("*.h=klingon", "unknown language 'klingon'"),
        ("*.h", "'*.h' is not GLOB=LANGUAGE"),
        ("=python", "'=python' is not GLOB=LANGUAGE"),
    ],
)
def test_bad_variable(monkeypatch: pytest.MonkeyPatch, value: str, message: str) -> None:
    monkeypatch.setenv("SEMDIFF_LANGUAGES", value)
    with pytest.raises(UsageError, match=message):
        detect_language("a.h")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[languages\n", "config.toml: "),
        ('[languages]\n"*.h" = 3\n', "maps globs to language names"),
        ('[languages]\n"*.h" = "klingon"\n', "unknown language 'klingon'"),
        ('[query_words.klingon]\nx = ["a"]\n', "unknown language 'klingon'"),
        ('[query_words.clojure]\ndef_macros = ["a"]\n', "has no list 'def_macros' (known: "),
        ('[query_words.clojure]\ntype_macros = "sp/def"\n', "must be a list of non-empty"),
        ("query_words = 3\n", "[query_words] holds a table per language"),
        ("[query_words]\nclojure = 3\n", "maps list names to lists"),
    ],
)
def test_bad_config_is_a_one_line_error(
    no_user_config: Path, tmp_path: Path, text: str, message: str
) -> None:
    (no_user_config / "semdiff").mkdir(parents=True)
    (no_user_config / "semdiff" / "config.toml").write_text(text, encoding="utf-8")
    (tmp_path / "a.h").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "b.h").write_text("x = 2\n", encoding="utf-8")
    result = cli(str(tmp_path / "a.h"), str(tmp_path / "b.h"))
    assert result.code == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


def test_mapped_files_are_diffed_structurally(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "a.inc").write_text("def f():\n    return 1\n", encoding="utf-8")
    (tmp_path / "b.inc").write_text("def g():\n    return 1\n", encoding="utf-8")
    assert "no grammar" in cli(str(tmp_path / "a.inc"), str(tmp_path / "b.inc")).stdout
    monkeypatch.setenv("SEMDIFF_LANGUAGES", "*.inc=python")
    result = cli(str(tmp_path / "a.inc"), str(tmp_path / "b.inc"), "--color", "never")
    assert "def f → g  renamed" in result.stdout


@pytest.mark.parametrize(
    ("glob", "path", "matches"),
    [
        ("/vendor/*.js", "vendor/lib.js", True),
        ("/vendor/*.js", "x/vendor/lib.js", False),
        ("vendor/*.js", "x/vendor/lib.js", True),
        ("vendor/*.js", "vendor/sub/deep.js", False),
        ("vendor/**/*.js", "vendor/sub/deep.js", True),
        ("vendor/**/*.js", "vendor/top.js", True),
        ("[!a]*.js", "b.js", True),
        ("[!a]*.js", "a.js", False),
        ("[z-a].js", "a.js", False),
    ],
)
def test_globs_read_as_in_gitattributes(
    monkeypatch: pytest.MonkeyPatch, glob: str, path: str, matches: bool
) -> None:
    monkeypatch.setenv("SEMDIFF_LANGUAGES", f"{glob}=typescript")
    assert (detect_language(path) == "typescript") is matches


@pytest.mark.parametrize(
    "line",
    [
        "#!/usr/bin/env -Spython3 -u",
        "#!/usr/bin/env --split-string=python3 -u",
        "#!/usr/bin/env -u PYTHONPATH python3",
        "#!/usr/bin/env -C /tmp python3",
        "#!/usr/bin/python3.12-dbg",
    ],
)
def test_env_options_and_build_suffixes(line: str) -> None:
    assert detect_language("tool", f"{line}\n".encode()) == "python"


def test_config_with_a_byte_order_mark(no_user_config: Path) -> None:
    (no_user_config / "semdiff").mkdir(parents=True)
    (no_user_config / "semdiff" / "config.toml").write_bytes(
        b'\xef\xbb\xbf[languages]\n"*.pyx" = "python"\n'
    )
    assert detect_language("fast.pyx") == "python"


def test_config_that_is_a_directory(no_user_config: Path) -> None:
    (no_user_config / "semdiff" / "config.toml").mkdir(parents=True)
    with pytest.raises(UsageError, match=r"config\.toml: Is a directory$"):
        detect_language("a.h")


def test_the_two_versions_of_a_shared_extension_read_alike() -> None:
    # The old version's `#import` line made it Objective-C, the new one is MATLAB: one file,
    # read in the new version's language on both sides, as a script that lost its `#!` is.
    old = make_source("f.m", b'#import "A.h"\n\nfunction y = f(x)\n  y = x;\nend\n')
    new = make_source("f.m", b"\nfunction y = f(x)\n  y = x + 1;\nend\n")
    assert (old.language, new.language) == ("objc", "matlab")
    version = Version("f.m", VersionKind.FILE)
    report, _ = diff(Comparison((FilePair(old, new),), version, version))
    assert [
        (f.old.source.language, f.new.source.language) for f in report.files if f.old and f.new
    ] == [("matlab", "matlab")]
