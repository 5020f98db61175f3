"""Which real code the benchmark reads, per language.

PyPI and npm versions are pinned, so that a run on another day reads the same files. Debian
sources are not pinned (apt serves the suite's current version): the version used is recorded
in the report instead. This machine's Debian mirror lacks some source tarballs (the Rust
crates among them), so a Debian package may name a binary package that ships the same source
(`librust-*-dev` holds each crate's source tree); it is used only when the source package
cannot be had.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Registry = Literal["pypi", "npm", "debian"]


@dataclass(frozen=True)
class Package:
    registry: Registry
    name: str
    version: str | None
    """Pinned version (PyPI, npm); None for Debian, whose version is recorded when fetched."""
    language: str
    """The semdiff language whose files are taken from it (others are ignored)."""
    binary: str | None = None
    """Debian only: a binary package with the same source, used when the source is missing."""

    @property
    def label(self) -> str:
        return f"{self.name}=={self.version}" if self.version else self.name


PACKAGES: tuple[Package, ...] = (
    Package("pypi", "requests", "2.31.0", "python"),
    Package("pypi", "click", "8.1.7", "python"),
    Package("pypi", "attrs", "23.2.0", "python"),
    Package("npm", "express", "4.18.2", "javascript"),
    Package("npm", "commander", "11.1.0", "javascript"),
    Package("npm", "axios", "1.6.2", "javascript"),
    Package("npm", "rxjs", "7.8.1", "typescript"),
    Package("npm", "mobx", "6.12.0", "typescript"),
    Package("debian", "rust-regex-syntax", None, "rust", binary="librust-regex-syntax-dev"),
    Package("debian", "rust-semver", None, "rust", binary="librust-semver-dev"),
    Package("debian", "rust-smallvec", None, "rust", binary="librust-smallvec-dev"),
    Package("debian", "golang-github-spf13-pflag", None, "go"),
    Package("debian", "golang-github-google-go-cmp", None, "go"),
    Package("debian", "golang-github-pkg-errors", None, "go"),
    Package("debian", "golang-github-google-uuid", None, "go"),
    Package("debian", "libyaml", None, "c"),
    Package("debian", "jq", None, "c"),
    Package("debian", "data-json-clojure", None, "clojure"),
    Package("debian", "core-match-clojure", None, "clojure"),
    Package("debian", "instaparse-clojure", None, "clojure"),
    Package("debian", "core-async-clojure", None, "clojure"),
    Package("debian", "clj-time-clojure", None, "clojure"),
    Package("debian", "libcommons-lang3-java", None, "java"),
    Package("debian", "jsoup", None, "java"),
)

LANGUAGES: tuple[str, ...] = tuple(dict.fromkeys(p.language for p in PACKAGES))
"""In the order of the table's columns."""
