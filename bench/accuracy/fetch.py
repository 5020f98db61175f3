"""Download the catalog's packages with each registry's own client, and unpack them.

Everything lands in the cache directory and is fetched once: a `.json` note next to each
unpacked tree says what was downloaded and which version it was, and its presence means the
tree is complete. A package that cannot be fetched (no network, no `npm`, a file missing from
the mirror) is reported with the reason, and the run goes on with the others.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from .catalog import Package

TIMEOUT = 600
"""Seconds for one download: a first `pip download` builds the sdist's metadata."""


@dataclass(frozen=True)
class Fetched:
    package: Package
    root: Path | None
    """The unpacked tree, or None when the package could not be had."""
    version: str | None
    origin: str
    """What was downloaded, for the report: `requests-2.31.0.tar.gz (pip download)`."""
    error: str | None = None
    cached: bool = False


class FetchError(Exception):
    pass


def fetch_all(packages: tuple[Package, ...], cache: Path, *, offline: bool) -> list[Fetched]:
    return [fetch(package, cache, offline=offline) for package in packages]


def fetch(package: Package, cache: Path, *, offline: bool) -> Fetched:
    base = cache / "src" / package.registry / package.name
    note = base.with_suffix(".json")
    if note.is_file():
        recorded = json.loads(note.read_text(encoding="utf-8"))
        return Fetched(
            package, base, recorded["version"], recorded["origin"], error=None, cached=True
        )
    if offline:
        return Fetched(package, None, None, "", error="not in the cache (--offline)")
    downloads = cache / "downloads" / package.registry / package.name
    downloads.mkdir(parents=True, exist_ok=True)
    try:
        if package.registry == "pypi":
            artifact, version, origin = _pypi(package, downloads)
        elif package.registry == "npm":
            artifact, version, origin = _npm(package, downloads)
        else:
            artifact, version, origin = _debian(package, downloads)
        if base.exists():
            shutil.rmtree(base)
        base.mkdir(parents=True)
        _unpack(artifact, base)
    except FetchError as error:
        return Fetched(package, None, None, "", error=str(error))
    note.write_text(json.dumps({"version": version, "origin": origin}) + "\n", encoding="utf-8")
    return Fetched(package, base, version, origin)


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            command, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False
        )
    except FileNotFoundError:
        raise FetchError(f"{command[0]} is not installed") from None
    except subprocess.TimeoutExpired:
        raise FetchError(f"{' '.join(command)}: no answer in {TIMEOUT} s") from None


def _tail(process: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in (process.stderr or process.stdout).splitlines() if line.strip()]
    return " / ".join(lines[-2:]) or f"exit status {process.returncode}"


def _pypi(package: Package, downloads: Path) -> tuple[Path, str, str]:
    assert package.version is not None
    spec = f"{package.name}=={package.version}"
    process = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-binary",
            ":all:",
            "--no-deps",
            "--disable-pip-version-check",
            "--quiet",
            "--dest",
            str(downloads),
            spec,
        ],
        downloads,
    )
    # pip names the sdist as the project publishes it (attrs-23.2.0.tar.gz, Django-5.0...).
    wanted = f"{package.name}-{package.version}".lower().replace("_", "-")
    found = sorted(
        p
        for p in downloads.iterdir()
        if p.name.lower().replace("_", "-").startswith(wanted)
        and p.name.endswith((".tar.gz", ".tgz", ".tar.bz2"))
    )
    if not found:
        raise FetchError(f"pip download {spec}: {_tail(process)}")
    return found[0], package.version, f"{found[0].name} (pip download, sdist)"


def _npm(package: Package, downloads: Path) -> tuple[Path, str, str]:
    assert package.version is not None
    spec = f"{package.name}@{package.version}"
    process = _run(
        ["npm", "pack", spec, "--pack-destination", str(downloads), "--silent"], downloads
    )
    found = sorted(downloads.glob(f"{package.name}-{package.version}.tgz"))
    if not found:
        raise FetchError(f"npm pack {spec}: {_tail(process)}")
    return found[0], package.version, f"{found[0].name} (npm pack)"


def _debian(package: Package, downloads: Path) -> tuple[Path, str, str]:
    # apt-get exits non-zero when any file of the source package is missing, even if the
    # upstream tarball (all we need) arrived: judge by the files, not the exit status.
    process = _run(["apt-get", "source", "--download-only", "-q", package.name], downloads)
    tarballs = sorted(
        p
        for p in downloads.glob(f"{package.name}_*.tar.*")
        if ".debian.tar." not in p.name and ".orig-" not in p.name
    )
    dsc = sorted(downloads.glob(f"{package.name}_*.dsc"))
    if tarballs:
        version = dsc[0].name[len(package.name) + 1 : -len(".dsc")] if dsc else "unknown"
        return tarballs[0], version, f"{tarballs[0].name} (apt-get source)"
    reason = f"apt-get source {package.name}: {_tail(process)}"
    if package.binary is None:
        raise FetchError(reason)
    # The binary package ships the source tree itself (Debian's Rust crates do).
    fallback = _run(["apt-get", "download", "-q", package.binary], downloads)
    debs = sorted(downloads.glob(f"{package.binary}_*.deb"))
    if not debs:
        raise FetchError(f"{reason}; apt-get download {package.binary}: {_tail(fallback)}")
    version = urllib.parse.unquote(debs[0].name.split("_")[1])
    return debs[0], version, f"{debs[0].name} (apt-get download; source tarball unavailable)"


def _unpack(artifact: Path, into: Path) -> None:
    if artifact.suffix == ".deb":
        process = _run(["dpkg-deb", "-x", str(artifact), str(into)], into)
        if process.returncode != 0:
            raise FetchError(f"dpkg-deb -x {artifact.name}: {_tail(process)}")
        return
    try:
        with tarfile.open(artifact) as archive:
            # "data": no absolute paths, links out of the tree or device files from a tarball.
            archive.extractall(into, filter="data")
    except (tarfile.TarError, OSError) as error:
        raise FetchError(f"cannot unpack {artifact.name}: {error}") from None
