"""Starlark (Bazel): source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

DEFS = '''\
"""Rules for bundling JavaScript with esbuild."""

load("@bazel_skylib//lib:paths.bzl", "paths")

JS_EXTENSIONS = ["js", "jsx", "mjs"]

EsbuildInfo = provider(
    doc = "What an esbuild target produced.",
    fields = ["bundle", "metafile"],
)

# Implements the esbuild rule.
def _esbuild_impl(ctx):
    """Runs esbuild on the entry points."""

    def _output_name(f):
        return paths.replace_extension(f.basename, ".js")

    outputs = [ctx.actions.declare_file(_output_name(f)) for f in ctx.files.entry_points]
    return [DefaultInfo(files = depset(outputs))]

esbuild = rule(
    implementation = _esbuild_impl,
    attrs = {"entry_points": attr.label_list(allow_files = True)},
)

def esbuild_macro(name, **kwargs):
    native.filegroup(name = name + "_srcs", srcs = kwargs.get("srcs", []))
    esbuild(name = name, **kwargs)
'''

BUILD = """\
load("//:index.bzl", "esbuild")

package(default_visibility = ["//visibility:public"])

# The bundle.
esbuild(
    name = "bundle",
    entry_points = ["main.ts"],
)

filegroup(
    name = "srcs",
    srcs = glob(["*.ts"]),
)

exports_files(["tsconfig.json"])
"""


def test_starlark_bzl_outline() -> None:
    assert (
        extract_outline("defs.bzl", DEFS)
        == """\
const JS_EXTENSIONS  5-5
record EsbuildInfo  7-10
function _esbuild_impl  12-20
  function _esbuild_impl._output_name  16-17
type esbuild  22-25
function esbuild_macro  27-29
"""
    )


def test_starlark_build_targets_are_rules_named_by_name() -> None:
    assert extract_outline("BUILD.bazel", BUILD) == "rule bundle  5-9\nrule srcs  11-14\n"
    assert extract_outline("BUILD", BUILD) == extract_outline("BUILD.bazel", BUILD)


def test_starlark_what_a_macro_declares_is_part_of_it() -> None:
    found = entities("defs.bzl", DEFS)
    assert not any("srcs" in name or name == "name" for name in found)


def test_starlark_docstring_edit_is_a_comment_edit() -> None:
    old = entities("defs.bzl", DEFS)["_esbuild_impl"].fingerprint
    new = entities("defs.bzl", DEFS.replace("Runs esbuild", "Calls esbuild"))
    assert new["_esbuild_impl"].fingerprint.own_code_hash == old.own_code_hash
